#!/usr/bin/env bash
# Issue 17: a load run with one fault in the middle of the sittings, on a platform of its own. Starts a private
# PostgreSQL (.data-faults/postgres), two silos and the frontend under run.sh (which starts a dead process again),
# with the load test's Development flags and ports apart from a ./run.sh of the same machine; runs tools/LoadTest with
# the fault; stops everything it started, whatever the outcome. The tool's exit code is this script's.
#
#   scripts/fault-run.sh kill-silo  [load test options...]   kill -9 of silo 2 in the middle, run.sh restarts it
#   scripts/fault-run.sh postgres   [...]                    PostgreSQL stopped for 20 s, then started on its port
#   scripts/fault-run.sh frontend   [...]                    the frontend stopped (SIGTERM), run.sh restarts it
#   scripts/fault-run.sh partition  [...]                    (as root) silo 2 in a network namespace of its own,
#                                                            cut off for 30 s with nft
#   scripts/fault-run.sh none       [...]                    the same run without a fault (the reference); with
#                                                            SILOS=1 (or cohost) the national sitting's own runs
#
# e.g. scripts/fault-run.sh kill-silo --candidates 500 --ramp-up 20 --duration 90
# Ports: FRONTEND_PORT (5180), SILO_PORT (11211), GATEWAY_PORT (30100), MAIL_PORT (2625); data: PLATFORM_DATA (.data-faults);
# NO_BUILD=1: run.sh skips its build (the tool and the platform as last built).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
fault=${1:?usage: scripts/fault-run.sh kill-silo|postgres|frontend|partition|none [load test options]}
shift
export PLATFORM_DATA=${PLATFORM_DATA:-$root/.data-faults}
export FRONTEND_PORT=${FRONTEND_PORT:-5180} SILO_PORT=${SILO_PORT:-11211} GATEWAY_PORT=${GATEWAY_PORT:-30100} MAIL_PORT=${MAIL_PORT:-2625}
if [ "$fault" = none ]; then export SILOS=${SILOS:-2}; else export SILOS=2; fi
mkdir -p "$PLATFORM_DATA/logs"

scripts/postgres.sh install
server=$(scripts/postgres.sh start "$PLATFORM_DATA/postgres")
export PLATFORM_POSTGRES="${server/Database=postgres/Database=platform}"

runner=""
stop_all() {
  trap - INT TERM EXIT
  if [ -n "$runner" ]; then kill -TERM "$runner" 2>/dev/null || true; wait "$runner" 2>/dev/null || true; fi
  if [ "$fault" = partition ]; then scripts/netns.sh down || true; fi
  scripts/postgres.sh stop "$PLATFORM_DATA/postgres"
  exit "${1:-0}"
}
trap 'stop_all 130' INT TERM
trap 'stop_all $?' EXIT

if [ "$fault" = partition ]; then
  # Silo 2 lives in its own namespace with its own address; run.sh starts it (and starts it again) there.
  scripts/netns.sh up
  export SILO2_PREFIX="ip netns exec qrp-silo2" SILO2_IP=10.217.0.2 SILO1_IP=10.217.0.1 PLATFORM_POSTGRES_SILO2="${PLATFORM_POSTGRES/127.0.0.1/10.217.0.1}"
fi

Platform__Development__SyntheticCandidates=true Platform__Development__AdjustableClock=true \
Platform__Limits__Login__PermitLimit=1000000 Platform__Limits__Subject__PermitLimit=1000000 \
Platform__Limits__Address__PermitLimit=1000000 ./run.sh >"$PLATFORM_DATA/logs/run.log" 2>&1 &
runner=$!
echo "fault run: platform starting (run.sh pid $runner, log $PLATFORM_DATA/logs/run.log)"
for _ in $(seq 1 1800); do
  grep -q "is running" "$PLATFORM_DATA/logs/run.log" && break
  kill -0 "$runner" 2>/dev/null || { echo "fault run: run.sh stopped; see $PLATFORM_DATA/logs/run.log" >&2; tail -n 20 "$PLATFORM_DATA/logs/run.log" >&2; exit 2; }
  sleep 1
done
grep -q "is running" "$PLATFORM_DATA/logs/run.log" || { echo "fault run: the platform did not come up in 30 minutes (a build on a busy machine is slow)" >&2; exit 2; }
echo "fault run: platform up; load average $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
dotnet "$root/tools/LoadTest/bin/Release/net10.0/Platform.LoadTest.dll" --base-url "http://127.0.0.1:$FRONTEND_PORT" \
  --postgres "$PLATFORM_POSTGRES" --fault "$fault" --postgres-data "$PLATFORM_DATA/postgres" --platform-root "$root" \
  --echo-duration 0 "$@" || status=$?
echo "fault run: load average $(cut -d' ' -f1-3 /proc/loadavg); run.sh said:"
grep "^run.sh:" "$PLATFORM_DATA/logs/run.log" || echo "  (no process exited)"
exit "$status"
