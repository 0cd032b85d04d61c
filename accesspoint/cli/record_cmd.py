"""accesspoint person add|find, accesspoint enquiry add: recording without the window.

For a council's scripted checks and for hubs that take enquiries from another
system. The same domain rules as the form apply (validation, consent wording kept,
"tell us once"): a likely duplicate person is refused unless --even-if-duplicate,
and the command prints what it made as one JSON object on standard output.
"""

from __future__ import annotations

import argparse
import json
import sys

from accesspoint import enquiries, hubs, people
from accesspoint.cli.common import open_db

_PERSON_FIELDS = ("given_name", "family_name", "date_of_birth", "phone", "email", "postcode",
                  "preferred_language")


def register(sub: argparse._SubParsersAction) -> None:
    person = sub.add_parser("person", help="people: add one (told once) or find them")
    psub = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = psub.add_parser("add", help="record a person; refused when they may be known already")
    for name in _PERSON_FIELDS:
        add.add_argument("--" + name.replace("_", "-"), dest=name, default=None)
    add.add_argument("--interpreter", action="store_true", help="needs an interpreter")
    add.add_argument("--even-if-duplicate", action="store_true",
                     help="record them even though a likely match exists (checked by a person)")
    add.set_defaults(func=_person_add)
    find = psub.add_parser("find", help="search people by name, phone, postcode or birth date")
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=20)
    find.set_defaults(func=_person_find)

    enquiry = sub.add_parser("enquiry", help="enquiries: record one")
    esub = enquiry.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = esub.add_parser("add", help="record an enquiry (anonymous unless --person)")
    add.add_argument("--need", action="append", default=[], metavar="CODE", required=True,
                     help="a need code from the taxonomy (repeat for several)")
    add.add_argument("--description", default="")
    add.add_argument("--channel", default="walk_in", choices=enquiries.CHANNELS)
    add.add_argument("--person", dest="person_id", metavar="PERSON_ID")
    add.add_argument("--language", default="en", help="the resident's preferred language")
    add.add_argument("--interpreter", action="store_true")
    add.add_argument("--urgency", default="routine", choices=enquiries.URGENCIES)
    add.add_argument("--safeguarding", action="store_true")
    add.add_argument("--outcome", default="information", choices=enquiries.OUTCOMES)
    add.add_argument("--follow-up", dest="follow_up_date", metavar="YYYY-MM-DD")
    add.add_argument("--consent", action="append", default=[],
                     choices=("record", "share", "contact"),
                     help="a purpose the resident agreed to, with its wording read to them")
    add.set_defaults(func=_enquiry_add)


def _print(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, sort_keys=True))


def _person_add(args: argparse.Namespace) -> int:
    fields = {k: getattr(args, k) for k in _PERSON_FIELDS if getattr(args, k) is not None}
    if args.interpreter:
        fields["interpreter_needed"] = True
    conn = open_db(args)
    try:
        if not args.even_if_duplicate:
            matches = people.likely_duplicates(conn, **fields)
            if matches:
                _print({"created": False, "likely_duplicates": [
                    {"id": m.person["id"], "score": round(m.score, 2), "reasons": m.reasons}
                    for m in matches]})
                print("accesspoint: this person may be known already; use their id, or add "
                      "--even-if-duplicate once a person has checked", file=sys.stderr)
                return 3
        person = people.create_person(conn, hubs.cli_actor(conn), **fields)
    finally:
        conn.close()
    _print({"created": True, "id": person["id"]})
    return 0


def _person_find(args: argparse.Namespace) -> int:
    conn = open_db(args)
    try:
        matches = people.search_people(conn, args.query, limit=max(1, min(args.limit, 200)))
    finally:
        conn.close()
    _print([{"id": m.person["id"], "given_name": m.person["given_name"],
             "family_name": m.person["family_name"], "score": round(m.score, 2),
             "reasons": m.reasons} for m in matches])
    return 0


def _enquiry_add(args: argparse.Namespace) -> int:
    data = enquiries.EnquiryInput(
        channel=args.channel, needs=list(args.need), description=args.description,
        person_id=args.person_id, preferred_language=args.language,
        interpreter_needed=args.interpreter, urgency=args.urgency,
        safeguarding=args.safeguarding, outcome=args.outcome,
        follow_up_date=args.follow_up_date, consent_record="record" in args.consent,
        consent_share="share" in args.consent, consent_contact="contact" in args.consent)
    conn = open_db(args)
    try:
        enquiry = enquiries.create_enquiry(conn, hubs.cli_actor(conn), data)
    finally:
        conn.close()
    _print({"id": enquiry["id"], "reference": enquiry["reference"]})
    return 0
