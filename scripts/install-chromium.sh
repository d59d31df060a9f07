#!/usr/bin/env bash
# Installs Debian's chromium when it is missing: the report's tests render the page in headless
# Chromium. Used by .ci/run, and by the tests themselves when they run as root without it.
set -euo pipefail
for name in chromium chromium-browser; do
  command -v "$name" >/dev/null && exit 0
done
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing and this is not root: install it with: sudo apt-get install chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -q
apt-get -o DPkg::Lock::Timeout=600 install -y -q chromium
command -v chromium >/dev/null
