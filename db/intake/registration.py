"""Submitting a checked file: an incomplete one is returned with a numbered slip, a complete one registered with a
number, the received date and its due date in working days. Either way it is one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.agencies.scope import agency_for_new_record, scope_of
from db.calendar.store import calendar_in
from db.catalog.store import CatalogStore, ServiceEntry
from db.core import audit, validators
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, NotFound, PermissionDenied
from db.documents import numbering
from db.documents.numbering import next_in_series  # noqa: F401  (re-exported: its former home)
from db.intake import checklist
from db.intake.applicants import in_agency
from db.lifecycle import roles
from db.lifecycle.steps import snapshot_key
from db.messages import outbox
from db.models.agencies import Agency
from db.models.catalog import CatalogService, ServiceRevision
from db.models.intake import Applicant, Application, ApplicationStep, CheckItem, FileCheck
from db.settings.service import office_zone, read_in

if TYPE_CHECKING:  # pydantic and the catalog's models load on first use, not on the way to the sign-in window
    from db.catalog.schema import Service


@dataclass(frozen=True)
class ProxyInput:
    name: str
    nik: str
    letter: str  # how the surat kuasa was checked, e.g. "Surat kuasa bermeterai 25-11-2026"


@dataclass(frozen=True)
class RecommendationInput:
    """The SKPD Teknis's rekomendasi as typed from the letter: so reports show the whole process, not only ours."""

    number: str
    received_on: date  # the technical agency received the file
    issued_on: date  # the date of the rekomendasi letter


@dataclass(frozen=True)
class CheckOutcome:
    check_id: uuid.UUID
    complete: bool
    slip_number: str | None
    application_id: uuid.UUID | None
    registration_number: str | None
    problems: tuple[tuple[str, str, str, str | None], ...]  # (label, text, status, reason)


def _office(session: Session) -> dict[str, str]:
    return read_in(session, ("office.timezone", "intake.registration_format"))


def _front_office_steps(steps: list[dict]) -> int:
    """How many SOP steps are behind the file once the front office has received it (those before and at the
    front office's receipt); tracking continues from the next one."""
    for index, step in enumerate(steps):
        if "front office" in step["actor"].lower() or step["actor"].strip().upper() == "FO":
            return index + 1
    return 0


def _stored_status(item: checklist.ChecklistItem, mark: checklist.Mark | None) -> str | None:
    if item.heading:
        return None
    return checklist.MENUNGGU if item.later else mark.status


def _check_recommendation(recommendation: RecommendationInput | None, received: date) -> None:
    if recommendation is None:
        return
    if not recommendation.number.strip():
        raise DomainError("Nomor surat rekomendasi SKPD Teknis wajib diisi.")
    if not recommendation.received_on <= recommendation.issued_on <= received:
        raise DomainError(
            "Tanggal rekomendasi harus setelah tanggal berkas diterima SKPD Teknis dan tidak setelah hari ini."
        )


def needs_recommendation(service: Service) -> bool:
    """The SOP has the front office receive "berkas lengkap dengan rekomendasi" from the SKPD Teknis."""
    return any(("front office" in step.actor.lower() and "rekomendasi" in step.text.lower()) for step in service.steps)


def _file_agency(session: Session, actor: Actor, service: Service, applicant: Applicant) -> uuid.UUID:
    """A file is the agency's that serves the service (a hall-wide service: the applicant's agency); an officer
    of another agency is refused."""
    agency_id = session.scalar(select(CatalogService.agency_id).where(CatalogService.code == service.code))
    agency_id = agency_id or applicant.agency_id
    scope = scope_of(actor)
    if not scope.allows(agency_id):
        name = session.scalar(select(Agency.short_name).where(Agency.id == agency_id))
        raise PermissionDenied(f"Layanan {service.code} dilayani {name}; Anda hanya melayani instansi Anda sendiri.")
    return agency_for_new_record(session, actor, agency_id)


class IntakeService:
    def __init__(self, database: Database, catalog: CatalogStore, clock: Clock = utc_now):
        self._db = database
        self._catalog = catalog
        self._now = clock

    def checklist(self, service_code: str, variant: str | None = None) -> tuple[ServiceEntry, list]:
        entry = self._catalog.get(service_code)
        if not entry.active:
            raise DomainError(f"Layanan {service_code} sudah tidak aktif di katalog.")
        return entry, checklist.build(entry.service, variant)

    def submit(
        self,
        actor: Actor,
        applicant_id: uuid.UUID,
        revision_id: uuid.UUID,
        variant: str | None,
        marks: Mapping[int, checklist.Mark],
        ticket_id: uuid.UUID | None = None,
        proxy: ProxyInput | None = None,
        recommendation: RecommendationInput | None = None,
        messages_declined: bool = False,
    ) -> CheckOutcome:
        """Record the checked file: returned with a numbered slip, or registered. `messages_declined`: the applicant
        wants no SMS/WhatsApp about this file (nothing is queued for it, now or when it is signed or rejected)."""
        proxy_record = self._proxy(proxy)
        with self._db.transaction() as session:
            revision = session.get(ServiceRevision, revision_id)
            applicant = session.get(Applicant, applicant_id)
            if revision is None or applicant is None:
                raise NotFound("Layanan atau pemohon tidak ditemukan; muat ulang daftar periksa.")
            from db.catalog.schema import Service

            service = Service.model_validate(revision.data)
            agency_id = _file_agency(session, actor, service, applicant)
            applicant = in_agency(session, applicant, agency_id)
            items = checklist.build(service, variant)
            checklist.validate_marks(items, marks)
            facts = checklist.ApplicantFacts(legal_entity=applicant.kind == "business", represented=proxy is not None)
            marks = checklist.resolve(items, marks, facts)
            decision = checklist.decide(items, marks, facts)
            if decision.unmarked:
                first = next(item for item in items if item.position == decision.unmarked[0])
                raise DomainError(
                    f"Masih {len(decision.unmarked)} butir belum diperiksa "
                    f"(mulai dari {first.label} {first.text[:50]})."
                )
            office = _office(session)
            now = self._now()
            local = now.astimezone(office_zone(office))
            check = FileCheck(
                agency_id=agency_id,
                applicant_id=applicant.id,
                service_code=service.code,
                revision_id=revision.id,
                variant=variant,
                outcome="complete" if decision.complete else "incomplete",
                proxy=proxy_record,
                ticket_id=ticket_id,
                checked_at=now,
                checked_by=actor.username,
                officer_name=actor.full_name or actor.username,
                counter_number=actor.counter_number,
                device_id=actor.device_id,
                messages_declined=messages_declined,
            )
            if not decision.complete:
                check.slip_number = numbering.next_number(session, "return_slip", local.date(), agency_id)
            session.add(check)
            session.flush()
            for item in items:
                mark = marks.get(item.position)
                session.add(
                    CheckItem(
                        check_id=check.id,
                        position=item.position,
                        label=item.label,
                        level=item.level,
                        text=item.text,
                        condition=item.condition,
                        status=_stored_status(item, mark),
                        reason=(mark.reason or None) if item.markable else None,
                        kind=item.kind,
                        evidence=mark.payment.as_record() if item.markable and mark.payment else None,
                    )
                )
            problems = tuple(
                (item.label, item.text, marks[item.position].status, marks[item.position].reason)
                for item in items
                if item.position in decision.problems
            )
            if not decision.complete:
                outbox.queue_returned(session, actor, check, service.name, problems, now)
                audit.record(
                    session,
                    actor,
                    "intake.returned",
                    "file_check",
                    check.id,
                    slip=check.slip_number,
                    service=service.code,
                    problems=len(problems),
                )
                return CheckOutcome(check.id, False, check.slip_number, None, None, problems)
            application = self._register(
                session, actor, check, applicant, service, revision, variant, local, office, recommendation
            )
            return CheckOutcome(check.id, True, None, application.id, application.registration_number, ())

    def _register(
        self,
        session: Session,
        actor: Actor,
        check: FileCheck,
        applicant: Applicant,
        service: Service,
        revision: ServiceRevision,
        variant: str | None,
        local: datetime,
        office: dict,
        recommendation: RecommendationInput | None = None,
    ) -> Application:
        number = numbering.next_number(session, "registration", local.date(), check.agency_id)
        received = local.date()
        due = (
            calendar_in(session).add_working_days(received, service.sla_working_days)
            if service.sla_working_days
            else None
        )
        sla_text = service.sla_text or (f"{service.sla_working_days} hari kerja" if service.sla_working_days else "-")
        # The SOP's time of each step travels with the file, so the report compares without reading the catalog.
        steps = [{"actor": step.actor, "text": step.text, "minutes": step.duration_minutes} for step in service.steps]
        steps = roles.office_steps(steps, service.kind)  # a provincial permit's SOP: the office's own steps follow
        done = _front_office_steps(steps)
        _check_recommendation(recommendation, received)
        application = Application(
            agency_id=check.agency_id,
            registration_number=number,
            check_id=check.id,
            applicant_id=applicant.id,
            service_code=service.code,
            service_name=service.name,
            revision_id=revision.id,
            variant=variant,
            received_on=received,
            due_on=due,
            sla_text=sla_text,
            # A service whose SOP ends at the front office (DPM-001) is finished when it is received.
            status="in_progress" if done < len(steps) else "completed",
            finished_at=None if done < len(steps) else check.checked_at,
            current_step=done,
            steps=steps,
            snapshot_key=snapshot_key(steps),
            registered_at=check.checked_at,
            held_since=check.checked_at,  # the front office's steps are recorded with the registration
            registered_by=actor.username,
            search_text=" ".join(
                filter(None, [number, applicant.name, applicant.nik, applicant.nib, service.code, service.name])
            ).lower(),
        )
        session.add(application)
        session.flush()
        for index in range(done):
            technical = recommendation is not None and "skpd" in steps[index]["actor"].lower()
            session.add(
                ApplicationStep(
                    application_id=application.id,
                    step_index=index,
                    actor=steps[index]["actor"],
                    text=steps[index]["text"],
                    outcome="done",
                    note=(
                        f"rekomendasi nomor {recommendation.number.strip()}"
                        if technical
                        else "dicatat saat pendaftaran berkas"
                    ),
                    done_on=recommendation.issued_on if technical else received,
                    started_on=recommendation.received_on if technical else None,
                    recorded_at=check.checked_at,
                    recorded_by=actor.username,
                    recorded_role=actor.role.value if actor.role else None,
                    came_at=check.checked_at,
                )
            )
        audit.record(
            session,
            actor,
            "intake.registered",
            "application",
            application.id,
            number=number,
            service=service.code,
            due=due.isoformat() if due else None,
        )
        return application

    @staticmethod
    def _proxy(proxy: ProxyInput | None) -> dict | None:
        if proxy is None:
            return None
        if not proxy.letter.strip():
            raise DomainError("Kuasa harus disertai surat kuasa: catat surat kuasanya.")
        return {
            "name": validators.person_name(proxy.name),
            "nik": validators.nik(proxy.nik),
            "letter": proxy.letter.strip(),
        }
