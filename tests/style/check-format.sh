#!/bin/sh
# Fails when a C++ source file drifts from the committed .clang-format.
# One clang-format process checks a batch of files (starting one per file cost most of the time),
# one batch per core at a time; a drifted file is named by clang-format's own report.
set -eu
top=$1
cd "$top"
command -v clang-format >/dev/null || { echo "clang-format is not installed (packaging/install-deps.sh --tests installs it)"; exit 1; }
files=$(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
jobs=$(nproc 2>/dev/null || echo 2)
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
echo "$files" | xargs -n 40 -P "$jobs" clang-format --dry-run -Werror --style=file >"$report" 2>&1 || status=$?
bad=$(sed -n 's/^\(.*\):[0-9][0-9]*:[0-9][0-9]*: error: code should be clang-formatted.*/\1/p' "$report" | sort -u)
if [ -n "$bad" ]; then
    echo "Not clang-formatted (run: clang-format -i FILE):"
    for f in $bad; do echo "  $f"; done
    exit 1
fi
if [ "$status" != 0 ]; then
    # clang-format failed without naming a drifted file (a crash, an unreadable .clang-format).
    cat "$report"
    echo "clang-format exited $status"
    exit 1
fi
echo "$(echo "$files" | wc -l) files formatted"
