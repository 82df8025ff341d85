"""The sync client as one service on `Services`: built once from this PC's database, device id and settings."""

from __future__ import annotations

from db.core.engine import Database
from db.settings.service import SettingsService
from db.sync import client
from db.sync.client import Enrolment, OnWriter, Progress, SyncResult, SyncStatus


class SyncService:
    """Enrol this PC, push and pull, and report the state; the office CA file comes from `sync.ca_file`."""

    def __init__(self, database: Database, settings: SettingsService, device_id: str):
        self._db = database
        self._settings = settings
        self._device_id = device_id

    def _ca_file(self) -> str:
        return self._settings.get("sync.ca_file")

    def enrolled(self) -> bool:
        return client.load_enrolment() is not None

    def enrol(self, server: str, token: str) -> Enrolment:
        return client.enrol(self._db, self._device_id, server, token, self._ca_file())

    def run(self, progress: Progress | None = None, on_writer: OnWriter = client.on_this_thread) -> SyncResult:
        """One complete sync. `on_writer` runs each of its short writes: the desktop passes its database worker
        (Runner.on_database_worker), as the sync itself waits on the network in the io pool."""
        return client.run(self._db, self._device_id, self._ca_file(), progress, on_writer)

    def status(self) -> SyncStatus:
        return client.status(self._db, self._device_id)
