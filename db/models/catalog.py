"""The service catalog in the database: imported versions, the current entry per service, immutable revisions.

An application's checklist points at a `ServiceRevision`, never at the live entry, so a later catalog change
alters no past record.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey, utc_now


class CatalogVersion(UuidPrimaryKey, Base):
    __tablename__ = "catalog_versions"

    version: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(255))
    imported_at: Mapped[datetime] = mapped_column(default=utc_now)
    imported_by: Mapped[str] = mapped_column(String(100))
    service_count: Mapped[int]
    changed_count: Mapped[int]


class CatalogService(UuidPrimaryKey, Base):
    """The entry in force for one service code."""

    __tablename__ = "catalog_services"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    agency: Mapped[str] = mapped_column(String(200))
    # NULL: a hall-wide service every agency may offer (LYN-ADUAN, ...); see db/agencies
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency_units.id"))
    sector: Mapped[str | None] = mapped_column(String(120))
    sla_working_days: Mapped[int | None]
    active: Mapped[bool] = mapped_column(default=True)
    current_revision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("catalog_service_revisions.id"))
    edited_locally: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class ServiceRevision(UuidPrimaryKey, Base):
    """One immutable snapshot of a service's entry (the whole validated JSON)."""

    __tablename__ = "catalog_service_revisions"
    __table_args__ = (UniqueConstraint("code", "revision", name="uq_catalog_service_revisions_code_revision"),)

    code: Mapped[str] = mapped_column(String(40), index=True)
    revision: Mapped[int]
    data: Mapped[dict] = mapped_column(JSON)
    catalog_version_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("catalog_versions.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text, default="")
