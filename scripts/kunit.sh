#!/usr/bin/env bash
# Build the kernel of one arch with the series' KUnit config plus configs/,
# and run the CMA suite with the base tree's own kunit.py on QEMU.
# The same kernel serves the boot scenarios (scripts/boot.sh).
# Usage: kunit.sh ARCH [build]   ("build" stops after building)
# KUNIT_FILTER (default 'cma*') picks the cases, KUNIT_ARGS adds kernel
# command line arguments (make soak uses both).
. "$(dirname "$0")/lib.sh"

arch=$1
mode=${2:-run}
cross=$(cross_of "$arch")
kernel=${KERNEL:-patched}
src=$LINUX
# The base, and the comparator of make bench (the base tree with
# tests/bench/comparator-<base>.diff applied by bench.sh while it builds).
if [ "$kernel" = base ] || [ "$kernel" = comparator ]; then
	src=$BUILD/linux-base
	[ -d "$src/.git" ] || KERNEL=base "$TOP/scripts/tree.sh"
fi
[ -e "$src/.git" ] || "$TOP/scripts/tree.sh"
out=$BUILD/out/$kernel-$arch
mkdir -p "$out"

configs=(--kunitconfig="$TOP/configs/common.config" --kunitconfig="$TOP/configs/$arch.config")
# Symbols that only one base has (configs/<base>/<arch>.config).
[ -f "$TOP/configs/$BASE/$arch.config" ] && configs+=(--kunitconfig="$TOP/configs/$BASE/$arch.config")
if [ "$src" != "$LINUX" ]; then
	# The base has no suite: the same config minus the test symbol.
	grep -v CMA_KUNIT_TEST "$LINUX/mm/.kunitconfig" > "$out/base.kunitconfig"
	# Its areas live in a fixed array: room for the 4096 areas that
	# make bench registers (P8, tests/bench/areas), and a few more.
	echo CONFIG_CMA_AREAS=4100 >> "$out/base.kunitconfig"
	configs+=(--kunitconfig="$out/base.kunitconfig")
else
	configs+=(--kunitconfig="$src/mm/.kunitconfig")
fi

args=(--arch="$(karch_of "$arch")" --build_dir="$out" "${configs[@]}" --make_options="CC=ccache ${cross}gcc")
[ -n "$cross" ] && args+=(--cross_compile="$cross")

cd "$src"
# Built first on its own, with a progress line a minute; the run below
# then finds the kernel up to date.
build() {
	python3 tools/testing/kunit/kunit.py config "${args[@]}" &&
		python3 tools/testing/kunit/kunit.py build "${args[@]}" --jobs="$(nproc)"
}
with_progress "building the $kernel $BASE kernel for $arch in $out" "$out" build
[ "$mode" = build ] && exit

qemu=(-m 2G -smp 2)
# The registration fixtures of mm/cma_kunit.c: ten areas from
# dma_contiguous_reserve() (three removed), eight after paging_init().
kargs="cma_kunit_fixture=10 cma_kunit_late=8 ${KUNIT_ARGS:-}"
case $arch in
x86_64) qemu+=(-cpu qemu64,+pdpe1gb)
	# One node; 6.12 reserves per-node areas on every arch.
	[ "$BASE" = 6.1 ] || kargs="cma_pernuma=16M $kargs" ;;
arm64)	# Four NUMA nodes of 512 MiB with an area each, for the per-node DMA case.
	for n in 0 1 2 3; do
		qemu+=(-object "memory-backend-ram,id=m$n,size=512M" -numa "node,nodeid=$n,memdev=m$n")
	done
	kargs="cma_pernuma=16M $kargs" ;;
riscv64) ;; # one node: configs/riscv64.config says why
esac
for a in $kargs; do args+=(--kernel_args="$a"); done
rc=0
python3 tools/testing/kunit/kunit.py run "${args[@]}" --jobs="$(nproc)" --timeout="${KUNIT_TIMEOUT:-1500}" \
	--qemu_args="${qemu[*]}" "${KUNIT_FILTER:-cma*}" | tee "$out/kunit.out" || rc=$?

summary=$(grep -o 'Ran [0-9]* tests:.*' "$out/kunit.out" | tail -1 || true)
passed=$(echo "$summary" | grep -o 'passed: [0-9]*' | grep -o '[0-9]*' || echo 0)
failed=$(echo "$summary" | grep -oE '(failed|crashed): [0-9]*' | grep -o '[0-9]*' | paste -sd+ | bc 2>/dev/null || echo 0)
skipped=$(echo "$summary" | grep -o 'skipped: [0-9]*' | grep -o '[0-9]*' || echo 0)
[ -n "$summary" ] || { failed=1; echo "ERROR: kunit.py printed no summary" >&2; }
[ "${passed:-0}" -gt 0 ] || { failed=$((failed + 1)); echo "ERROR: no KUnit test passed" >&2; }
if ! "$TOP/scripts/check-log.sh" "$out/test.log"; then
	failed=$((failed + 1))
fi
record PASS "$passed" "kunit/$arch"
[ "$failed" -eq 0 ] || record FAIL "$failed" "kunit/$arch"
[ "$skipped" -eq 0 ] || record SKIP "$skipped" "kunit/$arch"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
