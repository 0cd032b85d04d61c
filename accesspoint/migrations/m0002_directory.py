"""Service directory, signposting and referrals (issue 3)."""

VERSION = 2

# Filled in by its issue; an empty step still bumps user_version.
SQL = ""
