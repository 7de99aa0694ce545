#!/bin/sh
# Runs a GUI test in a private X session with a system tray and a private D-Bus session bus:
#   run-session.sh TEST_EXECUTABLE [ARGS...]
# Starts Xvfb on a free display and trayer (an XEmbed tray) in a scratch directory, runs the test
# under dbus-run-session, and stops what it started by PID. Exit status: the test's; 77 when
# Xvfb, trayer or dbus-run-session is missing. HOMING_SESSION_SCREEN sets the screen (1280x800x24).
set -u
for tool in Xvfb trayer dbus-run-session; do
    command -v "$tool" >/dev/null 2>&1 || { echo "run-session: $tool is missing" >&2; exit 77; }
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/homing-session.XXXXXX")
xvfb_pid=
tray_pid=
cleanup() {
    [ -n "$tray_pid" ] && kill "$tray_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM

# A free display: no lock file and no socket. -displayfd would tell us, but trayer needs it first.
display=
n=${HOMING_SESSION_DISPLAY_START:-91}
while [ "$n" -lt 400 ]; do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
        Xvfb ":$n" -screen 0 "${HOMING_SESSION_SCREEN:-1280x800x24}" -nolisten tcp -auth /dev/null >"$scratch/xvfb.log" 2>&1 &
        xvfb_pid=$!
        i=0
        while [ $i -lt 50 ] && [ ! -e "/tmp/.X11-unix/X$n" ] && kill -0 "$xvfb_pid" 2>/dev/null; do
            sleep 0.1; i=$((i + 1))
        done
        if [ -e "/tmp/.X11-unix/X$n" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
            display=":$n"
            break
        fi
        kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; xvfb_pid=
    fi
    n=$((n + 1))
done
[ -n "$display" ] || { echo "run-session: no free display" >&2; exit 1; }
export DISPLAY="$display"
# HOMING_SESSION_TRAY_DELAY=N starts the tray N seconds late, as at a slow login.
delay=${HOMING_SESSION_TRAY_DELAY:-0}
(sleep "$delay"; exec trayer --edge top --align right --widthtype pixel --width 200 --height 40 --SetDockType true) \
    >"$scratch/trayer.log" 2>&1 &
tray_pid=$!
[ "$delay" = 0 ] && sleep 1

export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/home/.config" \
    XDG_DATA_HOME="$scratch/home/.local/share" QT_QPA_PLATFORM=xcb
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
dbus-run-session -- "$@"
status=$?
exit $status
