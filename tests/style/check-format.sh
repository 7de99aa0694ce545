#!/bin/sh
# Fails when a C++ source file drifts from the committed .clang-format.
set -eu
top=$1
cd "$top"
command -v clang-format >/dev/null || { echo "clang-format is not installed (packaging/install-deps.sh --tests installs it)"; exit 1; }
files=$(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
bad=""
for f in $files; do
    clang-format --dry-run -Werror --style=file "$f" >/dev/null 2>&1 || bad="$bad $f"
done
if [ -n "$bad" ]; then
    echo "Not clang-formatted (run: clang-format -i FILE):"
    for f in $bad; do echo "  $f"; done
    exit 1
fi
echo "$(echo "$files" | wc -l) files formatted"
