"""Staff accounts and their roles."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey, utc_now


class Role(StrEnum):
    PETUGAS_LOKET = "petugas_loket"
    CUSTOMER_SERVICE = "customer_service"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    # The SOP actors inside the office (001 Lampiran II): drafting, initialling and signing.
    BACK_OFFICE = "back_office"
    KASI = "kasi"
    KABID = "kabid"
    KEPALA_DINAS = "kepala_dinas"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.PETUGAS_LOKET: "Petugas Loket (Front Office)",
    Role.CUSTOMER_SERVICE: "Customer Service",
    Role.SUPERVISOR: "Supervisor",
    Role.ADMINISTRATOR: "Administrator",
    Role.BACK_OFFICE: "Back Office",
    Role.KASI: "Kepala Seksi (Kasi)",
    Role.KABID: "Kepala Bidang (Kabid)",
    Role.KEPALA_DINAS: "Kepala Dinas",
}


class User(UuidPrimaryKey, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    # NULL: the hall's own staff (pengelola MPP), who may act for every agency; see db/agencies
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
