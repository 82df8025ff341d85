"""Messages to applicants as one service on `Services`: send what is due, list the outbox, retry, and hand a
message to the officer as a WhatsApp click-to-chat link where the office has no gateway."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from sqlalchemy import func, select

from db.agencies.scope import scope_of
from db.core import audit
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.messages.outbox import STATUS_LABELS
from db.messages.sender import OnWriter, Sender, SendSummary, on_this_thread
from db.models.intake import Application, FileCheck
from db.models.messages import Message, MessageAttempt
from db.settings.message_settings import EVENT_NAMES
from db.settings.service import SettingsService

ATTEMPT_LABELS = {
    "sending": "sedang dikirim",
    "sent": "diterima gateway",
    "retry": "gagal, dicoba lagi",
    "failed": "ditolak gateway",
    "uncertain": "hasil tidak pasti",
    "lost": "terputus",
}
RETRYABLE = ("failed", "uncertain", "manual", "handed")
BY_HAND = ("manual", "failed", "uncertain")


@dataclass(frozen=True)
class MessageInfo:
    id: uuid.UUID
    event: str
    status: str
    recipient: str | None  # 628...
    recipient_name: str
    body: str
    attempts: int
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
    handed_by: str | None
    gateway_reference: str | None
    application_id: uuid.UUID | None
    file_number: str  # the registration number, or the return slip's number

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def event_label(self) -> str:
        return EVENT_NAMES[self.event]

    @property
    def chat_link(self) -> str | None:
        """https://wa.me/628...?text=...: WhatsApp opens a chat with the text written, the officer presses send."""
        return click_to_chat(self.recipient, self.body) if self.recipient else None


@dataclass(frozen=True)
class AttemptInfo:
    number: int
    worker: str
    started_at: datetime
    finished_at: datetime | None
    outcome: str
    http_status: int | None
    detail: str

    @property
    def outcome_label(self) -> str:
        return ATTEMPT_LABELS[self.outcome]


def click_to_chat(recipient: str, body: str) -> str:
    return f"https://wa.me/{recipient}?text={quote(body, safe='')}"


class MessageService:
    def __init__(self, database: Database, settings: SettingsService, device_id: str, clock: Clock = utc_now):
        self._db = database
        self._settings = settings
        self._device_id = device_id
        self._now = clock

    def gateway_configured(self) -> bool:
        return bool(self._settings.get("messages.gateway.url"))

    def send_due(self, on_writer: OnWriter = on_this_thread, limit: int = 50, transport=None) -> SendSummary:
        """Send what is due through the gateway, one message at a time; `on_writer` runs each short write (the
        desktop passes its database worker, as this waits on the network in the io pool)."""
        return Sender(self._db, self._settings, self._device_id, self._now).run(on_writer, limit, transport)

    def due(self) -> int:
        """How many queued messages may be sent now, or are held by a worker whose lease ran out (cheap)."""
        now = self._now()
        with self._db.read() as session:
            queued = (Message.status == "queued") & (Message.next_attempt_at <= now)
            lost = (Message.status == "sending") & (Message.lease_until < now)
            return session.scalar(select(func.count(Message.id)).where(queued | lost)) or 0

    def list(self, status: str | None = None, limit: int = 200, actor: Actor | None = None) -> list[MessageInfo]:
        """The outbox, newest first (one status, or all); an agency's officer sees their agency's files only."""
        if status is not None and status not in STATUS_LABELS:
            raise DomainError(f"Status pesan '{status}' tidak dikenal. Pilihan: {', '.join(STATUS_LABELS)}.")
        query = select(Message).order_by(Message.created_at.desc()).limit(limit)
        if actor is not None:
            query = query.join(FileCheck, FileCheck.id == Message.check_id).where(
                scope_of(actor).where_own(FileCheck.agency_id)
            )
        if status is not None:
            query = query.where(Message.status == status)
        with self._db.read() as session:
            return [_info(session, message) for message in session.scalars(query)]

    def for_application(self, application_id: uuid.UUID, actor: Actor | None = None) -> list[MessageInfo]:
        """The messages of one file, oldest first; another agency's file is refused as the file itself is."""
        with self._db.read() as session:
            if actor is not None:
                agency = session.scalar(select(Application.agency_id).where(Application.id == application_id))
                scope_of(actor).require(agency)
            query = select(Message).where(Message.application_id == application_id).order_by(Message.created_at)
            return [_info(session, message) for message in session.scalars(query)]

    def declined(self, application_id: uuid.UUID) -> bool:
        """The applicant declined messages about this file at intake."""
        with self._db.read() as session:
            return bool(
                session.scalar(
                    select(FileCheck.messages_declined)
                    .join(Application, Application.check_id == FileCheck.id)
                    .where(Application.id == application_id)
                )
            )

    def get(self, message_id: uuid.UUID) -> MessageInfo:
        with self._db.read() as session:
            return _info(session, _message(session, message_id))

    def attempts(self, message_id: uuid.UUID) -> list[AttemptInfo]:
        with self._db.read() as session:
            query = select(MessageAttempt).where(MessageAttempt.message_id == message_id)
            rows = session.scalars(query.order_by(MessageAttempt.number, MessageAttempt.started_at))
            return [
                AttemptInfo(a.number, a.worker, a.started_at, a.finished_at, a.outcome, a.http_status, a.detail)
                for a in rows
            ]

    def retry(self, actor: Actor, message_id: uuid.UUID) -> MessageInfo:
        """Queue a failed, uncertain or manual message for the gateway again, now (the officer checked that the
        applicant does not have it)."""
        if not self.gateway_configured():
            raise DomainError("Gateway pesan belum diatur: kirim pesan lewat tautan WhatsApp di layar berkas.")
        with self._db.transaction() as session:
            message = _message(session, message_id, lock=True, actor=actor)
            if message.status not in RETRYABLE:
                raise DomainError(f"Pesan berstatus {STATUS_LABELS[message.status]}; tidak dapat dikirim ulang.")
            if message.recipient is None:
                raise DomainError("Pesan ini tidak punya nomor tujuan.")
            message.status, message.next_attempt_at = "queued", self._now()
            audit.record(session, actor, "message.retry", "message", message.id, attempts=message.attempts)
            return _info(session, message)

    def hand_to_officer(self, actor: Actor, message_id: uuid.UUID) -> str:
        """The officer sends this message by hand: recorded as handed to them, and the click-to-chat link returned
        for the app to open."""
        with self._db.transaction() as session:
            message = _message(session, message_id, lock=True, actor=actor)
            if message.status not in BY_HAND:
                raise DomainError(f"Pesan berstatus {STATUS_LABELS[message.status]}; tidak perlu dikirim manual.")
            if message.recipient is None:
                raise DomainError("Pesan ini tidak punya nomor tujuan.")
            now = self._now()
            message.status, message.handed_at, message.handed_by = "handed", now, actor.username
            message.lease_owner = message.lease_until = None
            audit.record(session, actor, "message.hand", "message", message.id)
            return click_to_chat(message.recipient, message.body)


def _message(session, message_id: uuid.UUID, lock: bool = False, actor: Actor | None = None) -> Message:
    query = select(Message).where(Message.id == message_id)
    message = session.scalar(query.with_for_update() if lock else query)
    if message is None:
        raise NotFound("Pesan tidak ditemukan.")
    if actor is not None:  # another agency's file: refused as the file itself would be
        scope_of(actor).require(session.scalar(select(FileCheck.agency_id).where(FileCheck.id == message.check_id)))
    return message


def _info(session, message: Message) -> MessageInfo:
    if message.application_id is not None:
        number = session.scalar(select(Application.registration_number).where(Application.id == message.application_id))
    else:
        number = session.scalar(select(FileCheck.slip_number).where(FileCheck.id == message.check_id))
    return MessageInfo(
        message.id,
        message.event,
        message.status,
        message.recipient,
        message.recipient_name,
        message.body,
        message.attempts,
        message.last_error,
        message.created_at,
        message.next_attempt_at,
        message.sent_at,
        message.handed_by,
        message.gateway_reference,
        message.application_id,
        number or "",
    )
