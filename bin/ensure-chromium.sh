#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (nothing here downloads a browser of its own).
# Installs it when missing and we are root with apt-get; otherwise says how.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is needed for the end-to-end tests: sudo apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
exit 1
