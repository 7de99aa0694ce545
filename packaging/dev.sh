#!/usr/bin/env bash
# The README's commands.
#   packaging/dev.sh run   install what is missing, build, start the tray app
#   packaging/dev.sh test  install what is missing (test tools too), build, run the whole suite; under CI
#                          (or with HOMING_SANITIZER_PASS=1) then the sanitizer pass: a clang build with
#                          ASan+UBSan in build-asan/ that runs the unit, protocol, integration and fuzz tests
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

configure_and_build() {
    local extra=()
    [ "${HOMING_SANITIZE:-0}" = 1 ] && extra+=(-DHOMING_SANITIZE=ON)
    phase configure cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
    phase build cmake --build "$build_dir" --parallel "$jobs"
}

# The sanitizer pass: one more build, with clang, of the unit, protocol and integration tests, the
# programs they drive and every fuzz target, all under AddressSanitizer and UndefinedBehaviorSanitizer
# (float-cast-overflow included, no recovery: the first report ends the program; cmake/HomingCommon.cmake)
# plus libFuzzer coverage; then those tests, and each fuzz target for HOMING_FUZZ_SECONDS (10) from its
# seed corpus. -O1 with line tables only is what ASan's authors advise and the cheapest build whose
# reports still name file and line; lld links it. LeakSanitizer is on. The gui, style and packaging
# tests are not in it: see docs/security.md (The sanitizer pass).
sanitizer_pass() {
    local dir=${HOMING_SANITIZE_BUILD_DIR:-$here/build-asan}
    # -Werror is the gcc build's gate; clang's own warnings are shown here but do not stop the pass.
    phase "clang configure" env -u CI CC=clang CXX=clang++ cmake -S "$here" -B "$dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
        -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld -DHOMING_FUZZ=ON
    phase "clang build" env -u CI cmake --build "$dir" --parallel "$jobs" --target homing_sanitizer_pass
    phase "sanitizer tests" run_sanitized "$dir" "$@"
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
        configure_and_build
        trap - EXIT
        print_phases
        exec "$build_dir/app/homing/homing" "$@"
        ;;
    test)
        phase install-deps "$here/packaging/install-deps.sh" --tests
        configure_and_build
        phase tests run_suite "$@"
        ci=${CI:-}
        if [ "${HOMING_SANITIZER_PASS:-}" = 1 ] || { [ -n "$ci" ] && [ "$ci" != false ]; }; then
            sanitizer_pass "$@"
        fi
        ;;
    deb)
        "$here/packaging/install-deps.sh" --deb
        configure_and_build
        "$here/packaging/build-deb.sh" "$build_dir" "$build_dir/deb"
        ;;
    *)
        sed -n '2,9p' "$0" >&2
        exit 64
        ;;
esac
