# make bench, P8: how long registering, activating and listing the areas
# took and the memory left (/proc/meminfo). The initcalls are timed by the
# printk timestamps (local_clock(), microseconds) of their initcall_debug
# lines: their own "after N usecs" counts jiffies (4 ms steps) until the
# clocksource switch at fs_initcall.
. /guest-lib.sh
dmesg | sed -n 's/^\[ *[0-9.]*\] //; /^bench AREAS /p'
dmesg | awk '{
	ts = $0; sub(/^\[ */, "", ts); sub(/\].*/, "", ts)
	line = $0; sub(/^\[[^]]*\] /, "", line); split(line, w, " ")
	fn = w[2]; sub(/\+.*/, "", fn)
	if (fn !~ /^cma_(init_reserved_areas|sysfs_init|debugfs_init)$/)
		next
	if (w[1] == "calling")
		start[fn] = ts
	else if (w[1] == "initcall" && w[3] == "returned" && fn in start)
		printf "bench AREAS_INIT %s rc=%s us=%d\n", fn, w[4], (ts - start[fn]) * 1000000 + 0.5
}'
# Every registered area has its sysfs and its debugfs directory.
n=$(dmesg | sed -n 's/.*bench AREAS registered=\([0-9]*\) .*/\1/p')
listed=all
for d in /sys/kernel/mm/cma /sys/kernel/debug/cma; do
	[ "$(ls "$d" | grep -c '^bench')" = "${n:-none}" ] || listed=missing
done
echo "bench AREAS_LISTED $listed sysfs=$(ls /sys/kernel/mm/cma | wc -l) debugfs=$(ls /sys/kernel/debug/cma | wc -l)" \
	"MemTotal=$(meminfo MemTotal) MemFree=$(meminfo MemFree) Slab=$(meminfo Slab) CmaTotal=$(meminfo CmaTotal)"
echo "bench done"
