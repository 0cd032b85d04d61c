#!/bin/sh
# Run the sync tests with a real OS keyring (gnome-keyring's Secret Service over
# a private D-Bus session), as CI does (DESIGN.md §7). Usage:
#   tests/sync/run-with-keyring.sh [pytest args...]
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=$(mktemp -d)
export HOME="$SCRATCH" XDG_DATA_HOME="$SCRATCH/data" XDG_RUNTIME_DIR="$SCRATCH/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
PY=${PYTHON:-/work/venv/bin/python}
cd "$ROOT"
case "${1:-}" in tests/*) ;; *) set -- tests/sync "$@" ;; esac
exec dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0" -m pytest "$@"' "$PY" "$@"
