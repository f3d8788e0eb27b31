#!/usr/bin/env bash
# Installs the .deb CPack makes into a clean Debian 12 system and runs it there:
#   debootstrap --variant=minbase bookworm → apt-get install --no-install-recommends ./bellboard_*.deb
#   → bellboard --version, then bellboard --headless (with its sound module) answering /healthz
#   (asked from outside the chroot, which shares the network).
# Proves the package's Depends are complete: minbase has no Qt, and nothing but apt's
# resolution of our Depends puts the libraries there.
#
# Usage: install-deb.sh BUILD_DIR. Needs root, debootstrap and the Debian mirror; exits 77
# (CTest: skipped) without root or debootstrap. Downloaded packages are kept in
# $BELLBOARD_PACKAGE_CACHE (default BUILD_DIR/package-test-cache) so a rerun downloads
# nothing; the system itself is made fresh every time.
# Time (2 shared cores): 172 s with an empty cache (~120 MB from the mirror); 160-314 s warm, by load.
set -euo pipefail

build=$(cd "$1" && pwd)
mirror=${BELLBOARD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${BELLBOARD_PACKAGE_CACHE:-$build/package-test-cache}

if [ "$(id -u)" -ne 0 ]; then echo "SKIP: needs root (debootstrap, chroot)"; exit 77; fi
if ! command -v debootstrap >/dev/null; then echo "SKIP: debootstrap is not installed"; exit 77; fi

work=$(mktemp -d /tmp/bellboard-deb-test.XXXXXX)
root=$work/root
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    for m in "$root/var/cache/apt/archives" "$root/proc"; do
        mountpoint -q "$m" 2>/dev/null && umount -l "$m"
    done
    rm -rf "$work"
}
trap cleanup EXIT
step() { printf '[%4ss] %s\n' "$SECONDS" "$*"; }

step "cpack -G DEB"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >/dev/null)
deb=$(ls "$work"/pkg/bellboard_*.deb)
step "built $(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"

mkdir -p "$cache/partial"
step "debootstrap --variant=minbase bookworm"
debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; exit 1; }
mount -t proc proc "$root/proc"
mount --bind "$cache" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"

step "apt-get install ./$(basename "$deb") (no recommends)"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -q >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; exit 1; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
    >>"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; exit 1; }
step "installed: $(in_root dpkg-query -W -f='${Package} ${Version}' bellboard)"

for file in /usr/bin/bellboard /usr/lib/bellboard/libbellboard-window.so /usr/lib/bellboard/libbellboard-sound.so \
            /usr/share/applications/io.github.bellboard.Bellboard.desktop \
            /usr/share/metainfo/io.github.bellboard.Bellboard.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.bellboard.Bellboard.svg \
            /usr/share/icons/hicolor/48x48/apps/io.github.bellboard.Bellboard.png \
            /usr/share/man/man1/bellboard.1.gz /usr/share/doc/bellboard/copyright; do
    [ -e "$root$file" ] || { echo "FAIL: the package did not install $file"; exit 1; }
done

version=$(in_root bellboard --version)
step "bellboard --version: $version"
grep -q '^bellboard [0-9]' <<<"$version" || { echo "FAIL: unexpected --version output"; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
step "bellboard --headless on 127.0.0.1:$port"
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    bellboard --headless --listen "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    if [ "$(curl -s "http://127.0.0.1:$port/healthz" || true)" = "ok" ]; then
        answer=$(curl -s -d "installed from the .deb" "http://127.0.0.1:$port/c/application-stats")
        [ "$answer" = "ok" ] || { echo "FAIL: posting an event answered '$answer'"; cat "$work/server.log"; exit 1; }
        [ -s "$root/root/.local/share/bellboard/events.sqlite3" ] || { echo "FAIL: no event store"; exit 1; }
        # The sound module (sound is on by default) loaded from /usr/lib/bellboard: a module
        # that is missing or cannot resolve a symbol is named in the server's warning.
        if grep -q 'libbellboard-' "$work/server.log"; then
            echo "FAIL: a module did not load"; cat "$work/server.log"; exit 1
        fi
        step "healthz ok, an event posted and stored; the server said:"
        sed 's/^/    /' "$work/server.log"
        exit 0
    fi
    kill -0 "$server" 2>/dev/null || { echo "FAIL: bellboard --headless exited"; cat "$work/server.log"; exit 1; }
    sleep 0.1
done
echo "FAIL: no answer on /healthz"; cat "$work/server.log"; exit 1
