. /guest-lib.sh
h=/sys/kernel/mm/hugepages/hugepages-1048576kB
s=/sys/kernel/mm/cma/hugetlb0
d=/sys/kernel/debug/cma/hugetlb0
cma_areas
r0=$(cat $s/release_pages_success)
a0=$(cat $s/alloc_pages_success)
# Raise and lower the pool one page at a time; every step prints what
# hugetlb, /proc/meminfo and the area's counters say.
for n in 1 2 1 0; do
	echo $n > $h/nr_hugepages
	echo "hugetlb nr=$n total=$(meminfo HugePages_Total) free=$(meminfo HugePages_Free)" \
		"cma_used=$(cat $d/used) available=$(cat $s/available_pages)" \
		"allocated=+$(($(cat $s/alloc_pages_success) - a0))" \
		"released=+$(($(cat $s/release_pages_success) - r0))"
done
echo "meminfo CmaTotal=$(meminfo CmaTotal) CmaFree=$(meminfo CmaFree)"
