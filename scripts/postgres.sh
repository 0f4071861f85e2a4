#!/usr/bin/env bash
# A private PostgreSQL cluster for the platform: install, start, stop.
#
#   scripts/postgres.sh install                  install PostgreSQL from Debian's packages if missing
#   scripts/postgres.sh start DATA_DIR [PORT]    create the cluster once, start it on 127.0.0.1:PORT
#                                                (a free port below 32768 when PORT is omitted) and
#                                                print its connection string on stdout
#   scripts/postgres.sh stop DATA_DIR            stop it (fast shutdown)
#
# The cluster runs as the `postgres` system user when started by root (PostgreSQL refuses root).
# Its password is generated on creation and kept beside the cluster in DATA_DIR.password.
# Every failure ends in one line on stderr that says what was tried and how to fix it.
set -euo pipefail

fail() { echo "postgres: $*" >&2; exit 1; }

pg_bin() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$initdb" ] && dirname "$initdb"
}

install_postgres() {
  [ -n "$(pg_bin)" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    fail "PostgreSQL is not installed and installing it needs root: run 'sudo apt-get install -y postgresql', or set PLATFORM_POSTGRES to an existing server's connection string."
  fi
  echo "postgres: installing PostgreSQL from Debian's packages..." >&2
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } >&2; then
    fail "'apt-get install postgresql' failed (see above); install it by hand or set PLATFORM_POSTGRES to an existing server."
  fi
  [ -n "$(pg_bin)" ] || fail "PostgreSQL was installed but initdb is not under /usr/lib/postgresql/*/bin."
}

# Runs a command as the cluster's owner: `postgres` for root, the caller otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 15000 + RANDOM % 17000 ))
    port_in_use "$port" || { echo "$port"; return 0; }
  done
  fail "no free TCP port found between 15000 and 32000 on 127.0.0.1."
}

start_cluster() {
  local data=$1 port=${2:-}
  local bin; bin=$(pg_bin)
  [ -n "$bin" ] || fail "PostgreSQL is not installed: run 'scripts/postgres.sh install' (needs root) or set PLATFORM_POSTGRES."
  mkdir -p "$(dirname "$data")"
  data=$(cd "$(dirname "$data")" && pwd)/$(basename "$data")
  local pwfile="$data.password"

  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ -f "$pwfile" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$pwfile")
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$data"
      # The postgres user must be able to reach the folder and read the password once.
      local dir; dir=$(dirname "$data")
      while [ "$dir" != "/" ]; do chmod o+x "$dir" 2>/dev/null || true; dir=$(dirname "$dir"); done
    fi
    chmod 700 "$data"
    local tmp_pw; tmp_pw=$(mktemp); cp "$pwfile" "$tmp_pw"; chmod 644 "$tmp_pw"
    if ! as_owner "$bin/initdb" -D "$data" -U postgres --pwfile="$tmp_pw" \
         --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1; then
      rm -f "$tmp_pw"
      fail "initdb of $data failed; see $data.initdb.log (is the folder reachable by the postgres user?)."
    fi
    rm -f "$tmp_pw"
  fi

  if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    port=$(sed -n 4p "$data/postmaster.pid")
  else
    [ -n "$port" ] || port=$(free_port)
    port_in_use "$port" && fail "port $port on 127.0.0.1 is taken; pick another or stop what holds it."
    if ! as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
         -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c max_connections=1000 -c shared_buffers=256MB" start >/dev/null; then
      fail "PostgreSQL did not start from $data on port $port; see $data/server.log."
    fi
  fi
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$(cat "$pwfile");Database=postgres"
}

stop_cluster() {
  local data=$1 bin; bin=$(pg_bin)
  [ -n "$bin" ] && [ -f "$data/PG_VERSION" ] || return 0
  as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
  install) install_postgres ;;
  start) [ $# -ge 2 ] || fail "usage: $0 start DATA_DIR [PORT]"; start_cluster "$2" "${3:-}" ;;
  stop) [ $# -ge 2 ] || fail "usage: $0 stop DATA_DIR"; stop_cluster "$2" ;;
  *) echo "usage: $0 install | start DATA_DIR [PORT] | stop DATA_DIR" >&2; exit 2 ;;
esac
