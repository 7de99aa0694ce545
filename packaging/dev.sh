#!/usr/bin/env bash
# The README's commands.
#   packaging/dev.sh run   install what is missing, build, start the tray app
#   packaging/dev.sh test  install what is missing (test tools too), build, run the whole suite; under CI
#                          then build the fuzz targets with clang, ASan+UBSan (build-asan/) and run each
#                          for a short budget; with HOMING_SANITIZER_PASS=1 that pass also builds and runs
#                          the unit, protocol and integration tests under ASan+UBSan
#   packaging/dev.sh deb   install what is missing, build, make the Debian package (build/deb/)
# Extra arguments after "run" go to homing (e.g. --config-dir DIR), after "test" to ctest.
# HOMING_BUILD_DIR chooses the build directory (default: build/ in the clone).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmd=${1:-}
[ $# -gt 0 ] && shift

build_dir=${HOMING_BUILD_DIR:-$here/build}
jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() {
    local extra=()
    [ "${HOMING_SANITIZE:-0}" = 1 ] && extra+=(-DHOMING_SANITIZE=ON)
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
    cmake --build "$build_dir" --parallel "$jobs"
}

# One more build with clang: AddressSanitizer and UndefinedBehaviorSanitizer (float-cast-overflow
# included, any report fatal) plus libFuzzer coverage, for the unit, protocol and integration tests
# and every fuzz target (each runs HOMING_FUZZ_SECONDS, 10 by default, from its seed corpus).
sanitizer_pass() {
    local dir=${HOMING_SANITIZE_BUILD_DIR:-$here/build-asan}
    local started=$SECONDS target=homing_fuzzers labels='^fuzz$'
    if [ "${HOMING_SANITIZER_PASS:-}" = 1 ]; then
        target=homing_sanitizer_pass
        labels='^(unit|protocol|integration|fuzz)$'
    fi
    # -Werror is the gcc build's gate; clang's own warnings are shown here but do not stop the pass.
    env -u CI CC=clang CXX=clang++ cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOMING_FUZZ=ON
    env -u CI cmake --build "$dir" --parallel "$jobs" --target "$target"
    local built=$SECONDS
    local status=0
    (
        export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:halt_on_error=1
        export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
        run_ctest "$dir" -L "$labels" "$@"
    ) || status=$?
    echo "dev.sh: sanitizer pass: build $((built - started)) s, tests $((SECONDS - built)) s"
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
        exec "$build_dir/app/homing/homing" "$@"
        ;;
    test)
        "$here/packaging/install-deps.sh" --tests
        configure_and_build
        run_suite "$@"
        ci=${CI:-}
        if [ "${HOMING_SANITIZER_PASS:-}" = 1 ] || { [ -z "${HOMING_SANITIZER_PASS:-}" ] && [ -n "$ci" ] && [ "$ci" != false ]; }; then
            sanitizer_pass "$@"
        fi
        ;;
    deb)
        "$here/packaging/install-deps.sh" --deb
        configure_and_build
        "$here/packaging/build-deb.sh" "$build_dir" "$build_dir/deb"
        ;;
    *)
        sed -n '2,7p' "$0" >&2
        exit 64
        ;;
esac
