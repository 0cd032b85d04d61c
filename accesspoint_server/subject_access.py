"""Subject access across hubs (UK GDPR Art. 15): everything the council server holds
about a person, as JSON and a readable HTML page, audited on the server.

A resident known at two hubs has two person ids (each hub records its own); the
council finds them by name, date of birth and postcode (``find_people``) and exports
them together. From the person ids the export follows every link the hubs sync:
merged duplicates, enquiries and their notes, consent events, signposting, referrals
and their events, unmet needs, time-bank members with their ledger transfers and
redemptions, hub audit events about any of these records, legal holds and the
council's own audit entries.
"""

from __future__ import annotations

import html
import json
import unicodedata
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, or_, select

from . import models as m
from .db import Database
from .holds import audit
from .timeutil import now_iso

FORMAT = "accesspoint-server-subject-access"
MAX_IDS = 50
# kind -> payload fields that point at another record of the bundle
LINKS: dict[str, tuple[str, ...]] = {
    "person": ("merged_into",),
    "enquiry": ("person_id",),
    "enquiry_note": ("enquiry_id",),
    "consent_event": ("person_id", "enquiry_id"),
    "signposting": ("person_id", "enquiry_id"),
    "referral": ("person_id", "enquiry_id"),
    "referral_event": ("referral_id",),
    "unmet_need": ("person_id", "enquiry_id"),
    "member": ("person_id",),
    "redemption": ("member_id",),
}
SECTION_TITLES = {
    "person": "Person records (one per hub, and merged duplicates)",
    "enquiry": "Enquiries", "enquiry_note": "Notes on enquiries",
    "consent_event": "Consent choices", "signposting": "Signposting",
    "referral": "Referrals", "referral_event": "Referral updates",
    "unmet_need": "Needs no service could meet", "member": "Time bank membership",
    "redemption": "Time bank rewards redeemed",
}


def _norm(text: Any) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    return "".join(c for c in text if c.isalnum() or c == " ").strip()


def _postcode(text: Any) -> str:
    return "".join(str(text or "").split()).upper()


def find_people(db: Database, *, name: str = "", date_of_birth: str = "",
                postcode: str = "") -> list[dict[str, Any]]:
    """People on the server matching every criterion given (name words may be in
    either name field, accents and case ignored; postcode spaces ignored)."""
    words = _norm(name).split()
    if not (words or date_of_birth or postcode):
        raise ValueError("search by name, date of birth or postcode")
    out = []
    with db.read() as conn:
        hub_names = {h.id: h.name for h in conn.execute(select(m.hubs.c.id, m.hubs.c.name))}
        rows = conn.execute(select(m.records.c.record_id, m.records.c.hub_id,
                                   m.records.c.payload).where(
            m.records.c.kind == "person", m.records.c.deleted.is_(False)))
        for r in rows:
            pl = json.loads(r.payload or "{}")
            full = _norm(f"{pl.get('given_name', '')} {pl.get('family_name', '')}").split()
            if words and not all(any(f.startswith(w) for f in full) for w in words):
                continue
            if date_of_birth and (pl.get("date_of_birth") or "") != date_of_birth:
                continue
            if postcode and _postcode(pl.get("postcode")) != _postcode(postcode):
                continue
            out.append({"person_id": r.record_id, "hub_id": r.hub_id,
                        "hub_name": hub_names.get(r.hub_id or "", ""),
                        "given_name": pl.get("given_name", ""),
                        "family_name": pl.get("family_name", ""),
                        "date_of_birth": pl.get("date_of_birth"),
                        "postcode": pl.get("postcode", "")})
    return sorted(out, key=lambda p: (p["family_name"], p["given_name"], p["person_id"]))


def _mentioning(conn: Connection, kinds: list[str], ids: set[str]) -> list[Any]:
    """Live records of these kinds whose payload mentions any of the ids (a cheap
    pre-filter; the caller checks the exact field)."""
    found = []
    ordered = sorted(ids)
    for i in range(0, len(ordered), 100):
        chunk = ordered[i:i + 100]
        found += conn.execute(select(m.records).where(
            m.records.c.kind.in_(kinds), m.records.c.deleted.is_(False),
            or_(*(m.records.c.payload.contains(x, autoescape=True) for x in chunk)))).all()
    return found


def _record(row: Any) -> dict[str, Any]:
    return {"kind": row.kind, "record_id": row.record_id, "hub_id": row.hub_id,
            "version": row.version, "received_at": row.created_at,
            "updated_at": row.updated_at, "data": json.loads(row.payload or "{}")}


def collect(conn: Connection, person_ids: list[str]) -> dict[str, Any]:
    ids = {p for p in person_ids if p}
    if not ids:
        raise ValueError("give at least one person id")
    if len(ids) > MAX_IDS:
        raise ValueError(f"at most {MAX_IDS} person ids in one export")
    found: dict[tuple[str, str], Any] = {}
    for row in conn.execute(select(m.records).where(
            m.records.c.kind == "person", m.records.c.record_id.in_(sorted(ids)),
            m.records.c.deleted.is_(False))):
        found[("person", row.record_id)] = row
    missing = sorted(ids - {rid for _k, rid in found})
    linked = set(ids)
    frontier = set(ids)
    while frontier:  # follow links until nothing new turns up
        new: set[str] = set()
        for row in _mentioning(conn, sorted(LINKS), frontier):
            key = (row.kind, row.record_id)
            if key in found:
                continue
            pl = json.loads(row.payload or "{}")
            if any(pl.get(f) in linked for f in LINKS[row.kind]):
                found[key] = row
                new.add(row.record_id)
        linked |= new
        frontier = new
    members = {rid for k, rid in found if k == "member"}
    accounts = [f"member:{mid}" for mid in sorted(members)]
    ledger = []
    if accounts:
        t = m.ledger_transfers
        for r in conn.execute(select(t).where(or_(t.c.from_account.in_(accounts),
                                                  t.c.to_account.in_(accounts)))
                              .order_by(t.c.received_at, t.c.id)):
            ledger.append({"transfer_id": r.id, "hub_id": r.hub_id, "from": r.from_account,
                           "to": r.to_account, "minutes": r.minutes, "created_at": r.created_at,
                           "reverses": r.reverses})
    record_ids = {rid for _k, rid in found} | ids
    access = []
    for row in _mentioning(conn, ["audit_event"], record_ids):
        ev = json.loads(row.payload or "{}")
        if ev.get("record_id") in record_ids:
            access.append({k: ev.get(k) for k in ("created_at", "hub_id", "user_id", "role",
                                                   "action", "kind", "record_id", "detail")})
    access.sort(key=lambda e: str(e.get("created_at") or ""))
    council = [dict(r._mapping) for r in conn.execute(
        select(m.server_audit).where(m.server_audit.c.record_id.in_(sorted(record_ids)))
        .order_by(m.server_audit.c.at))]
    holds = [dict(r._mapping) for r in conn.execute(
        select(m.legal_holds).where(m.legal_holds.c.record_id.in_(sorted(record_ids))))]
    anonymised = [dict(r._mapping) for r in conn.execute(
        select(m.anonymised).where(m.anonymised.c.record_id.in_(sorted(record_ids))))]
    hubs = {h.id: h.name for h in conn.execute(select(m.hubs.c.id, m.hubs.c.name))}
    sections: dict[str, list[dict[str, Any]]] = {k: [] for k in LINKS}
    for (kind, _rid), row in sorted(found.items(), key=lambda kv: (kv[0][0], kv[1].created_at)):
        sections[kind].append(_record(row))
    return {
        "format": FORMAT, "version": 1, "generated_at": now_iso(),
        "person_ids": sorted(ids), "not_found": missing,
        "hubs": {h: hubs.get(h, "") for h in sorted({r.hub_id for r in found.values()
                                                      if r.hub_id})},
        "records": sections, "ledger_transfers": ledger,
        "access_log": access, "council_audit": council, "legal_holds": holds,
        "anonymised": anonymised,
    }


def export(db: Database, actor: str, person_ids: list[str],
           search: dict[str, str] | None = None) -> dict[str, Any]:
    """Collect the bundle and record the export in the server audit trail, in one
    transaction (an export nobody can account for must not happen)."""
    with db.write() as conn:
        bundle = collect(conn, person_ids)
        counts = ";".join(f"{k}={len(v)}" for k, v in bundle["records"].items() if v)
        for pid in bundle["person_ids"]:
            audit(conn, actor, "subject_access", "person", pid,
                  (counts + (";search" if search else ""))[:500])
    if search:
        bundle["search"] = {k: v for k, v in search.items() if v}
    return bundle


# --- readable page -----------------------------------------------------------------

def _cell(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return html.escape(", ".join(str(v) for v in value))
    if isinstance(value, dict):
        return html.escape(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return html.escape(str(value))


def _label(key: str) -> str:
    return html.escape(key.replace("_", " ").capitalize())


def render_html(bundle: dict[str, Any]) -> str:
    hubs = bundle.get("hubs", {})
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>Subject access export</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #999;"
        "padding:.2em .5em;text-align:left;vertical-align:top}th{background:#eee}</style>",
        "</head><body>", "<h1>What the council holds about you</h1>",
        f"<p>Prepared {html.escape(bundle['generated_at'])} from the council's AccessPoint "
        "server, covering every community hub that sends records to it. A machine-readable "
        "copy (JSON) comes with this page.</p>",
    ]
    if hubs:
        parts.append("<p>Hubs holding records: " + ", ".join(
            html.escape(n or h) for h, n in hubs.items()) + ".</p>")
    if bundle.get("not_found"):
        parts.append("<p>No records were found for: "
                     + html.escape(", ".join(bundle["not_found"])) + ".</p>")
    for kind, rows in bundle["records"].items():
        if not rows:
            continue
        parts.append(f"<h2>{html.escape(SECTION_TITLES.get(kind, kind))} ({len(rows)})</h2>")
        for r in rows:
            hub = hubs.get(r["hub_id"] or "", r["hub_id"] or "council")
            parts.append(f"<table><caption>{html.escape(hub)} · {_cell(r['record_id'])}"
                         "</caption>")
            for key, value in r["data"].items():
                parts.append(f"<tr><th scope=\"row\">{_label(key)}</th><td>{_cell(value)}"
                             "</td></tr>")
            parts.append("</table>")
    simple = (("ledger_transfers", "Time bank hours (ledger)"),
              ("legal_holds", "Legal holds"),
              ("anonymised", "Records anonymised under the retention policy"),
              ("access_log", "Who opened or changed these records at a hub"),
              ("council_audit", "What the council did with these records"))
    for key, title in simple:
        rows = bundle.get(key) or []
        if not rows:
            continue
        cols = list(rows[0])
        parts.append(f"<h2>{html.escape(title)} ({len(rows)})</h2><table><tr>"
                     + "".join(f"<th scope=\"col\">{_label(c)}</th>" for c in cols) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{_cell(r.get(c))}</td>" for c in cols) + "</tr>"
                  for r in rows]
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_files(bundle: dict[str, Any], out_dir: Path) -> list[Path]:
    from .admin_ops import write_atomic

    out_dir.mkdir(parents=True, exist_ok=True)
    stem = "subject-access-" + bundle["generated_at"][:10]
    json_path, html_path = out_dir / f"{stem}.json", out_dir / f"{stem}.html"
    write_atomic(json_path, lambda fh: fh.write(json.dumps(bundle, ensure_ascii=False,
                                                           indent=1) + "\n"))
    write_atomic(html_path, lambda fh: fh.write(render_html(bundle)))
    return [html_path, json_path]
