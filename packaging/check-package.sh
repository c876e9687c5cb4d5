#!/bin/sh
# Builds the Debian package in a build directory and checks what it holds and
# what it depends on, so that `apt-get install ./galley_*.deb` gives a working
# Galley on a fresh Debian 12.
#
#   sh packaging/check-package.sh BUILD_DIR
set -eu

if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
    echo "usage: $0 BUILD_DIR (a configured Galley build directory)" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
app_id=io.github.galley.Galley

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
deb="$build_dir/galley_${version}_${arch}.deb"

rm -f "$deb"
(cd "$build_dir" && cpack -G DEB) >"$build_dir/check-package.log" 2>&1 || {
    cat "$build_dir/check-package.log" >&2
    echo "check-package: cpack -G DEB failed" >&2
    exit 1
}
if [ ! -f "$deb" ]; then
    echo "check-package: cpack did not write $deb" >&2
    exit 1
fi

failures=0
fail() {
    echo "check-package: $*" >&2
    failures=$((failures + 1))
}

# --- The files ---------------------------------------------------------------
# dpkg-deb -c lists "./usr/bin/galley" in its last column; symlinks add " -> ...".
files=$(dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|')

expect_file() {
    printf '%s\n' "$files" | grep -qx "$1" || fail "the package lacks $1"
}

expect_file /usr/bin/galley
expect_file /usr/bin/galley-cli
expect_file /usr/share/applications/$app_id.desktop
expect_file /usr/share/metainfo/$app_id.metainfo.xml
expect_file /usr/share/mime/packages/$app_id.xml
expect_file /usr/share/icons/hicolor/scalable/apps/$app_id.svg
for size in 16 22 24 32 48 64 128 256; do
    expect_file /usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
done
expect_file /usr/share/galley/translations/galley_zh_CN.qm
expect_file /usr/share/galley/translations/galley_en.qm
expect_file /usr/share/man/man1/galley.1.gz
expect_file /usr/share/man/man1/galley-cli.1.gz
expect_file /usr/share/doc/galley/copyright
expect_file /usr/share/galley/samples/union-bulletin-zh.txt

# Nothing belongs outside /usr (no /usr/local, no build paths).
outside=$(printf '%s\n' "$files" | grep -v '^/usr\(/\|$\)' | grep -vx '/' || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"

# --- The control fields ---------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }

[ "$(field Package)" = galley ] || fail "Package is \"$(field Package)\", not galley"
[ "$(field Version)" = "$version" ] || fail "Version is \"$(field Version)\", not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is \"$(field Architecture)\", not $arch"
case "$(field Section)" in
    editors | text) ;;
    *) fail "Section is \"$(field Section)\", not editors or text" ;;
esac
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"

# Depends as a list of package names, one a line, without versions.
depends=$(field Depends | tr ',|' '\n\n' | sed 's/(.*)//; s/^ *//; s/ *$//' | sed '/^$/d')
expect_depends() {
    printf '%s\n' "$depends" | grep -qx "$1" || fail "Depends lacks $1"
}
# Linked, found by dpkg-shlibdeps.
expect_depends libqt6core6
expect_depends libqt6gui6
expect_depends libqt6widgets6
expect_depends libuchardet0
expect_depends libc6
expect_depends libstdc++6
# Every library the packaged binaries link directly (readelf's NEEDED), whoever
# added it, comes from a package Depends names; each of those packages brings
# its own libraries.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
for binary in "$unpacked/usr/bin/galley" "$unpacked/usr/bin/galley-cli"; do
    [ -f "$binary" ] || continue
    resolved=$(ldd "$binary")
    for needed in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        library=$(printf '%s\n' "$resolved" | awk -v name="$needed" '$1 == name { print $3 }')
        owner=$(dpkg -S "$library" 2>/dev/null ||
            dpkg -S "$(readlink -f "$library")" 2>/dev/null ||
            dpkg -S "/usr$library" 2>/dev/null) || {
            fail "$(basename "$binary") needs $needed ($library), which no Debian package owns"
            continue
        }
        expect_depends "$(printf '%s\n' "$owner" | head -n 1 | cut -d: -f1)"
    done
done
# Loaded at run time or read as data.
expect_depends libqt6svg6
expect_depends qt6-translations-l10n
expect_depends fonts-noto-cjk
expect_depends hunspell-en-us
expect_depends tesseract-ocr-eng
expect_depends tesseract-ocr-chi-sim

if [ "$failures" -ne 0 ]; then
    echo "check-package: Depends: $(field Depends)" >&2
    echo "check-package: $deb: $failures problem(s)" >&2
    exit 1
fi
echo "check-package: $deb holds the expected files and dependencies"
