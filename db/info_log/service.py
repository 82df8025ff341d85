"""The front office's log of information (001 line 7253) and consultation (line 7292) exchanges: who asked, about
which service, the question, the answer given, how long it took, and the ticket being served when there was one.
A question the front office cannot answer is referred to the Kasi (or, for a consultation, the Kabid who analyses
it): it stays open until the answer is recorded with who gave it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from db.agencies.scope import agency_for_new_record, scope_of
from db.core import audit, validators
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.core.office_clock import in_office_time
from db.models.accounts import Role
from db.models.catalog import CatalogService
from db.models.public_services import InfoConsultation
from db.models.queue import Ticket
from db.settings.service import office_today, office_zone, read_in

KINDS = {"informasi": "Informasi", "konsultasi": "Konsultasi"}
LOG_ROLES = (Role.PETUGAS_LOKET, Role.CUSTOMER_SERVICE, Role.ADMINISTRATOR)
# Whom the front office refers to (001 line 7271 "Memberi tanggapan" by the Kasi; line 7329 "Menganalisis
# konsultasi" by the Kabid); supervisors and administrators may record an answer for anyone.
REFERRAL_ROLES = {Role.KASI.value: "Kasi", Role.KABID.value: "Kabid"}
STATUS_LABELS = {"answered": "Dijawab", "referred": "Dirujuk, menunggu jawaban"}
MAX_MINUTES = 480
TEXT_MAX = 5000


@dataclass(frozen=True)
class InfoInput:
    kind: str
    visitor_name: str
    question: str
    answer: str
    duration_minutes: int
    contact: str | None = None
    service_code: str | None = None
    ticket_id: uuid.UUID | None = None
    referred_to: str | None = None  # a REFERRAL_ROLES key: recorded open, without an answer yet
    agency_id: uuid.UUID | None = None  # the agency asked about, chosen by the hall's staff in a hall of several


@dataclass(frozen=True)
class InfoEntry:
    id: uuid.UUID
    kind: str
    visitor_name: str
    contact: str | None
    service_code: str | None
    service_name: str | None
    question: str
    answer: str
    duration_minutes: int
    ticket_label: str | None
    counter_number: int | None
    served_on: date
    recorded_at: datetime
    officer_name: str
    status: str = "answered"
    referred_to: str | None = None
    answered_by: str | None = None
    answered_at: datetime | None = None

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]

    @property
    def status_label(self) -> str:
        label = STATUS_LABELS[self.status]
        return f"{label} ({REFERRAL_ROLES[self.referred_to]})" if self.status == "referred" else label


@dataclass(frozen=True)
class InfoCount:
    """One line of the count for the reports: exchanges of a kind about a service (None: no service named)."""

    kind: str
    service_code: str | None
    service_name: str | None
    count: int
    minutes: int


def _contact(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    return validators.email(text) if "@" in text else validators.phone(text)


class InfoLogService:
    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock

    def record(self, actor: Actor, data: InfoInput) -> InfoEntry:
        actor.require(*LOG_ROLES)
        if data.kind not in KINDS:
            raise DomainError(f"Jenis layanan '{data.kind}' tidak dikenal: pilih informasi atau konsultasi.")
        name = validators.person_name(data.visitor_name)
        if not validators.text(data.question, "Pertanyaan", TEXT_MAX, multiline=True):
            raise DomainError("Pertanyaan atau pokok konsultasi wajib diisi.")
        if data.referred_to is not None and data.referred_to not in REFERRAL_ROLES:
            raise DomainError("Rujukan hanya kepada Kasi atau Kabid.")
        answer = validators.text(data.answer, "Jawaban", TEXT_MAX, multiline=True)
        if data.referred_to is None and not answer:
            raise DomainError("Jawaban atau tanggapan yang diberikan wajib diisi, atau rujuk kepada Kasi/Kabid.")
        if not 1 <= data.duration_minutes <= MAX_MINUTES:
            raise DomainError(f"Lama layanan harus 1 sampai {MAX_MINUTES} menit.")
        contact = _contact(data.contact)
        with self._db.transaction() as session:
            service_name = service_agency = None
            if data.service_code:
                found = session.execute(
                    select(CatalogService.name, CatalogService.agency_id).where(
                        CatalogService.code == data.service_code
                    )
                ).first()
                if found is None:
                    raise NotFound(f"Layanan {data.service_code} tidak ada di katalog.")
                service_name, service_agency = found
            # about an agency's service: that agency's; otherwise the officer's (the hall's staff choose)
            agency_id = agency_for_new_record(session, actor, service_agency or data.agency_id)
            ticket_label = None
            if data.ticket_id is not None:
                ticket = session.get(Ticket, data.ticket_id)
                if ticket is None:
                    raise NotFound("Nomor antrian yang dikaitkan tidak ditemukan.")
                ticket_label = ticket.label
            now = self._now()
            row = InfoConsultation(
                agency_id=agency_id,
                kind=data.kind,
                visitor_name=name,
                contact=contact,
                service_code=data.service_code or None,
                service_name=service_name,
                question=data.question.strip(),
                answer=data.answer.strip(),
                duration_minutes=data.duration_minutes,
                status="referred" if data.referred_to else "answered",
                referred_to=data.referred_to,
                answered_by=None if data.referred_to else (actor.full_name or actor.username),
                answered_at=None if data.referred_to else now,
                ticket_id=data.ticket_id,
                counter_number=actor.counter_number,
                served_on=office_today(session, now),
                recorded_at=now,
                recorded_by=actor.username,
                officer_name=actor.full_name or actor.username,
                device_id=actor.device_id,
            )
            session.add(row)
            session.flush()
            audit.record(
                session, actor, f"{data.kind}.recorded", "info_consultation", row.id, service=data.service_code
            )
            return self._entry(row, ticket_label)

    def answer(self, actor: Actor, entry_id: uuid.UUID, answer: str) -> InfoEntry:
        """The referred question answered: by the role it was referred to (or a supervisor/administrator), once;
        the answer is kept with who gave it and when."""
        actor.require(Role.KASI, Role.KABID, Role.SUPERVISOR, Role.ADMINISTRATOR)
        if not answer.strip():
            raise DomainError("Jawaban atau tanggapan wajib diisi.")
        with self._db.transaction() as session:
            row = session.scalar(select(InfoConsultation).where(InfoConsultation.id == entry_id).with_for_update())
            if row is None:
                raise NotFound("Catatan informasi/konsultasi tidak ditemukan.")
            scope_of(actor).require(row.agency_id)
            if row.status != "referred":
                raise DomainError("Catatan ini sudah dijawab.")
            if actor.role.value != row.referred_to and actor.role not in (Role.SUPERVISOR, Role.ADMINISTRATOR):
                raise DomainError(f"Rujukan ini untuk {REFERRAL_ROLES[row.referred_to]}.")
            row.answer, row.status = answer.strip(), "answered"
            row.answered_by, row.answered_at = actor.full_name or actor.username, self._now()
            audit.record(session, actor, f"{row.kind}.answered", "info_consultation", row.id)
            label = session.scalar(select(Ticket.label).where(Ticket.id == row.ticket_id)) if row.ticket_id else None
            return self._entry(row, label)

    def referred(self, actor: Actor) -> list[InfoEntry]:
        """Entries still waiting for an answer: those referred to the actor's role (all of them for supervisors
        and administrators), oldest first."""
        query = select(InfoConsultation, Ticket.label).outerjoin(Ticket, Ticket.id == InfoConsultation.ticket_id)
        query = query.where(InfoConsultation.status == "referred")
        query = query.where(scope_of(actor).where_own(InfoConsultation.agency_id))
        if actor.role not in (Role.SUPERVISOR, Role.ADMINISTRATOR):
            query = query.where(InfoConsultation.referred_to == actor.role.value)
        with self._db.read() as session:
            rows = session.execute(query.order_by(InfoConsultation.recorded_at))
            return [self._entry(row, label) for row, label in rows]

    def recent(
        self,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int = 200,
        actor: Actor | None = None,
    ) -> list[InfoEntry]:
        """The latest exchanges; with `actor`, only those of the agency the actor may act for."""
        query = select(InfoConsultation, Ticket.label).outerjoin(Ticket, Ticket.id == InfoConsultation.ticket_id)
        if actor is not None:
            query = query.where(scope_of(actor).where_own(InfoConsultation.agency_id))
        if date_from:
            query = query.where(InfoConsultation.served_on >= date_from)
        if date_to:
            query = query.where(InfoConsultation.served_on <= date_to)
        query = query.order_by(InfoConsultation.recorded_at.desc()).limit(limit)
        with self._db.read() as session:
            zone = office_zone(read_in(session, ("office.timezone",)))
            return [self._entry(row, label, zone) for row, label in session.execute(query)]

    def counts(self, date_from: date, date_to: date) -> list[InfoCount]:
        """Exchanges per kind and service in [date_from, date_to], with their total minutes (for the reports)."""
        if date_to < date_from:
            raise DomainError("Tanggal akhir tidak boleh sebelum tanggal awal.")
        query = (
            select(
                InfoConsultation.kind,
                InfoConsultation.service_code,
                func.max(InfoConsultation.service_name),
                func.count(InfoConsultation.id),
                func.sum(InfoConsultation.duration_minutes),
            )
            .where(InfoConsultation.served_on >= date_from, InfoConsultation.served_on <= date_to)
            .group_by(InfoConsultation.kind, InfoConsultation.service_code)
        )
        with self._db.read() as session:
            rows = [InfoCount(k, code, name, int(n), int(m or 0)) for k, code, name, n, m in session.execute(query)]
        return sorted(rows, key=lambda r: (r.kind, r.service_code or ""))

    @staticmethod
    def _entry(row: InfoConsultation, ticket_label: str | None, zone: ZoneInfo | None = None) -> InfoEntry:
        return InfoEntry(
            row.id,
            row.kind,
            row.visitor_name,
            row.contact,
            row.service_code,
            row.service_name,
            row.question,
            row.answer,
            row.duration_minutes,
            ticket_label,
            row.counter_number,
            row.served_on,
            in_office_time(row.recorded_at, zone) if zone else row.recorded_at,
            row.officer_name,
            row.status or "answered",
            row.referred_to,
            row.answered_by,
            row.answered_at,
        )
