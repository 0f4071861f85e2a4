#!/usr/bin/env bash
# Runs every test of the platform against a real, private PostgreSQL that this script installs and starts,
# with Debian's Chromium (installed when missing) for the browser tests.
# Ends with one line: `tests: N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")"

scripts/postgres.sh install || exit 1
PLATFORM_CHROMIUM=${PLATFORM_CHROMIUM:-$(scripts/chromium.sh)} || exit 1
export PLATFORM_CHROMIUM
work=$(mktemp -d /tmp/qrp-test-XXXXXX)
cluster="$work/postgres"
PLATFORM_POSTGRES=$(scripts/postgres.sh start "$cluster") || exit 1
export PLATFORM_POSTGRES
trap 'scripts/postgres.sh stop "$cluster"; rm -rf "$work"' EXIT

scripts/web-deps.sh || exit 1
if ! dotnet build Platform.sln -c Release --nologo -v q -clp:ErrorsOnly; then
  echo "test.sh: the build failed (errors above); no test ran."
  exit 1
fi

results="$work/results"
dotnet test Platform.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done

# The failed tests again, each with the start of its message, just above the summary (a CI log is read from its end).
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  awk 'BEGIN { RS = "<UnitTestResult " }
       /^[^>]*outcome="Failed"/ {
         name = substr($0, 1, index($0, ">")); sub(/^.*testName="/, "", name); sub(/".*$/, "", name)
         message = ""; if (match($0, /<Message>[^<]*/)) message = substr($0, RSTART + 9, RLENGTH - 9)
         gsub(/[ \t\r\n]+/, " ", message)
         print "failed: " name " -- " substr(message, 1, 400)
       }' "$trx"
done
echo "tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
