#!/usr/bin/env bash
# Build the initramfs of a boot scenario: Debian's busybox-static for the
# guest arch (Debian 13's for riscv64), tests/boot/init and the scenario's
# guest script, plus any further FILEs (static binaries) in /bin.
# Usage: initramfs.sh ARCH GUEST_SCRIPT OUT.cpio.gz [FILE...]
. "$(dirname "$0")/lib.sh"

arch=$1 script=$2 out=$3
shift 3
case $arch in
x86_64) deb_arch=amd64 ;;
arm64) deb_arch=arm64 ;;
arm) deb_arch=armhf ;;
riscv64) deb_arch=riscv64 ;;
esac

bb=$CACHE/busybox-$deb_arch
if [ ! -x "$bb" ]; then
	dl=$(mktemp -d)
	apt=()
	if [ "$deb_arch" = riscv64 ]; then
		# No Debian 12 arch: Debian 13's package, through an apt state of its
		# own (the system's sources and architectures are left alone).
		# The Debian mirror this machine's apt uses (the first main archive).
		mirror=$(sed -n 's/^URIs:[[:space:]]*//p; s/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]*\).*/\2/p' \
			/etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
			tr ' ' '\n' | grep -v -e security -e '^$' | head -n 1 || true)
		[ -n "$mirror" ] || die "no Debian mirror in the apt sources"
		mkdir -p "$dl"/{src,lists/partial,cache/archives/partial}
		printf '%s\n' 'Types: deb' "URIs: $mirror" 'Suites: trixie' \
			'Components: main' 'Architectures: riscv64' \
			'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' > "$dl/src/trixie.sources"
		apt=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$dl/src"
			-o Dir::State::Lists="$dl/lists" -o Dir::Cache="$dl/cache"
			-o Dir::State::status=/dev/null -o APT::Architecture=riscv64 -o APT::Sandbox::User=root)
		apt-get -q "${apt[@]}" update >&2 || die "cannot fetch Debian 13's riscv64 package list"
	fi
	(cd "$dl" && apt-get "${apt[@]}" download "busybox-static:$deb_arch" >/dev/null 2>&1) ||
		die "cannot download busybox-static:$deb_arch (run 'make deps')"
	dpkg-deb -x "$dl"/busybox-static_*.deb "$dl/x"
	cp "$(find "$dl/x" -path "*bin/busybox")" "$bb" # /bin, or /usr/bin from Debian 13 on
	rm -rf "$dl"
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,dev,proc,sys,tmp}
cp "$bb" "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
install -m 755 "$TOP/tests/boot/init" "$root/init"
cp "$TOP/tests/boot/guest-lib.sh" "$root/guest-lib.sh"
cp "$script" "$root/scenario.sh"
[ "$#" -eq 0 ] || cp "$@" "$root/bin/"
(cd "$root" && find . | cpio -o -H newc --owner=0:0 --quiet | gzip -9) > "$out"
