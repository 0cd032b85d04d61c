"""Who may do what. Checked in the domain, so the UI, the CLI and tests all meet
the same rule (hiding a button is a courtesy, not a control).

Roles build on each other (issue 7): a volunteer records enquiries, searches the
directory and logs hours; staff also refer, edit people and manage members; a
coordinator also syncs, reports, changes settings, merges, erases and manages users.
"""

from __future__ import annotations

from accesspoint.context import ROLES, Actor
from accesspoint.errors import PermissionDeniedError, msg

VOLUNTEER = frozenset({
    "enquiry.create", "enquiry.view", "enquiry.note", "person.create", "person.view",
    "directory.search", "hours.log", "equality.submit", "consent.record",
    "consent.withdraw", "session.lock",
})
STAFF = VOLUNTEER | frozenset({
    "enquiry.edit", "referral.send", "person.edit", "member.manage",
    "directory.report", "consent.review",
})
COORDINATOR = STAFF | frozenset({
    "sync", "report", "settings", "person.merge", "person.erase", "user.manage",
    "export", "import", "audit.view", "equality.report", "backup", "restore",
    "retention.manage", "retention.run", "legal_hold", "subject_access", "print",
})
PERMISSIONS: dict[str, frozenset[str]] = {
    "volunteer": VOLUNTEER,
    "staff": STAFF,
    "coordinator": COORDINATOR,
}
ACTIONS = COORDINATOR



def can(actor: Actor, action: str) -> bool:
    if action not in ACTIONS:
        # A typo in an action name must not silently allow or deny: fail loudly in tests.
        raise ValueError(f"unknown permission {action!r}")
    return action in PERMISSIONS.get(actor.role, frozenset())


def lowest_role(action: str) -> str:
    for role in ROLES:
        if action in PERMISSIONS[role]:
            return role
    raise ValueError(f"unknown permission {action!r}")


def require(actor: Actor, action: str) -> None:
    """Raise PermissionDeniedError unless `actor` may do `action`."""
    if not can(actor, action):
        role = lowest_role(action)
        # One whole sentence per role, so each language words it its own way.
        if role == "coordinator":
            raise PermissionDeniedError(msg(
                "Only coordinators can do this ({action}). Ask a coordinator.", action=action))
        if role == "staff":
            raise PermissionDeniedError(msg(
                "Only staff and above can do this ({action}). Ask a coordinator.",
                action=action))
        raise PermissionDeniedError(msg(
            "Only volunteers and above can do this ({action}). Ask a coordinator.",
            action=action))
