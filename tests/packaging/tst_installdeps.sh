#!/usr/bin/env bash
# Runs packaging/install-deps.sh against a fake system: PATH shims for dpkg-query, apt-get,
# systemctl, pkill, killall and sudo record every call, and HOMING_INSTALL_ROOT points the
# installer's system paths (policy-rc.d, /run/systemd/system, /etc/init.d, its log) into a scratch
# root. Asserts the exit status, that package scripts ran with service start-up blocked, that the
# policy-rc.d the administrator had is left as it was, and that only services of packages installed
# by this run are stopped: never a DNS server that was there before.
#   tst_installdeps.sh SOURCE_DIR
set -euo pipefail
src=$(cd "${1:?usage: tst_installdeps.sh SOURCE_DIR}" && pwd)
installer=$src/packaging/install-deps.sh
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tst_installdeps.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

failures=0
fail() { echo "FAIL [$case_name]: $*" >&2; failures=$((failures + 1)); }
pass() { echo "PASS [$case_name]: $*"; }

# A fresh fake machine: $dir/root (system paths), $dir/db (package database), $dir/bin (shims),
# $dir/calls (one line per shimmed command run).
make_machine() {
    dir=$scratch/$1
    mkdir -p "$dir/root/usr/sbin" "$dir/root/var/log" "$dir/root/etc/init.d" "$dir/db/files" "$dir/db/deps" "$dir/bin"
    : >"$dir/db/installed"
    : >"$dir/calls"
    # What the fake archive holds: each test server's files, and what it pulls in.
    printf '/lib/systemd/system/named.service\n/etc/init.d/named\n/usr/sbin/named\n' >"$dir/db/files/bind9"
    printf 'bind9-libs\n' >"$dir/db/deps/bind9"
    printf '/usr/lib/systemd/system/knot.service\n/usr/sbin/knotd\n' >"$dir/db/files/knot"
    printf '/lib/systemd/system/pdns.service\n/lib/systemd/system/pdns@.service\n/etc/init.d/pdns\n' >"$dir/db/files/pdns-server"
    printf '/lib/systemd/system/dbus.service\n/etc/init.d/dbus\n' >"$dir/db/files/dbus"

    cat >"$dir/bin/dpkg-query" <<'EOF'
#!/usr/bin/env bash
# Fake dpkg-query over $FAKE_DB: -W -f=FORMAT [PKG...] and -L PKG.
echo "dpkg-query $*" >>"$FAKE_CALLS"
if [ "$1" = -L ]; then
    [ -f "$FAKE_DB/files/$2" ] && cat "$FAKE_DB/files/$2"
    grep -qx "$2" "$FAKE_DB/installed" || { echo "package '$2' is not installed" >&2; exit 1; }
    exit 0
fi
[ "$1" = -W ] || exit 2
format=${2#-f=}
shift 2
if [ $# -eq 0 ]; then
    [ "$format" = '${Package} ${db:Status-Status}\n' ] || exit 2
    sed 's/$/ installed/' "$FAKE_DB/installed"
    exit 0
fi
status=0
for p in "$@"; do
    if grep -qx "$p" "$FAKE_DB/installed"; then printf installed; else echo "no packages found matching $p" >&2; status=1; fi
done
exit $status
EOF
    cat >"$dir/bin/apt-get" <<'EOF'
#!/usr/bin/env bash
# Fake apt-get: "install" marks the packages and their dependencies installed and notes whether
# package scripts would have been allowed to start services (policy-rc.d exit 101 = blocked).
echo "apt-get $*" >>"$FAKE_CALLS"
[ "${FAKE_APT_FAIL:-0}" = 1 ] && [ "$1" = install ] && exit 100
if [ "$1" = install ]; then
    policy=$HOMING_INSTALL_ROOT/usr/sbin/policy-rc.d
    if [ -x "$policy" ]; then
        set +e; "$policy" named start; rc=$?; set -e
        echo "policy-rc.d answered $rc" >>"$FAKE_CALLS"
    else
        echo "policy-rc.d absent" >>"$FAKE_CALLS"
    fi
    for p in "$@"; do
        case "$p" in -*) continue ;; esac
        echo "$p" >>"$FAKE_DB/installed"
        [ -f "$FAKE_DB/deps/$p" ] && cat "$FAKE_DB/deps/$p" >>"$FAKE_DB/installed"
    done
fi
exit 0
EOF
    for tool in systemctl pkill killall; do
        printf '#!/bin/sh\necho "%s $*" >>"$FAKE_CALLS"\nexit 0\n' "$tool" >"$dir/bin/$tool"
    done
    printf '#!/bin/sh\necho "sudo $*" >>"$FAKE_CALLS"\nexec "$@"\n' >"$dir/bin/sudo"
    chmod +x "$dir"/bin/*
}

# An init script in the fake root that records being called.
add_init_script() {
    printf '#!/bin/sh\necho "init.d/%s $*" >>"$FAKE_CALLS"\n' "$1" >"$dir/root/etc/init.d/$1"
    chmod +x "$dir/root/etc/init.d/$1"
}

run_installer() {
    set +e
    PATH="$dir/bin:$PATH" FAKE_DB=$dir/db FAKE_CALLS=$dir/calls HOMING_INSTALL_ROOT=$dir/root \
        "$installer" "$@" >"$dir/out" 2>&1 </dev/null
    status=$?
    set -e
}

expect_status() {
    if [ "$status" = "$1" ]; then pass "exit status $status"; else
        fail "exit status $status, expected $1; output:"; sed 's/^/    /' "$dir/out" >&2
    fi
}
expect_call() { if grep -qxF -- "$1" "$dir/calls"; then pass "called: $1"; else fail "not called: $1"; fi; }
expect_no_call() { if grep -qE -- "$1" "$dir/calls"; then fail "unexpected call: $(grep -E -- "$1" "$dir/calls" | head -1)"; else pass "no call matching: $1"; fi; }

# 1. A fresh systemd machine with no policy-rc.d: the installer blocks service start-up with its
# own policy-rc.d, removes it afterwards, exits 0, and disables the test servers it installed.
case_name=fresh
make_machine fresh
mkdir -p "$dir/root/run/systemd/system"
run_installer --tests
expect_status 0
expect_call "policy-rc.d answered 101"
[ -e "$dir/root/usr/sbin/policy-rc.d" ] && fail "its own policy-rc.d was left behind" || pass "policy-rc.d removed again"
for unit in named.service knot.service pdns.service; do expect_call "systemctl disable --now $unit"; done
expect_no_call 'pdns@\.service|dbus\.service'
expect_no_call '^(pkill|killall) '
grep -q 'stopped and disabled: named.service knot.service pdns.service' "$dir/root/var/log/homing-install-deps.log" &&
    pass "log records the services" || fail "log does not record the services: $(cat "$dir/root/var/log/homing-install-deps.log")"
grep -q 'installed: .*bind9-libs' "$dir/root/var/log/homing-install-deps.log" &&
    pass "log records the installed packages" || fail "log does not record the installed packages"

# 2. The same machine again: nothing is missing, nothing is run, exit 0.
case_name=second-run
: >"$dir/calls"
run_installer --tests
expect_status 0
expect_no_call '^(apt-get|systemctl|pkill|killall|sudo) '
grep -q 'all .* packages present' "$dir/out" && pass "says all present" || fail "output: $(cat "$dir/out")"

# 3. A pre-existing policy-rc.d (as on Docker images) stays byte for byte, and the run exits 0.
case_name=existing-policy
make_machine existing-policy
mkdir -p "$dir/root/run/systemd/system"
printf '#!/bin/sh\n# the administrator'"'"'s policy\nexit 101\n' >"$dir/root/usr/sbin/policy-rc.d"
chmod 755 "$dir/root/usr/sbin/policy-rc.d"
before=$(sha256sum <"$dir/root/usr/sbin/policy-rc.d")
run_installer
expect_status 0
[ "$(sha256sum <"$dir/root/usr/sbin/policy-rc.d")" = "$before" ] && pass "policy-rc.d unchanged" || fail "policy-rc.d changed"
expect_call "policy-rc.d answered 101"

# 4. BIND was installed (and running) before: its service is never stopped, disabled or killed,
# even though the run installs Knot and PowerDNS and disables theirs.
case_name=dns-before
make_machine dns-before
mkdir -p "$dir/root/run/systemd/system"
printf 'bind9\nbind9-libs\n' >"$dir/db/installed"
run_installer --tests
expect_status 0
expect_no_call 'named|bind9\.service'
expect_no_call '^(pkill|killall) '
expect_call "systemctl disable --now knot.service"
expect_call "systemctl disable --now pdns.service"

# 5. Without systemd (a container or chroot), a pre-existing BIND's init script is not called;
# the init script of the PowerDNS this run installed is told to stop.
case_name=no-systemd
make_machine no-systemd
printf 'bind9\nbind9-libs\n' >"$dir/db/installed"
add_init_script named
add_init_script pdns
run_installer --tests
expect_status 0
expect_call "init.d/pdns stop"
expect_no_call 'init\.d/named|^systemctl |^(pkill|killall) '

# 6. A failed apt-get fails the run, and the policy-rc.d the installer wrote is still removed.
case_name=apt-fails
make_machine apt-fails
FAKE_APT_FAIL=1 run_installer
[ "$status" != 0 ] && pass "exit status $status" || fail "exit status 0 after apt-get failed"
[ -e "$dir/root/usr/sbin/policy-rc.d" ] && fail "policy-rc.d left behind" || pass "policy-rc.d removed"
expect_no_call '^(systemctl|pkill|killall) '

# 7. Unknown arguments are refused with 64.
case_name=bad-argument
make_machine bad-argument
run_installer --frobnicate
expect_status 64

echo "tst_installdeps: $failures failure(s)"
[ "$failures" = 0 ]
