#!/usr/bin/env bash
# Install Debian's linux-source-6.1 at the pinned version, extract it once into
# the cache and commit it with a fixed identity and date, so the base commit
# id is the same on every machine. Prints the base commit id.
. "$(dirname "$0")/lib.sh"

PKG=linux-source-$(echo "$BASE_VERSION" | cut -d. -f1-2)
TARBALL=/usr/src/$PKG.tar.xz

have_pinned() {
	[ "$(dpkg-query -W -f='${Version}' "$PKG" 2>/dev/null)" = "$BASE_VERSION" ] &&
		[ -f "$TARBALL" ]
}

if [ -f "$BASE_REPO/.git/base-ok" ]; then
	git -C "$BASE_REPO" rev-parse HEAD
	exit 0
fi

if ! have_pinned; then
	say "installing $PKG=$BASE_VERSION"
	if ! apt-get install -y --allow-downgrades "$PKG=$BASE_VERSION" >&2; then
		apt_update
		if ! apt-get install -y --allow-downgrades "$PKG=$BASE_VERSION" >&2; then
			echo "ERROR: $PKG version $BASE_VERSION is not available." >&2
			echo "apt offers:" >&2
			apt-cache madison "$PKG" >&2 || true
			echo "Pick one with 'make ... BASE_VERSION=<version>' (the series may not apply)." >&2
			exit 1
		fi
	fi
fi
have_pinned || die "$PKG $BASE_VERSION did not install $TARBALL"

rm -rf "$BASE_REPO" "$BASE_REPO.tmp"
mkdir -p "$BASE_REPO.tmp"
say "extracting $TARBALL"
tar -xJf "$TARBALL" -C "$BASE_REPO.tmp" --strip-components=1
cd "$BASE_REPO.tmp"
git init -q -b base .
git config core.autocrlf false
git config gc.auto 0
say "committing the base tree"
git add -A -f .
GIT_AUTHOR_DATE="2020-01-01T00:00:00Z" GIT_COMMITTER_DATE="2020-01-01T00:00:00Z" \
	git -c commit.gpgsign=false commit -q --no-verify \
	-m "Linux $BASE_VERSION (Debian $PKG)" \
	-m "Unpacked from $TARBALL of the Debian package $PKG=$BASE_VERSION."
cd - >/dev/null
mv "$BASE_REPO.tmp" "$BASE_REPO"
touch "$BASE_REPO/.git/base-ok"
git -C "$BASE_REPO" rev-parse HEAD
