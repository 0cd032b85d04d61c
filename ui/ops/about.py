# ruff: noqa: E501 - QCoreApplication.translate with a literal context, so lupdate files each
# string under it (a tr alias put them in an empty context that never matched at run time)
"""Help → About: version, licences of what we ship, and a getting-started guide."""

from __future__ import annotations

import html
import sqlite3
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from accesspoint import __version__
from accesspoint.ops.licences import COMPONENTS, version_of


def guide_html(widget: QWidget) -> str:
    """The volunteers' guide: short, plain English, one string per paragraph so each
    translates on its own."""
    paragraphs = [
        ("h3", QCoreApplication.translate("GettingStarted", "Getting started")),
        ("p", QCoreApplication.translate("GettingStarted", "AccessPoint keeps a record of the people who come to your hub, what they "
                 "needed and where you sent them. It works without the internet; everything "
                 "is saved on this computer as you go.")),
        ("h4", QCoreApplication.translate("GettingStarted", "When someone comes in")),
        ("p", QCoreApplication.translate("GettingStarted", "1. Open Enquiries and start a new enquiry.")),
        ("p", QCoreApplication.translate("GettingStarted", "2. Ask if they are happy for you to keep a record. If not, leave the "
                 "person out: the enquiry stays anonymous.")),
        ("p", QCoreApplication.translate("GettingStarted", "3. Search for the person by name, phone or postcode before adding them, "
                 "so nobody is entered twice.")),
        ("p", QCoreApplication.translate("GettingStarted", "4. Choose what they need, then search the directory for a service and "
                 "note what you did.")),
        ("p", QCoreApplication.translate("GettingStarted", "5. Save. If they need a call back, set a follow-up date.")),
        ("h4", QCoreApplication.translate("GettingStarted", "Good to know")),
        ("p", QCoreApplication.translate("GettingStarted", "What you type is kept as a draft, so closing the window or a power cut "
                 "does not lose it. A copy of everything is made every day in the "
                 "'backups' folder.")),
        ("p", QCoreApplication.translate("GettingStarted", "Make the text bigger with Ctrl and +, smaller with Ctrl and -. Every "
                 "button can be reached with the Tab key.")),
        ("p", QCoreApplication.translate("GettingStarted", "If something goes wrong, use Help → Save diagnostic report and send the "
                 "file to whoever supports your hub. It contains no names or personal "
                 "details.")),
    ]
    return "".join(f"<{tag}>{html.escape(text)}</{tag}>" for tag, text in paragraphs)


def about_html(widget: QWidget) -> str:
    rows = [
        (QCoreApplication.translate("GettingStarted", "AccessPoint"), __version__),
        ("Python", sys.version.split()[0]),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("SQLite", sqlite3.sqlite_version),
    ]
    table = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                    for k, v in rows)
    intro = QCoreApplication.translate("GettingStarted", "Enquiries, signposting and time credits for community hubs.")
    return f"<h3>AccessPoint {html.escape(__version__)}</h3><p>{html.escape(intro)}</p>" \
           f"<table cellpadding='3'>{table}</table>"


def licences_html(widget: QWidget) -> str:
    items = []
    for c in COMPONENTS:
        version = version_of(c)
        note = f"<br><small>{html.escape(c.note)}</small>" if c.note else ""
        items.append(f"<li><b>{html.escape(c.name)}</b> {html.escape(version)} — "
                     f"{html.escape(c.licence)} — <a href='{html.escape(c.url)}'>"
                     f"{html.escape(c.url)}</a>{note}</li>")
    intro = QCoreApplication.translate("GettingStarted", "AccessPoint is free software under the GNU Affero General Public Licence, "
               "version 3 or later. It includes these components:")
    return f"<p>{html.escape(intro)}</p><ul>{''.join(items)}</ul>"


class AboutDialog(QDialog):
    TABS = ("about", "guide", "licences")

    def __init__(self, parent: QWidget | None = None, start: str = "about"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About AccessPoint"))
        self.setAccessibleName(self.tr("About AccessPoint"))
        self.resize(620, 520)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("About, getting started and licences"))
        self.browsers: dict[str, QTextBrowser] = {}
        for key, title, body in (
            ("about", self.tr("About"), about_html(self)),
            ("guide", self.tr("Getting started"), guide_html(self)),
            ("licences", self.tr("Licences"), licences_html(self)),
        ):
            browser = QTextBrowser(self)
            browser.setOpenExternalLinks(True)
            browser.setAccessibleName(title)
            browser.setHtml(body)
            self.browsers[key] = browser
            self.tabs.addTab(browser, title)
        self.tabs.setCurrentIndex(self.TABS.index(start))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
