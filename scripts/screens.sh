#!/usr/bin/env bash
# Renews the screenshots of docs/screens/ (shown in the README): runs the browser tests of the pages with
# PLATFORM_SCREENSHOTS=1, so each test keeps the pages it visits, in kk and ru, at desk and phone width.
set -euo pipefail
cd "$(dirname "$0")/.."
PLATFORM_SCREENSHOTS=1 ./test.sh --filter "FullyQualifiedName~Integration.Tests.Pages|FullyQualifiedName~VerifyPage" "$@"
# Quantized to a 256-colour palette (pngquant, Debian's package): the same pixels to the eye, a third of the bytes.
if ! command -v pngquant >/dev/null && [ "$(id -u)" -eq 0 ]; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pngquant >/dev/null; } || true
fi
if command -v pngquant >/dev/null; then
  pngquant --quality=70-95 --speed 3 --skip-if-larger --force --ext .png docs/screens/*.png || true
fi
ls -1 docs/screens
