"""Messages to applicants (SMS/WhatsApp through the office's gateway): the outbox and every attempt to send.

A message is written in the same transaction as its cause (the SK signed, the file returned or rejected), under an
idempotency key naming that cause, so the cause committed once queues it once. A worker leases it (status
"sending", lease_owner, lease_until) before it talks to the gateway, so two workers never send the same message and
a crash mid-send is noticed when the lease runs out.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey, utc_now


class Message(UuidPrimaryKey, Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_status_next_attempt_at", "status", "next_attempt_at"),)

    idempotency_key: Mapped[str] = mapped_column(String(80), unique=True)  # e.g. sk:<decree id>
    event: Mapped[str] = mapped_column(String(16))  # signed | returned | rejected
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"), index=True)
    check_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("file_checks.id"), index=True)
    recipient: Mapped[str | None] = mapped_column(String(20))  # 628..., E.164 without the plus; None when skipped
    recipient_name: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # queued | sending | sent | failed | uncertain | manual | handed | skipped (see db.messages.outbox.STATUS_LABELS)
    status: Mapped[str] = mapped_column(String(12))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    lease_owner: Mapped[str | None] = mapped_column(String(120))
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    gateway_reference: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))
    sent_at: Mapped[datetime | None]
    handed_at: Mapped[datetime | None]
    handed_by: Mapped[str | None] = mapped_column(String(100))


class MessageAttempt(UuidPrimaryKey, Base):
    """One try at the gateway: written when the worker takes the message, completed with what the gateway said."""

    __tablename__ = "message_attempts"

    message_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("messages.id"), index=True)
    number: Mapped[int]
    worker: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    # sending (under way) | sent | retry | failed | uncertain | lost (the worker vanished: its lease ran out)
    outcome: Mapped[str] = mapped_column(String(12))
    http_status: Mapped[int | None]
    detail: Mapped[str] = mapped_column(Text, default="")
