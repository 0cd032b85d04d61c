"""Consents due for renewal (staff and coordinators): who to ask again, filtered by
purpose; the wording to read out again in the resident's language beside the list;
renew or withdraw with one click. Domain: accesspoint/security/consent_review.py."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint.security import consent_review
from ui.i18n import language_display
from ui.security.tables import DictTableModel, push
from ui.widgets.domain_text import describe_error


class ConsentRenewalsView(QWidget):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setAccessibleName(self.tr("Consents due for renewal"))
        self.days = QSpinBox(self)
        self.days.setRange(0, consent_review.MAX_DAYS)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Show consents lapsing within this many days"))
        days_label = QLabel(self.tr("&Lapsing within:"), self)
        days_label.setBuddy(self.days)
        self.purpose = QComboBox(self)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.addItem(self.tr("All purposes"), None)
        for key, label in self.purpose_labels().items():
            self.purpose.addItem(label, key)
        purpose_label = QLabel(self.tr("&Purpose:"), self)
        purpose_label.setBuddy(self.purpose)
        refresh = push(self, self.tr("Re&fresh"))
        filters = QHBoxLayout()
        for w in (days_label, self.days, purpose_label, self.purpose, refresh):
            filters.addWidget(w)
        filters.addStretch(1)

        self.model = DictTableModel([
            ("name", self.tr("Resident")), ("purpose_label", self.tr("Purpose")),
            ("renew_by_label", self.tr("Renew by")), ("status", self.tr("Status")),
            ("language_label", self.tr("Language"))], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consents to renew"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_wording())

        self.wording_label = QLabel(self.tr("Choose a resident to see the wording."), self)
        self.wording_label.setWordWrap(True)
        self.wording = QPlainTextEdit(self)
        self.wording.setReadOnly(True)
        self.wording.setTabChangesFocus(True)
        self.wording.setAccessibleName(self.tr("Wording to read to the resident again"))
        self.wording_label.setBuddy(self.wording)
        self.wording.setMaximumHeight(110)
        self.renew_button = push(self, self.tr("Re&new: the resident agrees"))
        self.withdraw_button = push(self, self.tr("&Withdraw this consent"))
        actions = QHBoxLayout()
        actions.addWidget(self.renew_button)
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result"))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.wording_label)
        layout.addWidget(self.wording)
        layout.addLayout(actions)
        layout.addWidget(self.result)

        refresh.clicked.connect(self.refresh)
        self.days.valueChanged.connect(self.refresh)
        self.purpose.currentIndexChanged.connect(self.refresh)
        self.renew_button.clicked.connect(self.renew)
        self.withdraw_button.clicked.connect(self.withdraw)
        self._set_enabled(False)
        self.refresh()

    def purpose_labels(self) -> dict[str, str]:
        return {"record": self.tr("Keep a record"), "share": self.tr("Share with a service"),
                "contact": self.tr("Contact later")}

    # --- the list --------------------------------------------------------------
    def refresh(self) -> None:
        actor, days, purpose = self.services.actor, self.days.value(), self.purpose.currentData()
        self.services.db.submit(lambda c: consent_review.due(c, actor, days, purpose),
                                self._show, self._failed)

    def _status(self, row: dict[str, Any]) -> str:
        n = row["days_left"]
        if n < 0:
            return self.tr("Lapsed %n day(s) ago", "", -n)
        if n == 0:
            return self.tr("Lapses today")
        return self.tr("Lapses in %n day(s)", "", n)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        labels = self.purpose_labels()
        for r in rows:
            r["purpose_label"] = labels.get(r["purpose"], r["purpose"])
            renew_by = date.fromisoformat(r["renew_by"])
            r["renew_by_label"] = QLocale().toString(renew_by, "d MMM yyyy")
            r["language_label"] = language_display(r["language"]) if r["language"] else ""
            r["status"] = self._status(r)
            r["name"] = r["name"] or self.tr("(no name)")
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.wording.clear()
            self.wording_label.setText(self.tr("No consents lapse in this period."))
        self._set_enabled(bool(rows))

    def _failed(self, exc: BaseException) -> None:
        self.result.setText(describe_error(exc))

    def selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _set_enabled(self, on: bool) -> None:
        self.renew_button.setEnabled(on)
        self.withdraw_button.setEnabled(on)

    def _show_wording(self) -> None:
        row = self.selected()
        if row is None:
            return
        text, lang = consent_review.wording(row["purpose"], row["language"])
        row["wording_language"] = lang
        self.wording.setPlainText(text)
        note = "" if lang == row["language"] else self.tr(
            " (not available in their language; this is the English wording)")
        self.wording_label.setText(self.tr("Rea&d this to {name} again ({lang}){note}:").format(
            name=row["name"], lang=language_display(lang), note=note))

    # --- actions ---------------------------------------------------------------
    def renew(self) -> None:
        row = self.selected()
        if row is None:
            return
        actor = self.services.actor
        pid, purpose, lang = row["person_id"], row["purpose"], row.get("wording_language", "en")
        name = row["name"]

        def done(event: dict[str, Any]) -> None:
            self.result.setText(self.tr("Renewed for {name} until {date}.").format(
                name=name, date=date.fromisoformat(event["renew_by"]).strftime("%d %b %Y")))
            self.services.events.changed.emit("consent")
            self.refresh()

        self.services.db.submit(
            lambda c: consent_review.renew(c, actor, pid, purpose, lang), done, self._failed)

    def withdraw(self) -> None:
        row = self.selected()
        if row is None:
            return
        actor, pid, purpose, name = self.services.actor, row["person_id"], row["purpose"], \
            row["name"]

        def done(_events: list[dict[str, Any]]) -> None:
            self.result.setText(self.tr("Withdrawn for {name}: nothing more is done under it "
                                        "from now on.").format(name=name))
            self.services.events.changed.emit("consent")
            self.refresh()

        self.services.db.submit(
            lambda c: consent_review.withdraw(c, actor, pid, purpose), done, self._failed)
