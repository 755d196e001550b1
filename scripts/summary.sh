#!/usr/bin/env bash
# Print what the checks of this run recorded and the closing count line.
. "$(dirname "$0")/lib.sh"

[ -s "$RESULTS" ] || { echo "0 passed, 1 failed"; echo "ERROR: no check recorded a result" >&2; exit 1; }
echo
echo "Results:"
awk '{ st = $1; n = $2; $1 = $2 = ""; sub(/^  /, ""); printf "  %-5s %4d  %s\n", st, n, $0 }' "$RESULTS"
awk '$1 == "PASS" { p += $2 } $1 == "FAIL" { f += $2 } $1 == "SKIP" { s += $2 }
	END { printf "%d passed, %d failed", p, f; if (s) printf ", %d skipped", s; print "";
	      exit f > 0 || p == 0 }' "$RESULTS"
