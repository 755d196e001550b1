#!/usr/bin/env bash
# The series' documentation (Documentation/mm/cma.rst in the patched tree):
# kernel-doc must be clean on every source its kernel-doc directives include,
# and name every function they list; then, if Debian's sphinx is installed,
# the SPHINXDIRS=mm htmldocs build must print no warning that mentions cma.
# Heavy only in the sphinx step (seconds); runs niced and with -j1.
. "$(dirname "$0")/lib.sh"

rst=Documentation/mm/cma.rst
[ -f "$LINUX/$rst" ] || { say "no $rst in the series yet"; exit 0; }
fails=0

# One "file<TAB>names" line per directive; names are those of :functions:.
directives() {
	awk '
	function flush() { if (file != "") print file "\t" names; file = names = "" }
	/^\.\. kernel-doc::/ { flush(); file = $3; next }
	file != "" && /^[ \t]+:functions:/ { sub(/^[ \t]+:functions:[ \t]*/, ""); names = $0; next }
	file != "" && /^[ \t]+:/ { next }
	{ flush() }
	END { flush() }' "$LINUX/$rst"
}

n=0
while IFS=$'\t' read -r file names; do
	n=$((n + 1))
	out=$(cd "$LINUX" && perl scripts/kernel-doc -none -Werror "$file" 2>&1) || out+=$'\n(kernel-doc failed)'
	# kernel-doc only reports a missing -function when none of them is
	# found, and never with -none: look each name up on its own.
	for f in $names; do
		out+=$(cd "$LINUX" && perl scripts/kernel-doc -rst -Werror -function "$f" "$file" 2>&1 >/dev/null) ||
			out+=$'\n'"$file: no kernel-doc for $f"
	done
	if [ -z "$out" ]; then
		record PASS 1 "docs/kernel-doc/$file${names:+ ($names)}"
	else
		echo "$out" >&2
		record FAIL 1 "docs/kernel-doc/$file${names:+ ($names)}"
		fails=$((fails + 1))
	fi
done < <(directives)
if [ "$n" -eq 0 ]; then
	record FAIL 1 "docs/kernel-doc (no kernel-doc directive in $rst)"
	fails=$((fails + 1))
fi

if ! python3 -c 'import sphinx, sphinx_rtd_theme' 2>/dev/null; then
	say "sphinx not installed (python3-sphinx python3-sphinx-rtd-theme): htmldocs skipped"
	record SKIP 1 "docs/htmldocs mm"
else
	out=$BUILD/out/docs
	log=$BUILD/docs-htmldocs.log
	rc=0
	# A fresh output directory: sphinx only reports warnings for documents it reads.
	rm -rf "$out"
	nice -n 19 make -C "$LINUX" -j1 O="$out" SPHINXDIRS=mm htmldocs > "$log" 2>&1 || rc=$?
	warnings=$(grep -ciE 'warning|error' "$log" || true)
	if [ "$rc" -ne 0 ]; then
		tail -n 30 "$log" >&2
		record FAIL 1 "docs/htmldocs mm (make exit $rc)"
		fails=$((fails + 1))
	# Paths of the tree and of the output could contain "cma" themselves.
	elif grep -iE 'warning|error' "$log" | sed -e "s|$LINUX/||g" -e "s|$out/||g" | grep -i cma >&2; then
		record FAIL 1 "docs/htmldocs mm (warnings about cma above)"
		fails=$((fails + 1))
	else
		record PASS 1 "docs/htmldocs mm ($warnings warnings, none about cma)"
	fi
fi
say "docs: $n kernel-doc directives, $fails checks failed"
[ "$fails" -eq 0 ]
