"""Counts read as English in the English UI: "1 day", "3 days", never "day(s)"."""

import xml.etree.ElementTree as ET  # noqa: N817 (the usual name)

from PySide6.QtCore import QCoreApplication

from accesspoint.resources import resource_path
from ui.i18n import install


def test_english_counts_have_singular_and_plural(qapp):
    installed = install(qapp, "en")
    try:
        assert installed, "accesspoint_en.qm did not load"
        one = QCoreApplication.translate("ConsentRenewalsView", "Lapses in %n day(s)", "", 1)
        many = QCoreApplication.translate("ConsentRenewalsView", "Lapses in %n day(s)", "", 3)
        assert (one, many) == ("Lapses in 1 day", "Lapses in 3 days")
    finally:
        for tr in installed:
            qapp.removeTranslator(tr)


def test_every_count_in_the_code_has_two_english_forms():
    tree = ET.parse(resource_path("i18n", "accesspoint_en.ts"))
    messages = list(tree.iter("message"))
    assert len(messages) >= 10
    for message in messages:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2, message.findtext("source")
        assert all("(s)" not in f and "%n" in f for f in forms), forms
