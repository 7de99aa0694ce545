#!/bin/sh
# Runs one libFuzzer target for a fixed time from its seed corpus; fails on any crash or report.
# Args: <fuzz binary> <seed corpus dir> <work dir> <seconds>
# New inputs are written to <work dir>/corpus, crashes to <work dir>/crash-*; the seeds stay as they are.
set -eu
binary=$1 seeds=$2 work=$3 seconds=$4
mkdir -p "$work/corpus" "$work/home" "$work/run"
chmod 700 "$work/run"
rm -f "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* "$work"/slow-unit-*
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$seeds"
