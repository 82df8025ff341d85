"""File intake: applicants, every checklist attempt with its items, registered applications and their steps."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey, utc_now
from db.public.links import new_code, new_token


class Applicant(UuidPrimaryKey, Base):
    """A person (NIK) or a business (NIB, with the person who comes for it)."""

    __tablename__ = "applicants"
    # each agency keeps its own register of applicants (one person may be on several): unique within the agency
    __table_args__ = (
        UniqueConstraint("agency_id", "nik", name="uq_applicants_agency_nik"),
        UniqueConstraint("agency_id", "nib", name="uq_applicants_agency_nib"),
    )

    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # person | business
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    nib: Mapped[str | None] = mapped_column(String(13), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    birth_place: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None]
    sex: Mapped[str | None] = mapped_column(String(1))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    npwp: Mapped[str | None] = mapped_column(String(16))
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applicants.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class FileCheck(UuidPrimaryKey, Base):
    """One verification of a file against a catalog snapshot: complete (registered) or returned."""

    __tablename__ = "file_checks"

    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    applicant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applicants.id"), index=True)
    service_code: Mapped[str] = mapped_column(String(40), index=True)
    revision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("catalog_service_revisions.id"))
    variant: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(12))  # complete | incomplete
    slip_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    proxy: Mapped[dict | None] = mapped_column(JSON)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    checked_at: Mapped[datetime] = mapped_column(index=True)
    checked_by: Mapped[str] = mapped_column(String(100))
    officer_name: Mapped[str] = mapped_column(String(200))
    counter_number: Mapped[int | None]
    device_id: Mapped[str] = mapped_column(String(64))
    # The applicant said at intake they want no SMS/WhatsApp about this file: nothing is queued for it (0016).
    messages_declined: Mapped[bool] = mapped_column(default=False, server_default=sa_false())


class CheckItem(UuidPrimaryKey, Base):
    """One requirement as it was checked, its text copied from the snapshot."""

    __tablename__ = "check_items"

    check_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("file_checks.id"), index=True)
    position: Mapped[int]
    label: Mapped[str] = mapped_column(String(10))
    level: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    condition: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(16))  # None for a heading; "menunggu" for a later condition
    reason: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(24))  # RequirementKind; None on rows from before revision 0009
    # what was recorded as the item's evidence: a payment slip {slip_number, amount, paid_on}, and for a condition
    # fulfilled later who recorded it and when {recorded_by, recorded_at}
    evidence: Mapped[dict | None] = mapped_column(JSON)


class RegistrationSequence(UuidPrimaryKey, Base):
    __tablename__ = "registration_sequences"
    # every agency counts its own series (its numbers carry its own marks: 503/0001/DPMPTSP/..., .../SETDA/...)
    __table_args__ = (UniqueConstraint("agency_id", "kind", "year", name="uq_registration_sequences_agency_kind_year"),)

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"))
    kind: Mapped[str] = mapped_column(String(20))  # registration | return_slip
    year: Mapped[int]
    last_number: Mapped[int] = mapped_column(default=0)


class Application(UuidPrimaryKey, Base):
    __tablename__ = "applications"
    __table_args__ = (
        Index("ix_applications_status_due", "status", "due_on"),
        # 0023 (0010 had the first two): the report's open files counted from the index alone, and the SLA's
        Index("ix_applications_open_due", "finished_at", "registered_at", "due_on", "service_code", "agency_id"),
        # 0022: the desk report counts the open files from the index alone, and finds a step's file by it
        Index(
            "ix_applications_open_desks",
            "status",
            "snapshot_key",
            "revision_id",
            "current_step",
            "held_since",
            "registered_at",
            "agency_id",
            "id",
        ),
        Index("ix_applications_desk_lookup", "id", "registered_at", "snapshot_key", "revision_id", "agency_id"),
    )

    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    registration_number: Mapped[str] = mapped_column(String(60), unique=True)
    check_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("file_checks.id"))
    applicant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applicants.id"), index=True)
    service_code: Mapped[str] = mapped_column(String(40), index=True)
    service_name: Mapped[str] = mapped_column(String(300))
    revision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("catalog_service_revisions.id"))
    variant: Mapped[str | None] = mapped_column(String(200))
    received_on: Mapped[date] = mapped_column(index=True)
    due_on: Mapped[date | None]
    sla_text: Mapped[str] = mapped_column(String(200))
    # in_progress | ready (SK signed, waiting for pickup) | handed_over | completed (no decree) | rejected | archived
    status: Mapped[str] = mapped_column(String(16))
    current_step: Mapped[int] = mapped_column(default=0)
    steps: Mapped[list] = mapped_column(JSON, default=list)  # the SOP steps snapshot: [{actor, text}]
    registered_at: Mapped[datetime]
    registered_by: Mapped[str] = mapped_column(String(100))
    finished_at: Mapped[datetime | None]
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    rejection_number: Mapped[str | None] = mapped_column(String(60), unique=True, index=True)  # surat penolakan
    archived_at: Mapped[datetime | None]
    archived_by: Mapped[str | None] = mapped_column(String(100))
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Revision public_tokens: the file's public page (db/public/links.py), the receipt's QR and the short code under it.
    public_token: Mapped[str | None] = mapped_column(String(43), default=new_token)
    public_code: Mapped[str | None] = mapped_column(String(12), unique=True, index=True, default=new_code)
    # Revision step_recorded_index (0022), for the desk report: when the file came to the desk holding it now (its
    # last step's record, else its registration), and a digest of its SOP snapshot (files sharing one share it).
    # NULL on a row from a version before them: the report then reads that file's own steps and snapshot.
    held_since: Mapped[datetime | None]
    snapshot_key: Mapped[str | None] = mapped_column(String(40))


class ApplicationStep(UuidPrimaryKey, Base):
    """Append-only history of an application: each SOP step done, or a rejection."""

    __tablename__ = "application_steps"
    # 0022: the report reads the period's steps, and each open file's last step from the index alone
    __table_args__ = (
        Index("ix_application_steps_application_recorded", "application_id", "recorded_at", "step_index"),
        # the period's steps done, each with what the desk report needs, from the index alone
        Index(
            "ix_application_steps_desk",
            "recorded_at",
            "outcome",
            "application_id",
            "step_index",
            "actor",
            "started_on",
            "done_on",
            "came_at",
        ),
    )

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    step_index: Mapped[int]
    actor: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(12))  # done | rejected
    note: Mapped[str] = mapped_column(Text, default="")
    done_on: Mapped[date]
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(100))
    # The role the step was recorded in, and "Plt. Kepala Dinas" when someone stood in by delegation.
    recorded_role: Mapped[str | None] = mapped_column(String(32))
    acting_as: Mapped[str | None] = mapped_column(String(120))
    # When the step began outside the office (the SKPD Teknis received the file), typed from the rekomendasi.
    started_on: Mapped[date | None]
    # Revision 0022: when the file came to this step's desk (the step recorded before it, else the registration), so
    # the desk report measures each step without looking for the one before. NULL on a row from a version before.
    came_at: Mapped[datetime | None]


class Attachment(UuidPrimaryKey, Base):
    __tablename__ = "attachments"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    archive_path: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    added_at: Mapped[datetime] = mapped_column(default=utc_now)
    added_by: Mapped[str] = mapped_column(String(100))


class OfficeClosure(UuidPrimaryKey, Base):
    """A day the office is closed besides weekends and national holidays (set by the administrator)."""

    __tablename__ = "office_closures"

    day: Mapped[date] = mapped_column(unique=True)
    reason: Mapped[str] = mapped_column(String(200))
