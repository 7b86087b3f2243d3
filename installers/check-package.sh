#!/usr/bin/env bash
# Static checks of the built package: lintian (no errors), appstreamcli, desktop-file-validate.
#   installers/check-package.sh [BUILD_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
cmake --build "$BUILD" --target package >/dev/null
DEB=$(ls -t "$BUILD"/tingdu_*.deb | head -1)
echo "check-package: $DEB"
desktop-file-validate "$ROOT/installers/linux/org.tingdu.Tingdu.desktop" | grep -v '^.*: hint:' || true
appstreamcli validate --no-net --pedantic "$BUILD/installers/stage/org.tingdu.Tingdu.metainfo.xml"
# lintian exits non-zero on errors; warnings are printed for the record.
lintian --fail-on error --no-tag-display-limit "$DEB"
echo "check-package: passed"
