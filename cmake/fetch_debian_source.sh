#!/bin/sh
# Unpacks Debian source packages into a build folder: fetch_debian_source.sh DEST NAME[=VERSION]...
# The web build compiles Dear ImGui and FreeType from Debian's own sources (the same versions as the
# desktop's -dev packages), so nothing third-party is copied into the repository. The machine's apt
# configuration is left alone: its sources are turned into deb-src entries in a private apt state
# under DEST. Needs dpkg-dev (dpkg-source) and the network to Debian's archive.
set -eu
dest=$1
shift
state=$dest/apt-state
mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/sources.list.d"
found=0
for list in /etc/apt/sources.list.d/*.sources; do
  [ -f "$list" ] || continue
  sed 's/^Types:.*$/Types: deb-src/' "$list" >"$state/sources.list.d/$(basename "$list")"
  found=1
done
if [ "$found" = 0 ]; then
  echo "fetch_debian_source: no /etc/apt/sources.list.d/*.sources to take the archive from" >&2
  exit 1
fi
command -v dpkg-source >/dev/null || { echo "fetch_debian_source: dpkg-source missing (install dpkg-dev)" >&2; exit 1; }
apt_options="-o Dir::State=$state -o Dir::State::Lists=$state/lists -o Dir::Cache=$state/cache \
  -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$state/sources.list.d -o Debug::NoLocking=1"
# shellcheck disable=SC2086  # the options are words on purpose
apt-get -qq $apt_options update
cd "$dest"
# shellcheck disable=SC2086
apt-get -qq $apt_options source --only-source "$@"
