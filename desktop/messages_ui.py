"""The messages to applicants leave while the app is open: soon after a cause queued one (the change notice of
the signature, the return or the rejection), and every half minute for the retries that came due.

The sending (services.messages.send_due) runs on the io pool of desktop.ops.Runner, each of its short writes on the
database worker: the counter never waits for a gateway. A failure goes to the status bar and the log, never a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from db.core.changes import MESSAGES
from db.messages.sender import SendSummary
from db.services import Services
from desktop.context import ChangeBridge
from desktop.ops import Runner

log = logging.getLogger(__name__)


class MessageScheduler(QObject):
    CHECK_MS = 30_000

    def __init__(
        self,
        services: Services,
        runner: Runner,
        changes: ChangeBridge,
        report: Callable[[str], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.services, self.runner, self.report = services, runner, report
        self.running = False
        self.again = False  # a message was queued while a run was under way: look once more after it
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)
        changes.changed.connect(self._heard)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        """At quit: no new run (a message under way finishes; anything left goes at the next start or cron)."""
        self.stopped = True
        self.timer.stop()

    def _heard(self, batch) -> None:
        if any(change.topic == MESSAGES for change in batch):
            self.check()

    def check(self) -> None:
        if self.stopped:
            return
        if self.running:
            self.again = True
            return
        self.running, self.again = True, False
        messages, on_writer = self.services.messages, self.runner.on_database_worker

        def send() -> SendSummary | None:
            return messages.send_due(on_writer=on_writer) if messages.due() else None

        self.runner.run(send, self._done, self._failed, io=True, owner=self)

    def _done(self, summary: SendSummary | None) -> None:
        self.running = False
        if summary is not None and summary.configured and (summary.sent or summary.failed or summary.uncertain):
            self.report(
                self.tr("Pesan ke pemohon: {sent} terkirim, {uncertain} perlu dicek, {failed} gagal.").format(
                    sent=summary.sent, uncertain=summary.uncertain, failed=summary.failed
                )
            )
        if self.again:
            self.check()

    def _failed(self, message: str) -> None:
        self.running = False
        log.warning("sending messages failed: %s", message)
        self.report(self.tr("Pesan ke pemohon tidak terkirim: {reason}").format(reason=message))
