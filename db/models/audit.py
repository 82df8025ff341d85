"""The audit log: who did what, when, at which counter. Written by the services in the same transaction."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey, utc_now


class AuditEntry(UuidPrimaryKey, Base):
    __tablename__ = "audit_log"

    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    user_id: Mapped[uuid.UUID | None]
    username: Mapped[str] = mapped_column(String(100))
    device_id: Mapped[str] = mapped_column(String(64))
    counter_number: Mapped[int | None]
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict] = mapped_column(JSON, default=dict)
