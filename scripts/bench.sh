#!/usr/bin/env bash
# 'make bench': the series against the unpatched base and, where
# tests/bench/comparator-<base>.diff exists, against the comparator (the
# base with a mutex per area, the design mainline chose later), side by
# side in one run. Builds the x86_64 kernels with the same config, boots each in QEMU
# (TCG, -smp 2) with the scenario tests/bench (same command line, same
# in-guest driver tests/bench/cmabench.c), adds the user-space index
# benchmark and writes the table to bench/RESULTS-<base>.md:
#   P1  two areas full of page cache, one thread allocating 2 MiB in each
#   P2  one area, two threads allocating 2 MiB on disjoint pageblocks
#   P2s the same with 64 KiB allocations, 64 to the block a claim covers
#   P3  instructions per search: the free-range index vs the bitmap scan
#   P4  a pageblock with one page pinned for 50 ms: failed or how late
#   P5  the longest wait for cma->lock (interrupts off) while allocations
#       search a fragmented area of 1 and 4 GiB (tests/bench/holds)
#   P6  fragmentation: a camera/video/GPU trace over eight simulated hours
#       on a 256 MiB area, first fit: how many 8-16 MiB allocations fail
#       and the longest free run, on the index in user space and through
#       each kernel's cma_alloc() (tests/bench/frag)
#   P7  latency: 2 and 16 MiB allocations from a 512 MiB area while a
#       background load keeps page cache and anonymous memory in it and
#       forks processes (tests/bench/load)
#   P8  scale: 1024 and 4096 areas registered at boot (tests/bench/areas):
#       registration, activation, sysfs and debugfs time, and memory per
#       area; the base and comparator are built with CONFIG_CMA_AREAS=4100
# Under TCG a time only means something next to the other kernel's, taken
# in the same run. The kernels boot in turn, BENCH_BOOTS times each (base,
# comparator, patched, base, ...), since one boot can run a third faster or
# slower than the next; each P1/P2 figure is the median of the rounds of
# all boots of that kernel, and the table also shows every boot's median.
# KERNEL=name LINUX=tree compares another tree's kernel with the base.
. "$(dirname "$0")/lib.sh"

new=${KERNEL:-patched}
[ "$new" != base ] || die "KERNEL=base: the bench compares a patched kernel with the base"
RESULTS=$BUILD/bench-results.txt
export RESULTS
rm -f "$RESULTS"
t0=$SECONDS

# comparator: the base with mainline's later design, a mutex per area
# (tests/bench/comparator-<base>.diff), built from the base tree while the
# diff is applied, so that ccache serves everything but mm/cma*.
comparator=$TOP/tests/bench/comparator-$BASE.diff
# The in-guest drivers of P5 (tests/bench/holds/cma_holds.c), P6
# (tests/bench/frag/cma_frag.c, with frag_sim.h) and P8
# (tests/bench/areas/cma_areas.c) go into every bench kernel:
# copied into the tree's mm/ and listed in mm/Makefile while the kernel
# builds, then taken out again.
holds=$TOP/tests/bench/holds
frag=$TOP/tests/bench/frag
areas=$TOP/tests/bench/areas
drivers=("$holds/cma_holds.c" "$frag/cma_frag.c" "$frag/frag_sim.h" "$areas/cma_areas.c")
with_holds() {	# TREE COMMAND...: run COMMAND with the drivers in TREE
	local tree=$1 rc=0 f
	shift
	git -C "$tree" diff --quiet -- mm/Makefile ||
		die "$tree/mm/Makefile has changes of its own; commit them first"
	cp "${drivers[@]}" "$tree/mm/"
	for f in "${drivers[@]}"; do
		[[ $f = *.c ]] || continue
		f=${f##*/}
		echo "obj-\$(CONFIG_CMA_DEBUGFS) += ${f%.c}.o" >> "$tree/mm/Makefile"
	done
	"$@" || rc=$?
	for f in "${drivers[@]}"; do rm -f "$tree/mm/${f##*/}"; done
	git -C "$tree" checkout -q -- mm/Makefile
	return "$rc"
}
build_comparator() {
	local rc=0
	git -C "$BUILD/linux-base" apply "$comparator" || return
	with_holds "$BUILD/linux-base" env KERNEL=comparator "$TOP/scripts/kunit.sh" x86_64 build || rc=$?
	git -C "$BUILD/linux-base" checkout -q -f HEAD
	return "$rc"
}

[ -d "$BUILD/linux-base/.git" ] || KERNEL=base "$TOP/scripts/tree.sh"
step "build the base x86_64 kernel" with_holds "$BUILD/linux-base" env KERNEL=base "$TOP/scripts/kunit.sh" x86_64 build
kernels=(base)
if [ -f "$comparator" ]; then
	step "build the comparator x86_64 kernel (the base + ${comparator#"$TOP"/})" build_comparator
	kernels+=(comparator)
fi
kernels+=("$new")
step "build the $new x86_64 kernel" with_holds "$LINUX" env KERNEL="$new" "$TOP/scripts/kunit.sh" x86_64 build
mkdir -p "$BUILD/bench"
gcc -static -O2 -pthread -Wall -o "$BUILD/bench/cmabench" "$TOP/tests/bench/cmabench.c"
# The guests' clock: tests/bench/scenario.conf says why.
gcc -O2 -Wall -o "$BUILD/bench/tsc_khz" "$TOP/tests/bench/tsc_khz.c"
BENCH_CLOCK="tsc=reliable tsc_early_khz=$("$BUILD/bench/tsc_khz")"
export BENCH_CLOCK
boots=${BENCH_BOOTS:-2}
[[ $boots =~ ^[1-9][0-9]*$ ]] || die "BENCH_BOOTS=$boots: want a number of boots, 1 or more"
for k in "${kernels[@]}"; do rm -f "$BUILD/bench/$k".*.lines; done
for ((i = 1; i <= boots; i++)); do
	for k in "${kernels[@]}"; do
		step "bench the $k kernel in QEMU ($i/$boots)" env KERNEL="$k" "$TOP/scripts/boot.sh" "$TOP/tests/bench" ||
			die "the $k run failed: see $BUILD/boot/$k/bench/console.log"
		cp "$BUILD/boot/$k/bench/lines" "$BUILD/bench/$k.$i.lines"
	done
done
# scenario PART DIR WHAT [TAG]: boot every kernel once with the scenario DIR
# and keep its lines as <kernel>.<TAG, default the dir name>.lines. A kernel
# whose run fails is reported, and its cells of the table stay empty: the
# other parts go on.
failed_parts=()
scenario() {
	local part=$1 dir=$2 what=$3 k name=${2##*/}
	local tag=${4:-$name}
	for k in "${kernels[@]}"; do
		if step "$part: $what in the $k kernel in QEMU" env KERNEL="$k" "$TOP/scripts/boot.sh" "$dir"; then
			cp "$BUILD/boot/$k/$name/lines" "$BUILD/bench/$k.$tag.lines"
		else
			say "the $k $part run failed: see $BUILD/boot/$k/$name/console.log"
			failed_parts+=("$part/$k")
		fi
	done
}
scenario P5 "$holds" "lock holds"
scenario P6 "$frag" "the fragmentation trace"
scenario P7 "$TOP/tests/bench/load" "allocation latency under load"
for n in 1024 4096; do
	BENCH_AREAS=$n scenario P8 "$areas" "$n areas" "areas$n"
done
# The same trace on the index in user space, with tools/testing/cma's shims,
# for three seeds (seed 1 is the one the guests play).
frag_user() {
	gcc -O2 -Wall -I"$LINUX/tools/testing/cma" -I"$LINUX/mm" -I"$LINUX/tools/include" \
		-o "$BUILD/bench/frag_user" "$frag/frag_user.c" "$LINUX/mm/cma_index.c" \
		"$LINUX/tools/lib/find_bit.c" "$LINUX/tools/lib/hweight.c" &&
		for seed in 1 2 3; do "$BUILD/bench/frag_user" "$seed" 8 | sed "s/where=user/where=user seed=$seed/" || return; done
}
step "P6: the fragmentation trace on the index in user space" frag_user > "$BUILD/bench/frag_user.lines"
step "P3: the index benchmark (callgrind)" "$TOP/scripts/harness.sh" bench > "$BUILD/bench/p3.txt"
step "P3: the index benchmark, worst case (callgrind)" "$TOP/scripts/harness.sh" bench-worst > "$BUILD/bench/p3w.txt"

# median LABEL KEY LOG...: the median of KEY over the rounds of LABEL.
median() {
	local label=$1 key=$2
	shift 2
	cat "$@" | sed -n "s/^bench $label round=.* $key=\([0-9.]*\).*/\1/p" | sort -g |
		awk '{ v[NR] = $1 } END { if (NR) printf "%g\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# p4 LOG...: what the pinned allocation did, boot by boot.
p4() {
	cat "$@" | sed -n 's/^bench P4 .*pinned=\([a-z]*\) pinned_ms=\([0-9.]*\) unpinned_ms=\([0-9.]*\).*/\1 \2 \3/p' |
		awk '{ printf "%s", (NR > 1) ? "; " : ""
		       if ($1 == "ok") printf "ok in %.0f ms (%+.0f ms against the same allocation unpinned)", $2, $2 - $3
		       else printf "failed after %.0f ms", $2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2fx", a / b; else print "-" }'; }
# per_boot LABEL KERNEL: the median of each boot, "a / b / ...".
per_boot() {
	local i out=
	for ((i = 1; i <= boots; i++)); do
		out+="${out:+ / }$(median "$1" rate "$BUILD/bench/$2.$i.lines")"
	done
	echo "$out"
}

desc() {	# TREE: commit and subject of its HEAD, and the patches above the base
	local base n
	base=$(git -C "$BUILD/linux-base" rev-parse HEAD)
	n=$(git -C "$1" rev-list --count "$base..HEAD")
	echo "$(git -C "$1" log -1 --format='%h "%s"') ($n patches on the base)"
}
# cells WHAT: one table cell per kernel; WHAT is p1, p2 or p4.
cells() {
	local k
	for k in "${kernels[@]}"; do
		case $1 in
		p1) printf ' %s |' "$(median P1 rate "$BUILD/bench/$k".*.lines)" ;;
		p2) printf ' %s |' "$(median P2 rate "$BUILD/bench/$k".*.lines)" ;;
		p2s) printf ' %s |' "$(median P2s rate "$BUILD/bench/$k".*.lines)" ;;
		p4) printf ' %s |' "$(p4 "$BUILD/bench/$k".*.lines)" ;;
		esac
	done
}
# ratios LABEL: the series' rate over each other kernel's.
ratios() {
	local k p
	p=$(median "$1" rate "$BUILD/bench/$new".*.lines)
	for k in "${kernels[@]}"; do
		[ "$k" = "$new" ] || printf ' %s |' "$(ratio "$p" "$(median "$1" rate "$BUILD/bench/$k".*.lines)")"
	done
}
migrated() {	# LABEL: pages migrated per allocation, per kernel
	local k out=
	for k in "${kernels[@]}"; do
		out+="${out:+ / }$(median "$1" migrated_per_alloc "$BUILD/bench/$k".*.lines)"
	done
	echo "$out"
}
# holdv KERNEL KEY AREA PATTERN COUNT: KEY of that P5 line.
holdv() {
	sed -n "s/^bench HOLDS area=$3 .* pattern=$4 count=$5 .* $2=\([0-9]*\).*/\1/p" \
		"$BUILD/bench/$1.holds.lines" 2>/dev/null | head -n 1
}
# p5 AREA SIZE PATTERN COUNT WHAT: one P5 row.
p5() {
	local k w p out= idle=
	for k in "${kernels[@]}"; do
		out+="${out:+ / }$(holdv "$k" alloc_us "$1" "$3" "$4")"
		idle+="${idle:+ / }$(holdv "$k" idle_max_us "$1" "$3" "$4")"
	done
	printf '| P5 | wait for cma->lock in us (interrupts off), 99th percentile / longest, %s, %s area (mean cma_alloc() us: %s; longest wait with no allocation: %s) |' \
		"$5" "$2" "$out" "$idle"
	for k in "${kernels[@]}"; do
		printf ' %s / %s |' "$(holdv "$k" wait_p99_us "$1" "$3" "$4")" "$(holdv "$k" wait_max_us "$1" "$3" "$4")"
	done
	p=$(holdv "$new" wait_p99_us "$1" "$3" "$4")
	for k in "${others[@]}"; do
		w=$(holdv "$k" wait_p99_us "$1" "$3" "$4")
		printf ' %s |' "$(ratio "$w" "$p")"
	done
	echo
}
# fragv FILE WHAT KEY: KEY of the P6 line WHAT (hour=N or total) in FILE.
fragv() {
	sed -n "s/^bench FRAG where=[a-z]*\( seed=1\)\? $2 \(.* \)\?$3=\([0-9]*\).*/\3/p" "$1" 2>/dev/null | head -n 1
}
# fragcell FILE: "F of L (P %)" for the whole run.
fragcell() {
	local f l
	f=$(fragv "$1" total large_failed)
	l=$(fragv "$1" total large)
	awk -v f="$f" -v l="$l" 'BEGIN { if (l > 0) printf "%d of %d (%.1f %%)", f, l, 100 * f / l; else print "-" }'
}
# fragfiles: the P6 line files, user space (seed 1) first.
fragfiles() {
	local k
	echo "$BUILD/bench/frag_user.lines"
	for k in "${kernels[@]}"; do echo "$BUILD/bench/$k.frag.lines"; done
}
# loadv KERNEL PAGES KEY: KEY of the P7 line for PAGES.
loadv() {
	sed -n "s/^bench P7 area=.* pages=$2 \(.* \)\?$3=\([0-9.]*\).*/\2/p" "$BUILD/bench/$1.load.lines" 2>/dev/null | head -n 1
}
# p7 PAGES WHAT: one P7 row.
p7() {
	local k p
	printf '| P7 | %s under load, ms: median / 99th percentile / longest (succeeded of tried) |' "$2"
	for k in "${kernels[@]}"; do
		printf ' %s / %s / %s (%s of %s) |' "$(loadv "$k" "$1" p50_ms)" "$(loadv "$k" "$1" p99_ms)" \
			"$(loadv "$k" "$1" max_ms)" "$(loadv "$k" "$1" ok)" "$(loadv "$k" "$1" count)"
	done
	p=$(loadv "$new" "$1" p99_ms)
	for k in "${others[@]}"; do printf ' %s |' "$(ratio "$(loadv "$k" "$1" p99_ms)" "$p")"; done
	echo
}
# areav KERNEL N KEY: KEY of the P8 boot with N areas; KEY is a key of its
# lines (ns, descriptor_bytes, MemFree, ...) or an initcall, for its time.
areav() {
	local f=$BUILD/bench/$1.areas$2.lines
	case $3 in
	cma_*) sed -n "s/^bench AREAS_INIT $3 rc=0 us=\([0-9]*\)$/\1/p" "$f" ;;
	*) sed -n "s/^bench AREAS[A-Z_]* \(.* \)\?$3=\([0-9]*\).*/\2/p" "$f" ;;
	esac 2>/dev/null | head -n 1
}
# p8 N WHAT KEY DIV: one P8 time row: KEY / DIV in us, per kernel, as "ms
# (us per area)", and the ratio other/series.
p8() {
	local n=$1 k p
	printf '| P8 | %s areas of 2 MiB: %s, ms (us per area) |' "$n" "$2"
	for k in "${kernels[@]}"; do
		awk -v v="$(areav "$k" "$n" "$3")" -v d="$4" -v n="$n" \
			'BEGIN { if (v == "") printf " - |"; else printf " %.1f (%.2f) |", v / d / 1000, v / d / n }'
	done
	p=$(areav "$new" "$n" "$3")
	for k in "${others[@]}"; do printf ' %s |' "$(ratio "$(areav "$k" "$n" "$3")" "$p")"; done
	echo
}
# p8mem: memory per area, from MemFree with 1024 and with 4096 areas.
p8mem() {
	local k
	printf '| P8 | memory per area, bytes: MemFree with 1024 areas minus with 4096, over 3072 (sizeof(struct cma)) |'
	for k in "${kernels[@]}"; do
		awk -v a="$(areav "$k" 1024 MemFree)" -v b="$(areav "$k" 4096 MemFree)" -v d="$(areav "$k" 1024 descriptor_bytes)" \
			'BEGIN { if (a == "" || b == "") printf " - |"; else printf " %.0f (%d) |", (a - b) * 1024 / 3072, d }'
	done
	printf ' - |%.0s' "${others[@]}"
	echo
}
others=("${kernels[@]:0:${#kernels[@]}-1}")
. "$TOP/tests/bench/scenario.conf"
table=$TOP/bench/RESULTS-$BASE.md
mkdir -p "$(dirname "$table")"
{
	echo "# make bench (Linux $BASE: base $BASE_VERSION and the series on it)"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
	echo "- QEMU: $(qemu-system-x86_64 --version | head -1), x86_64 TCG, $QEMU_ARGS"
	echo "- guest command line: $CMDLINE (the same for every kernel)"
	echo "- base: $(git -C "$BUILD/linux-base" log -1 --format='%h "%s"') ($BUILD/out/base-x86_64)"
	[ "${#kernels[@]}" -lt 3 ] ||
		echo "- comparator: the base with ${comparator#"$TOP"/} (a mutex per area instead of the global one) ($BUILD/out/comparator-x86_64)"
	echo "- $new: $(desc "$LINUX") ($BUILD/out/$new-x86_64)"
	echo "- boots: $boots of each kernel, in turn (${kernels[*]})."
	echo "- P1, P2, P2s: allocations per second, median of the rounds of all boots; ratio $new/other."
	echo "  P3: instructions per search; ratio other/$new (the comparator searches as the base does)."
	echo "  P3w: instructions per lock hold on the index's worst-case pattern; ratio other/$new."
	echo "  P5: how long a probe on the other CPU waited for cma->lock (what a release from an"
	echo "  interrupt handler would spin, interrupts off) during at least 20 allocations and 200 ms: 99th percentile"
	echo "  (upper bound of its power-of-two bucket) / longest; ratio other/$new of the 99th percentile."
	echo "  Under TCG the host may deschedule a vCPU at any time, which the longest wait includes."
	echo "  P6: the trace of tests/bench/frag/frag_sim.h (seed 1; small buffers of 1-64 pages living minutes"
	echo "  to hours, a camera session of 2-4 buffers of 8-16 MiB every 30 s) placed first fit by each"
	echo "  kernel's cma_alloc() and by the index in user space: the baseline a placement policy must beat."
	echo "  P7: ratio other/$new of the 99th percentile."
	echo "  P8: areas registered by tests/bench/areas/cma_areas.c from a __setup() handler (before slab), timed"
	echo "  with local_clock(); activation, sysfs and debugfs by initcall_debug; ratio other/$new. The base and"
	echo "  the comparator keep their areas in a fixed array, here of CONFIG_CMA_AREAS=4100 descriptors in the"
	echo "  image whatever the number of areas; $new allocates descriptors as areas come (8 in the image, then"
	echo "  chunks of 8, 16, 32, ...: 1024 and 4096 slots for 1024 and 4096 areas)."
	echo "  Ratios above 1 favour $new."
	echo
	echo "| | what |$(printf ' %s |' "${kernels[@]}")$(printf ' %s/%s |' $(for k in "${others[@]}"; do echo "$new $k"; done))"
	echo "|---|---|$(printf -- '---|%.0s' "${kernels[@]}" "${others[@]}")"
	echo "| P1 | 2 areas full of page cache, 1 thread each, 2 MiB allocs/s (pages migrated per alloc: $(migrated P1)) |$(cells p1)$(ratios P1)"
	echo "| P2 | 1 area full of page cache, 2 threads, disjoint pageblocks, 2 MiB allocs/s (migrated per alloc: $(migrated P2)) |$(cells p2)$(ratios P2)"
	echo "| P2s | 1 area full of page cache, 2 threads, 64 KiB allocs/s (a claim covers 4 MiB; migrated per alloc: $(migrated P2s)) |$(cells p2s)$(ratios P2s)"
	awk -v n="${#others[@]}" '$1 ~ /^[0-9]+$/ && NF >= 5 {
		printf "| P3 | search in an area of %s bitmap units, instructions per search (callgrind) |", $1
		for (i = 0; i < n; i++) printf " %d |", $3 / $2
		printf " %d |", $4 / $2
		for (i = 0; i < n; i++) printf " %.1fx |", $3 / $4
		printf "\n" }' "$BUILD/bench/p3.txt"
	echo "| P4 | 2 MiB over a page pinned for 50 ms (vmsplice) |$(cells p4)$(printf ' - |%.0s' "${others[@]}")"
	for a in "bench0 1 GiB" "reserved 4 GiB"; do
		# shellcheck disable=SC2086
		set -- $a
		p5 "$1" "$2 $3" misaligned 8 "8 pages aligned to 8 over misaligned free runs of 8 (all fail)"
		p5 "$1" "$2 $3" random 8 "8 pages aligned to 8 over random runs of 1-64 (fit early)"
		p5 "$1" "$2 $3" random 512 "2 MiB aligned to 1 MiB over random runs of 1-64 (all fail)"
	done
	awk -v n="${#others[@]}" '$1 ~ /^[0-9]+$/ && NF >= 10 {
		printf "| P3w | misaligned free runs, %s units: instructions per lock hold (callgrind) |", $1
		for (i = 0; i < n; i++) printf " %d |", $8
		printf " %d |", $9
		for (i = 0; i < n; i++) printf " %.1fx |", $8 / $9
		printf "\n" }' "$BUILD/bench/p3w.txt"
	p7 512 "2 MiB allocations"
	p7 4096 "16 MiB allocations"
	for n in 1024 4096; do
		p8 "$n" registration ns 1000
		p8 "$n" "activation (cma_init_reserved_areas)" cma_init_reserved_areas 1
		p8 "$n" "sysfs entries (cma_sysfs_init)" cma_sysfs_init 1
		p8 "$n" "debugfs entries (cma_debugfs_init)" cma_debugfs_init 1
	done
	p8mem
	echo "| P6 | camera/video/GPU trace, 8 simulated hours on 256 MiB, first fit: 8-16 MiB allocations failed (user-space index: $(fragcell "$BUILD/bench/frag_user.lines")) |$(for k in "${kernels[@]}"; do printf ' %s |' "$(fragcell "$BUILD/bench/$k.frag.lines")"; done)$(printf ' - |%.0s' "${others[@]}")"
	echo
	echo "P6 hour by hour (seed 1): 8-16 MiB allocations failed, shortest longest-free-run when a session started (MiB), free MiB at the hour's end:"
	echo
	echo "| hour | user-space index |$(printf ' %s |' "${kernels[@]}")"
	echo "|---|---|$(printf -- '---|%.0s' "${kernels[@]}")"
	for h in 1 2 3 4 5 6 7 8; do
		printf '| %s |' "$h"
		while read -r f; do
			printf ' %s, %s, %s |' "$(fragv "$f" "hour=$h" large_failed)" \
				"$(awk -v p="$(fragv "$f" "hour=$h" largest_min)" 'BEGIN { printf "%.1f", p / 256 }')" \
				"$(awk -v p="$(fragv "$f" "hour=$h" free)" 'BEGIN { printf "%.0f", p / 256 }')"
		done < <(fragfiles)
		echo
	done
	echo
	echo "P6 on the index in user space, three seeds: $(for seed in 1 2 3; do
		sed -n "s/^bench FRAG where=user seed=$seed total large=\([0-9]*\) large_failed=\([0-9]*\) .* free_at_fail=\([0-9]*\).*/seed $seed: \2 of \1 failed, \3 pages free on average when one failed;/p" \
			"$BUILD/bench/frag_user.lines"; done)"
	echo
	echo "Boot by boot (median of the rounds of each boot, allocations/s):"
	echo
	echo "| |$(printf ' %s |' "${kernels[@]}")"
	echo "|---|$(printf -- '---|%.0s' "${kernels[@]}")"
	echo "| P1 |$(for k in "${kernels[@]}"; do printf ' %s |' "$(per_boot P1 "$k")"; done)"
	echo "| P2 |$(for k in "${kernels[@]}"; do printf ' %s |' "$(per_boot P2 "$k")"; done)"
	echo "| P2s |$(for k in "${kernels[@]}"; do printf ' %s |' "$(per_boot P2s "$k")"; done)"
	echo
	[ "${#failed_parts[@]}" -eq 0 ] || echo "Failed runs (their cells are empty): ${failed_parts[*]}."
	echo "Logs: $BUILD/bench/<kernel>.N.lines (the last boots also in $BUILD/boot/*/bench/console.log); wall time of the run: $((SECONDS - t0)) s."
} > "$table.new"
# Earlier runs stay in the file, below the new one.
if [ -f "$table" ]; then
	{
		echo
		echo "## Earlier runs"
		echo
		sed -e '/^## Earlier runs$/d' -e 's/^# /### /' "$table"
	} >> "$table.new"
fi
mv "$table.new" "$table"
sed '/^## Earlier runs$/q' "$table"
