#!/usr/bin/env bash
# The two commands of the README's quick start.
#   packaging/dev.sh run   install what is missing, build, start the tray app
#   packaging/dev.sh test  install what is missing (test tools too), build, run the whole suite
# Extra arguments after "run" go to homing (e.g. --config-dir DIR).
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

case "$cmd" in
    run)
        "$here/packaging/install-deps.sh"
        configure_and_build
        exec "$build_dir/app/homing/homing" "$@"
        ;;
    test)
        "$here/packaging/install-deps.sh" --tests
        configure_and_build
        cd "$build_dir"
        exec ctest --output-on-failure --parallel "$jobs" --timeout 300 "$@"
        ;;
    *)
        sed -n '2,5p' "$0" >&2
        exit 64
        ;;
esac
