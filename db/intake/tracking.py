"""Following a registered application through its SOP steps; searching and reading its whole history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import or_, select

from db.agencies.scope import scope_of
from db.calendar.store import calendar_in
from db.calendar.working_days import WorkCalendar
from db.core import audit, validators
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import NotFound
from db.core.office_clock import in_office_time
from db.lifecycle import roles, steps
from db.lifecycle.steps import OPEN_STATUSES, STATUS_LABELS
from db.models.accounts import Role
from db.models.intake import Applicant, Application, ApplicationStep, CheckItem, FileCheck
from db.settings.service import office_today, office_zone, read_in

NEARLY_DUE_DAYS = 2  # the default of the setting lifecycle.near_due_days
NEAR_DUE_KEY = "lifecycle.near_due_days"
NOTE_MAX = 2000


@dataclass(frozen=True)
class ApplicationInfo:
    id: uuid.UUID
    registration_number: str
    applicant_name: str
    applicant_identity: str
    service_code: str
    service_name: str
    variant: str | None
    received_on: date
    due_on: date | None
    sla_text: str
    status: str
    current_step: int
    steps: tuple[dict, ...]
    days_left: int | None  # working days to the due date; negative when overdue
    near_due_days: int = NEARLY_DUE_DAYS
    rejection_number: str | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES and self.current_step < len(self.steps)

    @property
    def step_label(self) -> str:
        if not self.open:
            return self.status_label
        step = self.steps[self.current_step]
        label = f"{self.current_step + 1}/{len(self.steps)} {step['actor']}: {step['text']}"
        return f"{self.status_label} - {label}" if self.status == "ready" else label

    @property
    def step_kind(self) -> str | None:
        return roles.step_kind(self.steps, self.current_step) if self.open else None

    @property
    def action_label(self) -> str | None:
        """The name of the current step's action ("Paraf Kasi", "Tandatangani SK"), None when nothing is left."""
        return roles.action_label(self.steps, self.current_step) if self.open else None

    @property
    def waiting_roles(self) -> frozenset[Role]:
        """Who holds the file now: the roles that may record its current step."""
        return roles.step_roles(self.steps[self.current_step]["actor"]) if self.open else frozenset()

    @property
    def has_decree(self) -> bool:
        return roles.has_decree(self.steps)

    @property
    def signed(self) -> bool:
        """The Kepala Dinas has signed its SK (the signing step is behind it)."""
        sign = roles.sign_index(self.steps)
        return sign is not None and self.current_step > sign and self.status != "rejected"

    @property
    def overdue(self) -> bool:
        return self.status in OPEN_STATUSES and self.days_left is not None and self.days_left < 0

    @property
    def nearly_due(self) -> bool:
        return self.status in OPEN_STATUSES and self.days_left is not None and 0 <= self.days_left <= self.near_due_days


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    what: str
    who: str
    note: str


def _today(session, clock: Clock) -> date:
    return office_today(session, clock())


def near_due_days(session) -> int:
    value = read_in(session, (NEAR_DUE_KEY,))[NEAR_DUE_KEY]
    return int(value) if value.isdigit() else NEARLY_DUE_DAYS


def _info(
    app: Application, applicant: Applicant, calendar: WorkCalendar, today: date, near: int = NEARLY_DUE_DAYS
) -> ApplicationInfo:
    identity = f"NIK {applicant.nik}" if applicant.kind == "person" else f"NIB {applicant.nib}"
    left = calendar.working_days_between(today, app.due_on) if app.due_on and app.status in OPEN_STATUSES else None
    return ApplicationInfo(
        app.id,
        app.registration_number,
        applicant.name,
        identity,
        app.service_code,
        app.service_name,
        app.variant,
        app.received_on,
        app.due_on,
        app.sla_text,
        app.status,
        app.current_step,
        tuple(app.steps),
        left,
        near,
        app.rejection_number,
    )


class TrackingService:
    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock

    def get(self, application_id: uuid.UUID, actor: Actor | None = None) -> ApplicationInfo:
        """One file; an officer of another agency (`actor`) is refused (db/agencies)."""
        with self._db.read() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise NotFound("Permohonan tidak ditemukan.")
            if actor is not None:
                scope_of(actor).require(app.agency_id)
            return _info(
                app,
                session.get(Applicant, app.applicant_id),
                calendar_in(session),
                _today(session, self._now),
                near_due_days(session),
            )

    def find_number(self, registration_number: str, actor: Actor | None = None) -> ApplicationInfo:
        with self._db.read() as session:
            app_id = session.scalar(
                select(Application.id).where(Application.registration_number == registration_number.strip())
            )
        if app_id is None:
            raise NotFound(f"Nomor pendaftaran {registration_number.strip()} tidak ditemukan.")
        return self.get(app_id, actor)

    def search(
        self,
        text: str = "",
        status: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int = 200,
        waiting_for: Role | None = None,
        actor: Actor | None = None,
    ) -> list[ApplicationInfo]:
        """By registration number, NIK/NIB, name or service (any part), status and received-date range;
        the most urgent first, and with `waiting_for` the files whose current step that role holds before all.
        With `actor`, only the files of the agency the actor may act for."""
        query = select(Application, Applicant).join(Applicant, Applicant.id == Application.applicant_id)
        if actor is not None:
            query = query.where(scope_of(actor).where_own(Application.agency_id))
        words = text.lower().split()
        for word in words:
            query = query.where(Application.search_text.contains(word, autoescape=True))
        if status:
            query = query.where(Application.status == status)
        if date_from:
            query = query.where(Application.received_on >= date_from)
        if date_to:
            query = query.where(Application.received_on <= date_to)
        query = query.order_by(
            Application.status.not_in(OPEN_STATUSES),
            Application.due_on.is_(None),
            Application.due_on,
            Application.registered_at.desc(),
        ).limit(limit)
        with self._db.read() as session:
            calendar, today, near = calendar_in(session), _today(session, self._now), near_due_days(session)
            found = [_info(app, applicant, calendar, today, near) for app, applicant in session.execute(query)]
        if waiting_for is not None:
            found.sort(key=lambda info: waiting_for not in info.waiting_roles)  # stable: urgency kept within
        return found

    def record_step(
        self, actor: Actor, application_id: uuid.UUID, note: str = "", done_on: date | None = None
    ) -> ApplicationInfo:
        """The current SOP step is done by `actor`, who must hold that step's role (or a recorded delegation of it);
        the file moves to the next step, is ready for pickup once signed, or completed after its last step.
        The signature (it issues the SK) and the handover have their own calls."""
        note = validators.text(note, "Catatan langkah", NOTE_MAX, multiline=True)
        with self._db.transaction() as session:
            app = self.lock(session, application_id, actor)
            steps.record_current(
                session,
                app,
                actor,
                self._now(),
                _today(session, self._now),
                kind=roles.WORK,
                note=note,
                done_on=done_on,
            )
            audit.record(session, actor, "application.step", "application", app.id, step=app.current_step)
        return self.get(application_id)

    def history(self, application_id: uuid.UUID, actor: Actor | None = None) -> list[HistoryEntry]:
        """Every check of this applicant for the service up to registration, then every step."""
        with self._db.read() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise NotFound("Permohonan tidak ditemukan.")
            if actor is not None:
                scope_of(actor).require(app.agency_id)
            entries = []
            checks = session.scalars(
                select(FileCheck)
                .where(
                    FileCheck.applicant_id == app.applicant_id,
                    FileCheck.service_code == app.service_code,
                    or_(FileCheck.checked_at <= app.registered_at, FileCheck.id == app.check_id),
                )
                .order_by(FileCheck.checked_at)
            )
            for check in checks:
                if check.outcome == "incomplete":
                    missing = session.scalars(
                        select(CheckItem.text).where(
                            CheckItem.check_id == check.id, CheckItem.status.in_(("tidak_ada", "tidak_sesuai"))
                        )
                    )
                    entries.append(
                        HistoryEntry(
                            check.checked_at,
                            f"Berkas dikembalikan ({check.slip_number})",
                            check.officer_name,
                            "; ".join(missing),
                        )
                    )
                else:
                    entries.append(
                        HistoryEntry(
                            check.checked_at,
                            f"Berkas lengkap, terdaftar {app.registration_number}",
                            check.officer_name,
                            "",
                        )
                    )
            for step in session.scalars(
                select(ApplicationStep)
                .where(ApplicationStep.application_id == app.id)
                .order_by(ApplicationStep.recorded_at, ApplicationStep.step_index)
            ):
                what = "Ditolak" if step.outcome == "rejected" else f"Langkah {step.step_index + 1}: {step.actor}"
                who = f"{step.recorded_by} ({step.acting_as})" if step.acting_as else step.recorded_by
                entries.append(HistoryEntry(step.recorded_at, what, who, step.note or step.text))
            if app.archived_at is not None:
                entries.append(HistoryEntry(app.archived_at, "Berkas diarsipkan", app.archived_by or "", ""))
            zone = office_zone(read_in(session, ("office.timezone",)))
            return [replace(entry, at=in_office_time(entry.at, zone)) for entry in entries]

    @staticmethod
    def lock(session, application_id: uuid.UUID, actor: Actor | None = None) -> Application:
        """The file locked for a change; `actor` of another agency is refused before anything changes."""
        app = session.scalar(select(Application).where(Application.id == application_id).with_for_update())
        if app is None:
            raise NotFound("Permohonan tidak ditemukan.")
        if actor is not None:
            scope_of(actor).require(app.agency_id)
        return app
