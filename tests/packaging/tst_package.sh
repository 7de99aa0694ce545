#!/usr/bin/env bash
# The Debian package as a user gets it. Builds it from the build tree (packaging/build-deb.sh) and
# checks its contents, control fields, stripped binaries and their separate debug symbols, lintian
# (no errors), the desktop entry, the AppStream metainfo, the systemd units and the system unit's
# `systemd-analyze security` rating. Then, under CI (CI set) or with HOMING_TEST_DEB_INSTALL=1, it
# installs the package with dpkg -i, runs homingd --once (against a loopback stand-in) and
# homing --version from /usr/bin, validates the installed files, purges the package and checks that
# nothing is left behind. The install half changes the machine, so it runs only where asked.
#   tst_package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$(cd "${1:?usage: tst_package.sh SOURCE_DIR BUILD_DIR}" && pwd)
build=$(cd "${2:?usage: tst_package.sh SOURCE_DIR BUILD_DIR}" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tst_package.XXXXXX")
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
check() { # DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@" >"$scratch/check.out" 2>&1; then pass "$what"; else
        fail "$what"; sed 's/^/    /' "$scratch/check.out" >&2
    fi
}

"$src/packaging/build-deb.sh" "$build" "$scratch/out" >"$scratch/debs"
deb=$(grep '/homing_[^/]*\.deb$' "$scratch/debs")
dbgsym=$(grep '/homing-dbgsym_[^/]*\.deb$' "$scratch/debs")
pass "built $(basename "$deb") and $(basename "$dbgsym")"

# Contents.
dpkg-deb -c "$deb" | awk '{ print substr($6, 2) }' | sed 's|/$||' | sort >"$scratch/contents"
user_units=$(pkg-config --variable=systemduserunitdir systemd)
system_units=$(pkg-config --variable=systemdsystemunitdir systemd)
expected=(
    /usr/bin/homing /usr/bin/homingd /usr/bin/homingctl
    /usr/share/applications/io.github.homing.desktop
    /usr/share/metainfo/io.github.homing.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/io.github.homing.svg
    /usr/share/man/man1/homing.1.gz /usr/share/man/man1/homingd.1.gz /usr/share/man/man1/homingctl.1.gz
    /usr/share/bash-completion/completions/homingctl
    "$user_units/homingd.service" "$system_units/homingd.service"
    /usr/lib/sysusers.d/homing.conf
    /usr/share/doc/homing/copyright /usr/share/doc/homing/changelog.Debian.gz
)
for size in 16 22 24 32 48 64 128 256; do expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.github.homing.png"); done
for f in "${expected[@]}"; do
    if grep -qxF "$f" "$scratch/contents"; then pass "ships $f"; else fail "does not ship $f"; fi
done
if grep -vE '^/(usr|lib)(/|$)|^/$|^$' "$scratch/contents" >"$scratch/outside"; then
    fail "ships files outside /usr and /lib: $(tr '\n' ' ' <"$scratch/outside")"
else
    pass "everything under /usr (units in systemd's own directories)"
fi

mkdir -p "$scratch/root"
dpkg-deb -x "$deb" "$scratch/root"
for size in 16 48 256; do
    png=$scratch/root/usr/share/icons/hicolor/${size}x${size}/apps/io.github.homing.png
    check "the ${size}px icon is a ${size} x ${size} PNG" grep -q "PNG image data, $size x $size" <(file "$png")
done
for bin in homing homingd homingctl; do
    check "$bin is stripped" grep -q ', stripped' <(file "$scratch/root/usr/bin/$bin")
    id=$(readelf -n "$scratch/root/usr/bin/$bin" | sed -n 's/^ *Build ID: *//p')
    check "$bin's debug symbols are in the dbgsym package" \
        grep -q "usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug" <(dpkg-deb -c "$dbgsym")
done
# Translations: each catalogue in translations/ is shipped as a .qm file or embedded in homing.
for ts in "$src"/translations/*.ts; do
    qm=$(basename "${ts%.ts}").qm
    if grep -q "/$qm\$" "$scratch/contents"; then pass "ships $qm"; else
        check "homing embeds $qm" python3 -c 'import sys; sys.exit(sys.argv[2].encode("utf-16-be") not in open(sys.argv[1], "rb").read())' \
            "$scratch/root/usr/bin/homing" "$qm"
    fi
done
check "the user unit starts the installed homingd" \
    grep -qx 'ExecStart=/usr/bin/homingd' "$scratch/root$user_units/homingd.service"

# Control fields.
dpkg-deb -f "$deb" >"$scratch/control"
check "Depends comes from the libraries (shlibdeps)" grep -qE '^Depends: .*libqt6core6.*libc6|^Depends: .*libc6.*libqt6core6' "$scratch/control"
check "Maintainer is named" grep -qE '^Maintainer: [^<]+ <[^>]+@[^>]+>$' "$scratch/control"
check "the description is extended" test "$(sed -n '/^Description:/,$p' "$scratch/control" | wc -l)" -gt 5

# Lintian: no errors (warnings are printed).
lintian --fail-on error --tag-display-limit 0 "$deb" "$dbgsym" >"$scratch/lintian" 2>&1 && status=0 || status=$?
sed 's/^/    lintian: /' "$scratch/lintian"
if [ "$status" = 0 ]; then pass "lintian reports no errors"; else fail "lintian exit $status"; fi

# The files as shipped.
check "desktop-file-validate" desktop-file-validate "$scratch/root/usr/share/applications/io.github.homing.desktop"
check "StartupWMClass is the window class (homing)" \
    grep -qx 'StartupWMClass=homing' "$scratch/root/usr/share/applications/io.github.homing.desktop"
check "appstreamcli validate --pedantic" \
    appstreamcli validate --pedantic --no-net "$scratch/root/usr/share/metainfo/io.github.homing.metainfo.xml"
systemd-analyze security --offline=yes "$scratch/root$system_units/homingd.service" >"$scratch/security" 2>&1 || true
level=$(sed -n 's/.*Overall exposure level for homingd.service: *\([0-9.]*\) \([A-Z]*\).*/\1 \2/p' "$scratch/security")
case "${level#* }" in
    PERFECT|SAFE|OK) pass "systemd-analyze security rates the system unit $level" ;;
    *) fail "systemd-analyze security rates the system unit '${level:-?}'"; tail -5 "$scratch/security" >&2 ;;
esac
for f in LimitNOFILE= ProtectSystem=strict NoNewPrivileges=yes PrivateTmp=yes CapabilityBoundingSet= \
    'RestrictAddressFamilies=.*AF_NETLINK' StateDirectory=homing; do
    check "system unit has $f" grep -q "^$f" "$scratch/root$system_units/homingd.service"
done
check "the user unit does not wait for network-online.target" \
    bash -c '! grep -q network-online "$1"' - "$scratch/root$user_units/homingd.service"
check "the user unit does not restart after exit 75 (another Homing holds the lock)" \
    grep -qE '^RestartPreventExitStatus=.*\b75\b' "$scratch/root$user_units/homingd.service"

ci=${CI:-}
if [ "${HOMING_TEST_DEB_INSTALL:-0}" != 1 ] && { [ -z "$ci" ] || [ "$ci" = false ]; }; then
    echo "tst_package: install half not run (it runs with CI set or HOMING_TEST_DEB_INSTALL=1)"
    echo "tst_package: $failures failure(s)"
    [ "$failures" = 0 ]
    exit
fi

# ---- Install half: dpkg -i, use, purge, nothing left behind. ----
SUDO=()
[ "$(id -u)" = 0 ] || SUDO=(sudo -n)
if dpkg-query -W -f='${db:Status-Status}' homing 2>/dev/null | grep -qx installed; then
    fail "homing is already installed on this machine; not replacing it"
    exit 1
fi
snapshot() {
    find /usr /etc /lib /var/lib /opt -xdev \
        \( -path /var/lib/dpkg -o -path /var/lib/apt -o -path /var/lib/systemd -o -path /var/lib/ucf \
           -o -name __pycache__ \) -prune -o -print 2>/dev/null |
        grep -vxE '/etc/(passwd|group|shadow|gshadow|subuid|subgid)-?|/etc/ld\.so\.cache|.*\.cache' | LC_ALL=C sort
}
snapshot >"$scratch/before"
had_user=0
getent passwd homing >/dev/null && had_user=1
installed=0
remove() {
    [ "$installed" = 1 ] && "${SUDO[@]}" flock /tmp/apt.lock dpkg --purge homing >"$scratch/purge" 2>&1
    installed=0
}
trap 'remove; cleanup' EXIT

check "dpkg -i installs the package" "${SUDO[@]}" flock /tmp/apt.lock dpkg -i "$deb"
installed=1
check "the system user homing exists (postinst)" getent passwd homing

# homingd --once from /usr/bin against a loopback stand-in: two hosts, both updated.
echo 81.2.69.160 >"$scratch/address"
python3 "$src/tests/gui/fakeddns.py" serve "$scratch/address" "$scratch/port" &
server=$!
for _ in $(seq 100); do [ -s "$scratch/port" ] && break; sleep 0.1; done
python3 "$src/tests/gui/fakeddns.py" config "$scratch/agent" "$(cat "$scratch/port")" 2
HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/agent /usr/bin/homingd --once --config-dir "$scratch/agent" \
    >"$scratch/once.out" 2>&1 && status=0 || status=$?
if [ "$status" = 0 ]; then pass "/usr/bin/homingd --once exits 0"; else
    fail "/usr/bin/homingd --once exits $status"; sed 's/^/    /' "$scratch/once.out" >&2
fi
updated=$(sqlite3 "$scratch/agent/homing.sqlite" \
    "select count(distinct host_id) from history where kind='result'" 2>/dev/null || echo 0)
check "both hosts have a result in the history" test "$updated" = 2
HOME=$scratch/home QT_QPA_PLATFORM=offscreen /usr/bin/homing --version >"$scratch/version" 2>&1 || true
check "/usr/bin/homing --version prints the version" grep -q "0\.1\.0" "$scratch/version"
check "/usr/bin/homingctl --version" /usr/bin/homingctl --version

check "desktop-file-validate (installed)" desktop-file-validate /usr/share/applications/io.github.homing.desktop
check "appstreamcli validate --pedantic (installed)" \
    appstreamcli validate --pedantic --no-net /usr/share/metainfo/io.github.homing.metainfo.xml
check "systemd-analyze verify (system unit)" systemd-analyze verify "$system_units/homingd.service"
check "systemd-analyze verify (user unit)" systemd-analyze verify "$user_units/homingd.service"
check "bash completion for homingctl loads" \
    bash -c 'source /usr/share/bash-completion/completions/homingctl && complete -p homingctl'

check "dpkg --purge removes it" "${SUDO[@]}" flock /tmp/apt.lock dpkg --purge homing
installed=0
snapshot >"$scratch/after"
if diff "$scratch/before" "$scratch/after" >"$scratch/left"; then pass "nothing left behind"; else
    fail "left behind or removed:"; sed 's/^/    /' "$scratch/left" >&2
fi
[ "$had_user" = 1 ] || echo "tst_package: the system user homing stays after purge (Debian keeps system users)"

echo "tst_package: $failures failure(s)"
[ "$failures" = 0 ]
