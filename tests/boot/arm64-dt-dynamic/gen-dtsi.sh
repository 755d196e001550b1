#!/bin/sh
# Generate cma.dtsi of this scenario (committed, so boot.sh only reads it):
# NPOOLS reusable 4 MiB shared-dma-pool nodes given by size, placed by the
# kernel, more than the 64 dynamically placed regions 6.12 used to take.
# Usage: tests/boot/arm64-dt-dynamic/gen-dtsi.sh   (rewrites cma.dtsi)
set -eu
cd "$(dirname "$0")"

NPOOLS=100
{
	printf '/ {\n\treserved-memory {\n\t\t#address-cells = <2>;\n\t\t#size-cells = <2>;\n\t\tranges;\n\n'
	i=0
	while [ $i -lt $NPOOLS ]; do
		printf '\t\tdyn%03d {\n\t\t\tcompatible = "shared-dma-pool";\n\t\t\treusable;\n' $i
		printf '\t\t\tsize = <0x0 0x400000>;\n\t\t\talignment = <0x0 0x400000>;\n\t\t};\n\n'
		i=$((i + 1))
	done
	printf '\t};\n};\n'
} > cma.dtsi
