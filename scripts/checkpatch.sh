#!/usr/bin/env bash
# Every patch of the series must be clean under checkpatch.pl --strict:
# no error, no warning, no check, with two exceptions it cannot decide here:
# UNKNOWN_COMMIT_ID (the base tree has no history, so no Fixes: id is
# known) and FILE_PATH_CHANGES (whether MAINTAINERS needs updating: every
# file the series adds is checked against MAINTAINERS below instead).
. "$(dirname "$0")/lib.sh"

[ -d "$LINUX" ] || die "no $LINUX: run 'make tree'"
spell=/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt
# What a verdict depends on besides the patch: the base's scripts/ (checkpatch.pl
# and its data files) and the spelling dictionary.
inputs=$(git -C "$LINUX" rev-parse "$(git -C "$BASE_REPO" rev-parse HEAD):scripts"; sha256sum < "$spell")

# check PATCH: checkpatch one patch; its output goes to PATCH's log.
check() {
	(cd "$LINUX" && perl scripts/checkpatch.pl --strict --codespell --codespellfile="$spell" \
		--ignore UNKNOWN_COMMIT_ID,FILE_PATH_CHANGES --terse --show-types "$1")
}

# Two at a time (checkpatch.pl is single-threaded); results in patch order.
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
n=0
for p in "$PATCHES"/[0-9][0-9][0-9][0-9]-*.patch; do
	case $p in */0000-*) continue ;; esac
	n=$((n + 1))
	k=$(verdict_key "$inputs" "$(sha256sum < "$p")")
	echo "$k" > "$logs/${p##*/}.key"
	verdict_passed "$k" && { echo 0 > "$logs/${p##*/}.rc"; continue; }
	[ "$(jobs -rp | wc -l)" -lt "$(nproc)" ] || wait -n || true
	{
		rc=0
		check "$p" > "$logs/${p##*/}.log" 2>&1 || rc=$?
		echo "$rc" > "$logs/${p##*/}.rc"
	} &
done
wait
[ "$n" -gt 0 ] || die "no patches in $PATCHES"
fails=0
for p in "$PATCHES"/[0-9][0-9][0-9][0-9]-*.patch; do
	case $p in */0000-*) continue ;; esac
	if [ "$(cat "$logs/${p##*/}.rc")" = 0 ]; then
		record PASS 1 "checkpatch/${p##*/}"
		verdict_pass "$(cat "$logs/${p##*/}.key")"
	else
		cat "$logs/${p##*/}.log" >&2
		record FAIL 1 "checkpatch/${p##*/}"
		fails=$((fails + 1))
	fi
done

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
