"""Time bank: members, activities, ledger, rewards (issue 4)."""

VERSION = 3

# Filled in by its issue; an empty step still bumps user_version.
SQL = ""
