#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (Playwright drives it through its executable path;
# Playwright's own browser download cannot reach its servers from here). Prints the executable's path.
set -euo pipefail
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  [ -x "$candidate" ] && { echo "$candidate"; exit 0; }
done
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium: not installed and installing it needs root: run 'sudo apt-get install -y chromium', or set PLATFORM_CHROMIUM to a Chromium executable." >&2
  exit 1
fi
echo "chromium: installing Chromium from Debian's packages..." >&2
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } >&2; then
  echo "chromium: 'apt-get install chromium' failed (see above)." >&2
  exit 1
fi
echo /usr/bin/chromium
