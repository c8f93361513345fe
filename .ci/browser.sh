#!/usr/bin/env bash
# Chromium for the browser tests (tests/test_web*.py drive it with Playwright): Debian's package,
# installed with apt-get when /usr/bin/chromium is missing. Never `playwright install` (no
# browser downloads from elsewhere). Idempotent.
set -euo pipefail
CHROMIUM="${MARSAD_CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  echo "browser.sh: installing chromium from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi
"$CHROMIUM" --version
