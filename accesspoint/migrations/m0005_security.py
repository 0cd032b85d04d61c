"""Users, roles, audit trail, retention (issue 7)."""

VERSION = 5

# Filled in by its issue; an empty step still bumps user_version.
SQL = ""
