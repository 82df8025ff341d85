"""The queue: groups and counters (set by the administrator), the day's tickets, their events and print jobs."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey, utc_now
from db.public.links import new_code, new_token


class QueueGroup(UuidPrimaryKey, Base):
    __tablename__ = "queue_groups"

    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    service_codes: Mapped[list] = mapped_column(JSON, default=list)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)  # NULL: the hall's


class Counter(UuidPrimaryKey, Base):
    __tablename__ = "counters"

    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(80))
    group_codes: Mapped[list] = mapped_column(JSON, default=list)
    priority_desk: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    open: Mapped[bool] = mapped_column(default=False)
    paused: Mapped[bool] = mapped_column(default=False)  # open, officer away for a moment: calls nobody
    priority_streak: Mapped[int] = mapped_column(default=0)
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)  # NULL: the hall's


class QueueDay(UuidPrimaryKey, Base):
    __tablename__ = "queue_days"

    day: Mapped[date] = mapped_column(unique=True)
    opened_at: Mapped[datetime] = mapped_column(default=utc_now)
    opened_by: Mapped[str] = mapped_column(String(100))
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(100))


class TicketSequence(UuidPrimaryKey, Base):
    """The last number issued per group per day: the row every issuer locks, so numbers are never duplicated."""

    __tablename__ = "ticket_sequences"
    __table_args__ = (UniqueConstraint("day", "group_code", name="uq_ticket_sequences_day_group"),)

    day: Mapped[date]
    group_code: Mapped[str] = mapped_column(String(4))
    last_number: Mapped[int] = mapped_column(default=0)


class Ticket(UuidPrimaryKey, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("day", "label", name="uq_tickets_day_label"),
        Index("ix_tickets_day_status", "day", "status", "issued_at"),
        # Revision 0010: the people ahead and the recent services of a group, and the front of the queue, as index
        # seeks (db/queue/statements.py).
        Index("ix_tickets_day_group_status", "day", "group_code", "status", "issued_at"),
        Index("ix_tickets_front", "day", "status", "group_code", "target_counter", "priority", "issued_at"),
        Index(
            "ix_tickets_sent",
            "day",
            "status",
            "target_counter",
            "issued_at",
            sqlite_where=text("target_counter IS NOT NULL"),
            postgresql_where=text("target_counter IS NOT NULL"),
        ),
    )

    day: Mapped[date]
    group_code: Mapped[str] = mapped_column(String(4))
    number: Mapped[int]
    label: Mapped[str] = mapped_column(String(12))
    service_code: Mapped[str | None] = mapped_column(String(40))
    priority: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12))
    issued_at: Mapped[datetime]
    issued_by: Mapped[str] = mapped_column(String(100))
    issued_device: Mapped[str] = mapped_column(String(64))
    target_counter: Mapped[int | None]
    counter_number: Mapped[int | None]
    called_at: Mapped[datetime | None]
    call_count: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    served_by: Mapped[str | None] = mapped_column(String(100))
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)  # its group's
    # Revision public_tokens: the ticket's public page (db/public/links.py), its QR's verifier and short code.
    public_token: Mapped[str | None] = mapped_column(String(43), default=new_token)
    public_code: Mapped[str | None] = mapped_column(String(12), unique=True, index=True, default=new_code)


class TicketEvent(UuidPrimaryKey, Base):
    """Append-only history of a ticket; waiting and service times are computed from it."""

    __tablename__ = "ticket_events"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(index=True)
    counter_number: Mapped[int | None]
    user_id: Mapped[uuid.UUID | None]
    username: Mapped[str] = mapped_column(String(100))
    device_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class PrintJob(UuidPrimaryKey, Base):
    __tablename__ = "print_jobs"

    kind: Mapped[str] = mapped_column(String(20))
    reference_id: Mapped[uuid.UUID | None]
    reference_label: Mapped[str] = mapped_column(String(60))
    state: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utc_now)
    device_id: Mapped[str] = mapped_column(String(64))
    username: Mapped[str] = mapped_column(String(100))
    reprint: Mapped[bool] = mapped_column(default=False)
