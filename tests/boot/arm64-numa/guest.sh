. /guest-lib.sh
D=/sys/kernel/debug/cma
S=/sys/kernel/mm/cma
echo "nodes $(ls -d /sys/devices/system/node/node[0-9]* | wc -l)"
cma_areas

# node_of PFN: the node whose memory holds PFN (the layout of scenario.conf).
node_of() {
	if [ "$1" -lt $((0x100000)) ]; then echo 0
	elif [ "$1" -lt $((0x180000)) ]; then echo 1
	elif [ "$1" -lt $((0x200000)) ]; then echo 2
	else echo 3
	fi
}
# Each per-node area lies entirely on its node.
for n in 0 1 2 3; do
	for a in pernuma$n hugetlb$n; do
		[ -d $D/$a ] || { echo "area $a missing"; continue; }
		b=$(cat $D/$a/base_pfn) c=$(cat $D/$a/count)
		echo "area $a first_node=$(node_of "$b") last_node=$(node_of $((b + c - 1))) pages=$c"
	done
done

cma_exercise 16

# Raise and lower 1 GiB pages on node 1: they come from hugetlb1 and from
# no other area.
h=/sys/devices/system/node/node1/hugepages/hugepages-1048576kB
a0=$(cat $S/hugetlb1/alloc_pages_success)
r0=$(cat $S/hugetlb1/release_pages_success)
others() { echo $(($(cat $D/hugetlb0/used) + $(cat $D/hugetlb2/used) + $(cat $D/hugetlb3/used))); }
for n in 1 0; do
	echo $n > $h/nr_hugepages
	echo "node1 hugetlb nr=$(cat $h/nr_hugepages) free=$(cat $h/free_hugepages)" \
		"cma_used=$(cat $D/hugetlb1/used) available=$(cat $S/hugetlb1/available_pages)" \
		"allocated=+$(($(cat $S/hugetlb1/alloc_pages_success) - a0))" \
		"released=+$(($(cat $S/hugetlb1/release_pages_success) - r0))" \
		"other_hugetlb_used=$(others)"
done
