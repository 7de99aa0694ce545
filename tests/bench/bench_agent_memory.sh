#!/bin/sh
# Agent memory benchmark: the real homingd with 1, 50 and 1,000 dyndns2 hosts, each updated once
# over TLS against a loopback stand-in (tests/gui/fakeddns.py, keep-alive like a provider's server),
# then its resident memory: VmRSS, the peak (VmHWM), and how much of it is private (RssAnon) and
# file-backed (RssFile, the shared libraries, mostly shared with other Qt programs). The cost of one
# more host is the growth of private memory from 50 to 1,000 hosts.
#   tests/bench/bench_agent_memory.sh [HOMINGD_BINARY] [COUNTS...]     (root: a private mount namespace)
# With BENCH_MAPS=1 it also lists where the resident memory is, file by file.
# homingd runs in a mount namespace of its own in which /etc/ssl/certs holds only the test CA, so it
# trusts the stand-in's certificate and nothing else; every address it is given is 127.0.0.1.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fake="$root/tests/gui/fakeddns.py"
certs="$root/tests/support/certs"

if [ "${1:-}" = "--inner" ]; then # inside the namespace: show homingd only the test CA
    cadir=$2; shift 2
    mount --bind "$cadir" /etc/ssl/certs
    exec "$@"
fi

agent=${1:-$root/build/app/homingd/homingd}
[ $# -gt 0 ] && shift
counts=${*:-1 50 1000}
for tool in python3 sqlite3 unshare openssl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench_agent_memory: $tool is missing" >&2; exit 1; }
done
[ "$(id -u)" -eq 0 ] || { echo "bench_agent_memory: needs root (a private mount namespace)" >&2; exit 1; }
[ -x "$agent" ] || { echo "bench_agent_memory: no homingd at $agent (build first)" >&2; exit 1; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/homing-memory.XXXXXX")
server= agent_pid=
# Stops what this script started (by PID), then removes its scratch directory.
trap 'for pid in $agent_pid $server; do kill "$pid" 2>/dev/null; done; rm -rf "$scratch"' EXIT INT TERM

mkdir "$scratch/ca"
cp "$certs/ca.pem" "$scratch/ca/ca.pem"
ln -s ca.pem "$scratch/ca/$(openssl x509 -hash -noout -in "$certs/ca.pem").0"
echo 81.2.69.160 >"$scratch/address"
python3 "$fake" serve "$scratch/address" "$scratch/port" "$certs/server.pem" "$certs/server.key" &
server=$!
i=0; while [ ! -s "$scratch/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$scratch/port")

field() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$2/status"; }

echo "homingd resident memory after one update of every host (TLS, keep-alive, loopback stand-in):"
printf '%-6s %-10s %-10s %-10s %-10s %-10s %s\n' hosts rss-kib peak-kib anon-kib file-kib updated seconds
results=
for count in $counts; do
    dir="$scratch/config-$count"
    python3 "$fake" config "$dir" "$port" "$count" https
    start=$(date +%s%N)
    unshare -m --propagation private "$0" --inner "$scratch/ca" \
        "$agent" --config-dir "$dir" >"$scratch/out-$count" 2>"$scratch/err-$count" &
    agent_pid=$!
    # Every host has an outcome once the history holds a result or an error for it.
    finished=0 i=0
    while [ $i -lt 1200 ]; do
        finished=$(sqlite3 "$dir/homing.sqlite" \
            "select count(distinct host_id) from history where kind in ('result','error')" 2>/dev/null || echo 0)
        [ "${finished:-0}" -ge "$count" ] && break
        kill -0 "$agent_pid" 2>/dev/null || break
        sleep 0.1; i=$((i + 1))
    done
    ms=$((($(date +%s%N) - start) / 1000000))
    elapsed=$((ms / 1000)).$(printf '%03d' $((ms % 1000)))
    sleep 2 # let the pass's last replies and writes settle before reading the figures
    if ! kill -0 "$agent_pid" 2>/dev/null; then
        echo "bench_agent_memory: homingd ended early with $count hosts:" >&2
        tail -5 "$scratch/err-$count" >&2
        exit 1
    fi
    rss=$(field VmRSS "$agent_pid") hwm=$(field VmHWM "$agent_pid")
    anon=$(field RssAnon "$agent_pid") file=$(field RssFile "$agent_pid")
    if [ -n "${BENCH_MAPS:-}" ]; then # where the resident memory is, by file (or [heap] / anonymous)
        awk '/^[0-9a-f]+-[0-9a-f]+ / { name = (NF >= 6) ? $6 : "[anonymous]" }
             /^Rss:/ { rss[name] += $2 }
             END { for (n in rss) if (rss[n] >= 256) printf "    %6d KiB  %s\n", rss[n], n }' \
            "/proc/$agent_pid/smaps" | sort -rn | head -20
    fi
    kill "$agent_pid"; wait "$agent_pid" 2>/dev/null || true
    agent_pid=
    printf '%-6s %-10s %-10s %-10s %-10s %-10s %s\n' "$count" "$rss" "$hwm" "$anon" "$file" "$finished/$count" "$elapsed"
    results="$results $count:$anon:$rss"
done
echo "$results" | awk '{
    n = split($0, runs, " ");
    for (i = 1; i < n; ++i) {
        split(runs[i], a, ":"); split(runs[i + 1], b, ":");
        if (b[1] > a[1])
            printf "per host from %d to %d hosts: %.1f KiB private, %.1f KiB resident\n",
                   a[1], b[1], (b[2] - a[2]) / (b[1] - a[1]), (b[3] - a[3]) / (b[1] - a[1]);
    }
}'
