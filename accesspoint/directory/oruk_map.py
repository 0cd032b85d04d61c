"""Map one ORUK service record (3.0/HSDS 3.0 or 1.0) to our normalised shape.

The normalised record is what the store keeps (as JSON) and what the detail
view, the slip and the export read. A field of the wrong type is an error
naming the record and the field; values that are merely implausible (a
latitude of 100 in the official example) are dropped with a warning, because
real feeds are messy and one bad coordinate must not block a whole directory.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from accesspoint.directory.errors import FeedError
from accesspoint.directory.languages import language_code
from accesspoint.directory.needs_map import needs_for
from accesspoint.directory.oruk_fields import MAX_ITEMS, MAX_TEXT, FieldReader
from accesspoint.errors import msg
from accesspoint.textnorm import format_postcode, is_postcode

__all__ = ["MAX_ITEMS", "MAX_TEXT", "Mapper", "normalise"]
CONFIDENTIAL_WORDS = ("confidential", "private", "withheld", "hidden")
_ACCESS_KEYS = ("application_process", "attending_type", "attending_access", "deliverable_type")
_TOP_KEYS = ("status", "assured_date", "alternate_name", "description", "url", "email",
             "alert", "wait_time", "interpretation_services", "last_modified")
_ADDRESS_KEYS = ("address_1", "address_2", "address_3", "address_4", "city", "postal_code")
_PLACE_KEYS = ("id", "name", "transportation")
_V1_KEYS = frozenset(("service_taxonomys", "regular_schedules", "eligibilitys", "fundings"))
_PRICED = re.compile(r"\d+(\.\d\d)?\s*(per|a|an)\b")
# Sub-objects seen before, by their values (see FieldReader.once): shared by every
# mapper in the process, so each pulled page does not start from nothing.
_ORGS: dict[tuple, dict[str, str]] = {}
_TERMS: dict[tuple, dict[str, str]] = {}
_TERMS_V1: dict[tuple, dict[str, str]] = {}
_SCHEDULES: dict[tuple, dict[str, Any]] = {}
_LANGUAGES: dict[tuple, tuple[str | None]] = {}
# What each cached reader reads of its object (tests/directory check they agree).
ORG_KEYS = ("id", "name", "description", "website", "url", "email")
TERM_KEYS = ("id", "name", "term", "taxonomy", "vocabulary")
TERM_V1_KEYS = ("id", "name", "vocabulary")
LANGUAGE_KEYS = ("code", "name", "language")
SCHEDULE_KEYS = ("freq", "interval", "byday", "bymonthday", "dtstart", "opens_at", "closes_at",
                 "valid_from", "valid_to", "description", "attending_type")


class Mapper(FieldReader):
    """Normalises records, collecting warnings for the import summary."""

    # -- the record --------------------------------------------------------
    def normalise(self, raw: Any, where: str | None = None) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise FeedError(msg("a service must be an object, got {name}", name=type(raw).__name__),
                            where=where)
        rid_raw = raw.get("id")
        if rid_raw is None or isinstance(rid_raw, bool | dict | list) or not str(rid_raw).strip():
            name = raw.get("name")
            raise FeedError("the service has no id", where=where,
                            record=str(name)[:80] if isinstance(name, str) else None, field="id")
        rid = str(rid_raw).strip()
        name = self.text(rid, raw, "name")
        if not name:
            raise FeedError("the service has no name", record=rid, field="name", where=where)
        try:
            return self._normalise(rid, name, raw)
        except FeedError as exc:
            if where and not exc.where:
                raise FeedError(str(exc).split(": ", 1)[-1] if exc.record else str(exc),
                                record=exc.record, field=exc.field, where=where) from None
            raise

    def _normalise(self, rid: str, name: str, raw: dict) -> dict[str, Any]:
        t = self.text
        org_raw = raw.get("organization") or {}
        if not isinstance(org_raw, dict):
            raise FeedError("expected an object", record=rid, field="organization")
        organization = self.once(_ORGS, org_raw, ORG_KEYS, lambda: {
            "id": t(rid, org_raw, "id", "organization.id"),
            "name": t(rid, org_raw, "name", "organization.name"),
            "description": t(rid, org_raw, "description", "organization.description"),
            "url": t(rid, org_raw, "website", "organization.website")
            or t(rid, org_raw, "url", "organization.url"),
            "email": t(rid, org_raw, "email", "organization.email"),
        })
        version = "3.0" if _V1_KEYS.isdisjoint(raw) else "1.0"
        min_age = self.integer(rid, raw, "minimum_age", "minimum_age")
        max_age = self.integer(rid, raw, "maximum_age", "maximum_age")
        eligibility = [t(rid, raw, "eligibility_description")]
        for i, el in enumerate(self.items(rid, raw, "eligibilitys")):
            f = f"eligibilitys[{i}]"
            eligibility.append(t(rid, el, "eligibility", f + ".eligibility"))
            lo = self.integer(rid, el, "minimum_age", f + ".minimum_age")
            hi = self.integer(rid, el, "maximum_age", f + ".maximum_age")
            min_age = lo if min_age is None else (min(min_age, lo) if lo is not None else min_age)
            max_age = hi if max_age is None else (max(max_age, hi) if hi is not None else max_age)
        taxonomy = self._taxonomy(rid, raw)
        languages = self._languages(rid, raw)
        cost_options = []
        for i, c in enumerate(self.items(rid, raw, "cost_options")):
            f = f"cost_options[{i}]"
            cost_options.append({
                "option": t(rid, c, "option", f + ".option"),
                "amount": self.number(rid, c, "amount", f + ".amount"),
                "amount_description": t(rid, c, "amount_description", f + ".amount_description"),
            })
        fees = t(rid, raw, "fees_description") or t(rid, raw, "fees")
        phones = self._phones(rid, raw.get("phones"), "phones")
        contacts = []
        for i, c in enumerate(self.items(rid, raw, "contacts")):
            f = f"contacts[{i}]"
            contacts.append({
                "name": t(rid, c, "name", f + ".name"), "title": t(rid, c, "title", f + ".title"),
                "email": t(rid, c, "email", f + ".email"),
                "phones": self._phones(rid, c.get("phones"), f + ".phones"),
            })
        confidential_service = bool(taxonomy) and any(
            any(w in (term["term"] or "").lower() for w in ("confidential address", "refuge"))
            for term in taxonomy)
        locations = self._locations(rid, raw, confidential_service)
        schedules = [self._schedule(rid, s, f"schedules[{i}]")
                     for i, s in enumerate(self.items(rid, raw, "schedules"))]
        schedules += [self._schedule(rid, s, f"regular_schedules[{i}]")
                      for i, s in enumerate(self.items(rid, raw, "regular_schedules"))]
        access = self.texts(rid, raw, _ACCESS_KEYS)
        for s in schedules:
            if s.get("attending_type"):
                access.append(s["attending_type"])
        areas = [t(rid, a, "service_area", f"service_areas[{i}].service_area")
                 or t(rid, a, "name", f"service_areas[{i}].name")
                 for i, a in enumerate(self.items(rid, raw, "service_areas"))]
        (status, assured, alternate_name, description, url, email, alert, wait_time,
         interpretation, modified) = self.texts(rid, raw, _TOP_KEYS)
        record = {
            "id": rid, "oruk_version": version, "name": name,
            "alternate_name": alternate_name, "description": description, "url": url,
            "email": email, "status": status.lower() or "active",
            "fees": fees, "cost_options": cost_options,
            "is_free": _is_free(fees, cost_options),
            "min_age": min_age, "max_age": max_age,
            "eligibility": _join(eligibility),
            "access": _join(access),
            "alert": alert, "wait_time": wait_time, "interpretation_services": interpretation,
            "assured_date": assured[:10] or None, "last_modified": modified or None,
            "organization": organization, "phones": phones, "contacts": contacts,
            "languages": languages, "taxonomy": taxonomy,
            "needs": needs_for([x["term"] for x in taxonomy], name),
            "locations": locations, "schedules": schedules,
            "service_areas": [a for a in areas if a],
        }
        if raw.get("x_local"):
            record["local"] = True
        return record

    def _taxonomy(self, rid: str, raw: dict) -> list[dict[str, str]]:
        out = []
        for i, a in enumerate(self.items(rid, raw, "attributes")):
            term = a.get("taxonomy_term")
            if isinstance(term, dict):
                f = f"attributes[{i}].taxonomy_term"
                out.append(self.once(_TERMS, term, TERM_KEYS, self._term, rid, term, f))
        for i, st in enumerate(self.items(rid, raw, "service_taxonomys")):
            tx = st.get("taxonomy") or {}
            if isinstance(tx, dict):
                f = f"service_taxonomys[{i}].taxonomy"
                out.append(self.once(_TERMS_V1, tx, TERM_V1_KEYS, self._term_v1, rid, tx, f))
        seen: set[str] = set()
        unique = []
        for x in out:
            if x["term"] and x["term"].lower() not in seen:
                seen.add(x["term"].lower())
                unique.append(x)
        return unique

    def _term(self, rid: str, term: dict, f: str) -> dict[str, str]:
        return {"id": self.text(rid, term, "id", f + ".id"),
                "term": self.text(rid, term, "name", f + ".name")
                or self.text(rid, term, "term", f + ".term"),
                "taxonomy": self.text(rid, term, "taxonomy", f + ".taxonomy")
                or self.text(rid, term, "vocabulary", f + ".vocabulary")}

    def _term_v1(self, rid: str, tx: dict, f: str) -> dict[str, str]:
        return {"id": self.text(rid, tx, "id", f + ".id"),
                "term": self.text(rid, tx, "name", f + ".name"),
                "taxonomy": self.text(rid, tx, "vocabulary", f + ".vocabulary")}

    def _languages(self, rid: str, raw: dict) -> list[str]:
        codes: list[str] = []
        sources = [("languages", raw)]
        for i, sal in enumerate(self.items(rid, raw, "service_at_locations")):
            loc = sal.get("location")
            if isinstance(loc, dict):
                sources.append((f"service_at_locations[{i}].location.languages", loc))
        for field, obj in sources:
            for j, lang in enumerate(self.items(rid, obj, "languages", field)):
                f = f"{field}[{j}]"
                code = self.once(_LANGUAGES, lang, LANGUAGE_KEYS, self._language, rid, lang,
                                 f)[0]
                if code and code not in codes:
                    codes.append(code)
        return codes

    def _language(self, rid: str, lang: dict, f: str) -> tuple[str | None]:
        return (language_code(self.text(rid, lang, "code", f + ".code"),
                              self.text(rid, lang, "name", f + ".name")
                              or self.text(rid, lang, "language", f + ".language")),)

    def _phones(self, rid: str, value: Any, field: str) -> list[dict[str, str]]:
        out = []
        for i, p in enumerate(self.items(rid, {"p": value}, "p", field)):
            number = self.text(rid, p, "number", f"{field}[{i}].number").strip('"')
            if number:
                out.append({"number": number,
                            "description": self.text(rid, p, "description",
                                                     f"{field}[{i}].description")})
        return out

    def _locations(self, rid: str, raw: dict, confidential_service: bool) -> list[dict]:
        out = []
        for i, sal in enumerate(self.items(rid, raw, "service_at_locations")):
            loc = sal.get("location")
            if loc is None:
                continue
            f = f"service_at_locations[{i}].location"
            if not isinstance(loc, dict):
                raise FeedError("expected an object", record=rid, field=f)
            kind = self.text(rid, loc, "location_type", f + ".location_type").lower()
            addresses = self.items(rid, loc, "addresses", f + ".addresses") + self.items(
                rid, loc, "physical_addresses", f + ".physical_addresses")
            confidential = confidential_service or bool(loc.get("confidential")) or any(
                w in kind for w in CONFIDENTIAL_WORDS) or any(
                any(w in str(a.get("address_type") or "").lower() for w in CONFIDENTIAL_WORDS)
                for a in addresses)
            if kind == "virtual":
                continue  # online-only: not a place to go
            lat = self.number(rid, loc, "latitude", f + ".latitude")
            lon = self.number(rid, loc, "longitude", f + ".longitude")
            if lat is not None and lon is not None and not (
                    -90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
                self.warn(rid, f + ".latitude", msg("({lat}, {lon}) is not on Earth; ignored",
                                                    lat=lat, lon=lon))
                lat = lon = None
            if (lat is None) != (lon is None):
                lat = lon = None
            lines: list[str] = []
            postcode = ""
            for j, a in enumerate(addresses):
                kind_of = str(a.get("address_type") or "").lower()
                if kind_of not in ("", "physical", "postal") and not confidential:
                    continue
                *parts, postcode = self.texts(rid, a, _ADDRESS_KEYS, f"{f}.addresses[{j}].")
                lines = [p for p in parts if p]
                break
            postcode = _postcode(postcode)
            access = [self.text(rid, x, "accessibility", f"{f}.accessibility[{k}]")
                      or self.text(rid, x, "description", f"{f}.accessibility[{k}]")
                      for k, x in enumerate(
                          self.items(rid, loc, "accessibility", f + ".accessibility")
                          + self.items(rid, loc, "accessibility_for_disabilities",
                                       f + ".accessibility_for_disabilities"))]
            loc_id, loc_name, transportation = self.texts(rid, loc, _PLACE_KEYS, f + ".")
            entry = {"id": loc_id, "name": loc_name, "confidential": confidential,
                     "accessibility": [x for x in access if x],
                     "transportation": transportation}
            if confidential:
                # Never kept, so never shown or printed: only the contact route remains.
                entry.update({"lat": None, "lon": None, "address": [], "postcode": "",
                              "name": ""})
            else:
                entry.update({"lat": lat, "lon": lon, "address": lines, "postcode": postcode,
                              "description": self.text(rid, loc, "description",
                                                       f + ".description")})
            out.append(entry)
        return out

    def _schedule(self, rid: str, s: dict, f: str) -> dict[str, Any]:
        return self.once(_SCHEDULES, s, SCHEDULE_KEYS, self._read_schedule, rid, s, f)

    def _read_schedule(self, rid: str, s: dict, f: str) -> dict[str, Any]:
        t = self.text
        return {
            "freq": t(rid, s, "freq", f + ".freq").upper(),
            "interval": self.integer(rid, s, "interval", f + ".interval"),
            "byday": t(rid, s, "byday", f + ".byday").upper(),
            "bymonthday": t(rid, s, "bymonthday", f + ".bymonthday"),
            "dtstart": t(rid, s, "dtstart", f + ".dtstart")[:10],
            "opens_at": t(rid, s, "opens_at", f + ".opens_at"),
            "closes_at": t(rid, s, "closes_at", f + ".closes_at"),
            "valid_from": t(rid, s, "valid_from", f + ".valid_from")[:10],
            "valid_to": t(rid, s, "valid_to", f + ".valid_to")[:10],
            "description": t(rid, s, "description", f + ".description"),
            "attending_type": t(rid, s, "attending_type", f + ".attending_type"),
        }


@lru_cache(maxsize=4096)  # services share venues and postcodes
def _postcode(text: str) -> str:
    return format_postcode(text) if is_postcode(text) else text


def _join(parts: list[str]) -> str:
    seen: list[str] = []
    for p in parts:
        if p and p not in seen:
            seen.append(p)
    return "\n".join(seen)


def _is_free(fees: str, cost_options: list[dict]) -> bool | None:
    """True, False, or None when the feed does not say."""
    if not fees and not cost_options:
        return None  # most services: nothing said
    amounts = [c["amount"] for c in cost_options if c["amount"] is not None]
    if any(a > 0 for a in amounts):
        return False
    low = fees.lower()
    if "£" in low or _PRICED.search(low):
        return False
    if amounts or any(w in low for w in ("free", "no charge", "no cost", "without charge")):
        return True
    if not fees and not cost_options:
        return None
    return None


def normalise(raw: Any, where: str | None = None) -> dict[str, Any]:
    return Mapper().normalise(raw, where)
