#!/usr/bin/env bash
# The README's run command: set up, then open AccessPoint on its demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/accesspoint --demo "$@"
