. /guest-lib.sh
D=/sys/kernel/debug/cma
S=/sys/kernel/mm/cma
# How many areas debugfs and sysfs list: all, the 64 from the device tree
# (cma-sNN@..., cma-dNN, cma-rNN) and any malformed node (bad-*).
count() { ls "$1" | grep -cE "$2" || true; }
echo "bad-areas debugfs=$(count $D '^bad-') sysfs=$(count $S '^bad-')"
echo "dt-areas debugfs=$(count $D '^cma-[sdr][0-9]') sysfs=$(count $S '^cma-[sdr][0-9]')"
echo "areas-count debugfs=$(ls $D | wc -l) sysfs=$(ls $S | wc -l)"
cma_areas
# The cma-rNN areas must lie in their alloc-ranges, 0x80000000-0x9fffffff.
out=0
for d in $D/cma-r*; do
	[ -d "$d" ] || continue
	b=$(cat "$d/base_pfn") n=$(cat "$d/count")
	if [ "$b" -lt $((0x80000)) ] || [ $((b + n)) -gt $((0xa0000)) ]; then
		echo "alloc-ranges ${d##*/} base_pfn=$b count=$n is outside"
		out=$((out + 1))
	fi
done
echo "alloc-ranges outside=$out"
cma_exercise 16
