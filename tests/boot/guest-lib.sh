# Helpers for scenario scripts, sourced inside the guest.

# meminfo KEY: the value of one /proc/meminfo line, in kB.
meminfo() {
	awk -v k="$1:" '$1 == k { print $2 }' /proc/meminfo
}

# cma_area_line NAME PAGES: allocate PAGES from the area through debugfs,
# free them again and print one "cma-area" line with what happened: pages in
# use before, pages the allocation added and the free gave back, and how the
# sysfs success/fail counters moved.
cma_area_line() {
	d=/sys/kernel/debug/cma/$1
	s=/sys/kernel/mm/cma/$1
	u0=$(cat "$d/used")
	s0=$(cat "$s/alloc_pages_success")
	f0=$(cat "$s/alloc_pages_fail")
	r0=$(cat "$s/release_pages_success" 2>/dev/null || echo 0)
	a=ok; f=ok
	echo "$2" > "$d/alloc" 2>/dev/null || a=fail
	u1=$(cat "$d/used")
	echo "$2" > "$d/free" 2>/dev/null || f=fail
	u2=$(cat "$d/used")
	echo "cma-area $1 base_pfn=$(cat "$d/base_pfn") pages=$(cat "$d/count")" \
		"order_per_bit=$(cat "$d/order_per_bit") in_use=$u0 alloc=$a got=$((u1 - u0))" \
		"free=$f returned=$((u1 - u2)) success=+$(($(cat "$s/alloc_pages_success") - s0))" \
		"fail=+$(($(cat "$s/alloc_pages_fail") - f0))"
	# Counters the 6.1 base does not have.
	[ -f "$s/available_pages" ] || return 0
	t=$(cat "$s/total_pages") av=$(cat "$s/available_pages") u=$(cat "$d/used")
	ok=no
	[ $((av + u)) -eq "$t" ] && ok=yes
	echo "cma-sysfs $1 total_pages=$t available_pages=$av in_use=$u accounted=$ok" \
		"release_pages_success=+$(($(cat "$s/release_pages_success") - r0))"
}

# cma_exercise [PAGES]: cma_area_line for every area, in debugfs order.
cma_exercise() {
	for d in /sys/kernel/debug/cma/*; do
		cma_area_line "${d##*/}" "${1:-16}"
	done
}

# cma_areas: one "areas" line with the names of all areas (sorted, as debugfs lists them).
cma_areas() {
	echo "areas$(for d in /sys/kernel/debug/cma/*; do printf ' %s' "${d##*/}"; done)"
}

# hugetlb_cma_cycle: with 1 GiB pages served from the area hugetlb0, raise
# and lower the pool one page at a time (1 2 1 0); every step prints what
# hugetlb, /proc/meminfo and the area's counters say.
hugetlb_cma_cycle() {
	h=/sys/kernel/mm/hugepages/hugepages-1048576kB
	s=/sys/kernel/mm/cma/hugetlb0
	d=/sys/kernel/debug/cma/hugetlb0
	r0=$(cat $s/release_pages_success)
	a0=$(cat $s/alloc_pages_success)
	for n in 1 2 1 0; do
		echo $n > $h/nr_hugepages
		echo "hugetlb nr=$n total=$(meminfo HugePages_Total) free=$(meminfo HugePages_Free)" \
			"cma_used=$(cat $d/used) available=$(cat $s/available_pages)" \
			"allocated=+$(($(cat $s/alloc_pages_success) - a0))" \
			"released=+$(($(cat $s/release_pages_success) - r0))"
	done
}
