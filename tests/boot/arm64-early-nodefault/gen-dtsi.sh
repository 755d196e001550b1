#!/bin/sh
# Generate cma.dtsi, expect and guest.sh of this scenario (all committed;
# boot.sh only reads them): 12 reusable shared-dma-pool nodes, none of
# them linux,cma-default, with cma=16M and cma_pernuma=8M on two NUMA nodes.
# Usage: tests/boot/arm64-early-nodefault/gen-dtsi.sh   (rewrites the three files)
set -eu
cd "$(dirname "$0")"
# shellcheck source=tests/boot/gen-pools.sh
. ../gen-pools.sh

# QEMU virt arm64, -m 2G in two NUMA nodes of 1 GiB: node 0 is
# 0x40000000-0x7fffffff, node 1 0x80000000-0xbfffffff. The kernel, initrd
# and DTB sit in the first 128 MiB and a bit; memblock allocates top-down.
#   cma-rNN      3 dynamic pools with alloc-ranges 0x60000000-0x6fffffff (node 0)
#   cma-sNN@...  6 static pools, 4 and 8 MiB, from 0x90000000 up (node 1)
#   cma-dNN      3 dynamic pools (top of RAM: node 1)
#   pernuma0/1   cma_pernuma=8M, one area per node, from bootmem_init()
#   reserved     cma=16M, from dma_contiguous_reserve() in bootmem_init()
#   kunit0/1     the KUnit areas, after reserved
# Registration order: the 6 dynamic pools (sorted first, base 0), the 6
# static ones by address (slots 6-11; 8-11 in the first chunk) from
# arm64_memblock_init() before paging_init(); then, after paging_init()
# but before slab: pernuma0, pernuma1 (12, 13), reserved (14), kunit0 (15),
# kunit1 (16, the first slot of the second chunk).
# No hugetlb_cma=: with 4K pages a hugetlb_cma area is 1 GiB, aligned to
# 1 GiB (arm64_hugetlb_cma_reserve(): PUD order), so it needs a whole free
# GiB of one node. Of the two here, node 0's holds the kernel and the
# initrd, and node 1's the top-down memblock allocations made before
# bootmem_init() (page tables, these pools, the descriptor chunk).
PA_DIGITS=16
STATIC="0x80000000 0xb0000000"	# node 1, below the top-down allocations
NOTE="arm64: 12 device-tree pools and no DT default, registered before
paging_init() into the image slots and the first descriptor chunk; after
paging_init() and before slab, cma_pernuma=8M on two nodes and cma=16M
(\"reserved\") in the first chunk and the KUnit areas into the second."
gen_begin
base=0x90000000
i=0
while [ $i -lt 6 ]; do
	if [ $i -lt 3 ]; then
		pool_dynamic "$(printf cma-r%02d $i)" $(((8 - 4 * (i % 2)) * MiB)) \
			0x60000000 0x10000000
	else
		pool_dynamic "$(printf cma-d%02d $((i - 3)))" $(((4 + 4 * (i % 2)) * MiB))
	fi
	size=$(((4 + 4 * (i % 2)) * MiB))			# 4, 8, 4, ... MiB
	pool_static "$(printf cma-s%02d $i)" $base $size
	base=$((base + size))
	i=$((i + 1))
done
area pernuma0 $((8 * MiB)) 0
area pernuma1 $((8 * MiB)) 0
area reserved $((16 * MiB)) 0 busy
area kunit0 $((16 * MiB)) 0
area kunit1 $((8 * MiB)) 2
gen_write

cat >> expect <<'EOT'
# Two nodes, and each per-node area lies on its node.
nodes 2
area pernuma0 first_node=0 last_node=0 pages=2048
area pernuma1 first_node=1 last_node=1 pages=2048
EOT
cat >> guest.sh <<'EOT'
echo "nodes $(ls -d /sys/devices/system/node/node[0-9]* | wc -l)"
# node_of PFN: node 1 starts at 0x80000000.
node_of() { if [ "$1" -lt $((0x80000)) ]; then echo 0; else echo 1; fi; }
for n in 0 1; do
	a=pernuma$n
	[ -d $D/$a ] || { echo "area $a missing"; continue; }
	b=$(cat $D/$a/base_pfn) c=$(cat $D/$a/count)
	echo "area $a first_node=$(node_of "$b") last_node=$(node_of $((b + c - 1))) pages=$c"
done
EOT
