#!/usr/bin/env bash
# A test that cannot fail proves nothing: apply a mutation of the series
# (tests/mutations/NAME.diff) to a copy of the tree, build, run the KUnit
# cases it names and pass only if the case it names fails.
# Usage: mutant.sh NAME [ARCH]   (ARCH default x86_64)
# The diff's header says "Base:", "Filter:" (KUnit glob) and "Fails:" (case).
# A mutation with "Harness: yes" instead of "Filter:" runs the user-space
# harness (tools/testing/cma, make test) and must print a FAIL line that
# contains the "Fails:" text.
. "$(dirname "$0")/lib.sh"

name=$1
arch=${2:-x86_64}
diff=$TOP/tests/mutations/$name.diff
[ -f "$diff" ] || die "no $diff"
field() { sed -n "s/^$1: //p" "$diff" | head -1; }
[ "$(field Base)" = "$BASE" ] || die "$name is a mutation of the $(field Base) series, not $BASE"
filter=$(field Filter)
case=$(field Fails)

# The copy: a worktree beside the tree, laid out like it (build/<base>/mutant/
# linux and out/), so that ccache serves everything the mutation leaves alone.
[ -d "$LINUX/.git" ] || "$TOP/scripts/tree.sh"
wt=$BUILD/mutant/linux
[ -e "$wt/.git" ] || git -C "$LINUX" worktree add -q --detach "$wt" HEAD
git -C "$wt" checkout -q -f --detach "$(git -C "$LINUX" rev-parse HEAD)"
git -C "$wt" apply "$diff" || die "$name does not apply to the series"

log=$BUILD/mutant/$name.$arch.log
if [ "$(field Harness)" = yes ]; then
	arch=user
	log=$BUILD/mutant/$name.$arch.log
	make -C "$wt/tools/testing/cma" -s OUT="$BUILD/mutant/harness" test > "$log" 2>&1 || true
	failed() { grep -F "FAIL " "$log" | grep -qF -- "$case"; }
else
	LINUX=$wt BUILD=$BUILD/mutant RESULTS=/dev/null KUNIT_FILTER=$filter \
		"$TOP/scripts/kunit.sh" "$arch" > "$log" 2>&1 || true
	failed() { grep -q "\[FAILED\] $case\$" "$log"; }
fi
git -C "$wt" checkout -q -f .
if failed; then
	say "mutation $name: $case fails, as it must"
	record PASS 1 "mutant/$arch/$name"
else
	grep -E '\[(PASSED|FAILED|SKIPPED)\]' "$log" >&2 || tail -20 "$log" >&2
	say "mutation $name: $case did not fail (log: $log)"
	record FAIL 1 "mutant/$arch/$name"
	exit 1
fi
