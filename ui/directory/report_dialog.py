"""'Report a problem with this entry': stored for the council, sent at sync."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from accesspoint.directory import referrals
from ui.services import Services
from ui.widgets.domain_text import describe_error
from ui.widgets.field_error import FieldError


class ReportProblemDialog(QDialog):
    def __init__(self, services: Services, service_id: str, service_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.service_id = service_id
        self.setWindowTitle(self.tr("Report a problem"))
        self.setAccessibleName(self.tr("Report a problem with {name}").format(name=service_name))
        intro = QLabel(self.tr("What is wrong with “{name}”? The council will be told at the "
                               "next sync.").format(name=service_name), self)
        intro.setWordWrap(True)
        self.problem = QComboBox(self)
        self.problem.setAccessibleName(self.tr("What is wrong"))
        texts = {"closed": self.tr("It has closed"), "wrong_phone": self.tr("Phone or email "
                 "is wrong"), "wrong_address": self.tr("Address is wrong"),
                 "wrong_times": self.tr("Opening times are wrong"),
                 "wrong_eligibility": self.tr("Who it is for is wrong"),
                 "other": self.tr("Something else")}
        for code in referrals.PROBLEMS:
            self.problem.addItem(texts[code], code)
        self.details = QPlainTextEdit(self)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setTabChangesFocus(True)
        self.error = FieldError(self.tr("details"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Problem:"), self.problem)
        form.addRow(self.tr("&Details:"), self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send report"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        problem, details = self.problem.currentData(), self.details.toPlainText()
        actor = self.services.actor
        self.services.db.submit(
            lambda conn: referrals.report_problem(conn, actor, self.service_id, problem,
                                                  details),
            on_done=self._saved, on_error=self._failed)

    def _saved(self, _row: object) -> None:
        self.services.events.changed.emit("directory_report")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        text = describe_error(exc)
        self.error.show_problem(text)
