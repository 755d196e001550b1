#!/usr/bin/env bash
# Every patch of the series must be clean under checkpatch.pl --strict:
# no error, no warning, no check.
. "$(dirname "$0")/lib.sh"

[ -d "$LINUX" ] || die "no $LINUX: run 'make tree'"
spell=/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt
fails=0 n=0
for p in "$TOP"/patches/[0-9][0-9][0-9][0-9]-*.patch; do
	case $p in */0000-*) continue ;; esac
	n=$((n + 1))
	if out=$(cd "$LINUX" && perl scripts/checkpatch.pl --strict --codespell --codespellfile="$spell" \
		 --terse --show-types "$p" 2>&1); then
		record PASS 1 "checkpatch/${p##*/}"
	else
		echo "$out" >&2
		record FAIL 1 "checkpatch/${p##*/}"
		fails=$((fails + 1))
	fi
done
[ "$n" -gt 0 ] || die "no patches in patches/"
# A warning, not a failure: CI may run where no identity is configured.
if grep -lq "^From: $PLACEHOLDER\$" "$TOP"/patches/*.patch; then
	say "WARNING: patches/ are signed off by the placeholder '$PLACEHOLDER': set git config user.name/user.email, then 'make tree export'"
fi
say "checkpatch: $n patches, $fails not clean"
[ "$fails" -eq 0 ]
