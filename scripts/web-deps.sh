#!/usr/bin/env bash
# Installs the browser libraries of the plain pages (src/Frontend/client: the official @microsoft/signalr client, its
# MessagePack protocol @microsoft/signalr-protocol-msgpack (issue 16) and Chart.js for the operator's statistics, pinned
# in package-lock.json) with `npm ci`, and copies their browser builds into src/Frontend/wwwroot/lib/ (ignored by git). Does nothing when the copy is already there for the locked versions.
set -euo pipefail
cd "$(dirname "$0")/.."
client=src/Frontend/client
lib=src/Frontend/wwwroot/lib
stamp="$lib/.lock-sha256"
want=$(sha256sum "$client/package-lock.json" | cut -d' ' -f1)

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$lib/signalr/signalr.min.js" ] \
   && [ -f "$lib/signalr/signalr-protocol-msgpack.min.js" ] && [ -f "$lib/chartjs/chart.umd.min.js" ]; then
  exit 0
fi

if ! command -v npm >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "web-deps.sh: npm is needed for the pages' SignalR client: run 'sudo apt-get install -y npm'." >&2
    exit 1
  fi
  echo "web-deps.sh: installing npm from Debian's packages..." >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; } >&2 \
    || { echo "web-deps.sh: 'apt-get install npm' failed (see above)." >&2; exit 1; }
fi

(cd "$client" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
rm -rf "$lib"
mkdir -p "$lib/signalr"
cp "$client/node_modules/@microsoft/signalr/dist/browser/signalr.min.js" \
   "$client/node_modules/@microsoft/signalr/dist/browser/signalr.min.js.map" "$lib/signalr/"
# The MessagePack protocol (with @msgpack/msgpack bundled in); it extends the global signalR of signalr.min.js.
cp "$client/node_modules/@microsoft/signalr-protocol-msgpack/dist/browser/signalr-protocol-msgpack.min.js" \
   "$client/node_modules/@microsoft/signalr-protocol-msgpack/dist/browser/signalr-protocol-msgpack.min.js.map" "$lib/signalr/"
mkdir -p "$lib/chartjs"
cp "$client/node_modules/chart.js/dist/chart.umd.min.js" "$client/node_modules/chart.js/dist/chart.umd.min.js.map" "$lib/chartjs/"
cp "$client/node_modules/chart.js/LICENSE.md" "$lib/chartjs/LICENSE.md"
echo "$want" > "$stamp"
echo "web-deps.sh: @microsoft/signalr $(node -p "require('./$client/node_modules/@microsoft/signalr/package.json').version") in $lib/signalr, chart.js $(node -p "require('./$client/node_modules/chart.js/package.json').version") in $lib/chartjs"
