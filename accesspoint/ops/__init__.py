"""Operations: logs, diagnostic reports, backups, single instance, storage health.

No Qt here (DESIGN.md §1): the GUI wraps these in ui/ops, and the command line
and tests use them directly.
"""
