"""Handing the decree over (penyerahan) to the applicant or an authorised proxy, once, and only when signed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, true

from db.agencies.letterhead import values_of_record
from db.agencies.scope import scope_of
from db.core import audit, validators
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, EnvironmentFault, NotFound
from db.decrees import numbering
from db.documents.archive import ArchiveService
from db.documents.printing import office_header
from db.intake import conditions
from db.intake.checklist import STAGES
from db.intake.registration import next_in_series
from db.lifecycle import roles as lifecycle_roles
from db.lifecycle import steps as lifecycle_steps
from db.models.decrees import Decree, Handover
from db.models.intake import Applicant, Application
from db.public import links
from db.settings import registry
from db.settings.service import SettingsService, office_zone
from printing.records import HandoverData

RECEIPT_PREFIX = "LOKET-REG:"


@dataclass(frozen=True)
class ReadyDecree:
    application_id: uuid.UUID
    registration_number: str
    applicant_name: str
    applicant_nik: str | None
    service_name: str
    decree_number: str | None
    decree_status: str | None
    handed_over: bool


@dataclass(frozen=True)
class HandoverResult:
    """The handover as recorded; `receipt` is what DocumentService.handover_receipt sends to the thermal printer."""

    application_id: uuid.UUID
    receipt_number: str
    pdf_path: str
    receipt: HandoverData


class HandoverService:
    def __init__(self, database: Database, settings: SettingsService, archive: ArchiveService, clock: Clock = utc_now):
        self._db = database
        self._settings = settings
        self._archive = archive
        self._now = clock

    def find(self, query: str, actor: Actor | None = None) -> list[ReadyDecree]:
        """By registration number, the receipt's QR text, or the NIK/NIB of the applicant; with `actor`, only the
        files of the agency the actor may act for (db/agencies)."""
        text = query.strip().removeprefix(RECEIPT_PREFIX)
        if not text:
            raise DomainError("Masukkan nomor pendaftaran, pindai QR tanda terima, atau ketik NIK/NIB.")
        digits = "".join(ch for ch in text if ch.isdigit())
        page = _scanned_page(text)
        with self._db.read() as session:
            condition = Application.registration_number == text
            if page is not None:  # the receipt's QR of an office with public pages: the file page's address
                condition = Application.id == page[0]
            elif len(digits) in (13, 16) and digits == text.replace(" ", ""):
                condition = or_(Applicant.nik == digits, Applicant.nib == digits)
            rows = session.execute(
                select(Application, Applicant)
                .join(Applicant, Applicant.id == Application.applicant_id)
                .where(condition)
                .where(scope_of(actor).where_own(Application.agency_id) if actor else true())
                .order_by(Application.registered_at.desc())
            ).all()
            found = []
            for app, applicant in rows:
                if page is not None and not links.same_token(app.public_token, page[1]):
                    continue
                decree = session.scalar(
                    select(Decree).where(Decree.application_id == app.id).order_by(Decree.signed_at.desc()).limit(1)
                )
                handed = session.scalar(select(Handover.id).where(Handover.application_id == app.id)) is not None
                nik = (
                    applicant.nik
                    if applicant.kind == "person"
                    else (
                        session.get(Applicant, applicant.contact_person_id).nik if applicant.contact_person_id else None
                    )
                )
                found.append(
                    ReadyDecree(
                        app.id,
                        app.registration_number,
                        applicant.name,
                        nik,
                        app.service_name,
                        decree.decree_number if decree else None,
                        decree.status if decree else None,
                        handed,
                    )
                )
            return found

    def hand_over(
        self, actor: Actor, application_id: uuid.UUID, *, proxy: bool, name: str, nik: str, letter: str = ""
    ) -> HandoverResult:
        """Record who collected the decree and archive the handover receipt. Printing it is the caller's next
        step (DocumentService.handover_receipt, then PrintJobs), so the printer never runs in the database worker.

        The receipt PDF is rendered before the write transaction (a write lock is never held while reportlab
        works): with the number the series will give next, then the transaction takes that number and records
        the handover. Another counter taking the number first makes it render again with the next one.
        """
        from printing.handover_pdf import handover_pdf  # reportlab and the ESC/POS builder: at the first handover

        nik = validators.nik(nik)
        name = validators.person_name(name)
        letter = validators.text(letter, "Surat kuasa", 300)
        if proxy and not letter:
            raise DomainError("Pengambilan oleh kuasa harus dengan surat kuasa: catat surat kuasanya.")
        values = values_of_record(self._db, Application, application_id, self._settings.values())  # the file's agency
        pattern = values.get("handover.number_format") or registry.BY_KEY["handover.number_format"].default
        office = office_header(values)
        zone = office_zone(values)
        role = f"Kuasa pemohon (surat kuasa: {letter})" if proxy else "Pemohon sendiri"
        for _attempt in range(numbering.RENDER_ATTEMPTS):
            now = self._now()
            local = now.astimezone(zone)
            with self._db.read() as session:
                app, decree, applicant = _collectable(session, actor, application_id, proxy, nik)
                if app.current_step < len(app.steps):  # refused before rendering; recorded under the lock below
                    lifecycle_steps.check_current(session, app, actor, local.date(), kind=lifecycle_roles.HANDOVER)
                receipt_number = _receipt_number(
                    pattern, local, numbering.peek_in_series(session, "handover", local.year, app.agency_id)
                )
                conditions.require_fulfilled(session, app.id, tuple(STAGES))
                data = HandoverData(
                    receipt_number=receipt_number,
                    registration_number=app.registration_number,
                    applicant_name=applicant.name,
                    applicant_identity=f"NIK {applicant.nik}" if applicant.kind == "person" else f"NIB {applicant.nib}",
                    service_name=app.service_name,
                    decree_number=decree.decree_number,
                    decree_date=decree.signed_on,
                    recipient_name=name,
                    recipient_identity=f"NIK {nik}",
                    recipient_role=role,
                    officer_name=actor.full_name or actor.username,
                    handed_at=local,
                    printed_at=local,
                )
            pdf = handover_pdf(data, office, values.get("documents.paper", "A4"))  # outside any write transaction
            pending = self._archive.prepare("handover", receipt_number, pdf)
            try:
                with self._db.transaction() as session:
                    app, decree, _applicant = _collectable(session, actor, application_id, proxy, nik, lock=True)
                    taken = _receipt_number(
                        pattern, local, next_in_series(session, "handover", local.year, app.agency_id)
                    )
                    if taken != receipt_number:
                        raise numbering.NumberTaken
                    session.add(
                        Handover(
                            application_id=app.id,
                            decree_id=decree.id,
                            receipt_number=receipt_number,
                            recipient_role="proxy" if proxy else "applicant",
                            recipient_name=name,
                            recipient_nik=nik,
                            proxy_letter=letter or None,
                            handed_at=now,
                            officer=actor.username,
                            officer_name=actor.full_name or actor.username,
                        )
                    )
                    if app.current_step < len(app.steps):  # the SOP's last step, "Menyerahkan izin", is this handover
                        lifecycle_steps.record_current(
                            session,
                            app,
                            actor,
                            now,
                            local.date(),
                            kind=lifecycle_roles.HANDOVER,
                            note=receipt_note(proxy),
                        )
                    else:
                        lifecycle_steps.settle(app, now, handed_over=True)
                    pending.record(session, actor, "handover", receipt_number, app.id, now)
                    audit.record(
                        session,
                        actor,
                        "decree.handover",
                        "application",
                        app.id,
                        decree=decree.decree_number,
                        recipient="proxy" if proxy else "applicant",
                    )
                path = pending.commit()
            except numbering.NumberTaken:
                pending.discard()
                continue
            except BaseException:
                pending.discard()
                raise
            return HandoverResult(application_id, receipt_number, str(path), data)
        raise EnvironmentFault(numbering.BUSY)


def _scanned_page(text: str) -> tuple[uuid.UUID, str] | None:
    """(application id, token) of a scanned file page address (https://.../berkas/<link>), else None."""
    marker = f"/{links.FILE_PATH}/"
    if marker not in text:
        return None
    return links.split(text.rsplit(marker, 1)[1].split("?", 1)[0].strip("/"))


def receipt_note(proxy: bool) -> str:
    return "diserahkan kepada kuasa pemohon" if proxy else "diserahkan kepada pemohon"


def _receipt_number(pattern: str, local: datetime, sequence: int) -> str:
    """In the office's pattern (handover.number_format): 503/0001/SER/DPMPTSP/XI/2026 by default."""
    return registry.registration_number(pattern, sequence, local.month, local.year)


def _collectable(session, actor: Actor, application_id: uuid.UUID, proxy: bool, nik: str, lock: bool = False):
    """(application, valid decree, applicant) when the decree may be handed to this person now (the file is ready
    for pickup); else DomainError."""
    query = select(Application).where(Application.id == application_id)
    app = session.scalar(query.with_for_update() if lock else query)
    if app is None:
        raise NotFound("Permohonan tidak ditemukan.")
    scope_of(actor).require(app.agency_id)  # another agency's file: refused before anything is said of it
    decree = session.scalar(select(Decree).where(Decree.application_id == app.id, Decree.status == "valid"))
    if decree is None:
        raise DomainError(f"SK untuk {app.registration_number} belum ditandatangani; belum dapat diserahkan.")
    if session.scalar(select(Handover.id).where(Handover.application_id == app.id)):
        raise DomainError(f"SK {decree.decree_number} sudah diserahkan sebelumnya.")
    applicant = session.get(Applicant, app.applicant_id)
    if applicant.kind == "person":
        owner_nik = applicant.nik
    else:
        contact = session.get(Applicant, applicant.contact_person_id) if applicant.contact_person_id else None
        owner_nik = contact.nik if contact else None
    if not proxy and nik != owner_nik:
        raise DomainError(
            "NIK pengambil tidak sama dengan NIK pemohon. Bila diwakilkan, pilih kuasa dan catat surat kuasanya."
        )
    if app.status != "ready":  # checked again under the write lock: the file must be ready for pickup
        lifecycle_steps.current_step(app)  # says why: handed over, rejected, archived ...
        step = app.steps[app.current_step]
        raise DomainError(
            f"SK {app.registration_number} belum siap diambil: menunggu {step['actor']} - {step['text']}."
        )
    return app, decree, applicant
