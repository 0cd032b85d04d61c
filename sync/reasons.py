"""Why a change waits or needs attention, in words the coordinator can read.

The reason is stored in the device database as English text (sync_unapplied,
sync_attention) and translated when it is shown (ui/widgets/domain_text), so a
change of UI language also changes the reasons already stored. Each reason is a
`msg(...)` template (collected into "DomainMessages" by
scripts/update_translations.py); `TEMPLATES` lists the ones with parameters so the
UI can recover the template and its parameters from the stored English text.
Reasons the SERVER words (rejections) are stored and shown as it sent them.
"""

from __future__ import annotations

from accesspoint.errors import Message, msg


def could_not_apply(exc: BaseException) -> Message:
    return msg("Could not be applied: {error}", error=f"{type(exc).__name__}: {exc}")


def not_applied_yet(exc: BaseException) -> Message:
    # NoApplierError says which part of the app is missing (technical, kept in English).
    return msg("Not applied yet: {error}.", error=str(exc))


def local_change_waiting() -> Message:
    return msg("A local change to this record has not been sent yet.")


def waiting_for_choice() -> Message:
    return msg("Waiting for the coordinator to choose between two versions.")


def took_theirs_no_applier() -> Message:
    return msg("The coordinator took the server's version; waiting for the part of the app "
               "that stores it.")


def merge_not_applied(exc: BaseException) -> Message:
    return msg("The merged record could not be applied: {error}", error=type(exc).__name__)


def server_refused(status: int) -> Message:
    # `status` kept a str: an HTTP code is not a quantity to group (1,000).
    return msg("The server refused it (HTTP {status}).", status=str(status))


def overdrawn() -> Message:
    return msg("This transfer took the member's balance below zero.")


TEMPLATES = (
    "Could not be applied: {error}",
    "Not applied yet: {error}.",
    "The merged record could not be applied: {error}",
    "The server refused it (HTTP {status}).",
)
