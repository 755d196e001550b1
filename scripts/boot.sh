#!/usr/bin/env bash
# Boot a built kernel in QEMU with one scenario of tests/boot/ and check it:
# the guest script must exit 0, every line of the scenario's "expect" file
# (or of "expect-<base>" where it has one for the base)
# must be in the log (exact after the printk timestamp; "re:" lines are
# extended regexes matching a whole line) and the log must hold no kernel
# report (scripts/check-log.sh).
# Usage: boot.sh SCENARIO   (a directory name under tests/boot/, or a path
# to a scenario directory elsewhere, e.g. tests/bench)
# scenario.conf may set INITRAMFS_FILES: host files copied into /bin, and
# TIMEOUT: seconds QEMU may run (default 300; BOOT_TIMEOUT overrides it).
# The kernel gets the arch's early console, so a QEMU killed at the timeout
# is reported as a hang with the last line the guest printed.
. "$(dirname "$0")/lib.sh"

case $1 in
*/*) dir=$(cd "$1" && pwd) ;;
*) dir=$TOP/tests/boot/$1 ;;
esac
name=${dir##*/}
[ -f "$dir/scenario.conf" ] || die "no scenario $dir"
ARCH= CMDLINE= QEMU_ARGS= DTS= INITRAMFS_FILES= TIMEOUT=
# shellcheck source=/dev/null
. "$dir/scenario.conf"
kernel=${KERNEL:-patched}
out=$BUILD/out/$kernel-$ARCH
run=$BUILD/boot/$kernel/$name
mkdir -p "$run"

case $ARCH in
x86_64) qemu=(qemu-system-x86_64 -bios qboot.rom -cpu qemu64,+pdpe1gb)
	image=$out/arch/x86/boot/bzImage console=ttyS0 ;;
arm64) qemu=(qemu-system-aarch64 -machine virt -cpu cortex-a57)
	image=$out/arch/arm64/boot/Image.gz console=ttyAMA0 ;;
arm) qemu=(qemu-system-arm -machine virt)
	image=$out/arch/arm/boot/zImage console=ttyAMA0 ;;
riscv64) qemu=(qemu-system-riscv64 -machine virt -cpu rv64 -bios /usr/share/qemu/opensbi-riscv64-generic-fw_dynamic.bin)
	image=$out/arch/riscv/boot/Image console=ttyS0 ;;
esac
[ -f "$image" ] || die "no kernel $image: build it first ('make kunit' builds it)"
# shellcheck disable=SC2206
qemu+=(-nodefaults -nographic -no-reboot -serial stdio $QEMU_ARGS)

# shellcheck disable=SC2086
"$TOP/scripts/initramfs.sh" "$ARCH" "$dir/guest.sh" "$run/initramfs.cpio.gz" $INITRAMFS_FILES

if [ -n "$DTS" ]; then
	# QEMU's own device tree for this machine, plus the scenario's nodes.
	"${qemu[@]}" -machine dumpdtb="$run/machine.dtb" >/dev/null 2>&1
	dtc -q -I dtb -O dts -o "$run/machine.dts" "$run/machine.dtb"
	cat "$run/machine.dts" "$dir/$DTS" > "$run/scenario.dts"
	dtc -q -I dts -O dtb -o "$run/scenario.dtb" "$run/scenario.dts"
	qemu+=(-dtb "$run/scenario.dtb")
fi

# Early console: the last line before a hang reaches the log.
case $ARCH in
x86_64) earlycon=earlycon=uart8250,io,0x3f8 ;;
arm64 | arm) earlycon=earlycon=pl011,0x9000000 ;;
riscv64) earlycon=earlycon=sbi ;;
*) earlycon= ;;
esac
limit=${BOOT_TIMEOUT:-${TIMEOUT:-300}}
log=$run/console.log
say "boot $name ($kernel $ARCH): $CMDLINE"
rc=0
timeout "$limit" "${qemu[@]}" -kernel "$image" \
	-initrd "$run/initramfs.cpio.gz" \
	-append "console=$console $earlycon kunit.enable=0 panic=-1 $CMDLINE" \
	< /dev/null > "$log" 2>&1 || rc=$?
tr -d '\r' < "$log" | sed -E 's/^\[ *[0-9]+\.[0-9]+\] //' > "$run/lines"

fail=0
if [ "$rc" -eq 124 ]; then
	# The last line the guest printed (not QEMU's own "terminating on signal").
	last=$(tr -d '\r' < "$log" | grep -v -e '^[[:space:]]*$' -e '^qemu-system-[^:]*: terminating on signal' | tail -n 1 || true)
	echo "FAIL $name: hang (killed after $limit s); last line: $last" >&2
	fail=1
fi
grep -qx 'SCENARIO-EXIT 0' "$run/lines" || { echo "FAIL $name: the guest script did not exit 0" >&2; fail=1; }
# expect-<base>, where a scenario has one, replaces expect on that base.
expect=$dir/expect
[ -f "$dir/expect-$BASE" ] && expect=$dir/expect-$BASE
grep -qx 'DMESG-END' "$run/lines" || { echo "FAIL $name: the guest did not finish" >&2; fail=1; }
while IFS= read -r want; do
	case $want in
	'' | '#'*) continue ;;
	re:*) grep -qxE -- "${want#re:}" "$run/lines" && continue ;;
	*) grep -qxF -- "$want" "$run/lines" && continue ;;
	esac
	echo "FAIL $name: missing line: $want" >&2
	fail=1
done < "$expect"
"$TOP/scripts/check-log.sh" "$run/lines" || fail=1

if [ "$fail" -eq 0 ]; then
	record PASS 1 "boot/$kernel/$name"
	say "boot $name: PASS (log: $log)"
else
	record FAIL 1 "boot/$kernel/$name"
	say "boot $name: FAIL (log: $log)"
	exit 1
fi
