# shellcheck shell=sh
# Sourced by the gen-dtsi.sh of the *-early-* boot scenarios: writes the
# scenario's cma.dtsi, expect and guest.sh from a list of areas, so that
# the three always agree (boot.sh only reads them; all three are committed).
#
# The scenario's gen-dtsi.sh cds into its directory, sets PA_DIGITS (hex
# digits of %pa: 8 for 32-bit arm, 16 for arm64 and riscv64), STATIC
# ("LO HI": the window the static pools must stay in, clear of the kernel,
# initrd and DTB and of the top-down allocations) and NOTE (comment lines
# for the top of expect), calls gen_begin, then, pools in device-tree order
# and areas in the order the kernel registers them,
#   pool_static NAME BASE SIZE [default]
#	a reusable shared-dma-pool at a fixed address (reg); "default" adds
#	linux,cma-default. The node is NAME@BASE.
#   pool_dynamic NAME SIZE [LO LEN]
#	a reusable shared-dma-pool the kernel places (size, 4 MiB alignment),
#	within alloc-ranges LO..LO+LEN if given; guest.sh checks that it does.
#   area NAME SIZE ORDER_PER_BIT [busy]
#	an area the kernel registers itself (cma=, cma_pernuma=, hugetlb_cma=,
#	the KUnit areas): one "cma: Reserved N MiB at ..." line.
# and gen_write. "busy" (and "default") mark the default DMA area, which
# the atomic DMA pools already use: its pages in use are not checked. The
# scenario may then append lines of its own to expect and guest.sh.
#
# The kernel registers device-tree pools sorted by base, the dynamic ones
# (base 0 until placed) first, so the node order in cma.dtsi does not give
# the order of registration: the static pool with the highest address is
# the last device-tree area.

MiB=$((1 << 20))
# Base and size of every pool: CMA wants whole pageblocks, at most 4 MiB
# here (32-bit arm: MAX_ORDER 11; arm64 and riscv64 with 4K pages: 2 MiB).
DMA_ALIGN=$((4 * MiB))

gen_begin() {
	gp=$(mktemp -d)
	trap 'rm -rf "$gp"' EXIT
	: > "$gp/dtsi"		# reserved-memory child nodes
	: > "$gp/pools"		# expect: one line per pool, as the kernel prints it
	: > "$gp/inits"		# expect: OF: reserved mem: initialized node ...
	: > "$gp/kernel"	# expect: cma: Reserved ... of the kernel's own areas
	: > "$gp/areas"		# name pfn pages order_per_bit busy (pfn - if dynamic)
	: > "$gp/ranges"	# name first_pfn end_pfn of alloc-ranges pools
	: > "$gp/sizes"		# MiB of each kernel area, for the dmesg counts
	: > "$gp/statics"	# base end of each static pool, for the overlap check
	npools=0 total=0
}

# cells VALUE: two 32-bit cells (#address-cells = #size-cells = 2).
cells() { printf '0x%x 0x%x' $(($1 >> 32)) $(($1 & 0xffffffff)); }
pa() { printf "0x%0${PA_DIGITS}x" "$1"; }
pa_re() { printf '0x[0-9a-f]{%s}' "$PA_DIGITS"; }

die() { echo "gen-dtsi.sh: $*" >&2; exit 1; }
check_align() {	# WHAT VALUE
	[ $(($2 % DMA_ALIGN)) -eq 0 ] || die "$1 0x$(printf %x "$2") is not 4 MiB aligned"
}

node_begin() {
	printf '\t\t%s {\n\t\t\tcompatible = "shared-dma-pool";\n\t\t\treusable;\n' "$1" >> "$gp/dtsi"
}

pool_static() {
	name=$(printf '%s@%x' "$1" "$2")
	check_align "$name base" "$2"
	check_align "$name size" "$3"
	lo=$((${STATIC% *})) hi=$((${STATIC#* }))
	if [ $(($2)) -lt $lo ] || [ $(($2 + $3)) -gt $hi ]; then
		die "$name is outside $STATIC"
	fi
	while read -r b e; do
		[ $(($2 + $3)) -le "$b" ] || [ $(($2)) -ge "$e" ] || die "$name overlaps another static pool"
	done < "$gp/statics"
	echo "$(($2)) $(($2 + $3))" >> "$gp/statics"
	node_begin "$name"
	printf '\t\t\treg = <%s %s>;\n' "$(cells "$2")" "$(cells "$3")" >> "$gp/dtsi"
	busy=-
	if [ "${4:-}" = default ]; then
		printf '\t\t\tlinux,cma-default;\n' >> "$gp/dtsi"
		busy=busy
	fi
	printf '\t\t};\n\n' >> "$gp/dtsi"
	echo "Reserved memory: created CMA memory pool at $(pa "$2"), size $(($3 / MiB)) MiB" >> "$gp/pools"
	echo "OF: reserved mem: initialized node $name, compatible id shared-dma-pool" >> "$gp/inits"
	echo "$name $(($2 >> 12)) $(($3 >> 12)) 0 $busy" >> "$gp/areas"
	npools=$((npools + 1)) total=$((total + $3))
}

pool_dynamic() {
	check_align "$1 size" "$2"
	node_begin "$1"
	printf '\t\t\tsize = <%s>;\n\t\t\talignment = <%s>;\n' "$(cells "$2")" "$(cells $DMA_ALIGN)" >> "$gp/dtsi"
	if [ $# -ge 4 ]; then
		check_align "$1 alloc-ranges" "$3"
		printf '\t\t\talloc-ranges = <%s %s>;\n' "$(cells "$3")" "$(cells "$4")" >> "$gp/dtsi"
		echo "$1 $(($3 >> 12)) $((($3 + $4) >> 12))" >> "$gp/ranges"
	fi
	printf '\t\t};\n\n' >> "$gp/dtsi"
	echo "re:Reserved memory: created CMA memory pool at $(pa_re), size $(($2 / MiB)) MiB" >> "$gp/pools"
	echo "OF: reserved mem: initialized node $1, compatible id shared-dma-pool" >> "$gp/inits"
	echo "$1 - $(($2 >> 12)) 0 -" >> "$gp/areas"
	npools=$((npools + 1)) total=$((total + $2))
}

area() {
	echo "re:cma: Reserved $(($2 / MiB)) MiB at $(pa_re)( on node -?[0-9]+)?" >> "$gp/kernel"
	echo "$(($2 / MiB))" >> "$gp/sizes"
	echo "$1 - $(($2 >> 12)) $3 ${4:--}" >> "$gp/areas"
	total=$((total + $2))
}

gen_write() {
	{
		printf '/ {\n\treserved-memory {\n\t\t#address-cells = <2>;\n\t\t#size-cells = <2>;\n\t\tranges;\n\n'
		cat "$gp/dtsi"
		printf '\t};\n};\n'
	} > cma.dtsi

	names=$(awk '{ print $1 }' "$gp/areas" | LC_ALL=C sort | tr '\n' ' ')
	nareas=$(wc -l < "$gp/areas")
	sizes=$(sort -n -u "$gp/sizes" | tr '\n' ' ')
	{
		echo "# Generated by gen-dtsi.sh: edit that, not this."
		echo "$NOTE" | sed 's/^/# /'
		echo "# Every device-tree pool is created (static ones at their address) ..."
		sort -u "$gp/pools"
		cat "$gp/inits"
		echo "# ... and every area of the kernel's own is reserved (dmesg counts them by size)."
		sort -u "$gp/kernel"
		echo "dmesg pools=$npools"
		for s in $sizes; do
			echo "dmesg cma-reserved-${s}MiB=$(grep -cx "$s" "$gp/sizes")"
		done
		echo "dmesg cma-errors=0"
		echo "# $nareas areas, no other, $((total / MiB)) MiB in all."
		echo "meminfo CmaTotal=$((total / 1024))"
		echo "areas ${names% }"
		echo "areas-count debugfs=$nareas sysfs=$nareas"
		[ ! -s "$gp/ranges" ] || echo "alloc-ranges outside=0"
		echo "# Every area allocates 16 pages and frees them (in whole bits of order_per_bit)."
		while read -r name pfn pages opb busy; do
			got=$(((16 + (1 << opb) - 1) >> opb << opb))
			if [ "$busy" = busy ]; then
				use='[0-9]+'
			else
				use=0
			fi
			if [ "$pfn" = - ] || [ "$busy" = busy ]; then
				[ "$pfn" != - ] || pfn='[0-9]+'
				echo "re:cma-area $name base_pfn=$pfn pages=$pages order_per_bit=$opb in_use=$use alloc=ok got=$got free=ok returned=$got success=\\+16 fail=\\+0"
			else
				echo "cma-area $name base_pfn=$pfn pages=$pages order_per_bit=$opb in_use=0 alloc=ok got=$got free=ok returned=$got success=+16 fail=+0"
			fi
			if [ "$busy" = busy ]; then
				echo "re:cma-sysfs $name total_pages=$pages available_pages=[0-9]+ in_use=[0-9]+ accounted=yes release_pages_success=\\+16"
			else
				echo "cma-sysfs $name total_pages=$pages available_pages=$pages in_use=0 accounted=yes release_pages_success=+16"
			fi
		done < "$gp/areas"
	} > expect

	{
		echo "# Generated by gen-dtsi.sh: edit that, not this."
		echo ". /guest-lib.sh"
		echo "D=/sys/kernel/debug/cma"
		echo "S=/sys/kernel/mm/cma"
		echo "# How many pools and areas the kernel announced, and any CMA error."
		echo "count() { dmesg | grep -cE \"\$1\" || true; }"
		echo "echo \"dmesg pools=\$(count 'Reserved memory: created CMA memory pool at')\""
		for s in $sizes; do
			echo "echo \"dmesg cma-reserved-${s}MiB=\$(count 'cma: Reserved $s MiB at ')\""
		done
		echo "echo \"dmesg cma-errors=\$(count 'Failed to reserve|no CMA area|unable to set up a CMA area|could not be activated|no memory for the descriptor|reservation failed|failed to allocate memory for node|KUnit area .* not reserved')\""
		echo "echo \"meminfo CmaTotal=\$(meminfo CmaTotal)\""
		echo "cma_areas"
		echo "echo \"areas-count debugfs=\$(ls \$D | wc -l) sysfs=\$(ls \$S | wc -l)\""
		if [ -s "$gp/ranges" ]; then
			echo "# Pools with alloc-ranges lie inside them (page frame numbers)."
			echo "out=0"
			echo "inside() { [ -d \$D/\$1 ] && b=\$(cat \$D/\$1/base_pfn) n=\$(cat \$D/\$1/count) && [ \"\$b\" -ge \$2 ] && [ \$((b + n)) -le \$3 ]; }"
			while read -r name lo hi; do
				echo "inside $name $lo $hi || { echo \"alloc-ranges $name outside $lo-$hi\"; out=\$((out + 1)); }"
			done < "$gp/ranges"
			echo "echo \"alloc-ranges outside=\$out\""
		fi
		echo "cma_exercise 16"
	} > guest.sh
}
