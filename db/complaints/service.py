"""Complaints (pengaduan): recorded from any channel the standard lists, numbered in the office's pattern
(complaint.number_format) from a locked yearly sequence, then moved through the complaint SOP (Perbup 16/2021
Lampiran II, 001 line 7210).

Rules written here:
- SOP steps 1-2 (submit, receive and give a receipt) are the recording itself; the steps tracked afterwards are
  STEPS below, each with the person who did it, the date and a note. The last one closes the complaint.
- Each step is recorded by the holder of its SOP role (STEP_ACTORS), supervisors and administrators for anyone; the
  last step tells the complainant the outcome (000 line 105) and keeps how and what was said.
- Due date by priority, counted in working days from the day received: the office's complaint.days_* settings
  (default tinggi 5, sedang 10, rendah 14). Until the complaint is classified it runs on "sedang", so lateness is
  visible from the first day.
- Complaints about abuse of authority or KKN/gratification are visible only to supervisors and administrators. Every
  query below applies that rule from `Actor.role`, so no screen or command can show them to anyone else.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from db.agencies.scope import agency_for_new_record, scope_of
from db.calendar.store import calendar_in
from db.complaints.sop import (  # noqa: F401  (re-exported: screens and commands import them from here)
    CLASSIFY_STEP,
    DEFAULT_PRIORITY,
    EXPLAIN_STEP,
    PRIORITY_DAYS,
    STEP_ACTORS,
    STEPS,
    check_explanation,
    priority_days,
    step_performer,
)
from db.core import audit, validators
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.documents import numbering
from db.models.accounts import Role
from db.models.intake import Application
from db.models.public_services import Complaint, ComplaintStep
from db.models.queue import Ticket
from db.settings.service import office_today

CHANNELS = {
    "langsung": "Langsung (mengisi formulir)",
    "website": "Website",
    "email": "Email",
    "telepon": "Telepon",
    "faksimili": "Faksimili",
    "whatsapp": "WhatsApp",
    "sp4n_lapor": "SP4N-LAPOR!",
}
CATEGORIES = {
    "pelaksanaan": "Pelaksanaan kegiatan pelayanan",
    "sarana": "Sarana dan prasarana penunjang pelayanan",
    "wewenang": "Penyalahgunaan wewenang dalam pelayanan",
    "hambatan": "Hambatan dalam pelayanan",
    "kkn": "Korupsi, kolusi dan nepotisme, termasuk gratifikasi",
}
SENSITIVE_CATEGORIES = frozenset({"wewenang", "kkn"})
PRIVILEGED_ROLES = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})
HANDLER_ROLES = (Role.CUSTOMER_SERVICE, Role.SUPERVISOR, Role.ADMINISTRATOR)
STATUS_LABELS = {"open": "Dalam penanganan", "closed": "Selesai"}
DESCRIPTION_MAX = 5000


@dataclass(frozen=True)
class ComplaintInput:
    channel: str
    category: str
    description: str
    complainant_name: str | None = None
    anonymous: bool = False
    phone: str | None = None
    email: str | None = None
    registration_number: str | None = None
    ticket_id: uuid.UUID | None = None
    # the agency complained about, chosen by the hall's staff in a hall of several (a file's complaint: the file's)
    agency_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ComplaintInfo:
    id: uuid.UUID
    tracking_number: str
    channel: str
    category: str
    anonymous: bool
    complainant_name: str | None
    phone: str | None
    email: str | None
    description: str
    registration_number: str | None
    ticket_label: str | None
    priority: str | None
    received_on: date
    received_at: datetime
    due_on: date | None
    status: str
    current_step: int
    officer_name: str
    counter_number: int | None
    days_left: int | None  # working days to the due date; negative when late

    @property
    def channel_label(self) -> str:
        return CHANNELS[self.channel]

    @property
    def category_label(self) -> str:
        return CATEGORIES[self.category]

    @property
    def sensitive(self) -> bool:
        return self.category in SENSITIVE_CATEGORIES

    @property
    def overdue(self) -> bool:
        return self.status == "open" and self.days_left is not None and self.days_left < 0

    @property
    def complainant_label(self) -> str:
        return "Anonim" if self.anonymous else (self.complainant_name or "-")

    @property
    def step_label(self) -> str:
        if self.status == "closed":
            return STATUS_LABELS["closed"]
        return f"{self.current_step + 1}/{len(STEPS)} {STEPS[self.current_step][1]}"


@dataclass(frozen=True)
class StepRecord:
    step_index: int
    text: str
    person: str
    done_on: date
    note: str
    recorded_by: str
    recorded_at: datetime
    actor_label: str = ""  # the SOP's actor of the step (Kasi, Tim Pengaduan, ...)
    channel: str | None = None  # for the explanation to the complainant: how it was given


def can_see_sensitive(actor: Actor) -> bool:
    return actor.role in PRIVILEGED_ROLES


def _visible(query: Select, actor: Actor) -> Select:
    """The visibility rule as a WHERE clause: sensitive categories only for supervisors and administrators; an
    agency's officer sees only that agency's complaints (db/agencies)."""
    query = query.where(scope_of(actor).where_own(Complaint.agency_id))
    if can_see_sensitive(actor):
        return query
    return query.where(Complaint.category.not_in(sorted(SENSITIVE_CATEGORIES)))


def _refuse_other_agency(session: Session, actor: Actor, **key) -> None:
    """A complaint not visible to the actor: refused in so many words when it is another agency's."""
    column, value = next(iter(key.items()))
    agency = session.scalar(select(Complaint.agency_id).where(getattr(Complaint, column) == value))
    if agency is not None:
        scope_of(actor).require(agency)


EXPLANATION_CHANNELS = {**CHANNELS, "surat": "Surat"}


def _today(session: Session, clock: Clock) -> date:
    return office_today(session, clock())


def _info(row: Complaint, days_left: int | None) -> ComplaintInfo:
    return ComplaintInfo(
        row.id,
        row.tracking_number,
        row.channel,
        row.category,
        row.anonymous,
        row.complainant_name,
        row.phone,
        row.email,
        row.description,
        row.registration_number,
        row.ticket_label,
        row.priority,
        row.received_on,
        row.received_at,
        row.due_on,
        row.status,
        row.current_step,
        row.officer_name,
        row.counter_number,
        days_left,
    )


class ComplaintService:
    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock

    def record(self, actor: Actor, data: ComplaintInput) -> ComplaintInfo:
        """Record a complaint and give it its tracking number (never shared, even by two PCs at once).
        The returned record is what the receipt is printed from."""
        actor.require(*HANDLER_ROLES)
        clean = self._validate(data)
        with self._db.transaction() as session:
            application_id = registration = ticket_label = file_agency = None
            if data.registration_number and data.registration_number.strip():
                registration = data.registration_number.strip()
                found = session.execute(
                    select(Application.id, Application.agency_id).where(Application.registration_number == registration)
                ).first()
                if found is None:
                    raise NotFound(f"Nomor pendaftaran {registration} tidak ditemukan.")
                application_id, file_agency = found
            # a complaint about a file is the file's agency's; otherwise the officer's (the hall's staff choose)
            agency_id = agency_for_new_record(session, actor, file_agency or data.agency_id)
            if data.ticket_id is not None:
                ticket = session.get(Ticket, data.ticket_id)
                if ticket is None:
                    raise NotFound("Nomor antrian yang dikaitkan tidak ditemukan.")
                ticket_label = ticket.label
            now = self._now()
            received = _today(session, self._now)
            number = numbering.next_number(session, "complaint", received, agency_id)
            calendar = calendar_in(session)
            complaint = Complaint(
                agency_id=agency_id,
                tracking_number=number,
                channel=data.channel,
                category=data.category,
                anonymous=data.anonymous,
                complainant_name=clean["name"],
                phone=clean["phone"],
                email=clean["email"],
                description=data.description.strip(),
                application_id=application_id,
                registration_number=registration,
                ticket_id=data.ticket_id,
                ticket_label=ticket_label,
                priority=None,
                received_on=received,
                due_on=calendar.add_working_days(received, priority_days(session)[DEFAULT_PRIORITY]),
                status="open",
                current_step=0,
                received_at=now,
                received_by=actor.username,
                officer_name=actor.full_name or actor.username,
                counter_number=actor.counter_number,
                device_id=actor.device_id,
            )
            session.add(complaint)
            session.flush()
            audit.record(
                session,
                actor,
                "complaint.recorded",
                "complaint",
                complaint.id,
                number=complaint.tracking_number,
                channel=data.channel,
                category=data.category,
            )
            return _info(complaint, calendar.working_days_between(received, complaint.due_on))

    def advance(
        self,
        actor: Actor,
        complaint_id: uuid.UUID,
        person: str,
        note: str = "",
        done_on: date | None = None,
        priority: str | None = None,
        channel: str | None = None,
    ) -> ComplaintInfo:
        """The current SOP step is done by `person` on `done_on` (today when None), recorded by a holder of the
        step's SOP role (STEP_ACTORS; supervisors and administrators for anyone). The classification step needs
        the priority, which sets the due date from the complaint.days_* settings; the last step, the explanation
        to the complainant, needs how it was given (channel) and what was said (note), and closes the complaint."""
        actor.require(*HANDLER_ROLES, Role.KASI, Role.KABID, Role.KEPALA_DINAS, Role.BACK_OFFICE, Role.PETUGAS_LOKET)
        person = validators.text(person, "Nama pelaksana langkah", 200)  # may be empty: the Tim Pengaduan default
        note = validators.text(note, "Catatan", DESCRIPTION_MAX, multiline=True)
        with self._db.transaction() as session:
            row = session.scalar(
                _visible(select(Complaint).where(Complaint.id == complaint_id), actor).with_for_update()
            )
            if row is None:
                _refuse_other_agency(session, actor, id=complaint_id)
                raise NotFound("Pengaduan tidak ditemukan.")
            if row.status != "open":
                raise DomainError(f"Pengaduan {row.tracking_number} sudah selesai; langkah tidak dapat dicatat.")
            today = _today(session, self._now)
            done_on = done_on or today
            if done_on > today or done_on < row.received_on:
                raise DomainError("Tanggal langkah harus antara tanggal pengaduan diterima dan hari ini.")
            calendar = calendar_in(session)
            person, roles = step_performer(session, row.current_step, actor.role, person)
            if row.current_step == CLASSIFY_STEP:
                if priority not in PRIORITY_DAYS:
                    raise DomainError("Pilih prioritas penyelesaian: tinggi, sedang atau rendah.")
                row.priority = priority
                row.due_on = calendar.add_working_days(row.received_on, priority_days(session)[priority])
            if row.current_step == EXPLAIN_STEP:
                check_explanation(channel, note, EXPLANATION_CHANNELS)
            session.add(
                ComplaintStep(
                    complaint_id=row.id,
                    step_index=row.current_step,
                    step_code=STEPS[row.current_step][0],
                    person=person.strip(),
                    done_on=done_on,
                    note=note.strip(),
                    recorded_at=self._now(),
                    recorded_by=actor.username,
                    actor_role=roles[0].value if actor.role in roles else actor.role.value,
                    channel=channel if row.current_step == EXPLAIN_STEP else None,
                )
            )
            row.current_step += 1
            if row.current_step >= len(STEPS):
                row.status, row.closed_at = "closed", self._now()
            audit.record(
                session, actor, "complaint.step", "complaint", row.id, step=row.current_step, priority=row.priority
            )
            left = calendar.working_days_between(today, row.due_on) if row.status == "open" else None
            return _info(row, left)

    def priority_days(self) -> dict[str, int]:
        """The office's working days per priority (complaint.days_* settings), for the screens' choices."""
        with self._db.read() as session:
            return priority_days(session)

    def get(self, actor: Actor, complaint_id: uuid.UUID) -> ComplaintInfo:
        found = self.search(actor, complaint_id=complaint_id)
        if not found:
            with self._db.read() as session:
                _refuse_other_agency(session, actor, id=complaint_id)
            raise NotFound("Pengaduan tidak ditemukan.")
        return found[0]

    def find(self, actor: Actor, tracking_number: str) -> ComplaintInfo:
        found = self.search(actor, tracking_number=tracking_number.strip())
        if not found:
            with self._db.read() as session:
                _refuse_other_agency(session, actor, tracking_number=tracking_number.strip())
            raise NotFound(f"Pengaduan {tracking_number.strip()} tidak ditemukan.")
        return found[0]

    def search(
        self,
        actor: Actor,
        text: str = "",
        status: str | None = None,
        *,
        late_only: bool = False,
        complaint_id: uuid.UUID | None = None,
        tracking_number: str | None = None,
        limit: int = 200,
    ) -> list[ComplaintInfo]:
        """Complaints this actor may see, open and most urgent first. status: open | closed | None (all);
        late_only: open complaints past their due date."""
        query = _visible(select(Complaint), actor)
        if complaint_id is not None:
            query = query.where(Complaint.id == complaint_id)
        if tracking_number is not None:
            query = query.where(Complaint.tracking_number == tracking_number)
        for word in text.lower().split():
            pattern = f"%{word}%"
            query = query.where(
                or_(
                    func.lower(Complaint.tracking_number).like(pattern),
                    func.lower(Complaint.complainant_name).like(pattern),
                    func.lower(Complaint.description).like(pattern),
                    func.lower(func.coalesce(Complaint.registration_number, "")).like(pattern),
                )
            )
        if status:
            query = query.where(Complaint.status == status)
        with self._db.read() as session:
            today = _today(session, self._now)
            if late_only:
                query = query.where(Complaint.status == "open", Complaint.due_on < today)
            query = query.order_by(Complaint.status != "open", Complaint.due_on, Complaint.received_at.desc()).limit(
                limit
            )
            calendar = calendar_in(session)
            return [
                _info(row, calendar.working_days_between(today, row.due_on) if row.status == "open" else None)
                for row in session.scalars(query)
            ]

    def steps(self, actor: Actor, complaint_id: uuid.UUID) -> list[StepRecord]:
        self.get(actor, complaint_id)  # the visibility rule
        with self._db.read() as session:
            rows = session.scalars(
                select(ComplaintStep)
                .where(ComplaintStep.complaint_id == complaint_id)
                .order_by(ComplaintStep.step_index)
            )
            return [
                StepRecord(
                    r.step_index,
                    STEPS[r.step_index][1],
                    r.person,
                    r.done_on,
                    r.note,
                    r.recorded_by,
                    r.recorded_at,
                    STEP_ACTORS[STEPS[r.step_index][0]][0],
                    r.channel,
                )
                for r in rows
            ]

    @staticmethod
    def _validate(data: ComplaintInput) -> dict:
        if data.channel not in CHANNELS:
            raise DomainError(f"Saluran pengaduan '{data.channel}' tidak dikenal.")
        if data.category not in CATEGORIES:
            raise DomainError(f"Ruang lingkup pengaduan '{data.category}' tidak dikenal.")
        description = validators.text(data.description, "Uraian pengaduan", DESCRIPTION_MAX, multiline=True)
        if len(description) < 10:
            raise DomainError("Uraian pengaduan wajib diisi (paling sedikit 10 karakter).")
        name = None
        if not data.anonymous:
            if not (data.complainant_name or "").strip():
                raise DomainError("Nama pengadu wajib diisi, atau tandai pengaduan sebagai anonim.")
            name = validators.person_name(data.complainant_name)
        phone = validators.phone(data.phone) if data.phone and data.phone.strip() else None
        email = validators.email(data.email) if data.email and data.email.strip() else None
        return {"name": name, "phone": phone, "email": email}
