"""Plain-words names for sync kinds, stages and statuses (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_NAMES = {
    "person": QT_TRANSLATE_NOOP("SyncLabels", "Person"),
    "enquiry": QT_TRANSLATE_NOOP("SyncLabels", "Enquiry"),
    "enquiry_note": QT_TRANSLATE_NOOP("SyncLabels", "Enquiry note"),
    "consent_event": QT_TRANSLATE_NOOP("SyncLabels", "Consent record"),
    "signposting": QT_TRANSLATE_NOOP("SyncLabels", "Signposting"),
    "referral": QT_TRANSLATE_NOOP("SyncLabels", "Referral"),
    "referral_event": QT_TRANSLATE_NOOP("SyncLabels", "Referral update"),
    "member": QT_TRANSLATE_NOOP("SyncLabels", "Time-bank member"),
    "ledger_transfer": QT_TRANSLATE_NOOP("SyncLabels", "Hours (ledger entry)"),
    "redemption": QT_TRANSLATE_NOOP("SyncLabels", "Reward redemption"),
    "local_service": QT_TRANSLATE_NOOP("SyncLabels", "Local service"),
    "directory_report": QT_TRANSLATE_NOOP("SyncLabels", "Directory problem report"),
    "audit_event": QT_TRANSLATE_NOOP("SyncLabels", "Audit entry"),
}

STAGE_NAMES = {
    "connect": QT_TRANSLATE_NOOP("SyncLabels", "Connecting to the council server…"),
    "push": QT_TRANSLATE_NOOP("SyncLabels", "Sending this hub's changes…"),
    "pull": QT_TRANSLATE_NOOP("SyncLabels", "Receiving changes from the council…"),
    "reconcile": QT_TRANSLATE_NOOP("SyncLabels", "Checking both sides agree…"),
    "done": QT_TRANSLATE_NOOP("SyncLabels", "Sync finished."),
    "failed": QT_TRANSLATE_NOOP("SyncLabels", "Sync stopped."),
}

STATUS_NAMES = {
    "conflict": QT_TRANSLATE_NOOP("SyncLabels", "Changed in two places"),
    "rejected": QT_TRANSLATE_NOOP("SyncLabels", "Refused by the council server"),
    "overdrawn": QT_TRANSLATE_NOOP("SyncLabels", "Balance went below zero"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncLabels", text)


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def stage_name(stage: str) -> str:
    return tr(STAGE_NAMES.get(stage, stage))


def status_name(status: str) -> str:
    return tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status
