#!/usr/bin/env bash
# Fail if a kernel log holds a warning, BUG, oops, lockdep, KASAN or UBSAN report.
# A test that provokes a warning on purpose prints "expect-warning: FUNC"
# first; the next WARNING raised in FUNC, up to its "end trace" line, is then
# allowed (once per marker).
# Usage: check-log.sh LOG
. "$(dirname "$0")/lib.sh"

log=$1
pattern='WARNING:|BUG:|Oops|Kernel panic|general protection fault|Unable to handle kernel|KASAN|UBSAN|possible recursive locking|inconsistent lock state|INFO: task .* blocked|RCU stall|Call Trace:|Internal error:'
# Print the log without the expected warnings, keeping line numbers.
unexpected=$(awk '
	match($0, /expect-warning: [A-Za-z0-9_]+/) {
		want[substr($0, RSTART + 16, RLENGTH - 16)]++
	}
	skipping { if ($0 ~ /---\[ end trace/) skipping = 0; next }
	/WARNING:/ {
		for (f in want)
			if (want[f] > 0 && index($0, " " f "+")) { want[f]--; skipping = 1; next }
	}
	{ print NR ":" $0 }
' "$log" | grep -E "^[0-9]+:.*($pattern)" || true)
if [ -n "$unexpected" ]; then
	echo "$unexpected" >&2
	echo "ERROR: kernel report in $log (lines above)" >&2
	exit 1
fi
