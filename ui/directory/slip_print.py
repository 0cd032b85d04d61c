"""Print the signposting slip or save it as PDF (Qt print support), with a
large-print option and the resident's language where the wording exists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from accesspoint.directory import slip_text
from ui.i18n import language_display
from ui.services import Services


def document(html: str, width_pt: float | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    if width_pt:
        doc.setPageSize(QSizeF(width_pt, -1))
    return doc


def save_pdf(html: str, path: str | Path) -> Path:
    """A4 PDF of the slip; returns the path."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("SlipDialog", "Signposting slip"))
    writer.setCreator("AccessPoint")
    doc = document(html)
    doc.print_(writer)  # paginates to the writer's page size
    return path


def print_slip(html: str, parent: QWidget | None = None) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document(html).print_(printer)
    return True


def render_png(html: str, path: str | Path, width_px: int = 800) -> Path:
    """The slip as an image (screenshots; pdftoppm is not always installed)."""
    doc = document(html)
    doc.setTextWidth(width_px - 40)
    height = int(doc.size().height()) + 40
    image = QImage(width_px, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(20, 20)
    doc.drawContents(painter)
    painter.end()
    image.save(str(path))
    return Path(path)


class SlipDialog(QDialog):
    """Preview, then print or save as PDF. The slip is built on the DB worker."""

    def __init__(self, services: Services, service_ids: list[str], parent: QWidget | None = None,
                 *, language: str = "en", reference: str = "",
                 referred_ids: set[str] | None = None):
        super().__init__(parent)
        self.services = services
        self.service_ids = service_ids
        self.reference = reference
        self.referred_ids = referred_ids or set()
        self.html = ""
        self.setWindowTitle(self.tr("Signposting slip"))
        self.setAccessibleName(self.tr("Signposting slip"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Slip language"))
        for code in dict.fromkeys([language, *slip_text.available_languages()]):
            self.language.addItem(language_display(code), code)
        lang_label = QLabel(self.tr("&Language:"), self)
        lang_label.setBuddy(self.language)
        self.large = QCheckBox(self.tr("Lar&ge print"), self)
        self.large.setAccessibleName(self.tr("Large print"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Slip language note"))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Slip preview"))
        self.preview.setMinimumSize(520, 420)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the slip"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Save the slip as PDF"))
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        options = QHBoxLayout()
        options.addWidget(lang_label)
        options.addWidget(self.language)
        options.addWidget(self.large)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.print_button, self.pdf_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.note)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.language.currentIndexChanged.connect(self.refresh)
        self.large.toggled.connect(self.refresh)
        self.print_button.clicked.connect(lambda: print_slip(self.html, self))
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        language = self.language.currentData() or "en"
        large = self.large.isChecked()
        ids, reference, referred = list(self.service_ids), self.reference, set(self.referred_ids)

        def build(conn):
            hub = conn.execute("SELECT name FROM hubs WHERE id = ?",
                               (self.services.actor.hub_id,)).fetchone()
            return slip_text.build(conn, ids, language=language, large_print=large,
                                   hub_name=hub[0] if hub else "", reference=reference,
                                   referred_ids=referred)

        self.services.db.submit(build, on_done=self._built)

    def _built(self, slip: slip_text.Slip) -> None:
        self.html = slip.html
        self.preview.setHtml(slip.html)
        wanted = self.language.currentData() or "en"
        self.note.setText("" if slip.language == wanted else self.tr(
            "The slip wording is not translated into {language} yet; it is in English."
        ).format(language=self.language.currentText()))

    def ask_save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save slip as PDF"),
                                              "signposting-slip.pdf", self.tr("PDF (*.pdf)"))
        if path:
            save_pdf(self.html, path)
            QMessageBox.information(self, self.tr("Saved"),
                                    self.tr("The slip was saved to {path}.").format(path=path))
