#!/usr/bin/env bash
# Backs the platform up: its PostgreSQL database as a logical dump (pg_dump, custom format) and, when asked, the
# folder of uploaded documents; each with its checksum.
#
#   PLATFORM_POSTGRES="Host=...;Database=platform;..." [PLATFORM_UPLOADS=<data>/uploads] scripts/backup.sh OUT_DIR
#
# Prints the dump's path on stdout (OUT_DIR/platform-<UTC time>.dump, with .sha256 beside it); the uploads go to
# OUT_DIR/platform-<UTC time>.uploads.tar. The uploads are archived after the dump: a file is written before the row
# that names it and never changed, so every upload the dump names is in the archive. The connection string
# is the silos' own (PLATFORM_POSTGRES, Npgsql's format); the dump is taken while the platform runs (one consistent
# snapshot, no lock that stops writers). The rows of the Orleans membership tables are left out: they describe the
# silos running now, which a restored cluster must not try to reach; the silos started on the restored database write
# their own.
#
# NOT in the dump: the secrets (IIN encryption and hash keys, the certificate signing key, the proctoring token key).
# They live in the deployment's secret store and are backed up there, apart from the dumps; docs/operations.md says
# which and why. A dump without its keys holds IINs nobody can read.
# Point-in-time recovery (pg_basebackup and WAL archiving) is set up on the server, not by this script: see
# docs/operations.md, "Backup and restore".
set -euo pipefail
SCRIPT_NAME=backup
source "$(dirname "$0")/pg-connection.sh"

[ $# -eq 1 ] || { echo "usage: PLATFORM_POSTGRES=<connection string> $0 OUT_DIR" >&2; exit 2; }
[ -n "${PLATFORM_POSTGRES:-}" ] || fail "PLATFORM_POSTGRES is not set: give the platform's connection string (as the silos have it)."
out=$1
bin=$(pg_client_bin)
pg_connection_from_npgsql "$PLATFORM_POSTGRES"

umask 077 # the dump holds personal data (names, contacts; IINs encrypted): readable by its owner only
mkdir -p "$out"
out=$(cd "$out" && pwd)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
dump="$out/platform-$stamp.dump"
[ ! -e "$dump" ] || fail "$dump exists already (two backups in the same second?)."

# -Fc: compressed, restorable table by table with pg_restore; --no-owner/--no-privileges are given at restore time.
if ! "$bin/pg_dump" -Fc -Z 6 --file "$dump.partial" \
     --exclude-table-data=orleans_membership --exclude-table-data=orleans_membership_version; then
  rm -f "$dump.partial"
  fail "pg_dump of database '$PGDATABASE' on $PGHOST:${PGPORT:-5432} failed (see above); nothing was written."
fi
mv "$dump.partial" "$dump"
(cd "$out" && sha256sum "$(basename "$dump")" > "$(basename "$dump").sha256")
echo "backup: $PGDATABASE on $PGHOST:${PGPORT:-5432} -> $dump ($(stat -c %s "$dump") bytes)" >&2

if [ -n "${PLATFORM_UPLOADS:-}" ]; then
  uploads="$out/platform-$stamp.uploads.tar"
  if [ -d "$PLATFORM_UPLOADS" ]; then
    tar -C "$PLATFORM_UPLOADS" -cf "$uploads.partial" . || { rm -f "$uploads.partial"; fail "could not archive $PLATFORM_UPLOADS (see above); the dump $dump stands alone."; }
  else
    tar -cf "$uploads.partial" -T /dev/null # nothing uploaded yet: an empty archive says so
  fi
  mv "$uploads.partial" "$uploads"
  (cd "$out" && sha256sum "$(basename "$uploads")" > "$(basename "$uploads").sha256")
  echo "backup: uploads in $PLATFORM_UPLOADS -> $uploads ($(tar -tf "$uploads" | grep -vc '/$') files)" >&2
fi
echo "$dump"
