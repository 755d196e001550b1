#!/bin/sh
# Generate cma.dtsi, expect and guest.sh of this scenario (all committed;
# boot.sh only reads them): 12 reusable shared-dma-pool nodes, none of
# them linux,cma-default, with cma=16M on the command line.
# Usage: tests/boot/arm-early-nodefault/gen-dtsi.sh   (rewrites the three files)
set -eu
cd "$(dirname "$0")"
# shellcheck source=tests/boot/gen-pools.sh
. ../gen-pools.sh

# QEMU virt, 32-bit arm, -m 1G: RAM 0x40000000-0x7fffffff. With the 3G/1G
# split and the default vmalloc reserve lowmem ends at 0x70000000; the
# kernel, initrd and DTB sit in the first 128 MiB and a bit (initrd at
# 0x48000000, DTB after it), and early memblock allocations (such as the
# descriptor chunks) come from the top of lowmem.
#   cma-sNN@...  6 static pools, 4 and 8 MiB, from 0x60000000 up (lowmem,
#                below 0x6e000000)
#   cma-dNN      3 dynamic pools: memblock takes them top-down from the end
#                of RAM, so they land in highmem
#   cma-rNN      3 dynamic pools with alloc-ranges 0x50000000-0x5fffffff
#                (lowmem, below the static ones)
#   reserved     cma=16M: highmem first (cma_declare_contiguous())
#   kunit0/1     the KUnit areas (16 MiB, 8 MiB of order_per_bit 2), from
#                dma_contiguous_reserve() like reserved
# Registration order: the 6 dynamic pools (sorted first, base 0), the 6
# static ones by address (slots 6-11: 8-11 are the first chunk), then
# reserved (slot 12), kunit0, kunit1, all before paging_init().
PA_DIGITS=8
STATIC="0x60000000 0x6e000000"	# lowmem, clear of the kernel, initrd, DTB and the top of lowmem
NOTE="32-bit arm: 12 device-tree pools and no DT default; cma=16M makes the
default area \"reserved\" in a descriptor chunk, from dma_contiguous_reserve()
in arm_memblock_init(), before paging_init() maps lowmem."
gen_begin
base=0x60000000
i=0
while [ $i -lt 6 ]; do
	size=$(((4 + 4 * (i % 2)) * MiB))			# 4, 8, 4, ... MiB
	pool_static "$(printf cma-s%02d $i)" $base $size
	base=$((base + size))
	if [ $i -lt 3 ]; then
		pool_dynamic "$(printf cma-d%02d $i)" $(((4 + 4 * (i % 2)) * MiB))
	else
		pool_dynamic "$(printf cma-r%02d $((i - 3)))" $(((8 - 4 * (i % 2)) * MiB)) \
			0x50000000 0x10000000
	fi
	i=$((i + 1))
done
area reserved $((16 * MiB)) 0 busy
area kunit0 $((16 * MiB)) 0
area kunit1 $((8 * MiB)) 2
gen_write
