#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the service tests and prints its URL.
# Installs Debian's postgresql when the machine lacks it. Reuses a server it already started.
# Usage: scripts/test-postgres.sh start|stop
set -euo pipefail
PORT="${TEST_POSTGRES_PORT:-55432}"
DATA="/tmp/psa-test-pg-$PORT"
URL="postgresql://psa@127.0.0.1:$PORT/psa_test"

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && echo "$dir"
}

as_postgres() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "${1:-start}" in
  start)
    if [ -z "$(pg_bin)" ]; then
      echo "installing postgresql (Debian package)" >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    BIN=$(pg_bin)
    if ! as_postgres "$BIN/pg_ctl -D $DATA status" >/dev/null 2>&1; then
      rm -rf "$DATA"
      mkdir -p "$DATA" && chown postgres "$DATA" 2>/dev/null || true
      as_postgres "$BIN/initdb -D $DATA -A trust -U postgres" >/dev/null
      as_postgres "$BIN/pg_ctl -D $DATA -l $DATA/log -o '-p $PORT -k $DATA -c listen_addresses=127.0.0.1' -w start" >/dev/null
      as_postgres "$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -qc \"CREATE ROLE psa LOGIN SUPERUSER\"" >/dev/null
      as_postgres "$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -qc \"CREATE DATABASE psa_test OWNER psa\"" >/dev/null
    fi
    echo "$URL"
    ;;
  stop)
    BIN=$(pg_bin)
    as_postgres "$BIN/pg_ctl -D $DATA -m fast stop" >/dev/null 2>&1 || true
    ;;
esac
