"""Import or refresh the directory from an ORUK file, folder or API, with progress
and cancel. Nothing changes unless the whole feed was read and checked.

The import runs on the network worker with a connection of its own: reading a
council's feed can take minutes and must not hold up the single DB worker that
every screen's searches go through. Its only write is one short transaction at
the end. Progress is handed over through a lock and polled by a GUI timer (the
worker thread never calls into Qt).
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accesspoint.db import open_database
from accesspoint.directory.errors import ImportCancelledError
from ui.services import Services
from ui.widgets.domain_text import describe_error, translate


class ImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.cancel_event = threading.Event()
        self.lock = threading.Lock()
        self.latest: tuple[int, int | None, str] = (0, None, "")
        self.running = False
        self.result_counts: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Import the service directory"))
        self.setAccessibleName(self.tr("Import the service directory"))
        intro = QLabel(self.tr("An Open Referral UK feed (version 3.0 or 1.0): the council's "
                               "API address, a .json file or a folder of pages. Services "
                               "that have gone from the same feed are retired."), self)
        intro.setWordWrap(True)
        self.source = QLineEdit(self)
        self.source.setAccessibleName(self.tr("Feed address, file or folder"))
        self.source.setPlaceholderText("https://council.example/oruk")
        source_label = QLabel(self.tr("&Feed:"), self)
        source_label.setBuddy(self.source)
        self.file_button = QPushButton(self.tr("F&ile…"), self)
        self.file_button.setAccessibleName(self.tr("Choose a file"))
        self.folder_button = QPushButton(self.tr("F&older…"), self)
        self.folder_button.setAccessibleName(self.tr("Choose a folder"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setAccessibleName(self.tr("Start the import"))
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(source_label)
        row.addWidget(self.source, 1)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.timer = QTimer(self, interval=200)
        self.timer.timeout.connect(self._poll)
        self.file_button.clicked.connect(self._pick_file)
        self.folder_button.clicked.connect(self._pick_folder)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.resize(620, 220)

    def _pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("ORUK file"), "",
                                              self.tr("JSON (*.json)"))
        if path:
            self.source.setText(path)

    def _pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of ORUK pages"))
        if path:
            self.source.setText(path)

    def _report(self, done: int, total: int | None, message: str) -> None:
        with self.lock:  # called on the worker thread: no Qt here
            self.latest = (done, total, message)

    def start(self) -> None:
        source = self.source.text().strip()
        if not source or self.running:
            return
        self.running = True
        self.cancel_event.clear()
        self.import_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Reading the feed…"))
        data_dir, cancel, report = self.services.data_dir, self.cancel_event, self._report

        def work(_conn: Any = None) -> dict[str, Any]:
            # The DB worker (fallback when no network worker) passes its connection;
            # the import still uses its own, so the staging tables stay off it.
            from accesspoint.directory.importer import import_directory

            conn = open_database(data_dir)
            try:
                return import_directory(conn, source, progress=report, cancel=cancel).to_dict()
            finally:
                conn.close()

        worker = self.services.net or self.services.db  # tests may run without a net worker
        worker.submit(work, on_done=self._done, on_error=self._failed)
        self.timer.start()

    def _poll(self) -> None:
        with self.lock:
            done, total, message = self.latest
        if total and done >= 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if message:
            self.status.setText(message)

    def _finish(self) -> None:
        self.timer.stop()
        self.running = False
        self.import_button.setEnabled(True)
        self.progress.hide()

    def _done(self, counts: dict[str, Any]) -> None:
        self._finish()
        self.result_counts = counts
        text = self.tr("Done: {added} added, {changed} changed, {removed} removed, "
                       "{unchanged} unchanged.").format(**counts)
        if counts["stale"]:
            text += " " + self.tr("{n} services were last verified more than 12 months ago."
                                  ).format(n=counts["stale"])
        if counts["warnings"]:
            text += " " + self.tr("{n} warnings, e.g.: {first}").format(
                n=len(counts["warnings"]), first=translate(counts["warnings"][0]))
        self.status.setText(text)
        self.cancel_button.setText(self.tr("&Close"))
        self.services.events.changed.emit("directory")

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, ImportCancelledError):
            self.status.setText(self.tr("Cancelled. The directory was not changed."))
            return
        self.status.setText(self.tr("The import stopped and the directory was not changed: "
                                    "{error}").format(error=describe_error(exc)))

    def cancel(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()
