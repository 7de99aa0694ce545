#!/bin/sh
# Runs every fuzz target (or those named) for longer than the test suite does, by hand.
#   tests/fuzz/run.sh [-s SECONDS] [-b BUILD_DIR] [NAME...]
# Needs a build configured with -DHOMING_FUZZ=ON (clang), e.g.
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOMING_FUZZ=ON
#   cmake --build build-fuzz --target homing_fuzzers
# Crashes are written to BUILD_DIR/tests/fuzz/work/NAME/crash-*; reproduce one with
#   BUILD_DIR/tests/fuzz/fuzz_NAME FILE
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seconds=600
build=$here/../../build-fuzz
while getopts s:b: opt; do
    case $opt in
        s) seconds=$OPTARG ;;
        b) build=$OPTARG ;;
        *) sed -n '2,9p' "$0" >&2; exit 64 ;;
    esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then
    set -- $(ls "$here/corpus")
fi
status=0
for name in "$@"; do
    binary=$build/tests/fuzz/fuzz_$name
    if [ ! -x "$binary" ]; then
        echo "run.sh: $binary is missing (build with -DHOMING_FUZZ=ON)" >&2; status=1; continue
    fi
    echo "== fuzz_$name for ${seconds}s"
    "$here/run-one.sh" "$binary" "$here/corpus/$name" "$build/tests/fuzz/work/$name" "$seconds" || status=1
done
exit $status
