"""Sync bookkeeping on a counter's database: the outbox of local changes, cursors, and the id map of master rows.

`sync_outbox` is filled in the same transaction as the change it records (db/sync/capture.py); `seq` is the device's
monotonic sequence the server acknowledges. `sync_state` keeps the cursors (acked through, pulled through), each
written in the same transaction as the rows it accounts for.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, utc_now


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}  # never reuse a seq, even after the newest rows are pruned

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    operation: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    data: Mapped[str] = mapped_column(Text)  # the row as JSON (UUIDs as text, datetimes ISO UTC, dates ISO)
    # the agency the row belongs to, as text (db/sync/agency.py); NULL: the hall's own row
    agency_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class SyncIdMap(Base):
    """A master row the server sent under its id, matched here to a local row of the same natural key."""

    __tablename__ = "sync_id_map"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    remote_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    local_id: Mapped[uuid.UUID]
