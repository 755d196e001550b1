#!/usr/bin/env bash
# Everything CI checks: the full matrix on the primary base (6.12), and on
# the 6.1 backport the checks that catch a broken backport. Every step runs
# even when an earlier one failed (unless a series does not apply); the last
# line counts the results of both bases.
. "$(dirname "$0")/lib.sh"

RESULTS=$TOP/build/results.txt
export RESULTS
rm -f "$RESULTS"
t0=$SECONDS
S=$TOP/scripts

# check NAME CMD...: run a step; a step that fails without recording
# a result of its own counts as one failure.
check() {
	local name="$BASE: $1" before
	shift
	before=$(grep -c '^FAIL' "$RESULTS" 2>/dev/null || true)
	if ! step "$name" "$@"; then
		[ "$(grep -c '^FAIL' "$RESULTS" 2>/dev/null || true)" != "$before" ] ||
			record FAIL 1 "$name"
	fi
}

# applies: the series of $BASE applies (nothing else runs on it otherwise).
applies() {
	local before
	before=$(grep -c '^FAIL' "$RESULTS" 2>/dev/null || true)
	check "series applies to the base" "$S/tree.sh"
	[ "$(grep -c '^FAIL' "$RESULTS" 2>/dev/null || true)" = "$before" ]
}

# kunit_and_boots ARCH [PATTERN]: the KUnit suite, then the boot scenarios
# of ARCH whose names match PATTERN (default: all) and that run on $BASE.
kunit_and_boots() {
	local arch=$1 pattern=${2:-*} s
	check "KUnit $arch" "$S/kunit.sh" "$arch"
	for s in "$TOP"/tests/boot/"$arch"-$pattern/; do
		[ -d "$s" ] || continue
		s=${s%/}
		scenario_on_base "$s" || continue
		check "boot ${s##*/}" "$S/boot.sh" "${s##*/}"
	done
}

# The primary base: every check, every arch, every patch built.
primary() {
	local arch
	applies || return 0
	unpack_backport_base
	check "checkpatch --strict" "$S/checkpatch.sh"
	check "kernel-doc" "$S/kerneldoc.sh"
	check "docs (kernel-doc, htmldocs mm)" "$S/docs.sh"
	check "tools/testing/cma (user space)" "$S/harness.sh" test
	for arch in ${TEST_ARCHES:-x86_64 arm64 arm riscv64}; do
		kunit_and_boots "$arch"
	done
	for arch in ${BISECT_ARCHES-x86_64 arm64}; do
		check "bisect + warnings $arch" "$S/bisect.sh" "$arch"
	done
}

# unpack_backport_base: unpack and commit the 6.1 base (a minute and a
# half, mostly one core) in the background while 6.12 builds. Started once
# 6.12's own base is installed, so the two never run apt at the same time.
unpack_backport_base() {
	mkdir -p "$TOP/build/6.1"
	BASE=6.1 "$S/base.sh" > "$TOP/build/6.1/base.log" 2>&1 &
	backport_base=$!
}

# The backport: it applies and is clean, its suite passes on x86_64 and on
# 32-bit arm, and arm boots before paging_init() as on the primary base.
backport() {
	# If the unpacking failed, tree.sh runs base.sh again and says why.
	[ -z "${backport_base:-}" ] || wait "$backport_base" || true
	applies || return 0
	check "checkpatch --strict" "$S/checkpatch.sh"
	check "kernel-doc" "$S/kerneldoc.sh"
	kunit_and_boots x86_64 none
	kunit_and_boots arm 'early-*'
}

BASE=6.12 primary
BASE=6.1 backport
say "make test: $((SECONDS - t0))s"
"$S/summary.sh"
