#!/bin/sh
# Desktop start-up benchmark: time from process start to the tray icon being shown, and resident
# memory with 50 hosts once their first check is done. Runs the real homing under Xvfb with the
# trayer tray on a private D-Bus session bus; the 50 hosts and the echo source point only at a
# loopback stand-in (tests/gui/fakeddns.py), secrets in the opt-in file store.
#   tests/bench/bench_startup.sh [HOMING_BINARY] [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fake="$root/tests/gui/fakeddns.py"

if [ "${1:-}" = "--inner" ]; then
    app=$2 runs=$3 scratch=$4
    server=
    trap '[ -n "$server" ] && kill "$server" 2>/dev/null' EXIT
    echo 81.2.69.160 >"$scratch/address"
    python3 "$fake" serve "$scratch/address" "$scratch/port" &
    server=$!
    i=0; while [ ! -s "$scratch/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    run=1
    while [ "$run" -le "$runs" ]; do
        dir="$scratch/config-$run"
        python3 "$fake" config "$dir" "$(cat "$scratch/port")" 50
        "$app" --config-dir "$dir" --minimized --report-startup >"$scratch/out-$run" 2>"$scratch/err-$run" &
        pid=$!
        i=0; while ! grep -q tray-shown-ms "$scratch/out-$run" && [ $i -lt 300 ]; do sleep 0.05; i=$((i + 1)); done
        # The first check of all 50 hosts: wait until the history holds a result for each.
        i=0
        while [ $i -lt 300 ]; do
            done_hosts=$(sqlite3 "$dir/homing.sqlite" "select count(distinct host_id) from history where kind='result'" 2>/dev/null || echo 0)
            [ "${done_hosts:-0}" -ge 50 ] && break
            sleep 0.1; i=$((i + 1))
        done
        sleep 1
        rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
        hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
        kill "$pid"; wait "$pid" 2>/dev/null || true
        line=$(grep tray-shown-ms "$scratch/out-$run" || echo "tray-shown-ms ? since-exec-ms ?")
        echo "run $run: $line, hosts checked $done_hosts/50, rss-kib $rss, peak-rss-kib $hwm"
        run=$((run + 1))
    done
    exit 0
fi

app=${1:-$root/build/app/homing/homing}
runs=${2:-3}
for tool in Xvfb trayer dbus-run-session python3 sqlite3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench_startup: $tool is missing" >&2; exit 1; }
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/homing-bench.XXXXXX")
xvfb_pid= tray_pid=
cleanup() {
    [ -n "$tray_pid" ] && kill "$tray_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM
n=140
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp -auth /dev/null >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
i=0; while [ ! -e "/tmp/.X11-unix/X$n" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
export DISPLAY=":$n"
trayer --edge top --align right --widthtype pixel --width 200 --height 32 --SetDockType true \
    >"$scratch/trayer.log" 2>&1 &
tray_pid=$!
sleep 1
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
    XDG_RUNTIME_DIR="$scratch/run" QT_QPA_PLATFORM=xcb LANG=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
echo "homing start-up with 50 hosts (Xvfb + trayer, loopback provider), $runs run(s):"
dbus-run-session -- "$0" --inner "$app" "$runs" "$scratch" 2>/dev/null
