#!/usr/bin/env bash
# Installs the built program into a temporary prefix with `cmake --install`, then runs it from there
# as a user would: it must name the installed assets (not the source tree) and draw and report from
# them; the desktop entry and the icon are installed beside it. Then builds the .deb with CPack and
# checks what it holds and what it depends on.
#   install_test.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
packages=$(mktemp -d)
trap 'rm -rf "$prefix" "$packages"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
exe=$prefix/bin/posturelab
test -x "$exe" || { echo "no executable at $exe"; exit 1; }
version=$(env -u DISPLAY "$exe" --version)
echo "$version"
grep -q "^posturelab [0-9]" <<<"$version" || { echo "no version line"; exit 1; }
grep -qx "assets: $prefix/share/posturelab" <<<"$version" || { echo "does not use the installed assets"; exit 1; }
for f in share/posturelab/models/lower_body.glb share/posturelab/models/CREDITS.md \
         share/posturelab/content/en/ui.json share/posturelab/content/de/ui.json \
         share/posturelab/shaders/anatomy.frag share/applications/posturelab.desktop \
         share/icons/hicolor/scalable/apps/posturelab.svg; do
  test -f "$prefix/$f" || { echo "not installed: $f"; exit 1; }
done
# What the source tree has and the program does not need stays out.
test ! -e "$prefix/share/posturelab/models/sources" || { echo "models/sources installed"; exit 1; }

# The installed program draws and reports from its own assets.
env -u DISPLAY "$exe" screenshot --out "$prefix/shot.png" --size 320x180 --preset severe-imbalance
test -s "$prefix/shot.png"
# (Captured first: grep -q stops reading at the match, and under pipefail the writer's SIGPIPE
# would fail the line.)
report=$(env -u DISPLAY "$exe" report --json --preset severe-imbalance)
grep -q '"pelvic_tilt_deg"' <<<"$report" || { echo "the installed report has no pelvic tilt"; exit 1; }

if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$prefix/share/applications/posturelab.desktop"; fi

# The Debian package: built by CPack, named by Debian's rules, holding the same files under /usr.
(cd "$build" && cpack -G DEB -B "$packages" >/dev/null)
deb=$(ls "$packages"/posturelab_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/posturelab ./usr/share/posturelab/models/lower_body.glb ./usr/share/applications/posturelab.desktop; do
  grep -q " $f\$" <<<"$contents" || { echo "the package lacks $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
for lib in libglfw3 fonts-dejavu-core; do
  grep -q "$lib" <<<"$depends" || { echo "the package does not depend on $lib"; exit 1; }
done
