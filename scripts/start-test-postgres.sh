#!/bin/sh
# Start a scratch PostgreSQL cluster for the server tests and print its URL.
#   url=$(scripts/start-test-postgres.sh) && export ACCESSPOINT_TEST_PG_URL="$url"
# Stop it with: scripts/start-test-postgres.sh --stop
# Env: PG_TEST_DIR (default /tmp/accesspoint-pg), PG_TEST_PORT (default 55432).
set -eu
DIR="${PG_TEST_DIR:-/tmp/accesspoint-pg}"
PORT="${PG_TEST_PORT:-55432}"

find_bin() {
    if command -v "$1" >/dev/null 2>&1; then command -v "$1"; return 0; fi
    for d in /usr/lib/postgresql/*/bin; do
        if [ -x "$d/$1" ]; then echo "$d/$1"; return 0; fi
    done
    return 1
}

if ! INITDB=$(find_bin initdb); then
    echo "initdb not found; installing postgresql with apt" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    INITDB=$(find_bin initdb)
fi
PG_CTL=$(find_bin pg_ctl)

as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%s ' "$@")"; fi
}

if [ "${1:-}" = "--stop" ]; then
    as_postgres "$PG_CTL" -D "$DIR/data" -m fast stop >&2 || true
    exit 0
fi

# The server runs as postgres, so it needs to reach the folder through its parents.
mkdir -p "$DIR"
p="$DIR"
while [ "$p" != "/" ]; do chmod o+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done
chown postgres "$DIR" 2>/dev/null || true

if [ ! -f "$DIR/data/PG_VERSION" ]; then
    as_postgres "$INITDB" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >"$DIR/initdb.log" 2>&1
fi
if ! as_postgres "$PG_CTL" -D "$DIR/data" status >/dev/null 2>&1; then
    as_postgres "$PG_CTL" -D "$DIR/data" -l "$DIR/server.log" \
        -o "'-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c fsync=off -c max_connections=300'" \
        -w start >&2
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
