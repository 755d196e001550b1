. /guest-lib.sh
# How many of the dynNNN pools are areas, and how many of them allocate
# and free.
ok=0
for d in /sys/kernel/debug/cma/dyn*; do
	[ -d "$d" ] || continue
	cma_area_line "${d##*/}" 16 | grep -q 'alloc=ok got=16 free=ok returned=16' && ok=$((ok + 1))
done
echo "dyn-areas $(ls /sys/kernel/debug/cma | grep -c '^dyn') working=$ok"
# Lines of a pool left out for want of a slot (the old and the new message).
echo "dyn-skipped $(dmesg | grep -c -e 'too many defined dynamic regions' -e 'slots for dynamically placed regions' || true)"
