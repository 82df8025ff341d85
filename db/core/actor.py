"""Who is acting, from which PC: passed to every service so the audit log can name them."""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from db.core.errors import PermissionDenied
from db.models.accounts import Role
from db.models.base import utc_now

Clock = Callable[[], datetime]
# Who may close the queue day, read the reports and change what a counter PC is (its number, its archive).
SUPERVISORS = (Role.SUPERVISOR, Role.ADMINISTRATOR)


@dataclass(frozen=True)
class Actor:
    username: str
    device_id: str
    user_id: uuid.UUID | None = None
    full_name: str = ""
    role: Role | None = None
    counter_number: int | None = None
    # the agency the signed-in user belongs to; None: the hall's own staff or a system actor (db/agencies/scope.py)
    agency_id: uuid.UUID | None = None

    @classmethod
    def system(cls, device_id: str, label: str = "cli") -> Actor:
        """An administrator's script or the CLI: named after the OS account, with administrator rights."""
        try:
            os_user = getpass.getuser()
        except (KeyError, OSError):
            os_user = "tidak-diketahui"
        return cls(username=f"{label}:{os_user}", device_id=device_id, role=Role.ADMINISTRATOR)

    def require(self, *roles: Role) -> None:
        if self.role not in roles:
            names = ", ".join(role.label for role in roles)
            raise PermissionDenied(f"Tindakan ini hanya untuk: {names}.")


__all__ = ["Actor", "Clock", "utc_now"]
