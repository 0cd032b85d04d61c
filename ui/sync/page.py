"""The Sync screen: one button, progress with stages and counts, cancel, a summary,
the Needs attention list, the connection form and background sync."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from accesspoint.security.permissions import can
from sync import attention, state, status
from ui.sync.attention_view import AttentionView
from ui.sync.enrol_box import EnrolBox
from ui.sync.labels import error_message, stage_name
from ui.sync.runner import SyncRunner
from ui.widgets import theme
from ui.widgets.domain_text import describe_error

BACKGROUND_MS = 15 * 60 * 1000
# The kinds a sync may have changed, for the other screens to refresh.
REFRESH_KINDS = ("sync", "directory", "timebank", "person", "enquiry")


def snapshot(conn: Any) -> dict[str, Any]:
    """Everything the screen shows, read in one go on the DB worker."""
    info = status.summary(conn)
    info["ca_bundle"] = state.get(conn, state.CA_BUNDLE)
    info["proxy"] = state.get(conn, state.PROXY)
    info["background"] = bool(state.get(conn, state.BACKGROUND, False))
    info["items"] = attention.open_items(conn)
    return info


class SyncPage(QWidget):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.info: dict[str, Any] = {}
        self.stages_seen: list[str] = []
        self.last_summary: dict[str, Any] | None = None
        self.runner = SyncRunner(services.data_dir, self)
        self._job = ""
        self.setAccessibleName(self.tr("Sync"))

        # --- status and the one button ---
        self.last_label = QLabel(self)
        self.last_label.setAccessibleName(self.tr("Last successful sync"))
        self.overdue = QLabel(self)
        self.overdue.setWordWrap(True)
        self.overdue.setAccessibleName(self.tr("Sync reminder"))
        theme.mark_as_error(self.overdue)  # says "has not synced" in words too
        self.pending_label = QLabel(self)
        self.pending_label.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.held_label = QLabel(self)
        self.held_label.setWordWrap(True)
        self.held_label.setAccessibleName(self.tr("Changes received but not applied yet"))
        self.held_button = QPushButton(self.tr("Show &waiting changes…"), self)
        self.held_button.setAccessibleName(self.tr("Show the changes waiting to be applied"))
        held_row = QHBoxLayout()
        held_row.addWidget(self.held_label, 1)
        held_row.addWidget(self.held_button)
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setDefault(True)
        self.role_note = QLabel(self.not_allowed_text(), self)
        self.role_note.setWordWrap(True)
        self.role_note.setAccessibleName(self.tr("Who can sync"))
        self.role_note.hide()
        self.sync_button.setMinimumHeight(44)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the sync"))
        self.cancel_button.setEnabled(False)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.start_sync)
        self.stage = QLabel(self.tr("Press Sync now at the end of the day."), self)
        self.stage.setAccessibleName(self.tr("Sync progress"))
        self.stage.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sync progress bar"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sync summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button, 2)
        buttons.addWidget(self.cancel_button, 1)
        run_box = QGroupBox(self.tr("End-of-day sync"), self)
        run = QVBoxLayout(run_box)
        for w in (self.last_label, self.overdue, self.pending_label, self.role_note):
            run.addWidget(w)
        run.addLayout(held_row)
        run.addLayout(buttons)
        run.addWidget(self.stage)
        run.addWidget(self.progress)
        run.addWidget(self.summary)

        # --- options ---
        self.background = QCheckBox(self.tr("Sync in the &background when online"), self)
        self.background.setAccessibleName(self.tr("Sync in the background when online"))
        self.remind = QSpinBox(self)
        self.remind.setRange(1, 60)
        self.remind.setSuffix(self.tr(" days"))
        self.remind.setAccessibleName(self.tr("Remind me when not synced for this many days"))
        remind_label = QLabel(self.tr("&Remind me after:"), self)
        remind_label.setBuddy(self.remind)
        options = QHBoxLayout()
        options.addWidget(self.background)
        options.addStretch(1)
        options.addWidget(remind_label)
        options.addWidget(self.remind)
        run.addLayout(options)

        self.enrol_box = EnrolBox(self)
        self.attention = AttentionView(self)
        left = QVBoxLayout()
        left.addWidget(run_box)
        left.addWidget(self.enrol_box)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.attention, 4)

        self.sync_button.clicked.connect(self.start_sync)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.held_button.clicked.connect(self.show_held)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.enrol_box.enrol_requested.connect(self.start_enrol)
        self.attention.chosen.connect(self.resolve)
        self.background.toggled.connect(self._save_background)
        self.remind.editingFinished.connect(self._save_remind)
        services.events.changed.connect(self._changed)
        self._bg_timer = QTimer(self, interval=BACKGROUND_MS)
        self._bg_timer.timeout.connect(self._background_tick)
        self._bg_timer.start()
        self.refresh()

    # --- reading ---------------------------------------------------------------
    def refresh(self) -> None:
        self.services.db.submit(snapshot, self._show)

    def _changed(self, kind: str) -> None:
        if kind != "sync":  # our own emission already refreshed
            self.refresh()

    def _show(self, info: dict[str, Any]) -> None:
        self.info = info
        last = info.get("last_sync")
        if last:
            when = datetime.fromisoformat(last)
            days = (datetime.now(UTC) - when).days
            local = when.astimezone().strftime("%d %b %Y %H:%M")
            self.last_label.setText(self.tr("Last successful sync: {when} ({days} days ago)")
                                    .format(when=local, days=days) if days else
                                    self.tr("Last successful sync: {when}").format(when=local))
        else:
            self.last_label.setText(self.tr("Last successful sync: never"))
        self.overdue.setVisible(bool(info.get("overdue")))
        self.overdue.setText(self.tr("This hub has not synced for more than {days} days. "
                                     "Sync today so the council has your records.")
                             .format(days=info.get("remind_after_days")))
        self.pending_label.setText(self.tr("Waiting to be sent: {count}")
                                   .format(count=info.get("pending", 0)))
        held = int(info.get("waiting_to_apply") or 0)
        self.held_label.setText(self.tr(
            "Received but not applied yet: {count} (kept; applied at a later sync)")
            .format(count=held))
        for w in (self.held_label, self.held_button):
            w.setVisible(held > 0)
        enrolled = bool(info.get("enrolled"))
        allowed = self.may_sync()
        self.sync_button.setEnabled(enrolled and allowed and not self.runner.running)
        for w in (self.background, self.remind, self.enrol_box):
            w.setEnabled(allowed)
        self.role_note.setVisible(not allowed)
        if not enrolled and not self.runner.running:
            self.stage.setText(self.tr("Enrol this computer below to start syncing. Everything "
                                       "is saved on this computer meanwhile."))
        self.enrol_box.show_state(info)
        self.background.blockSignals(True)
        self.background.setChecked(info.get("background", False))
        self.background.blockSignals(False)
        self.remind.setValue(int(info.get("remind_after_days") or state.DEFAULT_REMIND_DAYS))
        self.attention.set_items(info.get("items") or [])
        if info.get("last_error") and not self.runner.running and self.last_summary is None:
            self.summary.setText(self.tr("The last sync did not finish: {reason}")
                                 .format(reason=info["last_error"].get("message", "")))

    def show_held(self) -> None:
        from ui.sync.held_view import HeldChangesDialog

        def shown(items: list[dict[str, Any]]) -> None:
            self.held_dialog = HeldChangesDialog(
                items, int(self.info.get("waiting_to_apply") or 0), self)
            self.held_dialog.open()

        # Read when asked for, not on every refresh of the page.
        self.services.db.submit(status.unapplied_items, shown)

    # --- syncing ---------------------------------------------------------------
    def not_allowed_text(self) -> str:
        return self.tr("Only a coordinator can sync this computer. Everything you record is "
                       "saved here and will be sent at the coordinator's next sync.")

    def may_sync(self) -> bool:
        return can(self.services.actor, "sync")

    def start_sync(self, *, quiet: bool = False, **engine_options: Any) -> bool:
        if self.runner.running or not self.info.get("enrolled", True):
            return False
        if not quiet:
            if not self.may_sync():
                self.stage.setText(self.not_allowed_text())
                return False
            # The engine checks the permission again (the domain is the control).
            engine_options.setdefault("actor", self.services.actor)
        self._job = "background" if quiet else "sync"
        self.stages_seen = []
        self.last_summary = None
        if not self.runner.start_sync(**engine_options):
            return False
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.enrol_box.set_busy(True)
        self.summary.setText("")
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.stage.setText(stage_name("connect"))
        return True

    def cancel_sync(self) -> None:
        if self.runner.running:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Cancelling at the next safe point…"))

    def _on_progress(self, pr: Any) -> None:
        if not self.stages_seen or self.stages_seen[-1] != pr.stage:
            self.stages_seen.append(pr.stage)
        if pr.stage in ("done", "failed"):
            return
        text = stage_name(pr.stage)
        if pr.total:
            self.progress.setRange(0, pr.total)
            self.progress.setValue(min(pr.done, pr.total))
            text = self.tr("{stage} {done} of {total}").format(stage=text, done=pr.done,
                                                               total=pr.total)
        elif pr.done:
            self.progress.setRange(0, 0)
            text = self.tr("{stage} {done} so far").format(stage=text, done=pr.done)
        else:
            self.progress.setRange(0, 0)
        self.stage.setText(text)

    def _finish_ui(self) -> None:
        self.cancel_button.setEnabled(False)
        self.enrol_box.set_busy(False)
        self.progress.setRange(0, 1)
        for kind in REFRESH_KINDS:
            self.services.events.changed.emit(kind)
        self.refresh()

    def _on_finished(self, result: Any) -> None:
        if self._job == "enrol":
            self.enrol_box.message.setText(
                self.tr("Enrolled as hub “{hub}”. You can sync now.")
                .format(hub=result.get("hub_name")))
            self.enrol_box.code.clear()
            actor = self.services.actor
            if result.get("hub_id") and actor.hub_id != result["hub_id"]:
                # The hub now goes by the council's id (sync.enrol.adopt_hub_id): new
                # records written from this window must carry it too.
                self.services.actor = dataclasses.replace(actor, hub_id=result["hub_id"])
                self.services.events.changed.emit("hub")
            self._finish_ui()
            return
        summary = result.to_json()
        self.last_summary = summary
        self.progress.setValue(1)
        self.stage.setText(stage_name("done"))
        self.summary.setText(self.describe(summary))
        self._finish_ui()

    def _on_failed(self, exc: BaseException) -> None:
        from sync.errors import CancelledError, SyncError

        translated = isinstance(exc, SyncError) and not (self._job == "enrol"
                                                         and exc.code == "auth")
        message = error_message(exc.code, exc.message) if translated else getattr(
            exc, "message", None) or self.tr(
            "Something went wrong ({error}); the log has the details. Nothing unsynced "
            "is lost.").format(error=type(exc).__name__)
        if self._job == "enrol":
            self.enrol_box.message.setText(message)
        elif isinstance(exc, CancelledError):
            self.stage.setText(self.tr("Sync cancelled. Nothing was lost; the next sync "
                                       "carries on from here."))
        else:
            self.stage.setText(stage_name("failed"))
            self.summary.setText(self.tr("The sync did not finish: {reason}")
                                 .format(reason=message))
        self._finish_ui()

    def describe(self, s: dict[str, Any]) -> str:
        sent, got = s.get("sent") or {}, s.get("received") or {}
        lines = [
            self.tr("Sent: {enquiries} enquiries, {referrals} referrals, {hours} hours "
                    "(all changes: {total}).").format(
                enquiries=sent.get("enquiry", 0), referrals=sent.get("referral", 0),
                hours=f"{s.get('minutes_sent', 0) / 60:g}", total=sum(sent.values())),
            self.tr("Received: {directory} directory changes, {members} members, "
                    "{balances} balances (all changes: {total}).").format(
                directory=got.get("service", 0) + got.get("postcode", 0),
                members=got.get("member", 0), balances=got.get("balance", 0),
                total=sum(got.values())),
            self.tr("Needs attention: {count}.").format(count=s.get("attention_open", 0)),
        ]
        if s.get("held"):
            lines.append(self.tr("Received but not applied yet: {count} (kept; applied at a "
                                 "later sync).").format(count=s["held"]))
        if not s.get("reconciled", True):
            lines.append(self.tr("Some records will be sent again at the next sync: the "
                                 "council server is missing them."))
        return "\n".join(lines)

    # --- enrolment ---------------------------------------------------------------
    def start_enrol(self, url: str, code: str, ca: str, proxy: str) -> None:
        from sync.enrol import enrol

        data_dir = self.services.data_dir
        if not self.may_sync():
            self.enrol_box.message.setText(self.not_allowed_text())
            return
        self._job = "enrol"
        if not self.runner.start(lambda conn: enrol(conn, data_dir, url, code,
                                                    ca_bundle=ca or None, proxy=proxy or None)):
            self.enrol_box.message.setText(self.tr("Wait for the sync to finish first."))
            return
        self.enrol_box.set_busy(True)

    # --- needs attention --------------------------------------------------------
    def resolve(self, item_id: str, choice: str) -> None:
        self.services.db.submit(lambda conn: attention.resolve(conn, item_id, choice),
                                lambda _item: self._resolved(), self._resolve_failed)

    def _resolved(self) -> None:
        for kind in REFRESH_KINDS:
            self.services.events.changed.emit(kind)
        self.refresh()

    def _resolve_failed(self, exc: BaseException) -> None:
        self.attention.reason.setText(describe_error(exc))

    # --- options and background sync -------------------------------------------
    def _save_background(self, on: bool) -> None:
        self.services.db.submit(lambda conn: state.put(conn, state.BACKGROUND, bool(on)))

    def _save_remind(self) -> None:
        days = self.remind.value()
        self.services.db.submit(lambda conn: state.put(conn, state.REMIND_DAYS, days),
                                lambda _r: self.refresh())

    def _background_tick(self) -> None:
        """Quietly sync when the option is on, something is waiting and nobody else is
        syncing. A failure only shows on this screen; the data stays queued."""
        info = self.info
        if info.get("background") and info.get("enrolled") and info.get("pending"):
            # Offline is normal here: give up after a quick second try.
            self.start_sync(quiet=True, transport_options={"max_attempts": 2})
