"""The public pages' reads: a ticket's place in the queue and a file's progress, found by their secret link or short
code. Read-only (open it on a Database(read_only=True)); nothing here writes, and nothing it returns holds a NIK,
an address or a whole name.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from db.core import migrate
from db.core.actor import Clock, utc_now
from db.core.engine import Database
from db.core.errors import EnvironmentFault, NotFound
from db.intake import checklist
from db.models.agencies import Agency, Hall
from db.models.decrees import Handover
from db.models.intake import Applicant, Application, CheckItem, FileCheck
from db.models.queue import Counter, QueueGroup, Ticket
from db.public import links
from db.public.wording import FileFacts, FilePage, file_page
from db.queue.tickets import CALLED, SERVING, WAITING, QueueService
from db.settings.service import office_zone, read_in

# One answer for a link that is malformed, unknown or whose token does not match: the page never tells which.
NOT_FOUND = "Halaman ini tidak ditemukan. Periksa kembali kode QR atau kode pada tiket/tanda terima Anda."
PAGE_SETTINGS = ("office.short_name", "office.timezone")
TLS_SETTINGS = ("public.tls_cert", "public.tls_key")
SETTINGS_MAX_AGE_S = 10.0


@dataclass(frozen=True)
class TicketPage:
    office_name: str
    label: str
    group_name: str
    service_name: str | None
    day: date
    state: str  # waiting | called | serving | done | no_show | unserved | expired
    counter_name: str | None  # where it is called or served, or the counter it was sent to while waiting
    people_ahead: int
    estimated_wait_minutes: int | None
    read_at: datetime  # office time of this reading
    agency_name: str = ""  # the agency serving it, when the hall has several (issue 19)


@dataclass(frozen=True)
class CodeTarget:
    kind: str  # links.TICKET_PATH | links.FILE_PATH
    segment: str  # the link to open


class PublicService:
    """Reads for the public pages; any thread may call them."""

    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock
        self._queue = QueueService(database, clock)  # its people-ahead and wait estimate, the same as the slip's
        self._settings: tuple[float, dict[str, str]] | None = None
        self._agencies: dict[uuid.UUID, str] = {}  # agency id -> its short name, read with the settings

    def check_schema(self) -> None:
        """The public service never migrates the hall's database (it may not write): refuse one that is not at
        this version's schema, saying what to do."""
        found, head = migrate.current_revision(self._db), migrate.head_revision()
        if found != head:
            migrate.check_not_newer(found)
            raise EnvironmentFault(
                f"Skema basis data ({found or 'kosong'}) belum versi ini ({head}). "
                "Jalankan dulu: loket-admin db upgrade."
            )

    def settings(self) -> dict[str, str]:
        """The hall's name (office.short_name: the hall's record when there is one) and time zone, and the
        agencies' names, read at most every SETTINGS_MAX_AGE_S (a page is asked for many times a second in a busy
        hall; a renamed agency shows within seconds)."""
        cached = self._settings
        if cached is None or time.monotonic() - cached[0] > SETTINGS_MAX_AGE_S:
            with self._db.read() as session:
                values = read_in(session, PAGE_SETTINGS)
                hall = session.scalar(select(Hall.short_name).limit(1))
                self._agencies = {row[0]: row[1] for row in session.execute(select(Agency.id, Agency.short_name))}
            cached = self._settings = (
                time.monotonic(),
                {**values, "office.short_name": hall or values["office.short_name"]},
            )
        return cached[1]

    def _agency_name(self, agency_id: uuid.UUID | None) -> str:
        """The agency's short name, '' when it is the hall's own name (a hall of one office says it once)."""
        hall = self.settings()["office.short_name"]
        name = self._agencies.get(agency_id, "") if agency_id else ""
        return "" if name == hall else name

    def tls_files(self, device_id: str) -> tuple[str, str]:
        """(certificate, key) set for the public pages on this PC (public.tls_cert, public.tls_key), '' when not."""
        with self._db.read() as session:
            values = read_in(session, TLS_SETTINGS, device_id)
        return values["public.tls_cert"], values["public.tls_key"]

    def close(self) -> None:
        self._db.dispose()

    def ticket_page(self, segment: str) -> TicketPage:
        """The ticket behind a link; NotFound for anything but a genuine link."""
        row_id, token = _parts(segment)
        with self._db.read() as session:
            ticket = session.get(Ticket, row_id)
            if ticket is None or not links.same_token(ticket.public_token, token):
                raise NotFound(NOT_FOUND)
            values = self.settings()
            now = self._now().astimezone(office_zone(values))
            office = values["office.short_name"]
            agency = ticket.agency_id or session.scalar(
                select(QueueGroup.agency_id).where(QueueGroup.code == ticket.group_code)
            )
            if ticket.day < now.date():
                name = self._agency_name(agency)
                return TicketPage(office, ticket.label, "", None, ticket.day, "expired", None, 0, None, now, name)
            waiting = ticket.status == WAITING
            info = self._queue.ticket_info(session, ticket, with_estimate=waiting)
            counter = ticket.counter_number if ticket.status in (CALLED, SERVING) else ticket.target_counter
            return TicketPage(
                office,
                ticket.label,
                info.group_name,
                info.service_name,
                ticket.day,
                ticket.status,
                _counter_name(session, counter) if counter is not None else None,
                info.people_ahead if waiting else 0,
                info.estimated_wait_minutes if waiting else None,
                now,
                self._agency_name(agency),
            )

    def file_page(self, segment: str) -> FilePage:
        row_id, token = _parts(segment)
        with self._db.read() as session:
            app = session.get(Application, row_id)
            if app is None or not links.same_token(app.public_token, token):
                raise NotFound(NOT_FOUND)
            values = self.settings()
            applicant = session.get(Applicant, app.applicant_id)
            proxy = session.scalar(select(FileCheck.proxy).where(FileCheck.id == app.check_id))
            handed = session.scalar(select(Handover.handed_at).where(Handover.application_id == app.id).limit(1))
            zone = office_zone(values)
            facts = FileFacts(
                office_name=values["office.short_name"],
                agency_name=self._agency_name(app.agency_id),
                service_name=app.service_name,
                registration_number=app.registration_number,
                applicant_name=applicant.name,
                business=applicant.kind == "business",
                by_proxy=bool(proxy),
                received_on=app.received_on,
                due_on=app.due_on,
                sla_text=app.sla_text,
                status=app.status,
                steps=tuple(app.steps),
                current_step=app.current_step,
                open_conditions=_open_conditions(session, app.check_id),
                handed_over_on=handed.astimezone(zone).date() if handed else None,
            )
            return file_page(facts, self._now().astimezone(zone).date())

    def find_code(self, typed: str) -> CodeTarget:
        """The page a short code opens (a ticket's or a file's); NotFound otherwise."""
        code = links.normalise_code(typed)
        if code is None:
            raise NotFound("Kode tidak dikenal. Kode terdiri dari 10 huruf dan angka, misalnya K7QM3-XPA9T.")
        with self._db.read() as session:
            for model, kind in ((Ticket, links.TICKET_PATH), (Application, links.FILE_PATH)):
                row = session.execute(select(model.id, model.public_token).where(model.public_code == code)).first()
                if row is not None:
                    return CodeTarget(kind, links.link(row.id, row.public_token))
        raise NotFound("Kode tidak dikenal. Periksa kembali kode pada tiket atau tanda terima Anda.")


def _parts(segment: str) -> tuple[uuid.UUID, str]:
    parts = links.split(segment)
    if parts is None:
        raise NotFound(NOT_FOUND)
    return parts


def _counter_name(session, number: int) -> str:
    return session.scalar(select(Counter.name).where(Counter.number == number)) or f"Loket {number}"


def _open_conditions(session, check_id: uuid.UUID) -> tuple[str, ...]:
    rows = session.scalars(
        select(CheckItem.text)
        .where(
            CheckItem.check_id == check_id,
            CheckItem.kind.in_(tuple(checklist.STAGES)),
            CheckItem.status != checklist.ADA_SESUAI,
        )
        .order_by(CheckItem.position)
    )
    return tuple(rows)


class PageLinks:
    """The public page addresses of a ticket and of a file, as their QR codes print them ('' when the office has no
    public address): for the officer who reads a link out, and for `loket-admin`."""

    def __init__(self, database: Database):
        self._db = database

    def ticket_url(self, ticket_id: uuid.UUID) -> str:
        return self._url(Ticket, ticket_id, links.TICKET_PATH, ("public.base_url",))

    def file_url(self, application_id: uuid.UUID) -> str:
        return self._url(Application, application_id, links.FILE_PATH, ("public.file_base_url", "public.base_url"))

    def _url(self, model, row_id: uuid.UUID, kind: str, bases: tuple[str, ...]) -> str:
        with self._db.read() as session:
            values = read_in(session, bases)
            token = session.scalar(select(model.public_token).where(model.id == row_id))
        base = next((values[key] for key in bases if values[key]), "")
        return links.page_url(base, kind, row_id, token) if token else ""
