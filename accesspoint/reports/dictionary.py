"""The data dictionary written beside the open data (Markdown for people, JSON for tools)."""

from __future__ import annotations

from datetime import date
from typing import Any

from .open_data import SUPPRESSED_CSV, Published
from .suppression import THRESHOLD

DIMENSIONS = {
    "iso_week": "ISO 8601 week, e.g. 2026-W14 (weeks start on Monday; the week of a UTC"
                " timestamp). The finest time we publish.",
    "month": "Calendar month, YYYY-MM.",
    "area": "Postcode district (the outward code, e.g. E8) of the resident's postcode. No"
            " ward lookup is available offline, so the district is the smallest area we"
            " publish; we never publish anything finer. \"unknown\": anonymous enquiry or"
            " no valid postcode.",
    "channel": "How the resident contacted the hub: walk_in, phone, email, outreach.",
    "outcome": "What happened: information (given on the spot), signposted (to a"
               " service), referred (passed to a service with consent), escalated,"
               " no_suitable_service (a need we could not meet), open (still in progress).",
    "need": "Need code from the hub's needs taxonomy (resources/taxonomy/needs.json),"
            " e.g. housing, benefits, food.",
    "activity": "Time bank activity code; \"unspecified\" when none was recorded,"
                " \"other\" when the code is not a plain code.",
    "member_type": "adult, young_person or organisation.",
    "kind": "signpost (the resident was told about a service) or referral (the hub passed"
            " the resident's details to the service, with their consent).",
    "measure": "active_members: distinct members who earned or spent credits.",
}

RULES = [
    f"Counts from 1 to {THRESHOLD} are suppressed: \"{SUPPRESSED_CSV}\" in CSV, value null"
    " with \"suppressed\": true in JSON. 0 is shown as 0.",
    f"A cell is also suppressed when 1 to {THRESHOLD} distinct people (or members) are"
    " behind it, however large the count (one person with six enquiries is still one"
    " person). Anonymous enquiries count as one person each.",
    "Secondary suppression: in every row and column that has a total, either nothing is"
    " suppressed or at least two entries are, and the suppressed cells of a row or column"
    " whose total is shown add up to more than the threshold. Cells that chains of totals"
    " could pin down exactly are suppressed too. Which cells were suppressed for their own"
    " sake is never said.",
    "Tables that share a total (enquiries per week by channel and by outcome; outcome"
    " totals by week and by area; the grand total) suppress it together.",
    "Dates are no finer than an ISO week; the period is widened to whole weeks.",
    "No names, contact details, free text (descriptions, notes) or record ids are"
    " published. Every label is a code from a fixed list, a week, a month or a district.",
]


def dictionary(tables: list[Published], start: date, end: date) -> tuple[str, dict[str, Any]]:
    doc: dict[str, Any] = {
        "title": "AccessPoint hub open data",
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "suppression_threshold": THRESHOLD,
        "suppressed_marker_csv": SUPPRESSED_CSV,
        "rules": RULES,
        "dimensions": DIMENSIONS,
        "files": [],
    }
    lines = [
        "# AccessPoint hub open data: data dictionary", "",
        f"Period: {start.isoformat()} to {end.isoformat()} (whole ISO weeks).", "",
        "## Rules", "",
        *(f"- {r}" for r in RULES), "",
        "## Layout", "",
        "Each table is written twice:", "",
        "- `NAME.csv`: one row per row key (first column), one column per category, then"
        " `total`; the last row is `total`. Tables without totals have neither.",
        "- `NAME.json`: the same as a list of objects `{<row dimension>, <column"
        " dimension>, value, suppressed}`, plus `title`, `unit`, `period`, `columns`,"
        " `rows`.", "",
        "## Dimensions", "",
        *(f"- `{k}`: {v}" for k, v in DIMENSIONS.items()), "",
        "## Tables", "",
    ]
    for p in tables:
        totals = p.table.row_totals or p.table.col_totals
        entry = {
            "name": p.name, "files": [f"{p.name}.csv", f"{p.name}.json"], "title": p.title,
            "description": p.description, "unit": p.unit, "rows": p.row_dimension,
            "columns": p.column_dimension, "column_values": [str(c) for c in p.table.cols],
            "totals": totals,
        }
        doc["files"].append(entry)
        lines += [
            f"### {p.title}", "",
            f"Files: `{p.name}.csv`, `{p.name}.json`. Unit: {p.unit}. Rows: `{p.row_dimension}`."
            f" Columns: `{p.column_dimension}` ({', '.join(f'`{c}`' for c in p.table.cols)})"
            + ("; then `total`." if totals else "; no totals."), "",
            p.description, "",
        ]
    lines += [
        "## Limits", "",
        "- Exports for overlapping periods can be compared; publish fixed periods (for"
        " example whole quarters) rather than many overlapping ones.",
        "- Postcode districts with few residents will mostly show as suppressed.", "",
    ]
    return "\n".join(lines), doc
