"""The file's transitions as one call each: the next SOP step (signing issues the SK), rejection with its letter,
archiving; and the reads a desk needs: what waits for me, what is nearly due, the SK to print."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from db.agencies.letterhead import values_of_record
from db.agencies.scope import scope_of
from db.core import audit, validators
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, EnvironmentFault, NotFound
from db.decrees import numbering
from db.decrees.service import DecreeInfo, DecreeService
from db.documents import numbering as documents_numbering
from db.documents.archive import ArchiveService
from db.documents.printing import local_time, office_header
from db.intake.registration import next_in_series
from db.intake.tracking import NOTE_MAX, ApplicationInfo, TrackingService
from db.lifecycle import roles, steps
from db.lifecycle.delegations import active_delegation
from db.messages import outbox
from db.models.accounts import Role
from db.models.audit import AuditEntry
from db.models.decrees import IssuedDocument
from db.models.intake import Applicant, Application
from db.settings import registry
from db.settings.service import SettingsService, office_today

SUPERVISING = (Role.SUPERVISOR, Role.ADMINISTRATOR, Role.KEPALA_DINAS)
ARCHIVERS = frozenset({Role.BACK_OFFICE, Role.PETUGAS_LOKET, Role.CUSTOMER_SERVICE})
FINISHED = ("handed_over", "completed", "rejected")


@dataclass(frozen=True)
class Transition:
    application: ApplicationInfo
    decree: DecreeInfo | None = None  # set when the step was the signature


@dataclass(frozen=True)
class Rejection:
    application: ApplicationInfo
    letter_number: str
    pdf_path: str


@dataclass(frozen=True)
class PrintableDecree:
    decree_number: str
    pdf: bytes
    copy: bool  # the original is printed once; every later print is a SALINAN, counted
    copies_printed: int


class LifecycleService:
    def __init__(
        self,
        database: Database,
        settings: SettingsService,
        tracking: TrackingService,
        decrees: DecreeService,
        archive: ArchiveService,
        clock: Clock = utc_now,
    ):
        self._db = database
        self._settings = settings
        self._tracking = tracking
        self._decrees = decrees
        self._archive = archive
        self._now = clock

    def advance(
        self, actor: Actor, application_id: uuid.UUID, note: str = "", done_on: date | None = None
    ) -> Transition:
        """Record the file's current step as `actor`. The Kepala Dinas's step signs and issues the SK; the handover
        step is recorded by the handover itself (it needs the collector's NIK or proxy letter)."""
        info = self._tracking.get(application_id)
        if info.step_kind == roles.SIGN:
            decree = self._decrees.issue(actor, application_id)
            return Transition(self._tracking.get(application_id), decree)
        if info.step_kind == roles.HANDOVER:
            raise DomainError(
                f"SK {info.registration_number} siap diambil: serahkan di layar Penyerahan, setelah NIK pengambil "
                "atau surat kuasanya diperiksa."
            )
        return Transition(self._tracking.record_step(actor, application_id, note, done_on))

    def reject(self, actor: Actor, application_id: uuid.UUID, reason: str) -> Rejection:
        """End the file with a reason, by the holder of its current step; the numbered surat penolakan is archived.

        The letter is rendered before the write transaction with the number the series gives next (as the SK and
        the handover receipt are, db.decrees.numbering); the transaction then records the rejection and takes that
        number. Another counter taking the number in between makes it render again with the next one."""
        reason = validators.text(reason, "Alasan penolakan", NOTE_MAX, multiline=True)
        if not reason:
            raise DomainError("Alasan penolakan wajib diisi.")
        from printing.rejection_pdf import RejectionData, rejection_pdf  # reportlab: when a letter is first made

        values = values_of_record(self._db, Application, application_id, self._settings.values())  # the file's agency
        office = office_header(values)
        for _attempt in range(numbering.RENDER_ATTEMPTS):
            now = self._now()
            local = local_time(now, values)
            with self._db.read() as session:
                app = session.get(Application, application_id)
                if app is None:
                    raise NotFound("Permohonan tidak ditemukan.")
                authority, step = steps.check_rejection(session, app, actor, local.date())
                at_step = app.current_step
                scope_of(actor).require(app.agency_id)
                sequence = numbering.peek_in_series(session, "rejection", local.year, app.agency_id)
                number = _letter_number(
                    documents_numbering.pattern(session, "rejection", app.agency_id), local, sequence
                )
                applicant = session.get(Applicant, app.applicant_id)
                data = RejectionData(
                    letter_number=number,
                    registration_number=app.registration_number,
                    applicant_name=applicant.name,
                    applicant_identity=f"NIK {applicant.nik}" if applicant.kind == "person" else f"NIB {applicant.nib}",
                    service_name=app.service_name,
                    received_on=app.received_on,
                    step=f"{step['actor']}: {step['text']}",
                    reason=reason,
                    city=values["office.city"],
                    official_role=authority.acting_as or authority.role.label,
                    official_name=actor.full_name or actor.username,
                    rejected_at=local,
                )
            pdf = rejection_pdf(data, office, values.get("documents.paper", "A4"))  # outside any write transaction
            pending = self._archive.prepare("rejection", number, pdf)
            try:
                with self._db.transaction() as session:
                    app = TrackingService.lock(session, application_id, actor)
                    moved = app.current_step != at_step
                    if steps.record_rejection(session, app, actor, reason, now, local.date()) != authority or moved:
                        raise numbering.NumberTaken  # the file or its Plt./Plh. changed since rendering: render again
                    if next_in_series(session, "rejection", local.year, app.agency_id) != sequence:
                        raise numbering.NumberTaken
                    app.rejection_number = number
                    outbox.queue_rejected(session, actor, app, number, reason, now)
                    pending.record(session, actor, "rejection", number, app.id, now)
                    audit.record(
                        session, actor, "application.reject", "application", app.id, reason=reason, letter=number
                    )
                path = pending.commit()
            except numbering.NumberTaken:
                pending.discard()
                continue
            except BaseException:
                pending.discard()
                raise
            return Rejection(self._tracking.get(application_id), number, str(path))
        raise EnvironmentFault(numbering.BUSY)

    def archive(self, actor: Actor, application_id: uuid.UUID) -> ApplicationInfo:
        """The finished file (handed over, completed or rejected) is filed: its documents are in the digital archive
        and the paper file goes to the shelf ("diarsipkan secara digital dan manual")."""
        if actor.role not in ARCHIVERS:
            names = ", ".join(role.label for role in sorted(ARCHIVERS))
            raise DomainError(f"Pengarsipan berkas hanya untuk: {names}.")
        with self._db.transaction() as session:
            app = TrackingService.lock(session, application_id, actor)
            if app.status not in FINISHED:
                label = steps.STATUS_LABELS[app.status]
                raise DomainError(f"Permohonan {app.registration_number} berstatus {label}; belum dapat diarsipkan.")
            app.status, app.archived_at, app.archived_by = "archived", self._now(), actor.username
            audit.record(session, actor, "application.archive", "application", app.id)
        return self._tracking.get(application_id)

    def waiting_for(self, actor: Actor, limit: int = 200) -> list[ApplicationInfo]:
        """The open files whose current step this actor may record (by role or by a delegation), most urgent first."""
        held = self._held_roles(actor)
        found = self._tracking.search(limit=limit, actor=actor)
        return [info for info in found if info.open and info.waiting_roles & held]

    def near_due(self, actor: Actor, limit: int = 200) -> list[ApplicationInfo]:
        """Files nearly due or overdue (Perbup 16/2021 Pasal 10(1)): the ones this actor holds, or every one for the
        supervisor, the administrator and the Kepala Dinas."""
        files = [info for info in self._tracking.search(limit=limit, actor=actor) if info.nearly_due or info.overdue]
        if actor.role in SUPERVISING:
            return files
        held = self._held_roles(actor)
        return [info for info in files if info.waiting_roles & held]

    def _held_roles(self, actor: Actor) -> frozenset[Role]:
        held = {actor.role} if actor.role else set()
        with self._db.read() as session:
            today = office_today(session, self._now())
            held |= {role for role in Role if active_delegation(session, actor.username, role, today)}
        return frozenset(held)

    def decree_to_print(self, actor: Actor, application_id: uuid.UUID) -> PrintableDecree:
        """The signed SK to print: the archived original the first time, a counted SALINAN after that."""
        self._tracking.get(application_id, actor)  # another agency's file is refused
        decree = self._decrees.for_application(application_id)
        if decree is None or decree.status != "valid":
            raise DomainError("SK permohonan ini belum ditandatangani.")
        with self._db.transaction() as session:
            printed = session.scalar(
                select(func.count(AuditEntry.id)).where(
                    AuditEntry.action == "decree.print", AuditEntry.entity_id == decree.decree_number
                )
            )
            if not printed:
                audit.record(session, actor, "decree.print", "decree", decree.decree_number)
        if not printed:
            return PrintableDecree(decree.decree_number, Path(decree.pdf_path).read_bytes(), False, 0)
        pdf = self._decrees.copy_pdf(actor, decree.decree_number)
        return PrintableDecree(decree.decree_number, pdf, True, self._copies(decree.decree_number))

    def _copies(self, number: str) -> int:
        with self._db.read() as session:
            return (
                session.scalar(
                    select(IssuedDocument.copies_printed).where(
                        IssuedDocument.kind == "decree", IssuedDocument.number == number
                    )
                )
                or 0
            )

    def decree_preview(self, application_id: uuid.UUID, actor: Actor | None = None) -> bytes:
        """What the Kepala Dinas reads before signing (the draft, marked, without number or QR), or the archived SK
        once signed. Nothing is recorded."""
        decree = self._decrees.for_application(application_id)
        if decree is None or decree.status != "valid":
            return self._decrees.draft_pdf(application_id, actor)
        return Path(decree.pdf_path).read_bytes()


def _letter_number(pattern: str, local: datetime, sequence: int) -> str:
    """In the office's pattern (rejection.number_format): 503/0001/TOLAK/DPMPTSP/XI/2026 by default."""
    return registry.registration_number(pattern, sequence, local.month, local.year)
