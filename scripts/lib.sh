# Shared helpers, sourced by the other scripts.
# shellcheck shell=bash
set -euo pipefail
# Debian's python3 (with python3-ply, python3-git for checkpatch) before any other.
export PATH=/usr/bin:/bin:$PATH

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
CACHE=${CMA_CACHE:-$HOME/.cache/cma-series}
BASE_VERSION=${BASE_VERSION:-6.1.192-2}
BASE_REPO=$CACHE/base-$BASE_VERSION
LINUX=${LINUX:-$BUILD/linux}

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=$TOP
export CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}

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

# The result file collects one "PASS name" / "FAIL name" / "SKIP name" per check.
RESULTS=${RESULTS:-$BUILD/results.txt}
# record STATUS COUNT NAME
record() { mkdir -p "$(dirname "$RESULTS")"; echo "$1 $2 $3" >> "$RESULTS"; }
