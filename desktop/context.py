"""What every screen is given in its constructor: the services, the background runner and the signed-in actor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.ops import Runner

if TYPE_CHECKING:  # the database layer loads while the sign-in window is already up (desktop/app.py)
    from db.accounts.service import UserInfo
    from db.core.actor import Actor
    from db.core.changes import Change
    from db.services import Services


class SettingsBridge(QObject):
    """Carries 'these settings changed' (a set of keys) from whichever thread committed them to the GUI thread."""

    changed = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = services.database.changes.subscribe(self._heard)
        self.destroyed.connect(self._unsubscribe)

    def _heard(self, batch: tuple[Change, ...]) -> None:
        from db.core.changes import SETTINGS, keys_of  # loaded by now: the hub that calls here is db's

        keys = keys_of(batch, SETTINGS)
        if keys and shiboken6.isValid(self):
            self.changed.emit(keys)


class ChangeBridge(QObject):
    """The database's change notices (db.core.changes), delivered on the GUI thread as `changed(tuple[Change])`.

    The hub calls on the thread that committed (the database worker); a signal emitted there is queued to the GUI
    thread. Only this PC's commits are heard: other PCs' changes show in the change stamps the screens poll."""

    changed = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = services.database.changes.subscribe(self._heard)
        self.destroyed.connect(self._unsubscribe)

    def _heard(self, batch: tuple[Change, ...]) -> None:
        if shiboken6.isValid(self):
            self.changed.emit(batch)


@dataclass
class ScreenContext:
    services: Services
    runner: Runner
    user: UserInfo
    settings_bridge: SettingsBridge
    counter_number: int | None = None
    change_bridge: ChangeBridge | None = None

    @property
    def changes(self) -> ChangeBridge:
        """What committed here, for screens that refresh from it (made on first use when not passed in)."""
        if self.change_bridge is None:
            self.change_bridge = ChangeBridge(self.services)
        return self.change_bridge

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
            agency_id=self.user.agency_id,
        )
