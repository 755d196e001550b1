#!/bin/sh
# Generate cma.dtsi, expect and guest.sh of this scenario (all committed;
# boot.sh only reads them): 20 reusable shared-dma-pool nodes, the last of
# them the linux,cma-default pool, and no cma= on the command line.
# Usage: tests/boot/arm-early-default/gen-dtsi.sh   (rewrites the three files)
set -eu
cd "$(dirname "$0")"
# shellcheck source=tests/boot/gen-pools.sh
. ../gen-pools.sh

# QEMU virt, 32-bit arm, -m 1G: RAM 0x40000000-0x7fffffff, lowmem up to
# 0x70000000 (see arm-early-nodefault/gen-dtsi.sh for the memory map).
#   cma-sNN@...          10 static pools, 8 and 4 MiB, from 0x60000000 up,
#                        written in the device tree in descending address order
#   linux,cma@63c00000   the default pool, 16 MiB, static, the highest
#                        address and the last node
#   cma-dNN              5 dynamic pools (top of RAM: highmem)
#   cma-rNN              4 dynamic pools with alloc-ranges 0x50000000-0x5fffffff
#   kunit0/1             the KUnit areas, from dma_contiguous_reserve()
# The kernel registers the pools sorted by base: the 9 dynamic ones first
# (slots 0-8), the static ones by address (9-18), linux,cma last (slot 19,
# in the second chunk: 8 in the image, 8 in the first chunk, 16 in the
# second), then kunit0 and kunit1 (20, 21), all before paging_init(). The
# DT default area stops dma_contiguous_reserve() from adding "reserved".
PA_DIGITS=8
STATIC="0x60000000 0x6e000000"	# lowmem, clear of the kernel, initrd, DTB and the top of lowmem
NOTE="32-bit arm: 20 device-tree pools, the default one (linux,cma@63c00000)
registered last, in the second descriptor chunk, before paging_init(); the
KUnit areas follow from dma_contiguous_reserve(), and no \"reserved\" area."
gen_begin
i=0
while [ $i -lt 10 ]; do
	if [ $i -lt 5 ]; then
		pool_dynamic "$(printf cma-d%02d $i)" $(((8 - 4 * (i % 2)) * MiB))
	elif [ $i -lt 9 ]; then
		pool_dynamic "$(printf cma-r%02d $((i - 5)))" $(((4 + 4 * (i % 2)) * MiB)) \
			0x50000000 0x10000000
	fi
	# Static pool 9 - i: the device tree lists them from the highest address down.
	j=$((9 - i)) base=0x60000000 k=0
	while [ $k -lt $j ]; do
		base=$((base + (8 - 4 * (k % 2)) * MiB))
		k=$((k + 1))
	done
	size=$(((8 - 4 * (j % 2)) * MiB))
	pool_static "$(printf cma-s%02d $j)" $base $size
	[ $i -ne 0 ] || top=$((base + size))
	i=$((i + 1))
done
# Right above cma-s09, the highest static pool: 0x63c00000.
pool_static linux,cma "$top" $((16 * MiB)) default
area kunit0 $((16 * MiB)) 0
area kunit1 $((8 * MiB)) 2
gen_write
