#!/usr/bin/env bash
# Load the cover letter's subject and blurb from patches/0000-cover-letter.patch
# into build/linux's branch description, the source 'make export' writes it from.
. "$(dirname "$0")/lib.sh"

cover=$PATCHES/0000-cover-letter.patch
[ -f "$cover" ] || exit 0
desc=$(awk '
	/^Subject: / && !subj { sub(/^Subject: (\[[^]]*\] )?/, ""); s = $0; subj = 1; next }
	subj && !body && /^ / { s = s $0; next }
	subj && !body && /^$/ { body = 1; print s; print ""; next }
	body && /^[^ ].* \([0-9]+\):$/ { exit }
	body { print }
' "$cover")
git -C "$LINUX" config branch.series.description "$desc"
