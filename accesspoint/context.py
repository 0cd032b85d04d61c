"""Who is acting, where: passed to every domain write (no global state)."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("volunteer", "staff", "coordinator")


@dataclass(frozen=True)
class Actor:
    hub_id: str
    user_id: str
    role: str = "volunteer"
    via_cli: bool = False

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)
