"""Unhandled exceptions: log, save a diagnostic report, show a calm dialog.

Python calls sys.excepthook for errors in Qt slots (PySide6 routes them there)
and at top level; threading.excepthook covers worker threads. Either way the
volunteer sees what happened in plain words, the report is already saved, and
the app keeps running unless they choose to close it. Saved records are safe
(every save is its own committed transaction) and the form being typed is
autosaved as a draft, so closing loses nothing either.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QWidget

from accesspoint.ops.storage import explain

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashHandler(QObject):
    # message for the user, report path ("" if none), is_storage_problem
    crashed = Signal(str, str, bool)

    def __init__(self, data_dir: Path | str, window: Callable[[], QWidget | None] = lambda: None,
                 parent: QObject | None = None, *, interactive: bool = True):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.window = window
        self.interactive = interactive  # tests switch the modal dialog off
        self.showing = False
        self.last_report: Path | None = None
        self.last_message = ""
        self.count = 0
        self._previous: tuple = (None, None)
        # Emitted only from other threads (handle() shows it directly on the GUI
        # thread), so the automatic connection queues it to the GUI thread. Not spelt
        # out: naming Qt.ConnectionType builds all of Qt's enums (~50 ms) before the
        # first paint (ui/main_window.py).
        self.crashed.connect(self._show)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous[0] is not None:
            sys.excepthook, threading.excepthook = self._previous

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.count += 1
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        # The log filter scrubs the traceback; ids and code lines are what we need.
        log.critical("unhandled %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
        storage = explain(exc, self.data_dir)
        report = ""
        try:
            from accesspoint.ops import diagnostics  # only when it is needed

            self.last_report = diagnostics.write_report(self.data_dir, crash=text)
            report = str(self.last_report)
        except Exception:  # noqa: BLE001 - a full disk may stop the report too
            log.exception("could not save the diagnostic report")
        self.last_message = storage or ""
        if QApplication.instance() is None:
            print(f"accesspoint: {storage or 'unexpected error'} "
                  f"(report: {report or 'not saved'})", file=sys.stderr)
            return
        app = QApplication.instance()
        if QThread.currentThread() is app.thread():
            # Directly: at start-up there is no event loop yet to deliver a queued call.
            self._show(storage or "", report, storage is not None)
        else:
            self.crashed.emit(storage or "", report, storage is not None)

    def _flush_drafts(self) -> None:
        """Ask open pages to save their drafts now (same duck-typed hook style as
        MainWindow's can_close): the autosave timer may not have fired yet."""
        window = self.window()
        for page in getattr(window, "pages", {}).values():
            flush = getattr(page, "flush_draft", None)
            if callable(flush):
                try:
                    flush()
                except Exception:  # noqa: BLE001 - never crash inside the crash handler
                    log.exception("draft flush failed")

    def _show(self, storage_message: str, report: str, is_storage: bool) -> None:
        self._flush_drafts()
        if self.showing or not self.interactive:
            return  # one dialog at a time; later errors are logged and in the report
        self.showing = True
        try:
            self._dialog(storage_message, report, is_storage)
        finally:
            self.showing = False

    def _dialog(self, storage_message: str, report: str, is_storage: bool) -> None:
        # Imported when needed: installed before the first paint, shown hardly ever.
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        if is_storage:
            box.setText(storage_message)
        else:
            box.setText(self.tr(
                "AccessPoint ran into a problem it did not expect.\n\n"
                "Everything you saved is safe, and the form you were filling in is kept "
                "as a draft. You can carry on working, or close AccessPoint and open it "
                "again."))
        if report:
            box.setInformativeText(self.tr(
                "A report (with no names or personal details) was saved here:\n{path}\n"
                "If this keeps happening, send it to whoever supports your hub."
            ).format(path=report))
        carry_on = box.addButton(self.tr("Carry on"), QMessageBox.ButtonRole.AcceptRole)
        folder = None
        if report:
            folder = box.addButton(self.tr("Show the report"), QMessageBox.ButtonRole.ActionRole)
        close = box.addButton(self.tr("Close AccessPoint"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(carry_on)
        box.setAccessibleName(self.tr("Something went wrong"))
        box.exec()
        clicked = box.clickedButton()
        if folder is not None and clicked is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(report).parent)))
        elif clicked is close:
            app = QApplication.instance()
            if app is not None:
                app.exit(1)
