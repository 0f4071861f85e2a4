#!/usr/bin/env bash
# Runs the platform on this machine: a private PostgreSQL in .data/ (or PLATFORM_POSTGRES), the migrations,
# one silo, the frontend on http://127.0.0.1:5080, the demo data and a local mail server that keeps every notice
# e-mailed to a candidate as a .eml file in .data/mail/. Ctrl+C stops everything it started.
# A silo or the frontend that dies is logged and started again while the others keep serving (given up on, and
# everything stopped, when one dies again and again right after its start).
#
#   ./run.sh                 one silo
#   SILOS=2 ./run.sh         two silos on this machine
#   SILOS=cohost ./run.sh    the frontend and the silo in one process (issue 16, Platform__Hosting__CoHostSilo=true)
#   SILOS=cohost+1 ./run.sh  the frontend with its silo, and one silo apart in the same cluster
#
# Beside another copy on the same machine (the fault runs, scripts/fault-run.sh): PLATFORM_DATA (default .data),
# FRONTEND_PORT (5080), SILO_PORT and GATEWAY_PORT (the first silo's; 11111 and 30000, the next silo one more), MAIL_PORT (2525);
# NO_BUILD=1 runs the Release build as it stands (a second fault run after the first built it).
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
data="${PLATFORM_DATA:-$root/.data}"
silos=${SILOS:-1}
cohost=false
case "$silos" in
  cohost) cohost=true; silos=0 ;;
  cohost+*) cohost=true; silos=${silos#cohost+} ;;
esac
first_silo=1
if [ "$cohost" = true ]; then first_silo=2; fi   # silo 1 (ports 11111/30000, the demo seed) is the frontend's own
mail_port=${MAIL_PORT:-2525}
frontend_port=${FRONTEND_PORT:-5080}
silo_port=${SILO_PORT:-11111}
gateway_port=${GATEWAY_PORT:-30000}
mkdir -p "$data/logs" "$data/mail"

declare -A roles=()   # pid -> "silo N", "frontend" or "mail", for every process this script runs
own_postgres=""
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  # The platform first, the mail server last: a silo stopping finishes the notice it is sending, and a mail server
  # gone first answered it with an SMTP error that failed the notice for good.
  for pid in "${!roles[@]}"; do [ "${roles[$pid]}" = mail ] || kill "$pid" 2>/dev/null || true; done
  for pid in "${!roles[@]}"; do [ "${roles[$pid]}" = mail ] || wait "$pid" 2>/dev/null || true; done
  for pid in "${!roles[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${!roles[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$own_postgres" ]; then scripts/postgres.sh stop "$own_postgres"; echo "PostgreSQL stopped."; fi
  exit "${1:-0}"
}
trap 'stop_all 0' INT TERM
trap 'stop_all $?' EXIT

if [ -z "${PLATFORM_POSTGRES:-}" ]; then
  scripts/postgres.sh install
  server=$(scripts/postgres.sh start "$data/postgres")
  own_postgres="$data/postgres"
  PLATFORM_POSTGRES="${server/Database=postgres/Database=platform}"
  echo "PostgreSQL: private cluster in .data/postgres on port $(echo "$server" | sed 's/.*Port=\([0-9]*\).*/\1/')"
else
  echo "PostgreSQL: PLATFORM_POSTGRES from the environment"
fi
export PLATFORM_POSTGRES

scripts/web-deps.sh
if [ "${NO_BUILD:-}" = 1 ]; then
  echo "NO_BUILD=1: the Release build as it stands"
else
  echo "Building..."
  dotnet build Platform.sln -c Release --nologo -v q -clp:ErrorsOnly
fi
bin() { echo "$root/src/$1/bin/Release/net10.0/Platform.$1.dll"; }

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 4))); do "$@" && return 0; sleep 0.25; done
  echo "run.sh: $what did not come up in ${seconds}s; see $data/logs/." >&2
  exit 1
}
port_open() { (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null; }
# Readiness without curl (not on every fresh Debian): a plain HTTP/1.0 request over bash's /dev/tcp.
ready() {
  (exec 3<>/dev/tcp/127.0.0.1/$frontend_port && printf 'GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && head -n 1 <&3 | grep -q ' 200 ') 2>/dev/null
}

# Each start appends to the process's log, so a restart keeps what the dead process wrote last.
# Issue 17's partition (scripts/fault-run.sh): SILO<N>_PREFIX runs silo N through a command (ip netns exec NS),
# SILO<N>_IP is its address, PLATFORM_POSTGRES_SILO<N> its connection string (default: as the others, 127.0.0.1).
start_silo() { # start_silo N
  local i=$1 prefix="SILO${i}_PREFIX" ip="SILO${i}_IP" postgres="PLATFORM_POSTGRES_SILO${i}"
  # shellcheck disable=SC2086 # the prefix is a command and its arguments
  ${!prefix:-} env PLATFORM_POSTGRES="${!postgres:-$PLATFORM_POSTGRES}" Orleans__AdvertisedIP="${!ip:-127.0.0.1}" \
    Orleans__SiloPort=$((silo_port + i - 1)) Orleans__GatewayPort=$((gateway_port + i - 1)) Platform__SeedDemoData=$([ "$i" = 1 ] && echo true || echo false) \
    Platform__Mail__Host=127.0.0.1 Platform__Mail__Port="$mail_port" \
    DOTNET_ENVIRONMENT=Development dotnet "$(bin Silo)" >>"$data/logs/silo$i.log" 2>&1 &
  roles[$!]="silo $i"
}
start_frontend() {
  if [ "$cohost" = true ]; then
    # The silo inside the frontend's process is configured as silo 1 would be (SiloExtensions).
    Urls="http://127.0.0.1:$frontend_port" Platform__Hosting__CoHostSilo=true Orleans__SiloPort="$silo_port" Orleans__GatewayPort="$gateway_port" \
      Platform__SeedDemoData=true Platform__Mail__Host=127.0.0.1 Platform__Mail__Port="$mail_port" \
      ASPNETCORE_ENVIRONMENT=Development dotnet "$(bin Frontend)" --contentRoot "$root/src/Frontend" >>"$data/logs/frontend.log" 2>&1 &
  else
    Urls="http://127.0.0.1:$frontend_port" ASPNETCORE_ENVIRONMENT=Development dotnet "$(bin Frontend)" --contentRoot "$root/src/Frontend" >>"$data/logs/frontend.log" 2>&1 &
  fi
  roles[$!]="frontend"
}
# The notices' mail server (issue 13): SMTP on 127.0.0.1:$mail_port, each message a .eml file in .data/mail/.
start_mail() {
  dotnet "$root/tools/LocalMail/bin/Release/net10.0/Platform.LocalMail.dll" --port "$mail_port" --folder "$data/mail" >>"$data/logs/mail.log" 2>&1 &
  roles[$!]="mail"
}

: >"$data/logs/mail.log"
start_mail
wait_for 60 "the local mail server (port $mail_port)" port_open "$mail_port"

start_silos() {
  for i in $(seq "$first_silo" $((first_silo + silos - 1))); do
    : >"$data/logs/silo$i.log"
    start_silo "$i"
    gateway=$((gateway_port + i - 1))
    address="SILO${i}_IP"
    wait_for 120 "silo $i (gateway $gateway)" port_open "$gateway" "${!address:-127.0.0.1}"
    echo "Silo $i: gateway ${!address:-127.0.0.1}:$gateway"
  done
}

if [ "$cohost" = true ]; then
  # The frontend first: its silo applies the migrations and seeds; the silos apart then join its cluster.
  : >"$data/logs/frontend.log"
  start_frontend
  wait_for 120 "the frontend with its silo" ready
  echo "Frontend with silo 1 in its process: gateway 127.0.0.1:$gateway_port"
  start_silos
else
  start_silos
  : >"$data/logs/frontend.log"
  start_frontend
  wait_for 120 "the frontend" ready
fi

cat <<INFO

The Qualification Recognition Platform is running.
  Home            http://127.0.0.1:$frontend_port/
  API reference   http://127.0.0.1:$frontend_port/api-reference
  OpenAPI         http://127.0.0.1:$frontend_port/openapi/v1.json
  Dashboard       http://127.0.0.1:$frontend_port/dashboard/
  Health          http://127.0.0.1:$frontend_port/health/ready
  Logs            .data/logs/
  Mail            .data/mail/ (each notice e-mailed, a .eml file; SMTP 127.0.0.1:$mail_port)

Demo data: centers 0001 and 0002, programs accountant-nrk5 and welder-nrk3, commission com-0001-a.
Demo accounts (Development issuer; every person is fictional):
$(grep -o '"name": "[^"]*", "displayName": "[^"]*", "roles": \[[^]]*\]' "$root/src/Frontend/Security/demo-accounts.json" \
  | sed 's/"name": "\([^"]*\)", "displayName": "\([^"]*\)", "roles": \[\([^]]*\)\]/  \1  (\3)/; s/"//g')
  A token:    curl -s -X POST http://127.0.0.1:$frontend_port/api/v1/dev/tokens -H 'Content-Type: application/json' -d '{"account":"registrar.0001"}'
  Dashboard:  http://127.0.0.1:$frontend_port/api/v1/dev/sign-in?account=administrator

Press Ctrl+C to stop everything this script started.
INFO
# Supervise: a process that exits is logged and started again; the others keep running. A signal (Ctrl+C, SIGTERM)
# interrupts the wait and stop_all stops everything. Three exits in a row within 30 s of a start: give up.
declare -A started_at=() quick_exits=()
for what in "${roles[@]}"; do started_at[$what]=$SECONDS; done
while true; do
  exited="" status=0
  wait -n -p exited "${!roles[@]}" || status=$?
  [ -n "$exited" ] || continue
  what=${roles[$exited]}
  unset "roles[$exited]"
  if [ $((SECONDS - ${started_at[$what]})) -lt 30 ]; then quick_exits[$what]=$((${quick_exits[$what]:-0} + 1)); else quick_exits[$what]=0; fi
  if [ "${quick_exits[$what]}" -ge 3 ]; then
    echo "run.sh: $(date +%T) $what exited (status $status) three times right after starting; stopping. See .data/logs/." >&2
    exit 1
  fi
  echo "run.sh: $(date +%T) $what (pid $exited) exited with status $status; starting it again (see $data/logs/)." >&2
  case "$what" in
    silo\ *) start_silo "${what#silo }" ;;
    frontend) start_frontend ;;
    mail) start_mail ;;
  esac
  started_at[$what]=$SECONDS
done
