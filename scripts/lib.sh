# Shared helpers, sourced by the other scripts.
# shellcheck shell=bash
set -euo pipefail
# Debian's python3 (with python3-ply, python3-git for checkpatch) before any other.
export PATH=/usr/bin:/bin:$PATH

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The series exists for two bases, each pinned to one Debian package version
# and with its own patches/<base>/: 6.12 (the default) and 6.1 (the
# backport). Everything built for a base lives under build/<base>/.
BASE=${BASE:-6.12}
case $BASE in
6.12) BASE_VERSION=${BASE_VERSION:-6.12.117-1~deb12u1} ;;
6.1) BASE_VERSION=${BASE_VERSION:-6.1.192-2} ;;
*) echo "ERROR: BASE=$BASE: the series exists for BASE=6.12 (the default) and BASE=6.1" >&2; exit 1 ;;
esac
export BASE
PATCHES=$TOP/patches/$BASE
BUILD=${BUILD:-$TOP/build/$BASE}
CACHE=${CMA_CACHE:-$HOME/.cache/cma-series}
BASE_REPO=$CACHE/base-$BASE_VERSION
LINUX=${LINUX:-$BUILD/linux}

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=$TOP
export CCACHE_NOHASHDIR=1
# Both bases, every arch: about 16 GiB.
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-20G}

# Fixed identity and dates: the base commit and exported patches must not churn.
export GIT_AUTHOR_NAME="CMA series" GIT_AUTHOR_EMAIL="cma-series@localhost"
export GIT_COMMITTER_NAME="CMA series" GIT_COMMITTER_EMAIL="cma-series@localhost"
# That identity is a placeholder nobody can sign off with: patches carry the
# submitter's (git config user.name/user.email) once 'make export' knows it.
PLACEHOLDER="$GIT_AUTHOR_NAME <$GIT_AUTHOR_EMAIL>"

SUBMITTER_NAME=$(git -C "$TOP" config user.name || true)
SUBMITTER_EMAIL=$(git -C "$TOP" config user.email || true)

# submitter: "Name <email>" from git config, or nothing if either is unset.
submitter() {
	[ -n "$SUBMITTER_NAME" ] && [ -n "$SUBMITTER_EMAIL" ] && echo "$SUBMITTER_NAME <$SUBMITTER_EMAIL>"
	return 0
}

# apt-get update, tolerant of a mirror caught mid-sync: retry, then go on
# with the lists already there (the install that follows says if any is missing).
apt_update() {
	local i
	for i in 1 2 3; do
		apt-get update -q >&2 && return 0
		sleep $((i * 5))
	done
	echo "WARNING: apt-get update failed; using the package lists already present" >&2
}

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Run a long step, print what it is and how long it took.
step() {
	local what=$1 t0=$SECONDS rc=0
	shift
	say "$what"
	"$@" || rc=$?
	if [ "$rc" -eq 0 ]; then
		say "$what: done in $((SECONDS - t0))s"
	else
		say "$what: FAILED (exit $rc) after $((SECONDS - t0))s"
	fi
	return "$rc"
}

# with_progress WHAT DIR CMD...: run CMD with its output in DIR/progress.log
# and print a line a minute: what it builds, the time so far and how many
# objects DIR holds (a kernel build is silent for many minutes otherwise).
# Prints the log's tail if CMD fails.
with_progress() {
	local what=$1 dir=$2 t0=$SECONDS pid rc=0 n
	shift 2
	mkdir -p "$dir"
	"$@" > "$dir/progress.log" 2>&1 &
	pid=$!
	while ! wait_for "$pid" 60; do
		n=$(find "$dir" -name '*.o' 2>/dev/null | wc -l)
		say "$what: $(((SECONDS - t0) / 60)) min, $n objects built"
	done
	wait "$pid" || rc=$?
	[ "$rc" -eq 0 ] || { tail -40 "$dir/progress.log" >&2; say "$what: FAILED, log: $dir/progress.log"; }
	return "$rc"
}

# wait_for PID SECONDS: true once PID has ended, false if it still runs
# after SECONDS.
wait_for() {
	local i
	for ((i = 0; i < $2; i++)); do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 1
	done
	! kill -0 "$1" 2>/dev/null
}

# Cross compiler prefix for an arch.
cross_of() {
	case $1 in
	x86_64) echo "" ;;
	arm64) echo aarch64-linux-gnu- ;;
	arm) echo arm-linux-gnueabihf- ;;
	riscv64) echo riscv64-linux-gnu- ;;
	*) die "unknown arch $1" ;;
	esac
}

# The kernel's ARCH= (and kunit.py's --arch) for an arch: riscv64 is "riscv".
karch_of() {
	case $1 in
	riscv64) echo riscv ;;
	*) echo "$1" ;;
	esac
}

# Whether the boot scenario in directory $1 runs on this base: its
# scenario.conf may list the bases it is for in BASES (default: both).
scenario_on_base() {
	local bases
	bases=$(sed -n 's/^BASES=//p' "$1/scenario.conf" | tr -d '"')
	[ -z "$bases" ] || [[ " $bases " == *" $BASE "* ]]
}

# The result file collects one "PASS name" / "FAIL name" / "SKIP name" per check.
RESULTS=${RESULTS:-$BUILD/results.txt}
# record STATUS COUNT NAME
# Names are prefixed with the base.
record() { mkdir -p "$(dirname "$RESULTS")"; echo "$1 $2 $BASE/$3" >> "$RESULTS"; }

# Verdicts of checks that are a function of their inputs alone (a build of a
# source tree with a config and a toolchain, checkpatch of a patch): a check
# that passed is not repeated for the same inputs, as ccache does not repeat
# a compile. KEY_PARTS name every input; the calling script's own text is
# always one of them. VERDICTS=0 disables the cache (every check runs).
VERDICT_DIR=$CACHE/verdicts
# verdict_key PARTS...: the key of a check with these inputs.
verdict_key() {
	{ cat "$0"; printf '%s\n' "$@"; } | sha256sum | cut -c1-40
}
# verdict_passed KEY: true if a check with KEY passed before.
verdict_passed() {
	[ "${VERDICTS:-1}" != 0 ] && [ -f "$VERDICT_DIR/$1" ]
}
# verdict_pass KEY: remember that the check with KEY passed.
verdict_pass() {
	mkdir -p "$VERDICT_DIR" && : > "$VERDICT_DIR/$1"
}
# toolchain_of ARCH: the compiler and linker versions, for verdict keys.
toolchain_of() {
	local cross
	cross=$(cross_of "$1")
	"${cross}gcc" --version | head -1
	"${cross}ld" --version | head -1
}
