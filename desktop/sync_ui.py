"""Sync while the app is open: once a day at `sync.hour`, and on demand ("Sinkronkan sekarang").

The sync itself (services.sync.run) runs off the GUI thread through desktop.ops.Runner; its progress lines come
back to the GUI thread through a queued signal. A failure is shown in the status bar and the log, never a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from db.services import Services
from db.sync.client import SyncResult
from desktop.ops import Runner

log = logging.getLogger(__name__)


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
        self.progress.connect(report)
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

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
        self.running = True
        services, emit, runner = self.services, self.progress.emit, self.runner
        self.report(self.tr("Sinkronisasi dimulai..."))
        self.runner.run(
            # network on the io pool, each of its writes on the database worker
            lambda: services.sync.run(progress=emit, on_writer=runner.on_database_worker),
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
