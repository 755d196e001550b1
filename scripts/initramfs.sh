#!/usr/bin/env bash
# Build the initramfs of a boot scenario: Debian's busybox-static for the
# guest arch, tests/boot/init and the scenario's guest script, plus any
# further FILEs (static binaries) in /bin.
# Usage: initramfs.sh ARCH GUEST_SCRIPT OUT.cpio.gz [FILE...]
. "$(dirname "$0")/lib.sh"

arch=$1 script=$2 out=$3
shift 3
case $arch in
x86_64) deb_arch=amd64 ;;
arm64) deb_arch=arm64 ;;
arm) deb_arch=armhf ;;
esac

bb=$CACHE/busybox-$deb_arch
if [ ! -x "$bb" ]; then
	dl=$(mktemp -d)
	(cd "$dl" && apt-get download "busybox-static:$deb_arch" >/dev/null 2>&1) ||
		die "cannot download busybox-static:$deb_arch (run 'make deps')"
	dpkg-deb -x "$dl"/busybox-static_*.deb "$dl/x"
	cp "$dl/x/bin/busybox" "$bb"
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
