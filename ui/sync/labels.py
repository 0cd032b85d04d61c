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


# Why a sync stopped, by sync.errors code: the engine has no Qt, so the screen
# shows these translatable sentences rather than the engine's English ones.
ERROR_MESSAGES = {
    "not_enrolled": QT_TRANSLATE_NOOP(
        "SyncLabels", "This computer is not enrolled with the council server yet. Enter the "
        "server address and an enrolment code below."),
    "auth": QT_TRANSLATE_NOOP(
        "SyncLabels", "The council server no longer accepts this computer (its access was "
        "revoked or has expired). Enrol it again with a new code; nothing unsynced is lost."),
    "network": QT_TRANSLATE_NOOP(
        "SyncLabels", "Could not reach the council server. Check the internet connection; "
        "the sync will carry on next time and nothing is lost."),
    "server": QT_TRANSLATE_NOOP(
        "SyncLabels", "The council server is having problems; the sync will carry on next "
        "time and nothing is lost."),
    "protocol": QT_TRANSLATE_NOOP(
        "SyncLabels", "This version of AccessPoint and the council server cannot talk to each "
        "other. Install the current version; nothing unsynced is lost."),
    "busy": QT_TRANSLATE_NOOP(
        "SyncLabels", "Another sync is already running for this hub; wait for it to finish."),
    "local": QT_TRANSLATE_NOOP(
        "SyncLabels", "The database on this computer was busy; the sync stopped safely and "
        "will carry on next time."),
    "keyring": QT_TRANSLATE_NOOP(
        "SyncLabels", "This computer has no secure password store, so it cannot be enrolled. "
        "Ask IT to enable the system keyring."),
}


def error_message(code: str, fallback: str) -> str:
    """The certificate problem keeps the engine's own (more specific) sentence."""
    if code == "network" and "certificate" in fallback:
        return tr(QT_TRANSLATE_NOOP(
            "SyncLabels", "The council server's certificate could not be verified. If the "
            "council uses its own certificate authority, choose its CA bundle below."))
    return tr(ERROR_MESSAGES[code]) if code in ERROR_MESSAGES else fallback


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncLabels", text)


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def stage_name(stage: str) -> str:
    return tr(STAGE_NAMES.get(stage, stage))


def status_name(status: str) -> str:
    return tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status
