#!/usr/bin/env bash
# Renews the screenshots of docs/screens/ (shown in the README): runs the browser tests of the pages with
# PLATFORM_SCREENSHOTS=1, so each test keeps the pages it visits, in kk and ru, at desk and phone width.
set -euo pipefail
cd "$(dirname "$0")/.."
PLATFORM_SCREENSHOTS=1 ./test.sh --filter "FullyQualifiedName~Integration.Tests.Pages|FullyQualifiedName~VerifyPage" "$@"
ls -1 docs/screens
