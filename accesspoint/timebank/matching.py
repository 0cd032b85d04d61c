"""Matching members to opportunities: a ranked list a coordinator can act on.

A transparent points score (no learning): shared skills weigh most, then
interests and availability, then attending the opportunity's hub; members who
opted in to employment support rank up for training and placement offers.
Each match carries its reasons, so the coordinator sees why.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from accesspoint.timebank import activities, members

W_SKILL, W_INTEREST, W_SLOT, W_HUB, W_EMPLOYMENT = 3.0, 2.0, 1.5, 1.0, 2.0


@dataclass
class Match:
    member: dict[str, Any]
    opportunity: dict[str, Any]
    score: float
    reasons: list[str] = field(default_factory=list)
    # The same reasons as data, for the app to word through its translations.
    skills: list[str] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)
    slots: list[str] = field(default_factory=list)
    same_hub: bool = False
    employment: bool = False


def _fold(items: list[str]) -> set[str]:
    return {i.casefold() for i in items}


def score(member: dict[str, Any], opp: dict[str, Any]) -> Match:
    reasons: list[str] = []
    total = 0.0
    skills = _fold(member["skills"]) & _fold(opp["skills"])
    if skills:
        total += W_SKILL * len(skills)
        reasons.append("skills: " + ", ".join(sorted(skills)))
    interests = _fold(member["interests"]) & _fold(opp["interests"] + opp["skills"])
    if interests:
        total += W_INTEREST * len(interests)
        reasons.append("interests: " + ", ".join(sorted(interests)))
    slots = set(member["availability"]) & set(opp["availability"])
    if slots:
        total += W_SLOT * min(len(slots), 3)
        reasons.append("free: " + ", ".join(sorted(slots)))
    elif opp["availability"] and member["availability"]:
        total -= W_SLOT  # known to clash
    if opp.get("hub_id") and opp["hub_id"] in member["hubs"]:
        total += W_HUB
        reasons.append("attends this hub")
    if opp.get("employment") and member.get("employment_support"):
        total += W_EMPLOYMENT
        reasons.append("wants employment support")
    return Match(member, opp, total, reasons, sorted(skills), sorted(interests), sorted(slots),
                 "attends this hub" in reasons, "wants employment support" in reasons)


def _active_members(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT m.*, p.given_name, p.family_name FROM tb_members m JOIN people p"
        " ON p.id = m.person_id WHERE m.status = 'active' AND m.member_type != 'organisation'"
    )
    found = []
    for r in rows:
        item = dict(r)
        for key in members.LIST_FIELDS:
            item[key] = json.loads(item[key] or "[]")
        found.append(item)
    return found


def members_for(
    conn: sqlite3.Connection, opportunity_id: str, limit: int = 20
) -> list[Match]:
    """Best members for one opportunity, best first; members with no reason are left out."""
    opp = activities.get_opportunity(conn, opportunity_id)
    matches = [score(m, opp) for m in _active_members(conn)]
    matches = [m for m in matches if m.score > 0 and m.reasons]
    matches.sort(key=lambda m: (-m.score, m.member["family_name"], m.member["member_number"]))
    return matches[:limit]


def opportunities_for(
    conn: sqlite3.Connection, member_id: str, limit: int = 10, on_or_after: str | None = None
) -> list[Match]:
    """Open opportunities for one member, best first (the member view's 'upcoming')."""
    member = members.get_member(conn, member_id)
    opps = activities.list_opportunities(conn, on_or_after=on_or_after)
    matches = [score(member, o) for o in opps]
    matches.sort(key=lambda m: (-m.score, m.opportunity["starts_on"] or "", m.opportunity["title"]))
    return matches[:limit]
