"""Bandit findings in other parts' code, each reviewed and explained (issue 7, §8).

Keyed by (test id, file): line numbers move, the reason for a file does not. A new
finding in a file not listed here fails tests/security/test_sec_bandit.py: fix
it, or add `# nosec BXXX - reason` on the line, or (for a reviewed pattern) a
line here with the reason. Reviewed on 2026-11-25.
"""

_SQL_COLUMNS = ("SQL text assembled only from column/table names fixed in the code (or "
                "filtered against PRAGMA table_info) and '?' placeholders; every value is a "
                "bound parameter")

REVIEWED: dict[tuple[str, str], str] = {
    **{("B608", f): _SQL_COLUMNS for f in (
        "accesspoint/consent.py", "accesspoint/enquiries.py", "accesspoint/people.py",
        "accesspoint/directory/bulk.py", "accesspoint/directory/referrals.py",
        "accesspoint/directory/search.py", "accesspoint/directory/store.py",
        "accesspoint/ops/diagnostics.py", "accesspoint/reports/rollups.py",
        "accesspoint/reports/synthetic.py", "accesspoint/timebank/activities.py",
        "accesspoint/timebank/audit_report.py", "accesspoint/timebank/ledger.py",
        "accesspoint/timebank/members.py", "accesspoint/timebank/rewards.py",
        "accesspoint/timebank/sync_apply.py", "sync/appliers.py", "sync/enrol.py",
        "sync/pull.py", "sync/reconcile.py", "accesspoint/migrations/m0006_reports.py",
        "accesspoint/migrations/m0007_report_rollups.py", "accesspoint/reports/stored.py",
    )},
    ("B311", "accesspoint/demo.py"): "seeded generator for made-up demo data",
    ("B311", "accesspoint/directory/demo.py"): "seeded generator for made-up demo data",
    ("B311", "accesspoint/reports/synthetic.py"): "seeded generator for synthetic test data",
    ("B311", "accesspoint/directory/oruk_read.py"): "retry jitter, not a secret",
    ("B311", "sync/transport.py"): "retry jitter, not a secret",
    ("B310", "accesspoint/directory/oruk_read.py"):
        "urlopen only for sources matched by ^https?:// (is_url); files are read as files",
    ("B310", "accesspoint_server/directory.py"): "admin-given feed URL on the council server",
    ("B105", "sync/credentials.py"): "the keyring entry's purpose name, not a token",
    ("B105", "sync/protocol.py"): "an error code string ('token_revoked'), not a token",
    ("B404", "accesspoint_server/admin_ops.py"): "runs pg_dump for the admin backup command",
    ("B603", "accesspoint_server/admin_ops.py"):
        "pg_dump with an argument list (no shell); arguments from server config",
    ("B101", "accesspoint_server/db.py"): "internal invariant; not a security check",
    ("B101", "accesspoint_server/routes_api.py"):
        "type narrowing after the auth dependency already refused non-hub tokens",
    ("B101", "ui/ops/single_instance.py"): "type narrowing inside a Qt slot",
}
