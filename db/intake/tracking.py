"""Following a registered application through its SOP steps; searching and reading its whole history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import or_, select

from db.calendar.store import calendar_in
from db.calendar.working_days import WorkCalendar
from db.core import audit, validators
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.core.office_clock import in_office_time
from db.models.intake import Applicant, Application, ApplicationStep, CheckItem, FileCheck
from db.settings.service import office_today, office_zone, read_in

NEARLY_DUE_DAYS = 2
NOTE_MAX = 2000
STATUS_LABELS = {
    "in_progress": "Diproses",
    "rejected": "Ditolak",
    "completed": "Selesai",
    "handed_over": "Diserahkan",
}


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

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def step_label(self) -> str:
        if self.status != "in_progress":
            return self.status_label
        if self.current_step >= len(self.steps):
            return "Semua langkah selesai"
        step = self.steps[self.current_step]
        return f"{self.current_step + 1}/{len(self.steps)} {step['actor']}: {step['text']}"

    @property
    def overdue(self) -> bool:
        return self.status == "in_progress" and self.days_left is not None and self.days_left < 0

    @property
    def nearly_due(self) -> bool:
        return self.status == "in_progress" and self.days_left is not None and 0 <= self.days_left <= NEARLY_DUE_DAYS


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    what: str
    who: str
    note: str


def _today(session, clock: Clock) -> date:
    return office_today(session, clock())


def _info(app: Application, applicant: Applicant, calendar: WorkCalendar, today: date) -> ApplicationInfo:
    identity = f"NIK {applicant.nik}" if applicant.kind == "person" else f"NIB {applicant.nib}"
    left = calendar.working_days_between(today, app.due_on) if app.due_on and app.status == "in_progress" else None
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
    )


class TrackingService:
    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock

    def get(self, application_id: uuid.UUID) -> ApplicationInfo:
        with self._db.read() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise NotFound("Permohonan tidak ditemukan.")
            return _info(
                app, session.get(Applicant, app.applicant_id), calendar_in(session), _today(session, self._now)
            )

    def find_number(self, registration_number: str) -> ApplicationInfo:
        with self._db.read() as session:
            app_id = session.scalar(
                select(Application.id).where(Application.registration_number == registration_number.strip())
            )
        if app_id is None:
            raise NotFound(f"Nomor pendaftaran {registration_number.strip()} tidak ditemukan.")
        return self.get(app_id)

    def search(
        self,
        text: str = "",
        status: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int = 200,
    ) -> list[ApplicationInfo]:
        """By registration number, NIK/NIB, name or service (any part), status and received-date range;
        the most urgent first."""
        query = select(Application, Applicant).join(Applicant, Applicant.id == Application.applicant_id)
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
            Application.status != "in_progress",
            Application.due_on.is_(None),
            Application.due_on,
            Application.registered_at.desc(),
        ).limit(limit)
        with self._db.read() as session:
            calendar, today = calendar_in(session), _today(session, self._now)
            return [_info(app, applicant, calendar, today) for app, applicant in session.execute(query)]

    def record_step(
        self, actor: Actor, application_id: uuid.UUID, note: str = "", done_on: date | None = None
    ) -> ApplicationInfo:
        """The current SOP step is done; the application moves to the next, or is completed after the last."""
        note = validators.text(note, "Catatan langkah", NOTE_MAX, multiline=True)
        with self._db.transaction() as session:
            app = self._lock(session, application_id)
            if app.status != "in_progress":
                raise DomainError(
                    f"Permohonan {app.registration_number} berstatus "
                    f"{STATUS_LABELS[app.status]}; langkah tidak dapat dicatat."
                )
            if app.current_step >= len(app.steps):
                raise DomainError("Semua langkah SOP sudah tercatat.")
            today = _today(session, self._now)
            done_on = done_on or today
            if done_on > today or done_on < app.received_on:
                raise DomainError("Tanggal langkah harus antara tanggal berkas diterima dan hari ini.")
            step = app.steps[app.current_step]
            session.add(
                ApplicationStep(
                    application_id=app.id,
                    step_index=app.current_step,
                    actor=step["actor"],
                    text=step["text"],
                    outcome="done",
                    note=note,
                    done_on=done_on,
                    recorded_at=self._now(),
                    recorded_by=actor.username,
                )
            )
            app.current_step += 1
            if app.current_step >= len(app.steps):
                app.status, app.finished_at = "completed", self._now()
            audit.record(session, actor, "application.step", "application", app.id, step=app.current_step)
        return self.get(application_id)

    def reject(self, actor: Actor, application_id: uuid.UUID, reason: str) -> ApplicationInfo:
        reason = validators.text(reason, "Alasan penolakan", NOTE_MAX, multiline=True)
        if not reason:
            raise DomainError("Alasan penolakan wajib diisi.")
        with self._db.transaction() as session:
            app = self._lock(session, application_id)
            if app.status != "in_progress":
                raise DomainError(f"Permohonan berstatus {STATUS_LABELS[app.status]}; tidak dapat ditolak.")
            step = app.steps[min(app.current_step, len(app.steps) - 1)] if app.steps else {"actor": "-", "text": "-"}
            session.add(
                ApplicationStep(
                    application_id=app.id,
                    step_index=app.current_step,
                    actor=step["actor"],
                    text=step["text"],
                    outcome="rejected",
                    note=reason.strip(),
                    done_on=_today(session, self._now),
                    recorded_at=self._now(),
                    recorded_by=actor.username,
                )
            )
            app.status, app.rejection_reason, app.finished_at = "rejected", reason.strip(), self._now()
            audit.record(session, actor, "application.reject", "application", app.id, reason=reason.strip())
        return self.get(application_id)

    def history(self, application_id: uuid.UUID) -> list[HistoryEntry]:
        """Every check of this applicant for the service up to registration, then every step."""
        with self._db.read() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise NotFound("Permohonan tidak ditemukan.")
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
                entries.append(HistoryEntry(step.recorded_at, what, step.recorded_by, step.note or step.text))
            zone = office_zone(read_in(session, ("office.timezone",)))
            return [replace(entry, at=in_office_time(entry.at, zone)) for entry in entries]

    @staticmethod
    def _lock(session, application_id: uuid.UUID) -> Application:
        app = session.scalar(select(Application).where(Application.id == application_id).with_for_update())
        if app is None:
            raise NotFound("Permohonan tidak ditemukan.")
        return app
