"""The dashboard's words in the UI language.

accesspoint/reports/dashboard.py stays English and stdlib-only (the council server
builds the same charts), so its titles, axis titles, series, fixed categories and
notes are translated here, when a chart is shown: each fixed English text is listed
below for the translation script (context "ReportWords"), and the two notes that
carry dates are matched and re-worded with their dates kept.
tests/i18n/test_report_words.py fails when the dashboard gains a text not listed.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accesspoint.reports.charts import ChartData

CONTEXT = "ReportWords"

WORDS = (
    # dashboard tabs
    QT_TRANSLATE_NOOP("ReportWords", "Enquiries"),
    QT_TRANSLATE_NOOP("ReportWords", "Signposting"),
    QT_TRANSLATE_NOOP("ReportWords", "Time bank"),
    QT_TRANSLATE_NOOP("ReportWords", "Time audit"),
    # chart titles
    QT_TRANSLATE_NOOP("ReportWords", "Enquiries by channel"),
    QT_TRANSLATE_NOOP("ReportWords", "Enquiries by outcome"),
    QT_TRANSLATE_NOOP("ReportWords", "Enquiries by need (six most common)"),
    QT_TRANSLATE_NOOP("ReportWords", "Unmet needs by need"),
    QT_TRANSLATE_NOOP("ReportWords", "Unmet needs by area"),
    QT_TRANSLATE_NOOP("ReportWords", "Top services signposted and referred"),
    QT_TRANSLATE_NOOP("ReportWords", "Referral outcomes"),
    QT_TRANSLATE_NOOP("ReportWords", "Follow-ups overdue"),
    QT_TRANSLATE_NOOP("ReportWords", "Time bank hours by activity"),
    QT_TRANSLATE_NOOP("ReportWords", "Active and new members"),
    QT_TRANSLATE_NOOP("ReportWords", "Credits earned and spent"),
    QT_TRANSLATE_NOOP("ReportWords", "Time audit: who gives"),
    QT_TRANSLATE_NOOP("ReportWords", "Time audit: how much each member gives"),
    QT_TRANSLATE_NOOP("ReportWords", "Time audit: when time is given"),
    QT_TRANSLATE_NOOP("ReportWords", "Time audit: where time is given"),
    # axis titles and series
    QT_TRANSLATE_NOOP("ReportWords", "Day"),
    QT_TRANSLATE_NOOP("ReportWords", "ISO week"),
    QT_TRANSLATE_NOOP("ReportWords", "Month"),
    QT_TRANSLATE_NOOP("ReportWords", "Need"),
    QT_TRANSLATE_NOOP("ReportWords", "Needs not met"),
    QT_TRANSLATE_NOOP("ReportWords", "Unmet needs"),
    QT_TRANSLATE_NOOP("ReportWords", "All other needs"),
    QT_TRANSLATE_NOOP("ReportWords", "Other needs"),
    QT_TRANSLATE_NOOP("ReportWords", "Postcode district"),
    QT_TRANSLATE_NOOP("ReportWords", "Service"),
    QT_TRANSLATE_NOOP("ReportWords", "Times used"),
    QT_TRANSLATE_NOOP("ReportWords", "Signposted"),
    QT_TRANSLATE_NOOP("ReportWords", "Referred"),
    QT_TRANSLATE_NOOP("ReportWords", "Referrals"),
    QT_TRANSLATE_NOOP("ReportWords", "Status now"),
    QT_TRANSLATE_NOOP("ReportWords", "Days overdue"),
    QT_TRANSLATE_NOOP("ReportWords", "Follow-ups"),
    QT_TRANSLATE_NOOP("ReportWords", "Hours given"),
    QT_TRANSLATE_NOOP("ReportWords", "Hours of credit"),
    QT_TRANSLATE_NOOP("ReportWords", "Other activities"),
    QT_TRANSLATE_NOOP("ReportWords", "Not recorded"),
    QT_TRANSLATE_NOOP("ReportWords", "Active members"),
    QT_TRANSLATE_NOOP("ReportWords", "New members"),
    QT_TRANSLATE_NOOP("ReportWords", "Members"),
    QT_TRANSLATE_NOOP("ReportWords", "Earned"),
    QT_TRANSLATE_NOOP("ReportWords", "Spent"),
    QT_TRANSLATE_NOOP("ReportWords", "Hours"),
    QT_TRANSLATE_NOOP("ReportWords", "Hours given in the period"),
    QT_TRANSLATE_NOOP("ReportWords", "Day of the week"),
    QT_TRANSLATE_NOOP("ReportWords", "Hub"),
    # fixed categories
    QT_TRANSLATE_NOOP("ReportWords", "Walk-in"),
    QT_TRANSLATE_NOOP("ReportWords", "Phone"),
    QT_TRANSLATE_NOOP("ReportWords", "Email"),
    QT_TRANSLATE_NOOP("ReportWords", "Outreach"),
    QT_TRANSLATE_NOOP("ReportWords", "Information given"),
    QT_TRANSLATE_NOOP("ReportWords", "Escalated"),
    QT_TRANSLATE_NOOP("ReportWords", "No suitable service"),
    QT_TRANSLATE_NOOP("ReportWords", "Still open"),
    QT_TRANSLATE_NOOP("ReportWords", "Made"),
    QT_TRANSLATE_NOOP("ReportWords", "Sent"),
    QT_TRANSLATE_NOOP("ReportWords", "Seen"),
    QT_TRANSLATE_NOOP("ReportWords", "Accepted"),
    QT_TRANSLATE_NOOP("ReportWords", "Declined"),
    QT_TRANSLATE_NOOP("ReportWords", "Closed"),
    QT_TRANSLATE_NOOP("ReportWords", "Adults"),
    QT_TRANSLATE_NOOP("ReportWords", "Young people"),
    QT_TRANSLATE_NOOP("ReportWords", "Organisations"),
    QT_TRANSLATE_NOOP("ReportWords", "1-7 days"),
    QT_TRANSLATE_NOOP("ReportWords", "8-14 days"),
    QT_TRANSLATE_NOOP("ReportWords", "15-30 days"),
    QT_TRANSLATE_NOOP("ReportWords", "Over 30 days"),
    QT_TRANSLATE_NOOP("ReportWords", "Under 5 h"),
    QT_TRANSLATE_NOOP("ReportWords", "5-10 h"),
    QT_TRANSLATE_NOOP("ReportWords", "10-20 h"),
    QT_TRANSLATE_NOOP("ReportWords", "20-50 h"),
    QT_TRANSLATE_NOOP("ReportWords", "50 h or more"),
    QT_TRANSLATE_NOOP("ReportWords", "Mon"),
    QT_TRANSLATE_NOOP("ReportWords", "Tue"),
    QT_TRANSLATE_NOOP("ReportWords", "Wed"),
    QT_TRANSLATE_NOOP("ReportWords", "Thu"),
    QT_TRANSLATE_NOOP("ReportWords", "Fri"),
    QT_TRANSLATE_NOOP("ReportWords", "Sat"),
    QT_TRANSLATE_NOOP("ReportWords", "Sun"),
    # notes
    QT_TRANSLATE_NOOP("ReportWords", "Each enquiry once, by how the resident came."),
    QT_TRANSLATE_NOOP("ReportWords", "Each enquiry once, by its outcome now."),
    QT_TRANSLATE_NOOP("ReportWords", "An enquiry with two needs counts under both."),
    QT_TRANSLATE_NOOP("ReportWords", "\"No suitable service found\", in the period."),
    QT_TRANSLATE_NOOP("ReportWords", "The ten districts with most unmet needs; \"unknown\": "
                      "anonymous or no postcode."),
    QT_TRANSLATE_NOOP("ReportWords", "Signposting and referrals are not recorded on this "
                      "device yet."),
    QT_TRANSLATE_NOOP("ReportWords", "The ten services used most in the period."),
    QT_TRANSLATE_NOOP("ReportWords", "Referrals made in the period, by their status now."),
    QT_TRANSLATE_NOOP("ReportWords", "The time bank is not set up on this device yet."),
    QT_TRANSLATE_NOOP("ReportWords", "Credits earned for time given, net of corrections."),
    QT_TRANSLATE_NOOP("ReportWords", "Active: earned or spent credits in the month."),
    QT_TRANSLATE_NOOP("ReportWords", "Spent: on rewards. Net of corrections."),
    QT_TRANSLATE_NOOP("ReportWords", "Hours given by members of each type."),
    QT_TRANSLATE_NOOP("ReportWords", "Members by the hours they gave in the period."),
    QT_TRANSLATE_NOOP("ReportWords", "By the day the time was given."),
    QT_TRANSLATE_NOOP("ReportWords", "By the hub that logged the hours."),
)
_SPAN = re.compile(r"^(.*) Whole months, (\S+) to (\S+)\.$")
_AS_OF = re.compile(r"^Not done and past their date, as of (\S+)\.$")


def word(text: str) -> str:
    """`text` in the UI language if it is one of the dashboard's words, else as it is
    (data: service, activity and hub names, months)."""
    if not isinstance(text, str) or not text:
        return text
    span = _SPAN.match(text)
    if span:
        return word(span.group(1)) + " " + QCoreApplication.translate(
            "ReportWords", "Whole months, {first} to {last}.").format(
            first=span.group(2), last=span.group(3))
    as_of = _AS_OF.match(text)
    if as_of:
        return QCoreApplication.translate(
            "ReportWords", "Not done and past their date, as of {date}.").format(
            date=as_of.group(1))
    shown = QCoreApplication.translate(CONTEXT, text)
    if shown == text:
        # A need's label (the dashboard names needs in English): the needs picker's words.
        shown = QCoreApplication.translate("Needs", text)
    return shown


def translated(data: ChartData) -> ChartData:
    """A copy of `data` with its words in the UI language (the numbers untouched)."""
    return dataclasses.replace(
        data, title=word(data.title), note=word(data.note), x_title=word(data.x_title),
        y_title=word(data.y_title), categories=[word(c) for c in data.categories],
        series=[(word(name), values) for name, values in data.series])
