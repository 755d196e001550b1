# make bench, P5 (scripts/bench.sh): the longest wait for cma->lock, with
# interrupts off, while allocations search a fragmented area of 1 GiB
# (bench0) and of 4 GiB (reserved). The same on every kernel; the kernel
# side is cma_holds.c, which bench.sh builds into each bench kernel.
. /guest-lib.sh
rounds=20
echo "bench areas$(for d in /sys/kernel/debug/cma/*; do
	printf ' %s:%s' "${d##*/}" "$(cat "$d/count")"; done)"
# misaligned 8 3: the index's old worst case, 8 pages aligned to 8 over free
# runs of 8 that are all misaligned (every search fails after all of them);
# random 8 3 and random 512 8: runs of 1-64 pages, a 32 KiB buffer that
# fits early and a 2 MiB one (aligned as the DMA heap aligns it) that
# fits nowhere.
for area in bench0 reserved; do
	for spec in "misaligned 8 3" "random 8 3" "random 512 8"; do
		# shellcheck disable=SC2086
		set -- $spec
		echo "$area $1 $2 $3 $rounds" > /sys/kernel/debug/cma_holds/run ||
			echo "bench HOLDS area=$area pattern=$1 count=$2 error"
	done
done
echo "bench done"
