"""The hall (pengelola Mal Pelayanan Publik) and the agencies (instansi) serving in it, with their units.

One database is one hall: a single office running Loket alone is a hall with one agency. See db/agencies/__init__.py
for what is scoped by agency and how the services check it.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey, utc_now


class Hall(UuidPrimaryKey, Base):
    """The hall's management (pengelola MPP): what the public sees of the hall as a whole. One row per database."""

    __tablename__ = "halls"

    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[str] = mapped_column(Text, default="")  # base64 PNG/JPEG, "" = none (as the office.logo setting)
    maklumat: Mapped[str] = mapped_column(Text, default="")
    # [{"days": "Senin-Kamis", "opens": "08:30", "closes": "16:00"}, ...] in the hall's local time
    opening_hours: Mapped[list] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Agency(UuidPrimaryKey, Base):
    """One agency (instansi) serving in the hall: its letterhead, signing officials, numbering and catalog."""

    __tablename__ = "agencies"

    hall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("halls.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # DPMPTSP-BLG: the administrator's handle
    short_name: Mapped[str] = mapped_column(String(120), unique=True)  # on tickets, displays, the catalog's "agency"
    name: Mapped[str] = mapped_column(String(200))  # the letterhead's office line
    government: Mapped[str] = mapped_column(String(200), default="")  # the letterhead's first line
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")  # "Ditetapkan di ..."
    phone: Mapped[str] = mapped_column(String(60), default="")
    fax: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    logo: Mapped[str] = mapped_column(Text, default="")  # base64 PNG/JPEG, "" = the hall's logo
    motto: Mapped[str] = mapped_column(String(60), default="")
    motto_text: Mapped[str] = mapped_column(String(200), default="")
    maklumat: Mapped[str] = mapped_column(Text, default="")
    # [{"role": "kepala_dinas", "title": ..., "name": ..., "rank": ..., "nip": ...}]: the first signs decrees
    signers: Mapped[list] = mapped_column(JSON, default=list)
    signing_mode: Mapped[str] = mapped_column(String(12), default="basah")  # basah | elektronik
    # {"registration": "503/{nomor:04d}/DPMPTSP/{bulan}/{tahun}", "decree": ..., ...}: db/documents/numbering KINDS
    number_formats: Mapped[dict] = mapped_column(JSON, default=dict)
    # the hall-wide services (catalog rows with no agency: LYN-ADUAN, LYN-INFO, ...) this agency offers
    general_services: Mapped[list] = mapped_column(JSON, default=list)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(Text, default="")  # where the record's data comes from (seed lines)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class AgencyUnit(UuidPrimaryKey, Base):
    """A unit inside an agency that owns some of its services: the Setda's bureaus (Bagian Hukum, ...)."""

    __tablename__ = "agency_units"
    __table_args__ = (
        UniqueConstraint("agency_id", "code", name="uq_agency_units_agency_code"),
        UniqueConstraint("agency_id", "name", name="uq_agency_units_agency_name"),
    )

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
