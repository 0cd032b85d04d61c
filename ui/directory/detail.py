"""Service detail: description, how to access it, contacts, places, opening times,
eligibility, languages, cost, accessibility and when it was last verified."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from accesspoint.directory import schedules, slip_text
from ui.i18n import language_display, ui_language
from ui.widgets.needs_picker import need_label


def _t(text: str) -> str:
    return QCoreApplication.translate("DirectoryDetail", text)


def schedule_words() -> dict[str, Any]:
    """Day names, ordinals and their order in the UI language, from the slip's
    catalogue (it has every UI language): "1.º sábado do mês", "Sabtida 1aad ee
    bisha". Day names passed to _t() one by one were never collected for translation."""
    return slip_text.strings(ui_language())[0]


def day_names() -> tuple[str, ...]:
    return tuple(schedule_words()["days"])


def detail_html(service: dict[str, Any], now: datetime | None = None) -> str:
    e = html.escape
    parts = [f"<h2>{e(service['name'])}</h2>"]
    org = service.get("organization", {}).get("name")
    badges = []
    if org:
        badges.append(e(_t("Run by {org}").format(org=org)))
    if service.get("local"):
        badges.append("<b>" + e(_t("Hub-local service (added here, not yet in the council "
                                   "directory)")) + "</b>")
    if badges:
        parts.append("<p>" + " · ".join(badges) + "</p>")
    if service.get("stale"):
        parts.append("<p style='color:#8a4b00'><b>⚠ " + e(_t(
            "Last verified {date}: more than 12 months ago. Check the details (phone first) "
            "before relying on them.").format(date=service.get("assured_date") or _t("never")))
            + "</b></p>")
    if service.get("retired"):
        parts.append("<p><b>" + e(_t("This service is no longer in the directory.")) + "</b></p>")
    if service.get("alert"):
        parts.append(f"<p><i>{e(service['alert'])}</i></p>")
    if service.get("description"):
        parts.append(f"<p>{e(service['description'])}</p>")
    rows: list[tuple[str, str]] = []
    if service.get("access"):
        rows.append((_t("How to access"), e(service["access"]).replace("\n", "<br/>")))
    phones = [p["number"] + (f" ({p['description']})" if p.get("description") else "")
              for p in service.get("phones", [])]
    for c in service.get("contacts", []):
        who = " ".join(x for x in (c.get("name"), c.get("title")) if x)
        for p in c.get("phones", []):
            phones.append(f"{p['number']} ({who})" if who else p["number"])
        if c.get("email"):
            phones.append(f"{c['email']} ({who})" if who else c["email"])
    if phones:
        rows.append((_t("Contact"), "<br/>".join(e(p) for p in dict.fromkeys(phones))))
    if service.get("email"):
        rows.append((_t("Email"), e(service["email"])))
    if service.get("url"):
        rows.append((_t("Website"), e(service["url"])))
    places = service.get("locations", [])
    shown = [loc for loc in places if not loc.get("confidential")]
    for loc in shown:
        text = ", ".join(x for x in [loc.get("name", ""), *loc.get("address", []),
                                     loc.get("postcode", "")] if x)
        access = "; ".join(loc.get("accessibility", []))
        rows.append((_t("Address"), e(text) + (f"<br/><i>{e(access)}</i>" if access else "")))
    if any(loc.get("confidential") for loc in places):
        rows.append((_t("Address"), e(_t("Confidential: never given out or printed. Use the "
                                         "phone contact to arrange a visit."))))
    if not places:
        rows.append((_t("Address"), e(_t("No building to visit: phone or online."))))
    words = schedule_words()
    times = schedules.describe(service.get("schedules", []), tuple(words["days"]), words)
    windows = [o.as_row() for o in schedules.openings(service.get("schedules", []))]
    state = ""
    if windows:
        open_now = schedules.is_open(windows, now or datetime.now())
        state = "<b>" + e(_t("Open now") if open_now else _t("Closed now")) + "</b><br/>"
    rows.append((_t("Opening times"), state + "<br/>".join(e(t) for t in times) if times
                 else e(_t("Not given: phone to check."))))
    ages = _ages(service.get("min_age"), service.get("max_age"))
    eligibility = "<br/>".join(e(x) for x in [service.get("eligibility", ""), ages] if x)
    if eligibility:
        rows.append((_t("Who it is for"), eligibility))
    if service.get("service_areas"):
        rows.append((_t("Area"), e("; ".join(service["service_areas"]))))
    langs = [language_display(c) for c in service.get("languages", [])]
    if langs:
        rows.append((_t("Languages spoken"), e(", ".join(langs))))
    if service.get("interpretation_services"):
        rows.append((_t("Interpreting"), e(service["interpretation_services"])))
    rows.append((_t("Cost"), e(_cost(service))))
    if service.get("needs"):
        rows.append((_t("Helps with"), e(", ".join(need_label(n) for n in service["needs"]))))
    rows.append((_t("Last verified"), e(service.get("assured_date") or _t("never"))))
    table = "".join(f"<tr><td style='padding-right:10px; vertical-align:top'><b>{e(k)}</b>"
                    f"</td><td>{v}</td></tr>" for k, v in rows)
    parts.append(f"<table cellspacing='3'>{table}</table>")
    return "".join(parts)


def _ages(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return ""
    if hi is None:
        return _t("Aged {lo} and over").format(lo=lo)
    if lo is None or lo == 0:
        return _t("Up to age {hi}").format(hi=hi)
    return _t("Aged {lo} to {hi}").format(lo=lo, hi=hi)


def _cost(service: dict[str, Any]) -> str:
    if service.get("is_free"):
        return _t("Free")
    options = [" ".join(x for x in (o.get("option"), f"£{o['amount']:.2f}"
                                    if o.get("amount") is not None else "",
                                    o.get("amount_description")) if x)
               for o in service.get("cost_options", [])]
    text = "; ".join(x for x in [service.get("fees", ""), *options] if x)
    return text or _t("Not given")


class DetailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Service details"))
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.service: dict[str, Any] | None = None
        self.show_empty()

    def show_empty(self) -> None:
        self.service = None
        self.setHtml("<p>" + html.escape(self.tr("Choose a service to see its details.")) + "</p>")

    def show_service(self, service: dict[str, Any] | None) -> None:
        if service is None:
            self.show_empty()
            return
        self.service = service
        self.setHtml(detail_html(service))
        self.setAccessibleDescription(service["name"])
