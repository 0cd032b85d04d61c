"""Sync client state: cursor, batches, needs attention (issue 6)."""

VERSION = 4

# Filled in by its issue; an empty step still bumps user_version.
SQL = ""
