#!/usr/bin/env bash
# Installs the Debian 12 packages Bellboard needs to build, test and benchmark.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache
  clang-14 libclang-rt-14-dev
  clang-format-14
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-websockets-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libgl-dev
  qtkeychain-qt6-dev
  libhttp-parser-dev libtomlplusplus-dev libsqlite3-dev
  libpq-dev postgresql
  sqlite3 curl wrk hyperfine
  dbus dbus-daemon gnome-keyring
  pulseaudio pulseaudio-utils sox
  xvfb xauth x11-apps imagemagick fonts-dejavu-core fonts-noto-color-emoji
  at-spi2-core python3-pyatspi xdotool
  qt6-translations-l10n fonts-ipafont-gothic
  desktop-file-utils appstream help2man man-db dpkg-dev fakeroot debootstrap librsvg2-bin python3
  nodejs ruby golang-go
  prometheus-alertmanager openssl
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
