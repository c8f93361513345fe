#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests (PostgreSQL from Debian's packages).
# Installs the server with apt-get when it is missing, creates a cluster under $PGROOT (trust
# authentication, loopback only) and starts it on $PGPORT. The tests find it at
#   postgresql://postgres@127.0.0.1:$PGPORT/postgres   (or $MARSAD_TEST_PG_URL)
# Idempotent: a second call finds the server running and does nothing. `stop` stops it.
set -euo pipefail
PGPORT="${PGPORT:-54329}"
PGROOT="${PGROOT:-/tmp/marsad-pg}"

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-start}" = stop ]; then
  BIN="$(pg_bin)" && as_pg "$BIN/pg_ctl" -D "$PGROOT/data" -m fast stop || true
  exit 0
fi

if ! BIN="$(pg_bin)"; then
  echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  BIN="$(pg_bin)"
fi

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir "$PGROOT" --shell /bin/bash postgres
fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" -U postgres; then
  echo "postgres.sh: PostgreSQL already running on 127.0.0.1:$PGPORT" >&2
  exit 0
fi

mkdir -p "$PGROOT"
[ "$(id -u)" = 0 ] && chown postgres "$PGROOT"
if [ ! -s "$PGROOT/data/PG_VERSION" ]; then
  rm -rf "$PGROOT/data"
  as_pg "$BIN/initdb" -D "$PGROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
as_pg "$BIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
"$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" -U postgres
echo "postgres.sh: PostgreSQL running on 127.0.0.1:$PGPORT (data in $PGROOT/data)" >&2
