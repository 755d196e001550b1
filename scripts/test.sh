#!/usr/bin/env bash
# Everything CI checks, in order. Every step runs even when an earlier one
# failed (unless the series does not apply); the last line counts results.
. "$(dirname "$0")/lib.sh"

rm -f "$RESULTS"
t0=$SECONDS
S=$TOP/scripts

# check NAME CMD...: run a step; a step that fails without recording
# a result of its own counts as one failure.
check() {
	local name=$1 before
	shift
	before=$(grep -c '^FAIL' "$RESULTS" 2>/dev/null || true)
	if ! step "$name" "$@"; then
		[ "$(grep -c '^FAIL' "$RESULTS" 2>/dev/null || true)" != "$before" ] ||
			record FAIL 1 "$name"
	fi
}

check "series applies to the base" "$S/tree.sh" || true
if grep -q '^FAIL' "$RESULTS" 2>/dev/null; then
	"$S/summary.sh"
	exit 1
fi
check "checkpatch --strict" "$S/checkpatch.sh"
check "kernel-doc" "$S/kerneldoc.sh"
check "docs (kernel-doc, htmldocs mm)" "$S/docs.sh"
check "tools/testing/cma (user space)" "$S/harness.sh" test
for arch in ${TEST_ARCHES:-x86_64 arm64 arm riscv64}; do
	check "KUnit $arch" "$S/kunit.sh" "$arch"
	for s in "$TOP"/tests/boot/"$arch"-*/; do
		[ -d "$s" ] || continue
		s=${s%/}
		check "boot ${s##*/}" "$S/boot.sh" "${s##*/}"
	done
	# Every patch is built on the two main arches; arm and riscv64 only boot the result.
	case $arch in
	arm | riscv64) ;;
	*) check "bisect + warnings $arch" "$S/bisect.sh" "$arch" ;;
	esac
done
say "make test: $((SECONDS - t0))s"
"$S/summary.sh"
