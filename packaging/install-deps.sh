#!/usr/bin/env bash
# Installs the Debian 12 packages Homing needs, idempotently.
#   packaging/install-deps.sh          build and run dependencies
#   packaging/install-deps.sh --tests  also the test-only servers and tools
# Test-only DNS servers (BIND, Knot, PowerDNS) are installed with service start-up blocked and are
# left stopped and disabled: the tests start their own instances on loopback.
set -euo pipefail

want_tests=0
for arg in "$@"; do
    case "$arg" in
        --tests) want_tests=1 ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "install-deps: unknown argument: $arg" >&2; exit 64 ;;
    esac
done

build_pkgs=(
    cmake ninja-build g++ ccache pkg-config git
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6svg6 libsecret-1-0 libldns-dev
    dbus gnome-keyring fonts-dejavu-core qt6-translations-l10n
)
test_pkgs=(
    clang-format dbus-x11 libsecret-tools
    xvfb xauth trayer dunst imagemagick x11-apps xdotool libnotify-bin
    bind9 bind9-dnsutils knot knot-dnsutils pdns-server pdns-backend-sqlite3
    iproute2 sqlite3 procps python3
)
pkgs=("${build_pkgs[@]}")
[ "$want_tests" = 1 ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#pkgs[@]} packages present"
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
        echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
# Keep package scripts from starting services (BIND, Knot, PowerDNS would bind port 53).
policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
    "${SUDO[@]}" chmod 755 "$policy"
    made_policy=1
fi
cleanup() { [ "$made_policy" = 1 ] && "${SUDO[@]}" rm -f "$policy"; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"

# Whatever happened above, leave no system DNS server running or enabled.
if [ -d /run/systemd/system ]; then
    for unit in named bind9 knot pdns; do
        "${SUDO[@]}" systemctl disable --now "$unit" >/dev/null 2>&1 || true
    done
fi
for daemon in named knotd pdns_server; do
    "${SUDO[@]}" pkill -x "$daemon" >/dev/null 2>&1 || true
done
echo "install-deps: done"
