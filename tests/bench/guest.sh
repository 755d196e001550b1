# make bench, in the guest: the same on both kernels; scripts/bench.sh reads
# the "bench ..." lines (tests/bench/cmabench.c prints them).
. /guest-lib.sh
rounds=7	# each P1/P2 figure is the median of these
chunks=12	# 2 MiB allocations per thread and round, kept until the end

echo "bench areas$(for d in /sys/kernel/debug/cma/*; do
	printf ' %s:%s+%s' "${d##*/}" "$(cat "$d/base_pfn")" "$(cat "$d/count")"; done)"
echo "bench guest nodes=$(ls -d /sys/devices/system/node/node[0-9]* | wc -l)" \
	"cpus=$(nproc) MemTotal=$(meminfo MemTotal) CmaTotal=$(meminfo CmaTotal)"

# P4 on fresh memory: a page of a hugetlb area pinned for 50 ms (node 1
# first: its zone is mostly CMA, so anonymous pages land there at once).
cmabench pin 50 1 hugetlb1 hugetlb0

# P1, P2: fill the areas with page cache, so that every allocation has to
# migrate. Shmem pages are movable and go to CMA while a zone has more free
# CMA than other free memory, and an area's lowest pageblocks are handed out
# last, which first fit takes first. So: ramfs ballast (not movable, never
# in CMA) takes each node's other memory down to 64 MiB, tmpfs page cache
# then takes CMA down to about 32 MiB a node, and the ballast goes again to
# leave room for the migrated pages (cmabench also skips, untimed, the
# empty pageblocks at the start of an area).
mkdir -p /ballast /mnt0 /mnt1
mount -t ramfs ramfs /ballast
mount -t tmpfs -o size=90%,mpol=bind:0 tmpfs /mnt0
mount -t tmpfs -o size=90%,mpol=bind:1 tmpfs /mnt1
for n in 0 1; do
	cmabench fill /ballast/node$n $n 64 normal
	cmabench fill /mnt$n/cache $n 64 free
done
rm /ballast/node0 /ballast/node1
# No proactive compaction migrating pages in the background while timing.
echo 0 > /proc/sys/vm/compaction_proactiveness
echo "bench filled MemFree=$(meminfo MemFree) CmaFree=$(meminfo CmaFree)"
cmabench loops P1 $rounds $chunks 512 hugetlb0 hugetlb1
cmabench loops P2 $rounds $chunks 512 reserved reserved
# P2s: two threads on one area with requests 64 times smaller than the
# block a claim covers (16 pages against MAX_PAGE_ORDER's 1024). P2 emptied
# most of the area (hugetlb areas count in 512-page units, too coarse): fill
# node 0 with page cache again first.
cmabench fill /mnt0/cache2 0 64 free
cmabench loops P2s $rounds 32 16 reserved reserved
umount /mnt0 /mnt1 /ballast
echo "bench done"
