#!/usr/bin/env bash
# Regenerate patches/ from the commits on top of the base in build/linux.
# The cover letter's subject and blurb come from the branch description,
# which 'make tree' loads from patches/0000-cover-letter.patch (edit it with
# 'git -C build/linux branch --edit-description'). Exporting an unchanged
# tree gives byte-identical files.
. "$(dirname "$0")/lib.sh"

[ -d "$LINUX/.git" ] || die "no $LINUX: run 'make tree' first"
base=$(git -C "$BASE_REPO" rev-parse HEAD)
git -C "$LINUX" merge-base --is-ancestor "$base" HEAD ||
	die "$LINUX HEAD does not descend from the base $base"
[ -z "$(git -C "$LINUX" status --porcelain --untracked-files=no)" ] ||
	die "$LINUX has uncommitted changes: commit them first"
n=$(git -C "$LINUX" rev-list --count "$base..HEAD")
[ "$n" -gt 0 ] || die "no commits on top of the base"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
git -C "$LINUX" format-patch -q --zero-commit --no-signature --numbered \
	--cover-letter --cover-from-description=subject --base="$base" \
	-o "$out" "$base..HEAD"
# The cover letter carries the date of the newest commit, not "now".
date=$(git -C "$LINUX" log -1 --format=%aD HEAD)
sed -i "0,/^Date: .*/s//Date: $date/" "$out"/0000-cover-letter.patch
# Authorship and sign-off are the submitter's, not the placeholder's.
who=$(submitter)
if [ -n "$who" ]; then
	OLD=$PLACEHOLDER NEW=$who perl -pi -e '
		BEGIN { ($o, $n) = @ENV{qw(OLD NEW)}; ($on) = $o =~ /^(.*) </; ($nn) = $n =~ /^(.*) </ }
		s/^(From|Signed-off-by): \Q$o\E$/$1: $n/;
		s/^\Q$on\E (\(\d+\):)$/$nn $1/;' "$out"/*.patch
else
	say "WARNING: git config user.name/user.email unset: patches keep the placeholder $PLACEHOLDER"
fi

rm -f "$PATCHES"/[0-9][0-9][0-9][0-9]-*.patch
cp "$out"/*.patch "$PATCHES/"
say "exported $n patches + cover letter to patches/$BASE/"
git -C "$TOP" status --short -- "patches/$BASE" >&2 || true
