# make bench, P7: 2 MiB and 16 MiB allocations (each freed at once) from a
# 512 MiB area while cmabench load churns page cache, anonymous memory and
# processes; the same on every kernel.
. /guest-lib.sh
mkdir -p /ballast /mnt
mount -t ramfs ramfs /ballast
mount -t tmpfs -o size=50% tmpfs /mnt
cmabench fill /ballast/b 0 64 normal
echo "bench P7 filled MemFree=$(meminfo MemFree) CmaFree=$(meminfo CmaFree)"
cmabench load /mnt &
load=$!
sleep 5
echo "bench P7 loaded MemFree=$(meminfo MemFree) CmaFree=$(meminfo CmaFree)"
cmabench latency P7 300 512 reserved
cmabench latency P7 100 4096 reserved
kill "$load"
wait "$load" 2>/dev/null || true
echo "bench done"
