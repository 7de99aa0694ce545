#!/usr/bin/env bash
# Builds the Debian packages from a configured and built tree (packaging/dev.sh deb does all of it):
#   packaging/build-deb.sh BUILD_DIR [OUT_DIR]
# OUT_DIR (default BUILD_DIR/deb) gets homing_VERSION_ARCH.deb with stripped binaries and
# homing-dbgsym_VERSION_ARCH.deb with their debug symbols (/usr/lib/debug/.build-id). Depends comes
# from dpkg-shlibdeps; the changelog and the copyright file from packaging/debian/.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:?usage: build-deb.sh BUILD_DIR [OUT_DIR]}" && pwd)
out=${2:-$build/deb}
mkdir -p "$out"
out=$(cd "$out" && pwd)

upstream=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
debian_version=$(dpkg-parsechangelog -l "$here/debian/changelog" -S Version)
[ "${debian_version%-*}" = "$upstream" ] ||
    { echo "build-deb: packaging/debian/changelog is at $debian_version, the project at $upstream" >&2; exit 1; }
arch=$(dpkg --print-architecture)

work=$(mktemp -d "${TMPDIR:-/tmp}/homing-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
pkg=$work/homing
dbg=$work/homing-dbgsym
umask 022

# Install only what the project installs (the tests install nothing), under /usr.
DESTDIR=$pkg cmake --install "$build" --prefix /usr >/dev/null

# Debug symbols apart: each ELF's DWARF goes to the -dbgsym package under its build id, the
# installed binary is stripped and keeps a link to it.
elves=()
while IFS= read -r -d '' f; do
    if file -b "$f" | grep -q '^ELF'; then elves+=("$f"); fi
done < <(find "$pkg" -type f -print0)
for f in "${elves[@]}"; do
    id=$(readelf -n "$f" | sed -n 's/^ *Build ID: *//p')
    [ -n "$id" ] || { echo "build-deb: $f has no build id" >&2; exit 1; }
    debug=$dbg/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug
    mkdir -p "$(dirname "$debug")"
    objcopy --only-keep-debug --compress-debug-sections "$f" "$debug"
    chmod 644 "$debug"
    strip --remove-section=.comment --remove-section=.note --strip-unneeded "$f"
    objcopy --add-gnu-debuglink="$debug" "$f"
done

# Documentation as Debian wants it: copyright, compressed changelog and man pages.
doc=$pkg/usr/share/doc/homing
mkdir -p "$doc" "$dbg/usr/share/doc"
cp "$here/debian/copyright" "$doc/copyright"
gzip -9n <"$here/debian/changelog" >"$doc/changelog.Debian.gz"
find "$pkg/usr/share/man" -type f -name '*.[1-8]' -exec gzip -9n {} +
ln -s homing "$dbg/usr/share/doc/homing-dbgsym"

# Depends from the libraries the binaries link (dpkg-shlibdeps wants a debian/control to exist).
mkdir -p "$work/shlibs/debian"
: >"$work/shlibs/debian/control"
depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O "${elves[@]}" 2>"$work/shlibdeps.err" |
    sed -n 's/^shlibs:Depends=//p') || { cat "$work/shlibdeps.err" >&2; exit 1; }
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }

# Ownership and modes: root, directories and programs 0755, everything else 0644.
find "$pkg" "$dbg" -type d -exec chmod 755 {} +
find "$pkg" "$dbg" -type f -exec chmod 644 {} +
chmod 755 "$pkg/usr/bin/"*

control() { # DIR PACKAGE-DIRECTORY
    local size
    size=$(du -sk --exclude=DEBIAN "$1" | cut -f1)
    mkdir -p "$1/DEBIAN"
    (cd "$1" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z |
        xargs -0 md5sum >DEBIAN/md5sums)
    chmod 644 "$1/DEBIAN/md5sums"
    echo "$size"
}

size=$(control "$pkg")
sed -e "s/@VERSION@/$debian_version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
    "$here/debian/control.in" >"$pkg/DEBIAN/control"
install -m 755 "$here/debian/postinst" "$here/debian/postrm" "$pkg/DEBIAN/"

size=$(control "$dbg")
build_ids=$(find "$dbg/usr/lib/debug/.build-id" -name '*.debug' |
    sed 's|.*/\([0-9a-f][0-9a-f]\)/\([0-9a-f]*\)\.debug$|\1\2|' | sort | tr '\n' ' ')
cat >"$dbg/DEBIAN/control" <<EOF
Package: homing-dbgsym
Source: homing
Version: $debian_version
Architecture: $arch
Maintainer: $(sed -n 's/^Maintainer: //p' "$here/debian/control.in")
Installed-Size: $size
Depends: homing (= $debian_version)
Section: debug
Priority: optional
Auto-Built-Package: debug-symbols
Build-Ids: ${build_ids% }
Description: debug symbols for homing
EOF
chmod 644 "$pkg/DEBIAN/control" "$dbg/DEBIAN/control"

rm -f "$out"/homing_*.deb "$out"/homing-dbgsym_*.deb
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$out/homing_${debian_version}_${arch}.deb" >/dev/null
# The debug sections are compressed already (objcopy --compress-debug-sections): xz gains nothing on
# them (65 MB either way) and took 100 s of the package build; gzip takes 4 s and is a little smaller.
dpkg-deb --root-owner-group -Zgzip --build "$dbg" "$out/homing-dbgsym_${debian_version}_${arch}.deb" >/dev/null
echo "$out/homing_${debian_version}_${arch}.deb"
echo "$out/homing-dbgsym_${debian_version}_${arch}.deb"
