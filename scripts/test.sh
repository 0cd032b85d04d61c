#!/usr/bin/env bash
# The README's test command: set up, lint, security scan, then the whole suite
# with a real keyring (gnome-keyring on a private D-Bus) and a real PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
scratch=$(mktemp -d /tmp/accesspoint-test.XXXXXX)
chmod 755 "$scratch"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" \
       XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/home/.config"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

pg_stop=""
if [ -f scripts/start-test-postgres.sh ]; then
  if url=$(bash scripts/start-test-postgres.sh "$scratch/pg"); then
    export ACCESSPOINT_TEST_PG_URL="$url"
    pg_stop="$scratch/pg"
    echo "test: PostgreSQL at $url" >&2
  else
    echo "test: PostgreSQL did not start; PostgreSQL tests will be skipped" >&2
  fi
fi
cleanup() {
  if [ -n "$pg_stop" ] && [ -f "$pg_stop/data/postmaster.pid" ]; then
    su postgres -s /bin/sh -c "pg_ctl -D '$pg_stop/data' -m fast stop" >/dev/null 2>&1 \
      || pg_ctl -D "$pg_stop/data" -m fast stop >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

.venv/bin/ruff check .
# The bandit security scan runs inside pytest (tests/security/test_sec_bandit.py),
# with every reviewed finding explained in tests/security/bandit_reviewed.py.

dbus-run-session -- sh -c '
  echo -n test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
' sh "$@"
