#!/usr/bin/env bash
# The series' user-space harness for CMA's pure data structures
# (tools/testing/cma in the patched tree), built and run on the host.
# Usage: harness.sh [test|fuzz|bench|bench-worst]   (test: the short seeded run CI uses)
. "$(dirname "$0")/lib.sh"

target=${1:-test}
dir=$LINUX/tools/testing/cma
[ -f "$dir/Makefile" ] || { say "no $dir in the series yet"; exit 0; }
out=$BUILD/harness-$target.log
rc=0
make -C "$dir" -s OUT="$BUILD/harness" "$target" > "$out" 2>&1 || rc=$?
cat "$out"
[ "$target" = test ] || exit "$rc"
# One result line per test binary; add them up.
lines=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out" || true)
passed=$(echo "$lines" | awk '{n += $1} END {print n + 0}')
failed=$(echo "$lines" | awk '{n += $3} END {print n + 0}')
if [ -z "$lines" ]; then
	record FAIL 1 "tools/testing/cma (no result line)"
	exit 1
fi
# The differential run counts operations; count it as one test per suite.
[ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && record PASS 1 "tools/testing/cma ($passed checks)" && exit 0
record FAIL 1 "tools/testing/cma ($failed of $((passed + failed)) checks failed)"
exit 1
