#!/bin/sh
# Makes docs/screenshots/*.png: the main window, the host editor, the tray menu, a notification
# and hosts waiting for a provider's rate limit, from the real homing under Xvfb with the trayer
# tray and the dunst notification daemon on a private D-Bus session bus; the import wizard, Settings with the source editor, and
# the Verified column with a drift notification from their GUI tests on the same display. The
# config lives in a scratch directory and points only at a loopback echo/dyndns2 stand-in
# (tests/gui/fakeddns.py).
#   tests/gui/screenshots.sh [HOMING_BINARY [OUTPUT_DIR]]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ "${1:-}" = "--inner" ]; then
    shift
    app=$1 out=$2 scratch=$3
    pids=
    cleanup_inner() { for p in $pids; do kill "$p" 2>/dev/null || true; done; }
    trap cleanup_inner EXIT
    dunst >"$scratch/dunst.log" 2>&1 &
    pids="$pids $!"
    sleep 0.5
    dunstctl set-paused true 2>/dev/null || true # nothing over the window while it is captured
    echo 81.2.69.160 >"$scratch/address"
    python3 "$here/fakeddns.py" serve "$scratch/address" "$scratch/port" &
    pids="$pids $!"
    i=0; while [ ! -s "$scratch/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    # Starts homing on the config directory $1 and captures its main window as $2 (sets app_pid
    # and win).
    start_and_capture() {
        "$app" --config-dir "$1" --verbose >"$1.log" 2>&1 &
        app_pid=$!
        pids="$pids $app_pid"
        sleep 4
        win=$(xdotool search --sync --onlyvisible --name '^Homing$' | head -1)
        xdotool windowmove "$win" 40 60 windowsize "$win" 1120 660
        sleep 1
        import -window "$win" "$out/$2"
    }
    python3 "$here/fakeddns.py" config "$scratch/config" "$(cat "$scratch/port")" 4
    start_and_capture "$scratch/config" main-window.png

    # The host editor, with the provider search in use and a name the provider does not serve.
    xdotool windowfocus --sync "$win" key ctrl+n
    editor=$(xdotool search --sync --onlyvisible --name '^Add host' | head -1)
    sleep 0.5
    xdotool windowfocus --sync "$editor" type --delay 40 "duck"
    xdotool key Tab Tab type --delay 30 "office.example.org"
    xdotool key Tab Tab Tab Tab Tab type --delay 20 "my-token"
    sleep 0.5
    import -window "$editor" "$out/host-editor.png"
    # A provider that can only point the name elsewhere, with parking asked for.
    xdotool key alt+f ctrl+a type --delay 40 "compatible"
    xdotool key alt+g
    sleep 0.5 # the mnemonic clicks the box after a short animation
    xdotool key alt+a type --delay 30 "0.0.0.0, ::"
    sleep 0.5
    import -window "$editor" "$out/host-editor-parking.png"
    xdotool key Escape
    sleep 0.5

    # The tray menu: right click on our icon in the panel (trayer, top right).
    dunstctl set-paused false 2>/dev/null || true
    sleep 0.5
    dunstctl close-all 2>/dev/null || true
    icon=$(xdotool search --class '^homing$' | while read -r w; do
        eval "$(xdotool getwindowgeometry --shell "$w")"
        [ "$WIDTH" -le 64 ] && [ "$HEIGHT" -le 64 ] && echo "$w" && break
    done)
    eval "$(xdotool getwindowgeometry --shell "$icon")"
    xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2)) click 3
    sleep 1
    import -window root -crop 420x220+860+0 +repage "$out/tray-menu.png"

    # A notification: the public address changes and "Update all now" in that menu publishes it.
    echo 81.2.69.161 >"$scratch/address"
    xdotool key u
    sleep 3
    import -window root -crop 460x170+820+0 +repage "$out/notification.png"
    kill "$app_pid" 2>/dev/null || true

    # Hosts that wait for the provider's rate limit: six deSEC hosts of one domain (2 updates per 2
    # minutes), seen while the first two are up to date.
    dunstctl set-paused true 2>/dev/null || true
    python3 "$here/fakeddns.py" config-desec "$scratch/desec" "$(cat "$scratch/port")" 6
    start_and_capture "$scratch/desec" rate-limit.png
    kill "$app_pid" 2>/dev/null || true
    dunstctl set-paused false 2>/dev/null || true

    # The import wizard's preview, from its GUI test run on this display (a scratch root with a
    # ddclient.conf; nothing outside it is read).
    if [ -n "${HOMING_WIZARD_TEST:-}" ] && [ -x "$HOMING_WIZARD_TEST" ]; then
        HOME="$scratch/wizard-home" QT_QPA_PLATFORM=xcb HOMING_SCREENSHOT_DIR="$out" \
            "$HOMING_WIZARD_TEST" fromFileChoiceToTheNewHostsInTheTable >"$scratch/wizard.log" 2>&1 || true
    fi
    # Settings with its address sources and the source editor, from tst_sourceeditor on this display
    # (loopback echo servers of its own).
    if [ -n "${HOMING_SOURCES_TEST:-}" ] && [ -x "$HOMING_SOURCES_TEST" ]; then
        HOME="$scratch/sources-home" QT_QPA_PLATFORM=xcb HOMING_SCREENSHOT_DIR="$out" \
            "$HOMING_SOURCES_TEST" addedSourceIsWhatTheEngineAsks >"$scratch/sources.log" 2>&1 || true
    fi
    # The Verified column with hosts in each state, and a drift notification from dunst, from
    # tst_tray on this display (checks given to the real DesktopController; loopback servers only).
    if [ -n "${HOMING_TRAY_TEST:-}" ] && [ -x "$HOMING_TRAY_TEST" ]; then
        dunstctl close-all 2>/dev/null || true
        HOME="$scratch/tray-home" QT_QPA_PLATFORM=xcb HOMING_SCREENSHOT_DIR="$out" \
            "$HOMING_TRAY_TEST" tableShowsEachHostsCheck >"$scratch/tray.log" 2>&1 || cat "$scratch/tray.log" >&2
    fi
    exit 0
fi

app=${1:-$root/build/app/homing/homing}
export HOMING_WIZARD_TEST=${HOMING_WIZARD_TEST:-$(dirname "$(dirname "$(dirname "$app")")")/tests/gui/tst_importwizard}
export HOMING_SOURCES_TEST=${HOMING_SOURCES_TEST:-$(dirname "$(dirname "$(dirname "$app")")")/tests/gui/tst_sourceeditor}
export HOMING_TRAY_TEST=${HOMING_TRAY_TEST:-$(dirname "$(dirname "$(dirname "$app")")")/tests/gui/tst_tray}
out=${2:-$root/docs/screenshots}
for tool in Xvfb trayer dunst dbus-run-session xdotool import python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "screenshots: $tool is missing" >&2; exit 1; }
done
[ -x "$app" ] || { echo "screenshots: no homing binary at $app" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/homing-shots.XXXXXX")
xvfb_pid= tray_pid=
cleanup() {
    [ -n "$tray_pid" ] && kill "$tray_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    if [ -n "${HOMING_SHOTS_KEEP:-}" ]; then echo "kept $scratch"; else rm -rf "$scratch"; fi
}
trap cleanup EXIT INT TERM
n=120
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp -auth /dev/null >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
i=0; while [ ! -e "/tmp/.X11-unix/X$n" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
export DISPLAY=":$n"
# A plain grey desktop, like an empty panel area.
xsetroot -solid '#3c4148' 2>/dev/null || true
trayer --edge top --align right --widthtype percent --width 100 --height 28 --SetDockType true \
    --transparent true --alpha 0 --tint 0x2d3136 >"$scratch/trayer.log" 2>&1 &
tray_pid=$!
sleep 1
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
    XDG_RUNTIME_DIR="$scratch/run" QT_QPA_PLATFORM=xcb LANG=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
dbus-run-session -- "$0" --inner "$app" "$out" "$scratch"
ls -l "$out"
