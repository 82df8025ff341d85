"""The worker's side of the outbox: take a due message under a lease, send it, record the attempt and its outcome.

Each take and each record is its own short write (`on_writer` runs it where writes belong: the desktop's database
worker, or the calling thread in the CLI); the HTTP request runs between them with no transaction open, so a slow
gateway never holds the database. Taking is a compare-and-set (UPDATE ... WHERE status = 'queued'), so of two workers
on one hall database exactly one gets a message. A lease that runs out means its worker vanished mid-send (a crash,
a PC switched off): with a gateway that drops repeated keys the message is queued again, otherwise it is marked
"perlu dicek" and only an officer sends it again (the applicant may already have it).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

import httpx
from sqlalchemy import select, update

from db.core.actor import Clock
from db.core.engine import Database
from db.messages import gateway
from db.messages.gateway import GatewayConfig, Outcome
from db.models.messages import Message, MessageAttempt
from db.settings.service import SettingsService

T = TypeVar("T")
OnWriter = Callable[[Callable[[], T]], T]
BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_LONGEST = timedelta(hours=1)
LEASE_MARGIN = timedelta(seconds=30)
TAKE_BATCH = 10
LOST = (
    "Pengiriman terputus sebelum hasilnya tercatat (mis. PC mati); periksa apakah pemohon sudah menerima pesan, "
    "lalu kirim ulang bila belum."
)


def on_this_thread(work: Callable[[], T]) -> T:
    return work()


def backoff(attempts: int) -> timedelta:
    """The wait after the n-th failed attempt: 1, 2, 4, 8 ... minutes, never more than an hour."""
    return min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_LONGEST)


@dataclass(frozen=True)
class Claim:
    message_id: uuid.UUID
    attempt_id: uuid.UUID
    recipient: str
    body: str
    key: str


@dataclass
class SendSummary:
    sent: int = 0
    retry: int = 0
    uncertain: int = 0
    failed: int = 0
    configured: bool = True

    def add(self, kind: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)

    def text(self) -> str:
        if not self.configured:
            return "Gateway pesan belum diatur (messages.gateway.url): pesan dikirim petugas lewat tautan WhatsApp."
        return (
            f"Pesan: {self.sent} terkirim, {self.retry} dicoba lagi nanti, {self.uncertain} perlu dicek, "
            f"{self.failed} gagal."
        )


class Sender:
    def __init__(self, database: Database, settings: SettingsService, device_id: str, clock: Clock):
        self._db = database
        self._settings = settings
        self._now = clock
        # unique per run: two workers in one process (or on two PCs) never share a lease
        self.worker = f"{device_id}:{os.getpid()}:{uuid.uuid4().hex[:8]}"[:120]

    def run(self, on_writer: OnWriter = on_this_thread, limit: int = 50, transport=None) -> SendSummary:
        values = self._settings.get_many((*GatewayConfig.KEYS, "messages.max_attempts"))
        config = GatewayConfig.from_values(values)
        if not config.configured:
            return SendSummary(configured=False)
        max_attempts = int(values["messages.max_attempts"])
        lease = timedelta(seconds=config.timeout * 2) + LEASE_MARGIN
        summary = SendSummary()
        on_writer(lambda: self._release_lost(config.idempotent))
        with httpx.Client(transport=transport, follow_redirects=False) as client:
            for _ in range(limit):
                claim = on_writer(lambda: self._claim(lease))
                if claim is None:
                    break
                outcome = gateway.send(client, config, claim.recipient, claim.body, claim.key)
                kind = on_writer(lambda c=claim, o=outcome: self._record(c, o, max_attempts, config.idempotent))
                summary.add(kind)
        return summary

    def _claim(self, lease: timedelta) -> Claim | None:
        now = self._now()
        with self._db.transaction() as session:
            due = session.scalars(
                select(Message.id)
                .where(Message.status == "queued", Message.next_attempt_at <= now)
                .order_by(Message.next_attempt_at, Message.created_at)
                .limit(TAKE_BATCH)
            ).all()
            for message_id in due:
                taken = session.execute(
                    update(Message)
                    .where(Message.id == message_id, Message.status == "queued")
                    .values(
                        status="sending",
                        lease_owner=self.worker,
                        lease_until=now + lease,
                        attempts=Message.attempts + 1,
                    )
                    .execution_options(synchronize_session=False)
                ).rowcount
                if not taken:
                    continue  # another worker took it between the read and the update
                message = session.get(Message, message_id)
                attempt = MessageAttempt(
                    message_id=message.id,
                    number=message.attempts,
                    worker=self.worker,
                    started_at=now,
                    outcome="sending",
                )
                session.add(attempt)
                session.flush()
                return Claim(message.id, attempt.id, message.recipient, message.body, message.idempotency_key)
        return None

    def _record(self, claim: Claim, outcome: Outcome, max_attempts: int, idempotent: bool) -> str:
        now = self._now()
        with self._db.transaction() as session:
            attempt = session.get(MessageAttempt, claim.attempt_id)
            message = session.scalar(select(Message).where(Message.id == claim.message_id).with_for_update())
            kind = outcome.kind
            if kind == "uncertain" and idempotent:
                kind = "retry"  # the gateway drops the repeat if the first one did arrive
            if kind == "retry" and message.attempts >= max_attempts:
                kind = "failed"
            attempt.finished_at, attempt.outcome = now, outcome.kind
            attempt.http_status, attempt.detail = outcome.http_status, outcome.detail
            if message.status != "sending" or message.lease_owner != self.worker:
                # Our lease ran out and the message moved on; only a success still tells something new.
                if outcome.kind == "sent" and message.status in ("uncertain", "queued"):
                    _sent(message, outcome, now)
                return outcome.kind
            message.lease_owner, message.lease_until = None, None
            if kind == "sent":
                _sent(message, outcome, now)
            elif kind == "retry":
                message.status, message.last_error = "queued", outcome.detail
                message.next_attempt_at = now + backoff(message.attempts)
            else:
                exhausted = outcome.kind == "retry"
                message.status = kind
                message.last_error = outcome.detail + (
                    f" (percobaan ke-{message.attempts}, batas)" if exhausted else ""
                )
            return kind

    def _release_lost(self, idempotent: bool) -> None:
        now = self._now()
        with self._db.transaction() as session:
            lost = session.scalars(
                select(Message).where(Message.status == "sending", Message.lease_until < now).with_for_update()
            ).all()
            for message in lost:
                for attempt in session.scalars(
                    select(MessageAttempt).where(
                        MessageAttempt.message_id == message.id, MessageAttempt.outcome == "sending"
                    )
                ):
                    attempt.outcome, attempt.finished_at, attempt.detail = "lost", now, LOST
                message.lease_owner, message.lease_until = None, None
                if idempotent:
                    message.status, message.next_attempt_at = "queued", now
                else:
                    message.status, message.last_error = "uncertain", LOST


def _sent(message: Message, outcome: Outcome, now) -> None:
    message.status, message.sent_at, message.last_error = "sent", now, None
    message.gateway_reference = outcome.reference
    message.lease_owner, message.lease_until = None, None
