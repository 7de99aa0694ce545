#!/usr/bin/env bash
# Installs the Debian 12 packages Homing needs, idempotently.
#   packaging/install-deps.sh          build and run dependencies
#   packaging/install-deps.sh --tests  also the test-only servers and tools (and those of --deb)
#   packaging/install-deps.sh --deb    also the tools that build and check the Debian package
# Harmless on a used machine: it installs only what is missing, and the only services it stops and
# disables are those of packages installed by this very run (test DNS servers such as BIND, Knot
# and PowerDNS; the tests start their own instances on loopback). A service you had before is never
# touched. What it installed and which services it stopped is appended to
# /var/log/homing-install-deps.log.
set -euo pipefail

# HOMING_INSTALL_ROOT prefixes every system path this script reads or writes (only the installer's
# own test sets it; the package tools are replaced there by PATH shims).
root=${HOMING_INSTALL_ROOT:-}
policy=$root/usr/sbin/policy-rc.d
record=$root/var/log/homing-install-deps.log

want_tests=0
want_deb=0
for arg in "$@"; do
    case "$arg" in
        --tests) want_tests=1 ;;
        --deb) want_deb=1 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "install-deps: unknown argument: $arg" >&2; exit 64 ;;
    esac
done

build_pkgs=(
    cmake ninja-build g++ ccache pkg-config git
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libsecret-1-0 libldns-dev
    dbus gnome-keyring fonts-dejavu-core qt6-translations-l10n publicsuffix
)
test_pkgs=(
    clang-format dbus-x11 libsecret-tools
    xvfb xauth trayer dunst imagemagick x11-apps xdotool libnotify-bin
    bind9 bind9-dnsutils knot knot-dnsutils pdns-server pdns-backend-sqlite3
    iproute2 sqlite3 procps python3
    clang libclang-rt-14-dev lld passwd util-linux
)
# Servers installed only for the tests, which start their own instances: when this run installs one,
# its system service is stopped and disabled again.
server_pkgs=(bind9 knot pdns-server)
deb_pkgs=(
    dpkg-dev file binutils lintian desktop-file-utils appstream systemd
)
pkgs=("${build_pkgs[@]}")
[ "$want_tests" = 1 ] && pkgs+=("${test_pkgs[@]}" "${deb_pkgs[@]}")
[ "$want_deb" = 1 ] && [ "$want_tests" = 0 ] && pkgs+=("${deb_pkgs[@]}")

is_installed() {
    dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed
}

# Every installed package, one name a line, sorted (to tell what this run added).
installed_packages() {
    dpkg-query -W -f='${Package} ${db:Status-Status}\n' 2>/dev/null | awk '$2 == "installed" { print $1 }' | sort -u
}

missing=()
for p in "${pkgs[@]}"; do
    is_installed "$p" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#pkgs[@]} packages present"
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
        echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
before=$(installed_packages)

# Keep package scripts from starting services (BIND, Knot, PowerDNS would bind port 53). A
# policy-rc.d that was already there is the administrator's and is left exactly as it is.
made_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# Written by Homing install-deps.sh for the duration of one install.\nexit 101\n' |
        "${SUDO[@]}" tee "$policy" >/dev/null
    "${SUDO[@]}" chmod 755 "$policy"
    made_policy=1
fi
cleanup() {
    if [ "$made_policy" = 1 ]; then
        "${SUDO[@]}" rm -f "$policy"
    fi
}
trap cleanup EXIT

"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"

# The packages this run added (the missing ones and whatever they pulled in), and the services of
# the test servers among them.
added=$(comm -13 <(printf '%s\n' "$before") <(installed_packages))
units=()
scripts=()
for p in $added; do
    case " ${server_pkgs[*]} " in *" $p "*) ;; *) continue ;; esac
    while IFS= read -r f; do
        case "$f" in
            /lib/systemd/system/*.service|/usr/lib/systemd/system/*.service)
                # Template units (foo@.service) have no instance that could be running or enabled.
                case "$f" in *@.service) ;; *) units+=("${f##*/}") ;; esac ;;
            /etc/init.d/*) scripts+=("${f##*/}") ;;
        esac
    done < <(dpkg-query -L "$p" 2>/dev/null || true)
done

# A package's own scripts may have enabled (or, under a permissive policy-rc.d, started) its
# services: undo that for these services alone, never for one that was there before this run.
stopped=()
if [ -d "$root/run/systemd/system" ]; then
    for unit in "${units[@]}"; do
        "${SUDO[@]}" systemctl disable --now "$unit" >/dev/null 2>&1 || true
        stopped+=("$unit")
    done
else
    for s in "${scripts[@]}"; do
        if [ -x "$root/etc/init.d/$s" ]; then
            "${SUDO[@]}" "$root/etc/init.d/$s" stop >/dev/null 2>&1 || true
            stopped+=("$s")
        fi
    done
fi

{
    echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') installed: $(echo $added)"
    echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') stopped and disabled: ${stopped[*]:-(none)}"
} | "${SUDO[@]}" tee -a "$record" >/dev/null 2>&1 || true
[ "${#stopped[@]}" -gt 0 ] && echo "install-deps: stopped and disabled the new services: ${stopped[*]}"
echo "install-deps: done (recorded in $record)"
exit 0
