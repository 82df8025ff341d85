"""Keeps the report's days that are over while the app is open, so the month's report finds them kept.

A day that no report has read yet costs the first report of its month the reading of its records (db/reports/
day_cache.py: 2-3 s for a month of 5,000 tickets a day). This job asks the report service which days of the last
weeks are missing, at start and then hourly, and keeps them one day and scope per database job: each is about one
day's report (0.1-0.2 s), so a call or a ticket queued behind it waits for one day at most, never for a month.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from db.services import Services
    from desktop.ops import Runner

log = logging.getLogger(__name__)


class ReportDays(QObject):
    CHECK_MS = 3_600_000

    def __init__(self, services: Services, runner: Runner, parent: QObject | None = None):
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.pending: list[tuple] = []
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        """No further day is started; the one under way finishes (one day's report)."""
        self.timer.stop()
        self.pending = []

    def check(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.runner.run(self.services.reports.days_to_keep, self._keep, self._failed, owner=self)

    def _keep(self, days: list[tuple]) -> None:
        self.pending = list(days)
        self._next()

    def _next(self, _result=None) -> None:
        if not self.pending:
            self.busy = False
            return
        day, agency = self.pending.pop(0)
        reports = self.services.reports
        self.runner.run(lambda: reports.keep_day(day, agency), self._next, self._failed, owner=self)

    def _failed(self, message: str) -> None:
        """A refused day (an agency removed meanwhile, a busy database) ends this round; the next check retries."""
        log.warning("report days not kept: %s", message)
        self.pending = []
        self.busy = False
