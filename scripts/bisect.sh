#!/usr/bin/env bash
# Bisectability and compiler checks: every commit of the series must build
# the mm/ and kernel/dma/ objects (and drivers/of/ where the config has
# CONFIG_OF) of ARCH with the KUnit kernel's config, and
# the final commit must add no W=1 or sparse (C=2) warning to the files the
# series touches, compared with the base.
# Usage: bisect.sh ARCH
#
# Cost: the commits are built newest first in one output directory, so each
# step recompiles only what the next older patch changes. The tree lives in
# build/bisect/linux and builds in build/bisect/out/ARCH: the same relative
# path to the sources as build/out/patched-ARCH has to build/linux, so with
# CCACHE_BASEDIR the first (newest) build is served from the KUnit build's
# cache entries.
. "$(dirname "$0")/lib.sh"

arch=$1
cross=$(cross_of "$arch")
cfg=$BUILD/out/patched-$arch/.config
[ -f "$cfg" ] || die "no $cfg: build the KUnit kernel first ('make kunit')"
base=$(git -C "$BASE_REPO" rev-parse HEAD)
wt=$BUILD/bisect/linux
out=$BUILD/bisect/out/$arch
mkdir -p "$out"

if [ ! -d "$wt/.git" ]; then
	git clone -q --no-checkout "$BASE_REPO" "$wt"
fi
# Not a branch: the tree is left detached on it, and a later fetch may update it.
git -C "$wt" fetch -q "$LINUX" +HEAD:refs/series
mk=(make -s ARCH="$(karch_of "$arch")" O="$out" -j"$(nproc)" CC="ccache ${cross}gcc")
[ -n "$cross" ] && mk+=(CROSS_COMPILE="$cross")

dirs=(mm/ kernel/dma/)
paths=('mm/*.c' 'kernel/dma/*.c')
if grep -q '^CONFIG_OF=y' "$cfg"; then
	dirs+=(drivers/of/)
	paths+=('drivers/of/*.c')
fi
mapfile -t touched < <(git -C "$LINUX" diff --name-only "$base" HEAD -- "${paths[@]}")
objs=()
for f in "${touched[@]}"; do objs+=("${f%.c}.o"); done

# at COMMIT: check it out, and configure it if a Kconfig file differs from
# the commit configured last (a commit that does not know a symbol drops it,
# so configuring starts from the full config again). Reconfiguring costs
# twice what building one patch does; most patches touch no Kconfig file.
configured=
at() {
	git -C "$wt" checkout -q -f "$1"
	if [ -n "$configured" ] && [ -f "$out/.config" ] &&
	   git -C "$wt" diff --quiet "$configured" "$1" -- '*Kconfig*'; then
		return
	fi
	cp "$cfg" "$out/.config"
	"${mk[@]}" -C "$wt" olddefconfig >/dev/null
	configured=$(git -C "$wt" rev-parse "$1")
}

# warnings OBJS...: W=1 and sparse output for the given objects, per file.
warnings() {
	"${mk[@]}" -C "$wt" W=1 C=2 "$@" 2>&1 | grep -E '(warning|error):' |
		sed -E 's/:[0-9]+:[0-9]+:/:/; s/:[0-9]+:/:/' | sort || true
}

# key TREEISH...: the verdict key of building these source trees here.
key() {
	local t
	for t in "$@"; do git -C "$wt" rev-parse "$t^{tree}"; done |
		verdict_key "$arch" "$(sha256sum < "$cfg")" "$(toolchain_of "$arch")" \
			"$(sparse --version 2>&1 || true)" "$(cat)"
}

fails=0
n=0
total=$(git -C "$wt" rev-list --count "$base..refs/series")
for c in $(git -C "$wt" rev-list "$base..refs/series"); do
	subj=$(git -C "$wt" log -1 --format=%s "$c")
	n=$((n + 1))
	k=$(key "$c")
	if verdict_passed "$k"; then
		say "bisect $arch $n/$total: $subj: built before (same tree, config, toolchain)"
		record PASS 1 "build/$arch/$subj"
		continue
	fi
	say "bisect $arch $n/$total: $subj"
	at "$c"
	if "${mk[@]}" -C "$wt" "${dirs[@]}" > "$out/build.log" 2>&1; then
		record PASS 1 "build/$arch/$subj"
		verdict_pass "$k"
	else
		tail -30 "$out/build.log" >&2
		record FAIL 1 "build/$arch/$subj"
		fails=$((fails + 1))
	fi
done

# Compiler and sparse warnings of the touched files: base, then series.
k=$(key "$base" refs/series)
if verdict_passed "$k"; then
	say "W=1 and sparse $arch: compared before (same trees, config, toolchain)"
	record PASS 1 "warnings/$arch/W=1+sparse"
	[ "$fails" -eq 0 ]
	exit
fi
at "$base"
"${mk[@]}" -C "$wt" prepare >/dev/null 2>&1
existing=()
for o in "${objs[@]}"; do [ -f "$wt/${o%.o}.c" ] && existing+=("$o"); done
: > "$out/base.warnings"
[ "${#existing[@]}" -eq 0 ] || warnings "${existing[@]}" > "$out/base.warnings"
if [ "${#objs[@]}" -gt 0 ]; then
	at refs/series
	warnings "${objs[@]}" > "$out/series.warnings"
	new=$(comm -13 "$out/base.warnings" "$out/series.warnings")
	if [ -n "$new" ]; then
		echo "$new" >&2
		record FAIL 1 "warnings/$arch/W=1+sparse"
		fails=$((fails + 1))
	else
		record PASS 1 "warnings/$arch/W=1+sparse"
		verdict_pass "$k"
	fi
fi
[ "$fails" -eq 0 ]
