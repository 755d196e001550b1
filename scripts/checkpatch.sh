#!/usr/bin/env bash
# Every patch of the series must be clean under checkpatch.pl --strict:
# no error, no warning, no check, with two exceptions it cannot decide here:
# UNKNOWN_COMMIT_ID (the base tree has no history, so no Fixes: id is
# known) and FILE_PATH_CHANGES (whether MAINTAINERS needs updating: every
# file the series adds is checked against MAINTAINERS below instead).
. "$(dirname "$0")/lib.sh"

[ -d "$LINUX" ] || die "no $LINUX: run 'make tree'"
spell=/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt
fails=0 n=0
for p in "$PATCHES"/[0-9][0-9][0-9][0-9]-*.patch; do
	case $p in */0000-*) continue ;; esac
	n=$((n + 1))
	if out=$(cd "$LINUX" && perl scripts/checkpatch.pl --strict --codespell --codespellfile="$spell" \
		 --ignore UNKNOWN_COMMIT_ID,FILE_PATH_CHANGES --terse --show-types "$p" 2>&1); then
		record PASS 1 "checkpatch/${p##*/}"
	else
		echo "$out" >&2
		record FAIL 1 "checkpatch/${p##*/}"
		fails=$((fails + 1))
	fi
done
[ "$n" -gt 0 ] || die "no patches in $PATCHES"

# Every added file has a MAINTAINERS entry (a list besides the catch-all).
base=$(git -C "$BASE_REPO" rev-parse HEAD)
unlisted=()
while read -r f; do
	lists=$(cd "$LINUX" && perl scripts/get_maintainer.pl --nogit --nogit-fallback --norolestats -f "$f" 2>/dev/null |
		grep -v '^linux-kernel@vger.kernel.org$' | grep -c '@' || true)
	[ "$lists" -gt 0 ] || unlisted+=("$f")
done < <(git -C "$LINUX" diff --diff-filter=A --name-only "$base" HEAD)
if [ "${#unlisted[@]}" -eq 0 ]; then
	record PASS 1 "checkpatch/MAINTAINERS covers every added file"
else
	echo "not covered by MAINTAINERS: ${unlisted[*]}" >&2
	record FAIL 1 "checkpatch/MAINTAINERS covers every added file"
	fails=$((fails + 1))
fi
# A warning, not a failure: CI may run where no identity is configured.
if grep -lq "^From: $PLACEHOLDER\$" "$PATCHES"/*.patch; then
	say "WARNING: patches/ are signed off by the placeholder '$PLACEHOLDER': set git config user.name/user.email, then 'make tree export'"
fi
say "checkpatch: $n patches, $fails not clean"
[ "$fails" -eq 0 ]
