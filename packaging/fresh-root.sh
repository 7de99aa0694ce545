#!/usr/bin/env bash
# Proves the README's quick start on a fresh Debian 12: bootstraps a minimal bookworm root
# (debootstrap --variant=minbase) from the Debian mirror this machine already uses, mounts /proc,
# /sys and /dev into it, makes a clean clone of this repository inside, and runs the README's two
# commands there as a newcomer would (no CI variable, no stdin):
#   packaging/dev.sh run --version   (the tray app built and started; it prints its version)
#   packaging/dev.sh test            (installs the test tools, builds, runs the whole suite)
# then starts the real tray app under Xvfb with a tray and a loopback-only config
# (tests/bench/bench_startup.sh) to show that the desktop comes up, and ends.
#
#   sudo packaging/fresh-root.sh [--ref COMMIT] [--keep] [--log FILE] [DIR]
#
# DIR defaults to a new directory under /var/tmp. The chroot shares this machine's network, so a
# policy-rc.d that refuses every service start is placed in it first: no package install inside
# can start a DNS server on this machine's port 53. On exit every process still running inside the
# root is stopped (by PID), everything mounted under it is unmounted, and the root is deleted
# unless --keep. Prints one line "fresh-root: PASS|FAIL ..." with the durations.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

ref=HEAD
keep=0
log=
dir=
while [ $# -gt 0 ]; do
    case "$1" in
        --ref) ref=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --log) log=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        -*) echo "fresh-root: unknown option: $1" >&2; exit 64 ;;
        *) dir=$1; shift ;;
    esac
done
[ "$(id -u)" = 0 ] || { echo "fresh-root: run as root (debootstrap, chroot and mounts need it)" >&2; exit 77; }
commit=$(git -C "$here" rev-parse --verify "$ref^{commit}")
repo=$(git -C "$here" rev-parse --path-format=absolute --git-common-dir)

# The Debian mirror from this machine's own APT sources (deb822 or one-line format).
mirror=${HOMING_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^URIs:/ { uri = $2 } /^Suites:/ && / bookworm( |$)/ && uri != "" { print uri; exit }')
fi
if [ -z "$mirror" ]; then
    mirror=$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
fi
[ -n "$mirror" ] || { echo "fresh-root: no bookworm mirror in /etc/apt/sources.list(.d)" >&2; exit 1; }

if ! command -v debootstrap >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi

[ -n "$dir" ] || dir=$(mktemp -d /var/tmp/homing-fresh-root.XXXXXX)
mkdir -p "$dir"
# mktemp makes the directory 0700; as the root of a Debian system it must be 0755 like any /, or no
# user but root can reach a file in it (the runtime-directory tests run programs as another user).
chmod 0755 "$dir"
dir=$(cd "$dir" && pwd)
[ -n "$log" ] || log=$dir.log
: >"$log"
say() { echo "fresh-root: $*" | tee -a "$log"; }

mounted() { awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/self/mounts; }

cleanup() {
    local status=$? pid root left
    # Every process whose root is the chroot was started by this script (directly or by what it
    # ran in there): stop those PIDs, never anything outside.
    for _ in 1 2 3; do
        left=0
        for p in /proc/[0-9]*; do
            pid=${p#/proc/}
            root=$(readlink "$p/root" 2>/dev/null) || continue
            if [ "$root" = "$dir" ]; then
                kill -TERM "$pid" 2>/dev/null || true
                left=1
            fi
        done
        [ "$left" = 0 ] && break
        sleep 2
    done
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$dir" ] && kill -KILL "${p#/proc/}" 2>/dev/null || true
    done
    # Unmount deepest first.
    mounted | sort -r | while read -r m; do umount "$m" 2>/dev/null || umount -l "$m" || true; done
    if [ -n "$(mounted)" ]; then
        say "still mounted under $dir (left in place): $(mounted | tr '\n' ' ')"
    elif [ "$keep" = 0 ]; then
        rm -rf --one-file-system "$dir"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
say "root $dir, mirror $mirror, commit $commit"
t0=$(date +%s)
debootstrap --variant=minbase bookworm "$dir" "$mirror" >>"$log" 2>&1
say "debootstrap: $(( $(date +%s) - t0 )) s"

# The machine's own way to reach that mirror (sources and their APT settings), as on any Debian 12
# that uses it.
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    rm -f "$dir/etc/apt/sources.list"
    cp /etc/apt/sources.list.d/debian.sources "$dir/etc/apt/sources.list.d/"
fi
for f in /etc/apt/apt.conf.d/*; do
    grep -qiE 'Check-Valid-Until|Check-Date|proxy' "$f" 2>/dev/null && cp "$f" "$dir/etc/apt/apt.conf.d/"
done
cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
printf '#!/bin/sh\n# fresh-root.sh: this chroot shares the host network; no service may start.\nexit 101\n' \
    >"$dir/usr/sbin/policy-rc.d"
chmod 755 "$dir/usr/sbin/policy-rc.d"

# The root must be a mount point of its own, as / is on any machine: `ip netns` (the namespace
# tests) runs `mount --make-rslave /` inside, which fails on a plain directory.
mount --bind "$dir" "$dir"
mount -t proc proc "$dir/proc"
mount -t sysfs sysfs "$dir/sys"
mount --rbind /dev "$dir/dev"
mount --make-rslave "$dir/dev"
mount -t tmpfs -o mode=755 tmpfs "$dir/run"

git clone -q --no-local "$repo" "$dir/root/homing"
git -C "$dir/root/homing" checkout -q --detach "$commit"

inside() {
    env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb \
        chroot "$dir" /bin/bash -c "cd /root/homing && $1" </dev/null >>"$log" 2>&1
}

result=PASS
t0=$(date +%s)
if inside 'QT_QPA_PLATFORM=offscreen packaging/dev.sh run --version'; then
    run_status=0
else
    run_status=$?
    result=FAIL
fi
run_s=$(( $(date +%s) - t0 ))
say "packaging/dev.sh run --version: exit $run_status, $run_s s"

t0=$(date +%s)
if inside 'packaging/dev.sh test'; then test_status=0; else test_status=$?; result=FAIL; fi
test_s=$(( $(date +%s) - t0 ))
say "packaging/dev.sh test: exit $test_status, $test_s s"
grep -E 'tests passed|tests failed' "$log" | tail -1 | sed "s/^/fresh-root: /" | tee -a "$log" || true

t0=$(date +%s)
if inside 'tests/bench/bench_startup.sh build/app/homing/homing 1'; then gui_status=0; else gui_status=$?; result=FAIL; fi
say "tray app under Xvfb (bench_startup.sh): exit $gui_status, $(( $(date +%s) - t0 )) s"

say "$result run=$run_status test=$test_status gui=$gui_status total $(( $(date +%s) - started )) s (log $log)"
[ "$result" = PASS ]
