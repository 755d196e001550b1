#!/usr/bin/env bash
# Fail if a kernel log holds a warning, BUG, oops, lockdep, KASAN or UBSAN report.
# Usage: check-log.sh LOG
. "$(dirname "$0")/lib.sh"

log=$1
pattern='WARNING:|BUG:|Oops|Kernel panic|general protection fault|Unable to handle kernel|KASAN|UBSAN|possible recursive locking|inconsistent lock state|INFO: task .* blocked|RCU stall|Call Trace:|Internal error:'
if grep -En "$pattern" "$log" >&2; then
	echo "ERROR: kernel report in $log (lines above)" >&2
	exit 1
fi
