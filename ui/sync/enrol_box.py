"""The connection form: council server address, enrolment code, CA bundle, proxy."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


class EnrolBox(QGroupBox):
    """Emits `enrol_requested(url, code, ca_bundle, proxy)`; the page runs it off-thread."""

    enrol_requested = Signal(str, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Council server"))
        self.state = QLabel(self.tr("This computer is not enrolled yet."), self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Enrolment"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://accesspoint.council.gov.uk")
        self.url.setAccessibleName(self.tr("Council server address"))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("ABCDE-12345-…")
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.ca = QLineEdit(self)
        self.ca.setPlaceholderText(self.tr("Only if the council gave you one"))
        self.ca.setAccessibleName(self.tr("Council CA bundle file"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the CA bundle file"))
        self.proxy = QLineEdit(self)
        self.proxy.setPlaceholderText("http://proxy.example:8080")
        self.proxy.setAccessibleName(self.tr("HTTP proxy"))
        self.enrol_button = QPushButton(self.tr("&Enrol this computer"), self)
        self.enrol_button.setAccessibleName(self.tr("Enrol this computer with the code"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Enrolment result"))
        form = QFormLayout(self)
        form.addRow(self.state)
        labels = []
        for text, field in ((self.tr("Server &address:"), self.url),
                            (self.tr("Enrolment &code:"), self.code),
                            (self.tr("&Proxy:"), self.proxy)):
            label = QLabel(text, self)
            label.setBuddy(field)
            labels.append(label)
            form.addRow(label, field)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca, 1)
        ca_row.addWidget(self.browse)
        ca_label = QLabel(self.tr("CA b&undle:"), self)
        ca_label.setBuddy(self.ca)
        form.insertRow(3, ca_label, ca_row)
        form.addRow(self.enrol_button)
        form.addRow(self.message)
        self.browse.clicked.connect(self._browse)
        self.enrol_button.clicked.connect(self._submit)
        self.code.returnPressed.connect(self._submit)

    def show_state(self, info: dict) -> None:
        if info.get("enrolled"):
            self.state.setText(self.tr("Enrolled with {url} as hub “{hub}”. The device key is "
                                       "kept in this computer's secure password store.")
                               .format(url=info.get("server_url"), hub=info.get("hub_name")))
            self.enrol_button.setText(self.tr("&Enrol again"))
            if not self.url.text():
                self.url.setText(info.get("server_url") or "")
        else:
            self.state.setText(self.tr("This computer is not enrolled yet. Ask the council "
                                       "for an enrolment code."))
        if info.get("ca_bundle") and not self.ca.text():
            self.ca.setText(info["ca_bundle"])
        if info.get("proxy") and not self.proxy.text():
            self.proxy.setText(info["proxy"])

    def set_busy(self, busy: bool) -> None:
        self.enrol_button.setEnabled(not busy)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Council CA bundle"), "",
                                              self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.ca.setText(path)

    def _submit(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            self.message.setText(self.tr("Enter the server address and the enrolment code."))
            (self.url if not url else self.code).setFocus()
            return
        self.message.setText(self.tr("Enrolling…"))
        self.enrol_requested.emit(url, code, self.ca.text().strip(), self.proxy.text().strip())
