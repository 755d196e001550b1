# make bench, P6: the camera/video/GPU trace of frag_sim.h, seed 1, eight
# simulated hours, placed by the kernel's cma_alloc() (cma_frag.c).
. /guest-lib.sh
echo "bench areas$(for d in /sys/kernel/debug/cma/*; do
	printf ' %s:%s' "${d##*/}" "$(cat "$d/count")"; done)"
echo "reserved 1 8" > /sys/kernel/debug/cma_frag/run ||
	echo "bench FRAG where=kernel total error"
echo "bench done"
