#!/usr/bin/env bash
# Proves the .deb is complete: builds it, makes a minimal Debian 12 root with debootstrap,
# installs the package there with apt (so its declared dependencies are all that gets
# installed), and runs both binaries on the installed guide book. Needs root and Debian's mirror.
#   installers/test-clean-install.sh [BUILD_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
[ "$(id -u)" = 0 ] || { echo "clean-install: needs root (debootstrap, chroot)"; exit 1; }

echo "clean-install: building the package"
cmake --build "$BUILD" --target package >/dev/null
DEB=$(ls -t "$BUILD"/tingdu_*.deb | head -1)
echo "clean-install: $DEB"

# The mirror this machine already uses for Debian's packages.
MIRROR=$(grep -h -m1 -E '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
         | grep -o -E 'https?://[^ ]+' | head -1 || true)
MIRROR=${MIRROR:-http://deb.debian.org/debian}

WORK=$(mktemp -d /tmp/tingdu-clean-install.XXXXXX)
CHROOT=$WORK/root
cleanup() {
  for m in proc dev/pts dev; do umount -l "$CHROOT/$m" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# A cached base system keeps reruns quick; it is a plain debootstrap tarball.
CACHE=$BUILD/installers/bookworm-minbase.tgz
if [ ! -f "$CACHE" ]; then
  echo "clean-install: debootstrap (first run only)"
  debootstrap --variant=minbase --make-tarball="$CACHE.part" bookworm "$WORK/tarball" "$MIRROR" >/dev/null
  mv "$CACHE.part" "$CACHE"
fi
debootstrap --variant=minbase --unpack-tarball="$CACHE" bookworm "$CHROOT" "$MIRROR" >/dev/null
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
mount -t proc proc "$CHROOT/proc"
mount --bind /dev "$CHROOT/dev"
cp "$DEB" "$CHROOT/tmp/"

echo "clean-install: apt install in the clean root"
chroot "$CHROOT" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
chroot "$CHROOT" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$DEB")" >/dev/null

run() { echo "+ $*"; chroot "$CHROOT" env LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
run tingdu-cli --version
run tingdu --version
run tingdu-cli info /usr/share/tingdu/guide/tingdu-guide-en.epub
run tingdu-cli info /usr/share/tingdu/guide/tingdu-guide-zh_CN.epub --json >/dev/null
run tingdu-cli info /usr/share/tingdu/guide/tingdu-guide-en.m4b
# A speed change loads libavfilter at run time: the package must have pulled it in.
run tingdu-cli play /usr/share/tingdu/guide/tingdu-guide-en.m4b --speed 2 --duration 2 --out /tmp/speed.wav
test -s "$CHROOT/tmp/speed.wav"
test -f "$CHROOT/usr/share/applications/org.tingdu.Tingdu.desktop"
test -f "$CHROOT/usr/share/metainfo/org.tingdu.Tingdu.metainfo.xml"
test -f "$CHROOT/usr/share/man/man1/tingdu-cli.1.gz"
test -f "$CHROOT/usr/share/icons/hicolor/256x256/apps/org.tingdu.Tingdu.png"
echo "clean-install: passed"
