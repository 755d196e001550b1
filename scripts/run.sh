#!/usr/bin/env bash
# 'make run': build the patched x86_64 kernel, boot it in QEMU with a 64 MiB
# default area, allocate and free through every area and print a table of
# what happened. The kernel is the test kernel, so the KUnit suite's private
# areas are there too: the table marks them.
. "$(dirname "$0")/lib.sh"

scenario=${RUN_SCENARIO:-x86_64-cma64m}
RESULTS=$BUILD/run-results.txt
export RESULTS
rm -f "$RESULTS"

step "build the patched $BASE x86_64 kernel (cold: 10-20 min, a line a minute)" "$TOP/scripts/kunit.sh" x86_64 build
rc=0
step "boot it in QEMU ($scenario)" "$TOP/scripts/boot.sh" "$scenario" || rc=$?
run=$BUILD/boot/${KERNEL:-patched}/$scenario
[ -f "$run/lines" ] || die "the boot produced no log"

echo
echo "CMA areas of Linux $BASE with $(sed -n 's/^CMDLINE=//p' "$TOP/tests/boot/$scenario/scenario.conf" | tr -d '"'):"
echo "16 pages allocated and freed in each through debugfs (pages; counters: sysfs)"
grep '^cma-area ' "$run/lines" | awk '
	BEGIN {
		fmt = "%-14s %-10s %-12s %8s %7s %6s %6s %5s %9s %8s %6s\n"
		printf fmt, "AREA", "FROM", "BASE", "SIZE", "IN_USE", "ALLOC", "GOT", "FREE", "RETURNED", "SUCCESS", "FAIL"
	}
	{
		for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		from = $2 ~ /^kunit/ ? "test-only" : $2 == "reserved" ? "cma=" : "kernel"
		printf fmt, $2, from, sprintf("0x%010x", v["base_pfn"] * 4096), (v["pages"] / 256) "M",
			v["in_use"], v["alloc"], v["got"], v["free"], v["returned"], v["success"], v["fail"]
	}'
echo "test-only: private areas of the KUnit suite (CONFIG_CMA_KUNIT_TEST), not the scenario's"
grep -E '^(meminfo|cma:|Reserved memory)' "$run/lines" | awk '!seen[$0]++ { print "  " $0 }' || true
echo
echo "kernel:  $BUILD/out/${KERNEL:-patched}-x86_64/arch/x86/boot/bzImage (BASE=6.1 for the backport)"
echo "log:     $run/console.log"
echo "verdict: $(awk '{print $1}' "$RESULTS" | tail -1)"
exit "$rc"
