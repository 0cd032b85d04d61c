"""A member's statement: balance and history with running balance, printable.

The HTML is simple on purpose: the UI prints it through QTextDocument, and it
reads the same in a browser.
"""

from __future__ import annotations

import html
import sqlite3
from typing import Any

from accesspoint.clock import today_local
from accesspoint.timebank import ledger, members


def annotate(conn: sqlite3.Connection, t: dict[str, Any], account: str) -> dict[str, Any]:
    """Add what a reader needs: the activity's name and the other member's number."""
    t["activity_name"] = None
    t["counterparty"] = None
    if t["activity_id"]:
        row = conn.execute("SELECT name FROM tb_activities WHERE id = ?",
                           (t["activity_id"],)).fetchone()
        t["activity_name"] = row[0] if row else None
    if t["kind"] == "gift":
        other = t["from_account"] if t["to_account"] == account else t["to_account"]
        row = conn.execute("SELECT member_number FROM tb_members WHERE id = ?",
                           (ledger.member_of(other) or "",)).fetchone()
        t["counterparty"] = row[0] if row else other
    return t


def describe(t: dict[str, Any]) -> str:
    """One line a member understands, e.g. 'Earned: Gardening (2026-03-02)'.
    (The app formats the same fields through its translations.)"""
    kind = t["kind"]
    if kind == "earn":
        return f"Earned: {t['activity_name'] or 'activity'} ({t['activity_date']})"
    if kind == "spend":
        return f"Spent: {t['reason'] or 'reward'}"
    if kind == "gift":
        return (f"Gift from {t['counterparty']}" if t["signed"] > 0
                else f"Gift to {t['counterparty']}")
    if kind == "convert":
        return "Converted to local currency"
    if kind == "opening":
        return "Opening balance brought across"
    if kind == "correction":
        return f"Correction: {t['reason']}"
    return kind


def statement_rows(conn: sqlite3.Connection, member_id: str, limit: int = 1000,
                   before: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    account = ledger.member_account(member_id)
    rows = ledger.history(conn, account, limit=limit, before=before)
    for r in rows:
        annotate(conn, r, account)
        r["description"] = describe(r)
    return rows


def statement_html(conn: sqlite3.Connection, member_id: str, limit: int = 1000) -> str:
    member = members.get_member(conn, member_id)
    bal = ledger.member_balance(conn, member_id)
    rows = statement_rows(conn, member_id, limit)
    esc = html.escape
    body = "".join(
        f"<tr><td>{esc(r['created_at'][:10])}</td><td>{esc(r['description'])}</td>"
        f"<td align='right'>{'+' if r['signed'] > 0 else ''}{ledger.fmt_minutes(r['signed'])}"
        f"</td><td align='right'>{ledger.fmt_minutes(r['running'])}</td></tr>"
        for r in rows
    )
    return (
        "<html><body>"
        f"<h2>Time credit statement</h2>"
        f"<p><b>{esc(members.display_name(member))}</b> &middot; member "
        f"{esc(member['member_number'])} &middot; card {esc(member['card_number'])}<br>"
        f"Printed {today_local().isoformat()}</p>"
        f"<p style='font-size:14pt'>Balance: <b>{ledger.fmt_minutes(bal)}</b> "
        f"({bal} minutes)</p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        "<tr><th>Date</th><th>What</th><th>Change</th><th>Balance after</th></tr>"
        f"{body}</table></body></html>"
    )


def statement_text(conn: sqlite3.Connection, member_id: str, limit: int = 1000) -> str:
    member = members.get_member(conn, member_id)
    lines = [f"Time credit statement: {members.display_name(member)} "
             f"({member['member_number']})",
             f"Balance: {ledger.fmt_minutes(ledger.member_balance(conn, member_id))}", ""]
    for r in statement_rows(conn, member_id, limit):
        lines.append(f"{r['created_at'][:10]}  {r['description'][:52]:<52} "
                     f"{ledger.fmt_minutes(r['signed']):>9} {ledger.fmt_minutes(r['running']):>9}")
    return "\n".join(lines)


def card_html(conn: sqlite3.Connection, member_id: str) -> str:
    """A member card to print and cut out: name, card number, type, where to use it."""
    member = members.get_member(conn, member_id)
    hub = conn.execute("SELECT name FROM hubs WHERE id = ?", (member["hub_id"],)).fetchone()
    esc = html.escape
    extra = ""
    if member["member_type"] == "young_person":
        extra = f"<br>Youth Privilege Card {esc(member['ypc_number'])}"
    return (
        "<html><body><table border='2' cellpadding='12' width='340'><tr><td>"
        "<p style='font-size:10pt'>TIME CREDITS &middot; community time bank</p>"
        f"<p style='font-size:16pt'><b>{esc(members.display_name(member))}</b></p>"
        f"<p style='font-size:14pt; font-family:monospace'>{esc(member['card_number'])}</p>"
        f"<p style='font-size:9pt'>Member since {esc(member['joined_on'])}"
        f"{' &middot; ' + esc(hub[0]) if hub else ''}{extra}<br>"
        "Show this card at any hub to log your time or spend your credits.</p>"
        "</td></tr></table></body></html>"
    )
