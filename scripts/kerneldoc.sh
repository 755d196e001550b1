#!/usr/bin/env bash
# kernel-doc must be warning-free on every C file and header the series
# touches; a file that already had warnings in the base (arch code) must not
# get a new one.
. "$(dirname "$0")/lib.sh"

base=$(git -C "$BASE_REPO" rev-parse HEAD)
mapfile -t files < <(git -C "$LINUX" diff --name-only --diff-filter=AM "$base" HEAD -- '*.c' '*.h')
# kdoc TREE FILE: the warnings, without line numbers.
kdoc() {
	(cd "$1" && perl scripts/kernel-doc -none "$2" 2>&1) | sed -E 's/:[0-9]+: /: /' | sort
}
fails=0
for f in "${files[@]}"; do
	out=$(kdoc "$LINUX" "$f")
	if [ -n "$out" ] && [ -f "$BASE_REPO/$f" ]; then
		out=$(comm -13 <(kdoc "$BASE_REPO" "$f") <(echo "$out"))
	fi
	if [ -z "$out" ]; then
		record PASS 1 "kernel-doc/$f"
	else
		echo "$out" >&2
		record FAIL 1 "kernel-doc/$f"
		fails=$((fails + 1))
	fi
done
say "kernel-doc: ${#files[@]} files, $fails with new warnings"
[ "$fails" -eq 0 ]
