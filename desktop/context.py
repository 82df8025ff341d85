"""What every screen is given in its constructor: the services, the background runner and the signed-in actor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.ops import Runner

if TYPE_CHECKING:  # the database layer loads while the sign-in window is already up (desktop/app.py)
    from db.accounts.service import UserInfo
    from db.core.actor import Actor
    from db.services import Services


class SettingsBridge(QObject):
    """Carries 'these settings changed' from whichever thread committed them to the GUI thread."""

    changed = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        services.settings.subscribe(self.changed.emit)


@dataclass
class ScreenContext:
    services: Services
    runner: Runner
    user: UserInfo
    settings_bridge: SettingsBridge
    counter_number: int | None = None

    @property
    def actor(self) -> Actor:
        from db.core.actor import Actor

        return Actor(
            username=self.user.username,
            device_id=self.services.device_id,
            user_id=self.user.id,
            full_name=self.user.full_name,
            role=self.user.role,
            counter_number=self.counter_number,
        )
