# Sourced by scripts/backup.sh and scripts/restore.sh: PostgreSQL's client tools and the platform's connection string.
#
# The platform reads an Npgsql connection string (PLATFORM_POSTGRES, e.g.
# "Host=db1;Port=5432;Username=platform;Password=...;Database=platform"); libpq's tools read PG* variables.
# pg_connection_from_npgsql turns the one into the other, so the scripts take the very string the silos are given.
# Values may not contain ';' (unquoted, as the platform's own strings are written).

fail() { echo "${SCRIPT_NAME:-pg}: $*" >&2; exit 1; }

# The newest installed PostgreSQL's bin folder (Debian's layout), else the folder of pg_dump on PATH.
pg_client_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin/pg_dump 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] || found=$(command -v pg_dump || true)
  [ -n "$found" ] || fail "PostgreSQL's client tools (pg_dump, pg_restore, psql) are not installed: run 'scripts/postgres.sh install' or 'apt-get install postgresql-client'."
  dirname "$found"
}

# Exports PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (and PGSSLMODE) from an Npgsql connection string.
pg_connection_from_npgsql() {
  local connection=$1 pair key value
  unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSSLMODE
  IFS=';' read -r -a pairs <<< "$connection"
  for pair in "${pairs[@]}"; do
    [[ "$pair" == *=* ]] || continue
    key=$(echo "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
    value=${pair#*=}
    value=${value#"${value%%[![:space:]]*}"}; value=${value%"${value##*[![:space:]]}"}
    case "$key" in
      host|server) export PGHOST=$value ;;
      port) export PGPORT=$value ;;
      username|userid|user|uid) export PGUSER=$value ;;
      password|pwd) export PGPASSWORD=$value ;;
      database|db) export PGDATABASE=$value ;;
      sslmode) export PGSSLMODE=$(echo "$value" | tr '[:upper:]' '[:lower:]' | sed 's/^verifyfull$/verify-full/; s/^verifyca$/verify-ca/') ;;
      *) ;; # pool sizes, timeouts: the platform's, not the tools'
    esac
  done
  [ -n "${PGHOST:-}" ] || fail "the connection string names no Host."
  [ -n "${PGDATABASE:-}" ] || fail "the connection string names no Database (the platform's database, e.g. Database=platform)."
}
