#!/bin/sh
# Generate cma.dtsi, expect and guest.sh of this scenario (all committed;
# boot.sh only reads them): 12 reusable shared-dma-pool nodes, none of
# them linux,cma-default, with cma=16M on the command line.
# Usage: tests/boot/riscv64-early-nodefault/gen-dtsi.sh   (rewrites the three files)
set -eu
cd "$(dirname "$0")"
# shellcheck source=tests/boot/gen-pools.sh
. ../gen-pools.sh

# QEMU virt riscv64, -m 2G: RAM 0x80000000-0xffffffff. OpenSBI takes the
# first 512 KiB (a no-map reserved-memory node it adds), the kernel is at
# 0x80200000, the initrd at 0x88200000, and QEMU puts the DTB in the last
# 2 MiB below 3 GiB (0xbfe00000), which the kernel reserves only after the
# device-tree pools are placed: alloc-ranges must not cover it.
#   cma-sNN@...  6 static pools, 8 and 4 MiB, from 0xd0000000 up
#   cma-dNN      3 dynamic pools (memblock: top-down from the end of RAM)
#   cma-rNN      3 dynamic pools with alloc-ranges 0xe0000000-0xefffffff
#   reserved     cma=16M, from dma_contiguous_reserve()
#   kunit0/1     the KUnit areas, after reserved
# Everything registers in setup_bootmem(), before setup_vm_final() builds
# the linear map: the 6 dynamic pools (sorted first, base 0), the 6 static
# ones by address (slots 6-11; 8-11 in the first chunk), then reserved
# (slot 12), kunit0, kunit1.
PA_DIGITS=16
STATIC="0xc0000000 0xf0000000"	# upper half, below the top-down allocations
NOTE="riscv64: 12 device-tree pools and no DT default; cma=16M makes the
default area \"reserved\" in a descriptor chunk, from dma_contiguous_reserve()
in setup_bootmem(), before setup_vm_final() builds the linear map."
gen_begin
base=0xd0000000
i=0
while [ $i -lt 6 ]; do
	size=$(((8 - 4 * (i % 2)) * MiB))			# 8, 4, 8, ... MiB
	pool_static "$(printf cma-s%02d $i)" $base $size
	base=$((base + size))
	if [ $((i % 2)) -eq 0 ]; then
		pool_dynamic "$(printf cma-d%02d $((i / 2)))" $(((4 + 4 * (i / 2 % 2)) * MiB))
	else
		pool_dynamic "$(printf cma-r%02d $((i / 2)))" $(((8 - 4 * (i / 2 % 2)) * MiB)) \
			0xe0000000 0x10000000
	fi
	i=$((i + 1))
done
area reserved $((16 * MiB)) 0 busy
area kunit0 $((16 * MiB)) 0
area kunit1 $((8 * MiB)) 2
gen_write
