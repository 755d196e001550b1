#!/usr/bin/env bash
# 'make run': build the patched x86_64 kernel, boot it in QEMU with a 64 MiB
# default area (plus the KUnit fixture areas), allocate and free through
# every area and print a table of what happened.
. "$(dirname "$0")/lib.sh"

scenario=${RUN_SCENARIO:-x86_64-cma64m}
RESULTS=$BUILD/run-results.txt
export RESULTS
rm -f "$RESULTS"

step "build the patched x86_64 kernel" "$TOP/scripts/kunit.sh" x86_64 build
rc=0
step "boot it in QEMU ($scenario)" "$TOP/scripts/boot.sh" "$scenario" || rc=$?
run=$BUILD/boot/${KERNEL:-patched}/$scenario
[ -f "$run/lines" ] || die "the boot produced no log"

echo
echo "CMA areas after allocating and freeing 16 pages in each (order: debugfs):"
grep '^cma-area ' "$run/lines" | awk '
	BEGIN { printf "%-16s %-12s %9s %6s %6s %6s %10s %9s\n", "AREA", "BASE", "SIZE", "ALLOC", "USED", "FREE", "SUCCESS", "FAIL" }
	{
		name = $2
		for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		printf "%-16s 0x%010x %6d MiB %6s %6s %6s %10s %9s\n", name, v["base_pfn"] * 4096,
			v["pages"] / 256, v["alloc"], v["used"], v["free"], v["success"], v["fail"]
	}'
grep -E '^(meminfo|cma:|Reserved memory)' "$run/lines" | sed 's/^/  /' || true
echo
echo "kernel:  $BUILD/out/${KERNEL:-patched}-x86_64/arch/x86/boot/bzImage"
echo "log:     $run/console.log"
echo "verdict: $(awk '{print $1}' "$RESULTS" | tail -1)"
exit "$rc"
