#!/usr/bin/env bash
# Materialize build/linux: the deterministic base commit plus one commit per
# patch of patches/ (git am). Fails loudly if a patch does not apply.
# With KERNEL=base, build/linux-base is the unpatched base instead.
. "$(dirname "$0")/lib.sh"

base=$("$TOP/scripts/base.sh")
dest=$LINUX
[ "${KERNEL:-patched}" = base ] && dest=$BUILD/linux-base

if [ -d "$dest/.git" ] && [ "${FORCE:-0}" != 1 ]; then
	if [ -n "$(git -C "$dest" status --porcelain --untracked-files=no)" ]; then
		die "$dest has uncommitted changes: commit them (then 'make export') or rerun with FORCE=1 to discard"
	fi
fi

mkdir -p "$BUILD"
if [ ! -d "$dest/.git" ]; then
	say "cloning the base into $dest"
	git clone -q --no-checkout "$BASE_REPO" "$dest"
fi
old=$(git -C "$dest" rev-parse -q --verify HEAD || true)
git -C "$dest" fetch -q "$BASE_REPO" base
git -C "$dest" checkout -q -B series "$base"
git -C "$dest" reset -q --hard "$base"
git -C "$dest" clean -qfdx

[ "${KERNEL:-patched}" = base ] && { say "$dest = unpatched base $base"; exit 0; }

mapfile -t series < <(find "$PATCHES" -maxdepth 1 -name '[0-9][0-9][0-9][0-9]-*.patch' ! -name '0000-*' | sort)
[ "${#series[@]}" -gt 0 ] || die "no patches in $PATCHES"
if ! git -C "$dest" -c commit.gpgsign=false am -q --committer-date-is-author-date "${series[@]}"; then
	git -C "$dest" am --abort || true
	die "patches/$BASE does not apply to the base $BASE_VERSION ($base): see the git am error above"
fi
# Keep what was there before, if it differs: work never exported is not lost.
if [ -n "$old" ] && [ "$old" != "$base" ] &&
	[ "$(git -C "$dest" rev-parse "$old^{tree}")" != "$(git -C "$dest" rev-parse HEAD^{tree})" ]; then
	ref=refs/backup/$(date +%Y%m%d-%H%M%S)
	git -C "$dest" update-ref "$ref" "$old"
	say "the previous $dest HEAD differs from patches/: kept as $ref"
fi
# Commits made by hand in the tree (git commit -s) are the submitter's.
if [ -n "$(submitter)" ]; then
	git -C "$dest" config user.name "$SUBMITTER_NAME"
	git -C "$dest" config user.email "$SUBMITTER_EMAIL"
else
	git -C "$dest" config user.name "$GIT_AUTHOR_NAME"
	git -C "$dest" config user.email "$GIT_AUTHOR_EMAIL"
fi
"$TOP/scripts/cover.sh"
say "$dest = base $base + ${#series[@]} patches"

