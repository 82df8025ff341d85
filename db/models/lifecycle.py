"""Delegations: the administrator lets an officer stand in for a role (Plt./Plh. Kepala Dinas) for a period."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey


class RoleDelegation(UuidPrimaryKey, Base):
    __tablename__ = "role_delegations"

    username: Mapped[str] = mapped_column(String(64), index=True)
    role: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(10))  # Plt. | Plh.
    nip: Mapped[str] = mapped_column(String(18), default="")
    rank: Mapped[str] = mapped_column(String(100), default="")
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(100))
    revoked_at: Mapped[datetime | None]
