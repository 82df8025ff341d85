"""The office's non-licensing services (Perbup 16/2021 Pasal 7 II): complaints with their SOP steps, the logged
information and consultation exchanges, and the satisfaction survey (SKM) answers."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UuidPrimaryKey


class Complaint(UuidPrimaryKey, Base):
    """A complaint (pengaduan) from any channel; moves through the complaint SOP (001 line 7210)."""

    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_status_due", "status", "due_on"),)

    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    tracking_number: Mapped[str] = mapped_column(String(40), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(24), index=True)
    anonymous: Mapped[bool] = mapped_column(default=False)
    complainant_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"))
    registration_number: Mapped[str | None] = mapped_column(String(60))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    ticket_label: Mapped[str | None] = mapped_column(String(12))
    priority: Mapped[str | None] = mapped_column(String(10))  # tinggi | sedang | rendah, set when classified
    received_on: Mapped[date] = mapped_column(index=True)
    due_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(12))  # open | closed
    current_step: Mapped[int] = mapped_column(default=0)
    received_at: Mapped[datetime]
    received_by: Mapped[str] = mapped_column(String(100))
    officer_name: Mapped[str] = mapped_column(String(200))
    counter_number: Mapped[int | None]
    device_id: Mapped[str] = mapped_column(String(64))
    closed_at: Mapped[datetime | None]


class ComplaintStep(UuidPrimaryKey, Base):
    """Append-only history of a complaint: each SOP step done, by whom, when, with a note."""

    __tablename__ = "complaint_steps"

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"), index=True)
    step_index: Mapped[int]
    step_code: Mapped[str] = mapped_column(String(24))
    person: Mapped[str] = mapped_column(String(200))
    done_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(100))
    # the role the SOP gives the step (Kasi, Kabid, ...), and for the explanation to the complainant the channel
    # it was given through
    actor_role: Mapped[str | None] = mapped_column(String(24))
    channel: Mapped[str | None] = mapped_column(String(20))


class InfoConsultation(UuidPrimaryKey, Base):
    """One information (001 line 7253) or consultation (line 7292) exchange logged at the front office."""

    __tablename__ = "info_consultations"

    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12), index=True)  # informasi | konsultasi
    visitor_name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(200))
    service_code: Mapped[str | None] = mapped_column(String(40), index=True)
    service_name: Mapped[str | None] = mapped_column(String(300))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    duration_minutes: Mapped[int]
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    counter_number: Mapped[int | None]
    served_on: Mapped[date] = mapped_column(index=True)
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(100))
    officer_name: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(64))
    # the SOP's referral (001 lines 7269-7274, 7325-7331): the front office refers the question to the Kasi (or the
    # Kabid who analyses a consultation); the entry stays open until the answer is recorded with who gave it
    status: Mapped[str] = mapped_column(String(10), default="answered", server_default="answered")
    referred_to: Mapped[str | None] = mapped_column(String(24))  # Role value
    answered_by: Mapped[str | None] = mapped_column(String(200))
    answered_at: Mapped[datetime | None]


class SkmResponse(UuidPrimaryKey, Base):
    """One respondent's SKM answers (PermenPANRB 14/2017): nine elements scored 1-4 and an optional profile.

    Tied to the service and the counter, never to a person: no name, no NIK, no ticket (a ticket leads to the file
    check and so to the applicant)."""

    __tablename__ = "skm_responses"

    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    service_code: Mapped[str] = mapped_column(String(40), index=True)
    service_name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(200))
    counter_number: Mapped[int | None]
    responded_on: Mapped[date] = mapped_column(index=True)
    u1: Mapped[int] = mapped_column(SmallInteger)
    u2: Mapped[int] = mapped_column(SmallInteger)
    u3: Mapped[int] = mapped_column(SmallInteger)
    u4: Mapped[int] = mapped_column(SmallInteger)
    u5: Mapped[int] = mapped_column(SmallInteger)
    u6: Mapped[int] = mapped_column(SmallInteger)
    u7: Mapped[int] = mapped_column(SmallInteger)
    u8: Mapped[int] = mapped_column(SmallInteger)
    u9: Mapped[int] = mapped_column(SmallInteger)
    # The profile the annex of PermenPANRB 14/2017 asks (db.skm.profile): age in years, sex, education, occupation
    # and what "Lainnya" is. Responses recorded before 0016 hold an age band instead of an age.
    age: Mapped[int | None] = mapped_column(SmallInteger)
    age_band: Mapped[str | None] = mapped_column(String(10))
    sex: Mapped[str | None] = mapped_column(String(1))
    education: Mapped[str | None] = mapped_column(String(20))
    occupation: Mapped[str | None] = mapped_column(String(30))
    occupation_other: Mapped[str | None] = mapped_column(String(60))
    comment: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(8))  # tablet | paper
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(100))
    device_id: Mapped[str] = mapped_column(String(64))


class SkmTicketUse(UuidPrimaryKey, Base):
    """A ticket whose holder has answered the survey: one response per ticket. Kept apart from the response on
    purpose, with no time of its own, so the answers stay unlinked to the ticket (and so to the applicant)."""

    __tablename__ = "skm_ticket_uses"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), unique=True)
