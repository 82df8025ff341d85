"""Issued documents (the digital archive), decrees with their authenticity record, and handovers."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey


class IssuedDocument(UuidPrimaryKey, Base):
    """Every document Loket issues, archived as a PDF named by its number, with its SHA-256 ("diarsipkan")."""

    __tablename__ = "issued_documents"
    __table_args__ = (UniqueConstraint("kind", "number", name="uq_issued_documents_kind_number"),)

    kind: Mapped[str] = mapped_column(String(20))  # receipt | return_slip | decree | handover
    # the issuing agency (a return slip has no application to reach it through)
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    number: Mapped[str] = mapped_column(String(60))
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"), index=True)
    relative_path: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    issued_at: Mapped[datetime]
    issued_by: Mapped[str] = mapped_column(String(100))
    copies_printed: Mapped[int] = mapped_column(default=0)


class Decree(UuidPrimaryKey, Base):
    __tablename__ = "decrees"

    # Not unique: a corrected decree is replaced by a new one for the same application.
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    decree_number: Mapped[str] = mapped_column(String(60), unique=True)
    signed_on: Mapped[date]
    signed_at: Mapped[datetime]
    signed_by: Mapped[str] = mapped_column(String(100))
    signer: Mapped[dict] = mapped_column(JSON)
    holder: Mapped[dict] = mapped_column(JSON)
    content: Mapped[dict] = mapped_column(JSON)  # the filled template, so a reprint is the same decree
    content_sha256: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    key_id: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(12), default="valid")  # valid | corrected | withdrawn | revoked
    status_reason: Mapped[str | None] = mapped_column(Text)
    status_official: Mapped[str | None] = mapped_column(String(200))
    status_at: Mapped[datetime | None]
    replaced_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decrees.id"))


class Handover(UuidPrimaryKey, Base):
    __tablename__ = "handovers"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), unique=True)
    decree_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decrees.id"))
    receipt_number: Mapped[str] = mapped_column(String(40), unique=True)
    recipient_role: Mapped[str] = mapped_column(String(12))  # applicant | proxy
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_nik: Mapped[str] = mapped_column(String(16))
    proxy_letter: Mapped[str | None] = mapped_column(Text)
    handed_at: Mapped[datetime]
    officer: Mapped[str] = mapped_column(String(100))
    officer_name: Mapped[str] = mapped_column(String(200))


class SigningKey(UuidPrimaryKey, Base):
    """The office's public keys (the private key never enters the database): verification works on every PC."""

    __tablename__ = "signing_keys"

    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    public_key: Mapped[str] = mapped_column(Text)  # PEM
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(100))
    retired: Mapped[bool] = mapped_column(default=False)
