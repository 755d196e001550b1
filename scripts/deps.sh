#!/usr/bin/env bash
# Install the Debian packages the harness needs (as root). Quiet and quick
# when everything is already there.
. "$(dirname "$0")/lib.sh"

pkgs=(make git build-essential bc bison flex libelf-dev libssl-dev python3 python3-ply python3-git perl cpio gzip xz-utils
	ccache gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf gcc-riscv64-linux-gnu
	qemu-system-x86 qemu-system-arm qemu-system-misc device-tree-compiler busybox-static
	sparse codespell valgrind python3-sphinx python3-sphinx-rtd-theme graphviz)
foreign=(arm64 armhf)

missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
need_update=0
for a in "${foreign[@]}"; do
	if ! dpkg --print-foreign-architectures | grep -qx "$a"; then
		[ "$(id -u)" -eq 0 ] || die "run as root: dpkg --add-architecture $a"
		dpkg --add-architecture "$a"
		need_update=1
	fi
done
# busybox-static for the guests comes from these arches' package lists
# (riscv64 is no Debian 12 arch: scripts/initramfs.sh takes Debian 13's).
apt-cache show busybox-static:arm64 >/dev/null 2>&1 || need_update=1
[ "${#missing[@]}" -gt 0 ] || [ "$need_update" = 1 ] || exit 0

[ "$(id -u)" -eq 0 ] || die "missing packages (${missing[*]}); run 'make deps' as root"
say "installing: ${missing[*]:-(package lists only)}"
export DEBIAN_FRONTEND=noninteractive
apt_update
[ "${#missing[@]}" -eq 0 ] || apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
