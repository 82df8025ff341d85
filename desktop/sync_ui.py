"""Sync while the app is open: once a day at `sync.hour`, and on demand ("Sinkronkan sekarang").

The sync itself (services.sync.run) runs off the GUI thread through desktop.ops.Runner; its progress lines come
back to the GUI thread through a queued signal. A failure is shown in the status bar and the log, never a crash.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from db.core.errors import LoketError
from db.services import Services
from db.sync.client import SyncResult
from desktop.ops import Runner

log = logging.getLogger(__name__)


class SyncStopped(LoketError):
    """The app is quitting: the sync stops at its next safe point (after a batch the server acknowledged, or a
    pulled batch committed); the next sync goes on from there."""


def sync_due(now: datetime, hour: str, last_success: str) -> bool:
    """True when today's scheduled sync (at `hour`, HH:MM, in now's zone) has come and none succeeded since."""
    hours, minutes = (int(part) for part in hour.split(":"))
    scheduled = now.replace(hour=hours, minute=minutes, second=0, microsecond=0)
    if now < scheduled:
        return False
    if not last_success:
        return True
    return datetime.fromisoformat(last_success).astimezone(now.tzinfo) < scheduled


class SyncScheduler(QObject):
    CHECK_MS = 60_000
    progress = Signal(str)
    synced = Signal()  # after a successful sync: the status bar shows the new last success

    def __init__(
        self,
        services: Services,
        runner: Runner,
        report: Callable[[str], None],
        parent: QObject | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ):
        super().__init__(parent)
        self.services, self.runner, self.report, self.clock = services, runner, report, clock
        self.running = False
        self._stopping = threading.Event()
        self.progress.connect(report)
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        """At quit: no new sync, and one under way ends at its next safe point instead of keeping Loket open."""
        self.timer.stop()
        self._stopping.set()

    def check(self) -> None:
        """The timer's tick: sync when this PC is enrolled and today's hour has come (settings read off-thread)."""
        if self.running:
            return
        services = self.services

        def due() -> bool:
            if not services.sync.enrolled():
                return False
            values = services.settings.get_many(("office.timezone", "sync.hour", "sync.last_success"))
            now = self.clock().astimezone(ZoneInfo(values["office.timezone"]))
            return sync_due(now, values["sync.hour"], values["sync.last_success"])

        self.runner.run(due, lambda yes: self.run_now() if yes else None, self._failed, io=True, owner=self)

    def run_now(self) -> None:
        if self.running:
            self.report(self.tr("Sinkronisasi sedang berjalan."))
            return
        if self._stopping.is_set():
            return
        self.running = True
        services, emit, stopping, runner = self.services, self.progress.emit, self._stopping, self.runner

        def progress(line: str) -> None:
            # Called between batches, each already committed on both sides: a safe point to stop at.
            if stopping.is_set():
                raise SyncStopped("Sinkronisasi dihentikan karena Loket ditutup; dilanjutkan lain kali.")
            emit(line)

        self.report(self.tr("Sinkronisasi dimulai..."))
        self.runner.run(
            # network on the io pool, each of its writes on the database worker
            lambda: services.sync.run(progress=progress, on_writer=runner.on_database_worker),
            self._done,
            self._failed,
            io=True,
            owner=self,
        )

    def _done(self, result: SyncResult) -> None:
        self.running = False
        self.report(
            self.tr("Sinkronisasi selesai: {sent} terkirim, {received} diterima.").format(
                sent=result.sent, received=result.received
            )
        )
        self.synced.emit()

    def _failed(self, message: str) -> None:
        self.running = False
        log.warning("sync failed: %s", message)
        self.report(self.tr("Sinkronisasi gagal: {reason}").format(reason=message))
