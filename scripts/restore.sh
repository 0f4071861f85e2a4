#!/usr/bin/env bash
# Restores a dump of scripts/backup.sh into a database that does not exist yet or is empty (a fresh cluster), and
# when asked the uploaded documents archived with it.
#
#   PLATFORM_POSTGRES="Host=...;Database=platform;..." [PLATFORM_UPLOADS=<data>/uploads] scripts/restore.sh DUMP_FILE
#
# With PLATFORM_UPLOADS the archive beside the dump (<dump name>.uploads.tar, made by backup.sh with the same
# variable) is unpacked into that folder, which must be missing or empty; the frontends read it as <data>/uploads.
#
# PLATFORM_POSTGRES is the connection string the silos will be given; its database is created when missing (the
# login must then be allowed to create databases). A database that already holds tables is refused: restoring over a
# live database mixes two histories. The checksum beside the dump is checked first; the restore is one transaction
# (all or nothing); the tables are analyzed after it. Then start the silos on it: the migrations find every one
# applied, and the Orleans membership is empty (backup.sh leaves it out), so no silo of the old cluster is called.
# The secrets of the backed-up platform must be configured too (docs/operations.md).
set -euo pipefail
SCRIPT_NAME=restore
source "$(dirname "$0")/pg-connection.sh"

[ $# -eq 1 ] || { echo "usage: PLATFORM_POSTGRES=<connection string> $0 DUMP_FILE" >&2; exit 2; }
[ -n "${PLATFORM_POSTGRES:-}" ] || fail "PLATFORM_POSTGRES is not set: give the connection string of the database to restore into."
dump=$1
[ -f "$dump" ] || fail "no dump at $dump."
bin=$(pg_client_bin)
pg_connection_from_npgsql "$PLATFORM_POSTGRES"
target=$PGDATABASE

if [ -f "$dump.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --quiet -c "$(basename "$dump").sha256") \
    || fail "$dump does not match its checksum ($dump.sha256): the file is damaged; take another backup."
else
  echo "restore: no $dump.sha256 beside the dump; its integrity is not checked." >&2
fi
"$bin/pg_restore" --list "$dump" >/dev/null || fail "$dump is not a pg_dump archive in the custom format."

uploads=""
if [ -n "${PLATFORM_UPLOADS:-}" ]; then
  uploads="${dump%.dump}.uploads.tar"
  [ -f "$uploads" ] || fail "PLATFORM_UPLOADS is set but there is no $uploads beside the dump."
  [ ! -d "$PLATFORM_UPLOADS" ] || [ -z "$(ls -A "$PLATFORM_UPLOADS")" ] || fail "$PLATFORM_UPLOADS is not empty: restore the uploads into a new folder."
  if [ -f "$uploads.sha256" ]; then
    (cd "$(dirname "$uploads")" && sha256sum --quiet -c "$(basename "$uploads").sha256") || fail "$uploads does not match its checksum: the file is damaged."
  fi
fi

sql() { "$bin/psql" -X -v ON_ERROR_STOP=1 -qtA "$@"; }
exists=$(echo "select count(*) from pg_database where datname = :'name'" | PGDATABASE=postgres sql -v name="$target") \
  || fail "cannot reach $PGHOST:${PGPORT:-5432} as '${PGUSER:-}' (see above)."
if [ "$exists" = "0" ]; then
  PGDATABASE=postgres sql -c "create database \"$target\"" || fail "could not create database '$target' (may '${PGUSER:-}' create databases?)."
else
  tables=$(sql -c "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
  [ "$tables" = "0" ] || fail "database '$target' already holds $tables tables: restore into a new database (or drop this one first, knowing what it holds)."
fi

if ! "$bin/pg_restore" --dbname "$target" --no-owner --no-privileges --exit-on-error --single-transaction "$dump"; then
  fail "pg_restore into '$target' failed (see above); the transaction was rolled back, the database is empty."
fi
"$bin/vacuumdb" --analyze-only --quiet --dbname "$target"

summary=$(sql -F ' ' -c "select (select count(*) from orleans_storage), (select count(*) from orleans_reminder), (select count(*) from case_projection)") \
  || summary="? ? ?" # not the platform's tables: restored all the same
read -r grains reminders cases <<< "$summary"
echo "restore: $dump -> '$target' on $PGHOST:${PGPORT:-5432}: $grains grain states, $reminders reminders, $cases cases" >&2

if [ -n "$uploads" ]; then
  (umask 077; mkdir -p "$PLATFORM_UPLOADS")
  chmod 700 "$PLATFORM_UPLOADS"
  tar -C "$PLATFORM_UPLOADS" -xpf "$uploads" || fail "unpacking $uploads into $PLATFORM_UPLOADS failed (see above); the database is restored."
  echo "restore: $uploads -> $PLATFORM_UPLOADS ($(find "$PLATFORM_UPLOADS" -type f | wc -l) files)" >&2
fi
