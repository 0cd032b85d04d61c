"""Export kinds for `accesspoint export`: services, referrals, unmet needs.

Columns are a contract (add at the end, never rename or drop).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from accesspoint.export import Export

SERVICE_COLUMNS = (
    "id", "name", "organization", "origin", "local", "status", "needs", "languages",
    "is_free", "min_age", "max_age", "phone", "email", "url", "postcode", "last_verified",
    "retired_at",
)
REFERRAL_COLUMNS = (
    "id", "hub_id", "created_by", "created_at", "updated_at", "version", "enquiry_id",
    "person_id", "service_id", "service_name", "org_name", "kind", "status", "note",
    "follow_up_date", "closed_at",
)
UNMET_COLUMNS = ("id", "hub_id", "created_by", "created_at", "enquiry_id", "person_id",
                 "needs", "search", "note")


def _services(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in conn.execute("SELECT * FROM dir_services ORDER BY name, id"):
        data = json.loads(row["data"])
        phones = [p["number"] for p in data.get("phones", [])] + [
            p["number"] for c in data.get("contacts", []) for p in c.get("phones", [])]
        places = [loc for loc in data.get("locations", []) if not loc.get("confidential")]
        yield {
            "id": row["id"], "name": row["name"], "organization": row["org_name"],
            "origin": row["origin"], "local": bool(row["local"]), "status": row["status"],
            "needs": data.get("needs", []), "languages": data.get("languages", []),
            "is_free": None if row["is_free"] is None else bool(row["is_free"]),
            "min_age": row["min_age"], "max_age": row["max_age"],
            "phone": phones[0] if phones else "", "email": data.get("email", ""),
            "url": data.get("url", ""), "postcode": places[0].get("postcode", "") if places
            else "", "last_verified": row["assured_date"], "retired_at": row["retired_at"],
        }


def _referrals(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in conn.execute("SELECT * FROM referrals ORDER BY created_at, id"):
        yield {c: row[c] for c in REFERRAL_COLUMNS}


def _unmet(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in conn.execute("SELECT * FROM unmet_needs ORDER BY created_at, id"):
        item = {c: row[c] for c in UNMET_COLUMNS}
        item["needs"] = json.loads(item["needs"])
        yield item


SERVICES = Export(SERVICE_COLUMNS, _services)
REFERRALS = Export(REFERRAL_COLUMNS, _referrals)
UNMET_NEEDS = Export(UNMET_COLUMNS, _unmet)
