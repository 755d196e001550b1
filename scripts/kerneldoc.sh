#!/usr/bin/env bash
# kernel-doc must be warning-free on every C file and header the series touches.
. "$(dirname "$0")/lib.sh"

base=$(git -C "$BASE_REPO" rev-parse HEAD)
mapfile -t files < <(git -C "$LINUX" diff --name-only --diff-filter=AM "$base" HEAD -- '*.c' '*.h')
fails=0
for f in "${files[@]}"; do
	if out=$(cd "$LINUX" && perl scripts/kernel-doc -none -Werror "$f" 2>&1) && [ -z "$out" ]; then
		record PASS 1 "kernel-doc/$f"
	else
		echo "$out" >&2
		record FAIL 1 "kernel-doc/$f"
		fails=$((fails + 1))
	fi
done
say "kernel-doc: ${#files[@]} files, $fails with warnings"
[ "$fails" -eq 0 ]
