#!/bin/sh
# Generate cma.dtsi, expect and guest.sh of this scenario (all committed;
# boot.sh only reads them): 14 reusable shared-dma-pool nodes, the last of
# them the linux,cma-default pool, and hugetlb_cma=1G.
# Usage: tests/boot/riscv64-early-hugetlb/gen-dtsi.sh   (rewrites the three files)
set -eu
cd "$(dirname "$0")"
# shellcheck source=tests/boot/gen-pools.sh
. ../gen-pools.sh

# QEMU virt riscv64, -m 4G: RAM 0x80000000-0x17fffffff. OpenSBI, the
# kernel (0x80200000), the initrd (0x88200000) and the DTB (0xbfe00000,
# reserved only after the pools are placed) are all in the first GiB.
#   cma-sNN@...           8 static pools, 4 and 8 MiB, from 0x150000000 up
#   linux,cma@153000000   the default pool, 16 MiB, static, the highest
#                         address and the last node
#   cma-dNN               3 dynamic pools (top-down from the end of RAM)
#   cma-rNN               2 dynamic pools with alloc-ranges 0xe0000000-0xefffffff
#   kunit0/1              the KUnit areas, from dma_contiguous_reserve() below
#                         4 GiB (dma32_phys_limit)
#   hugetlb0              hugetlb_cma=1G: 1 GiB pages (PUD_SHIFT 30 with 4K
#                         pages), the area 1 GiB aligned. RAM ends above
#                         4 GiB + 1 GiB, so cma_declare_contiguous_nid() looks
#                         bottom-up from 4 GiB first: 0x100000000-0x13fffffff,
#                         which nothing above uses (the static pools are in
#                         the GiB above it, the top-down allocations at the
#                         end of RAM, the KUnit areas below 4 GiB).
# Everything registers in setup_bootmem(), before setup_vm_final() builds
# the linear map: the 5 dynamic pools (sorted first, base 0), the 8 static
# ones by address (slots 5-12), linux,cma (13, in the first chunk), kunit0,
# kunit1 (14, 15) and hugetlb0 (16: hugetlb_cma_reserve() allocates and
# links the second chunk). The DT default area stops dma_contiguous_reserve()
# from adding "reserved".
PA_DIGITS=16
STATIC="0x140000000 0x170000000"	# top GiB, clear of hugetlb0 and the top-down allocations
NOTE="riscv64: 14 device-tree pools, the default one (linux,cma@153000000)
registered last, in a descriptor chunk; then the KUnit areas and, from
hugetlb_cma_reserve(), hugetlb0 in the second chunk, all in setup_bootmem()
before setup_vm_final() builds the linear map. No \"reserved\" area."
gen_begin
pool_dynamic cma-d00 $((8 * MiB))
base=0x150000000
i=0
while [ $i -lt 8 ]; do
	size=$(((4 + 4 * (i % 2)) * MiB))			# 4, 8, 4, ... MiB
	pool_static "$(printf cma-s%02d $i)" $base $size
	base=$((base + size))
	case $i in
	1) pool_dynamic cma-r00 $((4 * MiB)) 0xe0000000 0x10000000 ;;
	3) pool_dynamic cma-d01 $((4 * MiB)) ;;
	5) pool_dynamic cma-r01 $((8 * MiB)) 0xe0000000 0x10000000 ;;
	7) pool_dynamic cma-d02 $((8 * MiB)) ;;
	esac
	i=$((i + 1))
done
pool_static linux,cma $base $((16 * MiB)) default
area kunit0 $((16 * MiB)) 0
area kunit1 $((8 * MiB)) 2
area hugetlb0 $((1024 * MiB)) 9
gen_write

cat >> expect <<'EOT'
# One node: hugetlb_cma=1G gives it one 1 GiB area, aligned to 1 GiB.
hugetlb_cma: reserve 1024 MiB, up to 1024 MiB per node
hugetlb_cma: reserved 1024 MiB on node 0
hugetlb0 aligned=yes
# A 1 GiB page takes all of hugetlb0 and gives it back.
hugetlb nr=1 free=1 cma_used=262144 available=0 allocated=+262144 released=+0
hugetlb nr=0 free=0 cma_used=0 available=262144 allocated=+262144 released=+262144
EOT
cat >> guest.sh <<'EOT'
b=$(cat $D/hugetlb0/base_pfn)
echo "hugetlb0 aligned=$([ $((b % 262144)) -eq 0 ] && echo yes || echo no)"
h=/sys/kernel/mm/hugepages/hugepages-1048576kB
a0=$(cat $S/hugetlb0/alloc_pages_success)
r0=$(cat $S/hugetlb0/release_pages_success)
for n in 1 0; do
	echo $n > $h/nr_hugepages
	echo "hugetlb nr=$(cat $h/nr_hugepages) free=$(cat $h/free_hugepages)" \
		"cma_used=$(cat $D/hugetlb0/used) available=$(cat $S/hugetlb0/available_pages)" \
		"allocated=+$(($(cat $S/hugetlb0/alloc_pages_success) - a0))" \
		"released=+$(($(cat $S/hugetlb0/release_pages_success) - r0))"
done
EOT
