#!/usr/bin/env bash
# The README's commands.
#   packaging/dev.sh run   install what is missing, build, start the tray app
#   packaging/dev.sh test  install what is missing (test tools too), build, run the whole suite; under CI
#                          (or with HOMING_SANITIZER_PASS=1) also the sanitizer pass: a clang build with
#                          ASan+UBSan in build-asan/ (made beside the suite) that then runs the unit,
#                          protocol, integration and fuzz tests
#   packaging/dev.sh deb   install what is missing, build, make the Debian package (build/deb/)
# Extra arguments after "run" go to homing (e.g. --config-dir DIR), after "test" to ctest.
# HOMING_BUILD_DIR chooses the build directory (default: build/ in the clone).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmd=${1:-}
[ $# -gt 0 ] && shift

build_dir=${HOMING_BUILD_DIR:-$here/build}
jobs=$(nproc 2>/dev/null || echo 2)

# Every phase of a command is timed; the durations are printed as each ends and together at the end:
# wall time, and the CPU time (user + system) of the programs it ran, which tells a phase that waits
# from one that computes, and what a phase costs on a machine whose cores are shared.
phase_report=()
cpu_file=$(mktemp)
children_cpu() { # sets cpu_now: CPU seconds used so far by finished child processes (no subshell:
    times >"$cpu_file" # a subshell would count only its own children)
    cpu_now=$(awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] } printf "%d", t }' "$cpu_file")
}
phase() { # NAME COMMAND...
    local name=$1 started=$SECONDS cpu status=0
    shift
    children_cpu
    cpu=$cpu_now
    echo "dev.sh: -- $name"
    "$@" || status=$?
    children_cpu
    cpu=$((cpu_now - cpu))
    phase_report+=("$(printf '%-16s %5d s wall %6d s CPU%s' "$name" $((SECONDS - started)) "$cpu" \
        "$([ "$status" = 0 ] || echo "  (failed: $status)")")")
    echo "dev.sh: -- $name: $((SECONDS - started)) s wall, $cpu s CPU"
    return "$status"
}
print_phases() {
    children_cpu
    rm -f "$cpu_file"
    [ ${#phase_report[@]} -gt 0 ] || return 0
    echo "dev.sh: phase durations"
    printf '  %s\n' "${phase_report[@]}"
    printf '  %-16s %5d s wall %6d s CPU\n' total "$SECONDS" "$cpu_now"
}
trap print_phases EXIT

# RelWithDebInfo, with full debug information for the Debian package (deb) and line tables only
# for the builds that run and test Homing here (run, test): a backtrace still names file and line,
# and full DWARF is about a quarter of the core's compile time. The code is optimised alike.
configure_and_build() { # DEBUG_FLAG (-g or -g1)
    local extra=()
    [ "${HOMING_SANITIZE:-0}" = 1 ] && extra+=(-DHOMING_SANITIZE=ON)
    phase configure cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 $1 -DNDEBUG" "${extra[@]}"
    phase build cmake --build "$build_dir" --parallel "$jobs"
}

# The sanitizer pass: one more build, with clang, of the unit, protocol and integration tests, the
# programs they drive and every fuzz target, all under AddressSanitizer and UndefinedBehaviorSanitizer
# (float-cast-overflow included, no recovery: the first report ends the program; cmake/HomingCommon.cmake)
# plus libFuzzer coverage; then those tests, and each fuzz target for HOMING_FUZZ_SECONDS (10) from its
# seed corpus. -O1 with line tables only is what ASan's authors advise and the cheapest build whose
# reports still name file and line; lld links it. LeakSanitizer is on. The gui, style and packaging
# tests are not in it: see docs/security.md (The sanitizer pass).
sanitizer_dir=${HOMING_SANITIZE_BUILD_DIR:-$here/build-asan}
sanitizer_build() {
    # -Werror is the gcc build's gate; clang's own warnings are shown here but do not stop the pass.
    env -u CI CC=clang CXX=clang++ cmake -S "$here" -B "$sanitizer_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
        -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld -DHOMING_FUZZ=ON &&
        env -u CI cmake --build "$sanitizer_dir" --parallel "$jobs" --target homing_sanitizer_pass
}

# The clang build runs beside the suite, at the lowest priority: the suite mostly waits (for the
# servers it starts, for replies, for timers), and what CPU it leaves is the build's. It runs in its
# own session, so that a failing suite stops it by its process group. Its output is shown when it
# ends. sanitizer_start sets sanitizer_pid and sanitizer_log.
sanitizer_start() {
    sanitizer_log=$(mktemp)
    sanitizer_started=$SECONDS
    setsid nice -n 19 "$here/packaging/dev.sh" _sanitizer-build >"$sanitizer_log" 2>&1 &
    sanitizer_pid=$!
    trap 'kill -- -"$sanitizer_pid" 2>/dev/null; print_phases' EXIT
}
sanitizer_finish() { # waits for the clang build, shows it, then the sanitizer tests
    local status=0
    echo "dev.sh: -- clang build (beside the suite)"
    wait "$sanitizer_pid" || status=$?
    trap print_phases EXIT
    tail -n 40 "$sanitizer_log"
    rm -f "$sanitizer_log"
    phase_report+=("$(printf '%-16s %5d s wall (from the suite'"'"'s start)%s' "clang build" \
        $((SECONDS - sanitizer_started)) "$([ "$status" = 0 ] || echo "  (failed: $status)")")")
    [ "$status" = 0 ] || return "$status"
    phase "sanitizer tests" run_sanitized "$sanitizer_dir" "$@"
}

# Every report also goes to a file (log_path), so that one from a program a test starts and whose
# exit status or stderr the test does not look at (homingd, homingctl) still fails the pass.
run_sanitized() {
    local dir=$1 logs status=0
    shift
    logs=$dir/sanitizer-reports
    rm -rf "$logs"
    mkdir -p "$logs"
    chmod 1777 "$logs" # runtimedir runs homingd as users it creates: their reports land here too
    (
        export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:log_path=$logs/asan:log_exe_name=1"
        export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$logs/ubsan:log_exe_name=1"
        export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
        run_ctest "$dir" -L '^(unit|protocol|integration|fuzz)$' "$@"
    ) || status=$?
    if [ -n "$(ls -A "$logs")" ]; then
        echo "dev.sh: sanitizer reports (also in $logs):" >&2
        for f in "$logs"/*; do
            echo "==== $f" >&2
            cat "$f" >&2
        done
        [ "$status" = 0 ] && status=1
    fi
    return "$status"
}

run_suite() {
    run_ctest "$build_dir" "$@"
}

run_ctest() {
    local dir=$1 log status=0
    shift
    log=$(mktemp)
    (cd "$dir" && ctest --output-on-failure --parallel "$jobs" --timeout 300 "$@") | tee "$log" || status=$?
    # CI must not pass a suite in which a test did not run: a skip there is a missing tool or right.
    if [ "${CI:-}" = true ] && grep -qE '\*\*\*Skipped|\(Skipped\)|Not Run' "$log"; then
        echo "dev.sh: some tests were skipped (above); under CI=true that is a failure" >&2
        [ "$status" = 0 ] && status=1
    fi
    rm -f "$log"
    return "$status"
}

case "$cmd" in
    run)
        "$here/packaging/install-deps.sh"
        configure_and_build -g1
        trap - EXIT
        print_phases
        exec "$build_dir/app/homing/homing" "$@"
        ;;
    test)
        phase install-deps "$here/packaging/install-deps.sh" --tests
        configure_and_build -g1
        ci=${CI:-}
        sanitize=false
        if [ "${HOMING_SANITIZER_PASS:-}" = 1 ] || { [ -n "$ci" ] && [ "$ci" != false ]; }; then
            sanitize=true
            sanitizer_start
        fi
        phase tests run_suite "$@"
        if [ "$sanitize" = true ]; then
            sanitizer_finish "$@"
        fi
        ;;
    _sanitizer-build) # internal: sanitizer_start runs it
        sanitizer_build
        ;;
    deb)
        "$here/packaging/install-deps.sh" --deb
        configure_and_build -g
        "$here/packaging/build-deb.sh" "$build_dir" "$build_dir/deb"
        ;;
    *)
        sed -n '2,9p' "$0" >&2
        exit 64
        ;;
esac
