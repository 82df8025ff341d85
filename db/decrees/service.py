"""Issuing a decree (SK) for a finished application, its copies, its corrections or withdrawal, and verification."""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from db.agencies.letterhead import agency_values, values_of_record
from db.agencies.scope import scope_of
from db.core import audit, validators
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, EnvironmentFault, NotFound, PermissionDenied
from db.decrees import legal, numbering, payload, templates
from db.decrees.keys import SigningKeys
from db.documents.archive import ArchiveService
from db.documents.printing import office_header
from db.intake import conditions
from db.intake.registration import next_in_series
from db.lifecycle import roles as lifecycle_roles
from db.lifecycle import steps as lifecycle_steps
from db.messages import outbox
from db.models.catalog import ServiceRevision
from db.models.decrees import Decree, IssuedDocument
from db.models.intake import Applicant, Application
from db.settings import registry as settings_registry
from db.settings.service import SettingsService, office_zone
from printing.records import DecreeData, DecreeSigner
from printing.terbilang import tanggal_terbilang, terbilang

if TYPE_CHECKING:
    from db.catalog.schema import Service

STATUS_LABELS = {"valid": "Berlaku", "corrected": "Dikoreksi", "withdrawn": "Ditarik", "revoked": "Dicabut"}
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


@dataclass(frozen=True)
class DecreeInfo:
    id: uuid.UUID
    decree_number: str
    registration_number: str
    application_id: uuid.UUID
    signed_on: date
    status: str
    payload: str
    pdf_path: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class Verification:
    genuine: bool
    current: bool
    messages: tuple[str, ...]
    claims: payload.DecreeClaims | None = None
    status: str | None = None


def _long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _data(content: dict, payload_text: str, copy: bool, withdrawn_note: str | None) -> DecreeData:
    signer = DecreeSigner(**content["signer"])
    return DecreeData(
        decree_number=content["decree_number"],
        registration_number=content["registration_number"],
        title=content["title"],
        considerations=tuple(content["considerations"]),
        legal_basis=tuple(content["legal_basis"]),
        decisions=tuple(tuple(d) for d in content["decisions"]),
        holder=tuple(tuple(row) for row in content["holder"]),
        terms=tuple(content["terms"]),
        city=content["city"],
        signed_on=date.fromisoformat(content["signed_on"]),
        signer=signer,
        qr_payload=payload_text,
        copy=copy,
        withdrawn_note=withdrawn_note,
        signing_mode=content.get("signing_mode", "elektronik"),  # decrees issued before the setting said so
        copies_to=tuple(content.get("copies_to", ())),
    )


class DecreeService:
    def __init__(
        self,
        database: Database,
        settings: SettingsService,
        archive: ArchiveService,
        keys: SigningKeys,
        clock: Clock = utc_now,
    ):
        self._db = database
        self._settings = settings
        self._archive = archive
        self._keys = keys
        self._now = clock

    def unconfirmed_references(self) -> list[legal.Unconfirmed]:
        """Legal references the seeds do not hold and the office has not yet confirmed (the Berita Daerah number of
        Perbup 16/2021): decrees cite those bases without them, and the administrator is shown why."""
        return legal.unconfirmed(self._settings.values())

    def _content(
        self,
        session,
        app: Application,
        applicant: Applicant,
        service: Service,
        number: str,
        signed_on: date,
        values: dict[str, str],
    ) -> dict:
        template = templates.load(service.kind.value)
        identity = f"NIK {applicant.nik}" if applicant.kind == "person" else f"NIB {applicant.nib}"
        fields = {
            "pemohon": applicant.name,
            "identitas": identity,
            "alamat": applicant.address or "-",
            "layanan": service.name,
            "kode_layanan": service.code,
            "varian": app.variant or "",
            "nomor_pendaftaran": app.registration_number,
            "tanggal_diterima": _long_date(app.received_on),
            "nomor_sk": number,
            "tanggal_sk": _long_date(signed_on),
            "tahun": str(signed_on.year),
            "tahun_terbilang": terbilang(signed_on.year),
            "kantor": values["office.name"],
            "kantor_singkat": values["office.short_name"],
            "kota": values["office.city"],
            "jabatan_penandatangan": values["signing.title"],
            "produk": service.product or service.name,
            "masa_berlaku": "",  # filled below when the seed gives the product a period of validity
            "berlaku_sampai": "",
            "perpanjangan": "",
        }
        holder = [
            ("Nama", applicant.name),
            ("NIK" if applicant.kind == "person" else "NIB", applicant.nik or applicant.nib),
        ]
        if applicant.kind == "business" and applicant.npwp:
            holder.append(("NPWP", applicant.npwp))
        holder += [
            ("Alamat", applicant.address or "-"),
            ("Jenis layanan", service.name),
            ("Nomor pendaftaran", app.registration_number),
        ]
        if app.variant:
            holder.append(("Jenis permohonan", app.variant))
        validity = legal.validity(service.code)
        texts = templates.decision_texts(template)
        if validity is not None:
            fields["masa_berlaku"] = validity.words()
            fields["berlaku_sampai"] = _long_date(validity.until(signed_on))
            fields["perpanjangan"] = " dan dapat diperbaharui selama memenuhi persyaratan" if validity.renewable else ""
            texts.insert(1, template.get("validity_decision") or templates.load("default")["validity_decision"])
            holder.append(("Masa berlaku", f"{fields['masa_berlaku']}, sampai dengan {fields['berlaku_sampai']}"))
        region = re.sub(r"^pemerintah\s+", "", values.get("office.government", ""), flags=re.IGNORECASE).strip()
        return {
            "decree_number": number,
            "registration_number": app.registration_number,
            "title": templates.fill(template["title"], fields).upper(),
            "considerations": [templates.fill(text, fields) for text in template["considerations"]],
            "legal_basis": legal.mengingat(
                [templates.fill(t, fields) for t in templates.general_bases(template, values)],
                list(service.legal_basis),
            ),
            "decisions": [[label, templates.fill(text, fields)] for label, text in templates.labelled(texts)],
            "holder": holder,
            "terms": [templates.fill(t, fields) for t in template.get("terms", [])],
            "city": values["office.city"],
            "signed_on": signed_on.isoformat(),
            "signer": {
                "title": values["signing.title"],
                "name": values["signing.name"],
                "rank": values["signing.rank"],
                "nip": values["signing.nip"],
            },
            "signing_mode": values.get("signing.mode") or "basah",
            "copies_to": legal.copies_to(service, region.title() if region.isupper() else region, template),
            "year_words": tanggal_terbilang(signed_on),
        }

    def issue(self, actor: Actor, application_id: uuid.UUID) -> DecreeInfo:
        """The Kepala Dinas (or the Plt./Plh. the administrator named) signs: the SOP's signing step is recorded and
        the decree numbered, signed and archived. The SK prints who signed.

        The content PDF (its hash is signed) and the decree PDF are rendered before the write transaction, with the
        number the series gives next (db.decrees.numbering) and the signer the step's authority gives (the Plt./Plh.
        when one stands in); the transaction then records the signing step under the lock, takes that number and
        records the decree with its archive row. Another counter taking the number, or the stand-in changing, in
        between makes it render again. A crash after the commit leaves the original as .tmp, put in place at the next
        start (db.documents.archive_repair).
        """
        from printing.decree_pdf import decree_content_pdf, decree_pdf  # reportlab and the QR: when first signed

        # the file's agency's letterhead, signer and decree numbering
        settings_values = values_of_record(self._db, Application, application_id, self._settings.values())
        office = office_header(settings_values)
        key, key_id = self._keys.ensure(actor)
        pattern = (
            settings_values.get("decree.number_format") or settings_registry.BY_KEY["decree.number_format"].default
        )
        for _attempt in range(numbering.RENDER_ATTEMPTS):
            now = self._now()
            signed_on = now.astimezone(office_zone(settings_values)).date()
            with self._db.read() as session:
                app, applicant, service = _issuable(session, application_id)
                conditions.require_fulfilled(session, app.id, ("sebelum_tanda_tangan",))
                authority = lifecycle_steps.check_current(session, app, actor, signed_on, kind=lifecycle_roles.SIGN)
                values = _signed_by(settings_values, authority)
                sequence = numbering.peek_in_series(session, "decree", signed_on.year, app.agency_id)
                number = settings_registry.registration_number(pattern, sequence, signed_on.month, signed_on.year)
                content = self._content(session, app, applicant, service, number, signed_on, values)
                claims_base = (number, app.registration_number, applicant.name, service.code, signed_on.isoformat())
            # Rendering and signing happen outside any write transaction.
            content_hash = hashlib.sha256(decree_content_pdf(_data(content, "", False, None), office)).hexdigest()
            signed = payload.sign(payload.DecreeClaims(*claims_base, content_hash[:32], key_id), key)
            pdf = decree_pdf(_data(content, signed, False, None), office)
            pending = self._archive.prepare("decree", number, pdf)
            try:
                with self._db.transaction() as session:
                    app, applicant, _service = _issuable(session, application_id, lock=True)
                    authority = lifecycle_steps.record_current(
                        session, app, actor, now, signed_on, kind=lifecycle_roles.SIGN
                    )
                    if _signed_by(settings_values, authority) != values:
                        raise numbering.NumberTaken  # the Plt./Plh. changed since rendering: render with the new one
                    if next_in_series(session, "decree", signed_on.year, app.agency_id) != sequence:
                        raise numbering.NumberTaken
                    decree = Decree(
                        application_id=app.id,
                        decree_number=number,
                        signed_on=signed_on,
                        signed_at=now,
                        signed_by=actor.username,
                        signer=content["signer"],
                        holder={"name": applicant.name},
                        content=content,
                        content_sha256=content_hash,
                        payload=signed,
                        key_id=key_id,
                    )
                    session.add(decree)
                    session.flush()
                    pending.record(session, actor, "decree", number, app.id, now)
                    outbox.queue_signed(session, actor, app, decree.id, now)  # committed with the SK, or not at all
                    previous = session.scalar(
                        select(Decree).where(
                            Decree.application_id == app.id,
                            Decree.status == "corrected",
                            Decree.replaced_by_id.is_(None),
                        )
                    )
                    if previous is not None:
                        previous.replaced_by_id = decree.id
                    audit.record(session, actor, "decree.issue", "decree", number, application=app.registration_number)
                    registration, target = app.registration_number, str(pending.target)
                    info = DecreeInfo(decree.id, number, registration, app.id, signed_on, "valid", signed, target)
                pending.commit()
                return info
            except numbering.NumberTaken:
                pending.discard()
                continue
            except BaseException:
                pending.discard()
                raise
        raise EnvironmentFault(numbering.BUSY)

    def draft_pdf(self, application_id: uuid.UUID, actor: Actor | None = None) -> bytes:
        """The decree as it will read, for the signing official's preview: no number, no QR, marked DRAF."""
        from db.catalog.schema import Service
        from printing.decree_pdf import decree_pdf

        values = values_of_record(self._db, Application, application_id, self._settings.values())
        with self._db.read() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise NotFound("Permohonan tidak ditemukan.")
            if actor is not None:
                scope_of(actor).require(app.agency_id)
            applicant = session.get(Applicant, app.applicant_id)
            service = Service.model_validate(session.get(ServiceRevision, app.revision_id).data)
            today = self._now().astimezone(office_zone(values)).date()
            number = "(nomor diberikan saat ditandatangani)"
            content = self._content(session, app, applicant, service, number, today, values)
        # Marked on every page, and its QR says only DRAF: scanned, a draft never verifies as a decree.
        return decree_pdf(_data(content, "DRAF", False, "DRAF - BELUM DITANDATANGANI"), office_header(values))

    def for_application(self, application_id: uuid.UUID) -> DecreeInfo | None:
        with self._db.read() as session:
            decree = session.scalar(
                select(Decree).where(Decree.application_id == application_id).order_by(Decree.signed_at.desc()).limit(1)
            )
            return None if decree is None else self._info(session, decree)

    def get(self, decree_number: str) -> DecreeInfo:
        with self._db.read() as session:
            decree = session.scalar(select(Decree).where(Decree.decree_number == decree_number.strip()))
            if decree is None:
                raise NotFound(f"SK {decree_number} tidak ditemukan.")
            return self._info(session, decree)

    def _info(self, session, decree: Decree) -> DecreeInfo:
        document = session.scalar(
            select(IssuedDocument).where(IssuedDocument.kind == "decree", IssuedDocument.number == decree.decree_number)
        )
        path = str(self._archive.root() / document.relative_path) if document else ""
        number = session.scalar(select(Application.registration_number).where(Application.id == decree.application_id))
        return DecreeInfo(
            decree.id,
            decree.decree_number,
            number,
            decree.application_id,
            decree.signed_on,
            decree.status,
            decree.payload,
            path,
        )

    def copy_pdf(self, actor: Actor, decree_number: str) -> bytes:
        """A reprint: the same decree marked SALINAN (and its status when no longer current); logged."""
        from printing.decree_pdf import decree_pdf

        with self._db.read() as session:
            decree = session.scalar(select(Decree).where(Decree.decree_number == decree_number))
            if decree is None:
                raise NotFound(f"SK {decree_number} tidak ditemukan.")
            agency_id = session.scalar(select(Application.agency_id).where(Application.id == decree.application_id))
            scope_of(actor).require(agency_id)
            values = agency_values(session, agency_id, self._settings.values())
            note = (
                None if decree.status == "valid" else f"{STATUS_LABELS[decree.status].upper()}: {decree.status_reason}"
            )
            content, signed = decree.content, decree.payload
        pdf = decree_pdf(_data(content, signed, True, note), office_header(values))
        self._archive.record_copy(actor, "decree", decree_number)
        if note is None:
            self._archive.store(actor, "decree_copy", decree_number, pdf)
        return pdf

    def change_status(
        self, actor: Actor, decree_number: str, status: str, reason: str, official: str = ""
    ) -> DecreeInfo:
        """Correct, withdraw or revoke (001 Pasal 10(2)): only the Kepala Dinas (or the Plt./Plh.), with a reason;
        the official recorded is the one who decided. A corrected decree sends the file back to be signed again."""
        if status not in ("corrected", "withdrawn", "revoked"):
            raise DomainError("Status SK hanya dapat diubah menjadi corrected, withdrawn atau revoked.")
        reason = validators.text(reason, "Alasan", 2000, multiline=True)
        official = validators.text(official, "Pejabat yang memutuskan", 200)
        if not reason:
            raise DomainError("Alasan koreksi, penarikan atau pencabutan SK wajib diisi.")
        today = self._now().astimezone(self._settings.office_zone()).date()
        with self._db.transaction() as session:
            try:
                authority = lifecycle_steps.authorise(
                    session, actor, {"actor": "Kepala Dinas", "text": "Mengoreksi atau menarik SK"}, today
                )
            except PermissionDenied:
                raise PermissionDenied(
                    "Koreksi, penarikan atau pencabutan SK hanya oleh Kepala Dinas (atau Plt./Plh. yang ditugaskan)."
                ) from None
            decider = f"{actor.full_name or actor.username} ({authority.acting_as or authority.role.label})"
            official = official.strip() or decider
            decree = session.scalar(select(Decree).where(Decree.decree_number == decree_number).with_for_update())
            if decree is None:
                raise NotFound(f"SK {decree_number} tidak ditemukan.")
            if decree.status != "valid":
                raise DomainError(f"SK {decree_number} sudah berstatus {STATUS_LABELS[decree.status]}.")
            decree.status, decree.status_reason = status, reason.strip()
            decree.status_official, decree.status_at = official.strip(), self._now()
            app = session.get(Application, decree.application_id)
            scope_of(actor).require(app.agency_id)
            if status == "corrected":
                # The corrected decree is signed again by the Kepala Dinas, then ready and handed over again.
                sign = lifecycle_roles.sign_index(app.steps)
                if sign is not None:
                    app.status, app.current_step, app.finished_at = "in_progress", sign, None
            audit.record(
                session,
                actor,
                f"decree.{status}",
                "decree",
                decree_number,
                reason=reason.strip(),
                official=official.strip(),
            )
            return self._info(session, decree)

    def verify(self, text: str) -> Verification:
        """Is this payload a genuine decree of this office, and is it still current?"""
        try:
            claims, signed, signature = payload.read(text)
        except payload.PayloadError as error:
            return Verification(False, False, (str(error),))
        public = self._keys.public_keys().get(claims.key_id)
        if public is None:
            return Verification(
                False, False, ("Kode ditandatangani dengan kunci yang tidak dikenal kantor ini.",), claims
            )
        if not payload.signature_valid(signed, signature, public):
            return Verification(False, False, ("Tanda tangan elektronik TIDAK SAH: kode telah diubah.",), claims)
        with self._db.read() as session:
            decree = session.scalar(select(Decree).where(Decree.decree_number == claims.decree_number))
            if decree is None or decree.payload != text.strip():
                return Verification(
                    True, False, ("Tanda tangan sah, tetapi SK ini tidak tercatat di basis data ini.",), claims
                )
            lines = [f"SK {claims.decree_number} ASLI, diterbitkan {claims.signed_on} untuk {claims.holder}."]
            if decree.status != "valid":
                lines.append(
                    f"Status: {STATUS_LABELS[decree.status].upper()} pada {decree.status_at:%d-%m-%Y} oleh "
                    f"{decree.status_official}. Alasan: {decree.status_reason}."
                )
                if decree.replaced_by_id:
                    replacement = session.get(Decree, decree.replaced_by_id)
                    lines.append(f"Diganti dengan SK {replacement.decree_number}.")
            return Verification(True, decree.status == "valid", tuple(lines), claims, decree.status)

    def verify_pdf(self, pdf: bytes) -> Verification:
        """A decree PDF is genuine when it is byte for byte the archived original (or its marked copy)."""
        match = self._archive.matching_document(pdf)
        if match is None or match[0] not in ("decree", "decree_copy"):
            return Verification(
                False, False, ("PDF ini tidak sama dengan SK mana pun di arsip: diubah atau bukan SK kantor ini.",)
            )
        with self._db.read() as session:
            signed = session.scalar(select(Decree.payload).where(Decree.decree_number == match[1]))
        result = self.verify(signed)
        kind = "salinan" if match[0] == "decree_copy" else "asli"
        return Verification(
            result.genuine,
            result.current,
            (f"Berkas PDF cocok dengan arsip ({kind}).", *result.messages),
            result.claims,
            result.status,
        )


def _issuable(session, application_id: uuid.UUID, lock: bool = False) -> tuple[Application, Applicant, Service]:
    """The application, its applicant and its service when no valid decree exists for it; else DomainError. Whether
    the file is at its signing step, and the signer's role, are the lifecycle step's rules (check_current)."""
    from db.catalog.schema import Service

    query = select(Application).where(Application.id == application_id)
    app = session.scalar(query.with_for_update() if lock else query)
    if app is None:
        raise NotFound("Permohonan tidak ditemukan.")
    if session.scalar(select(Decree.id).where(Decree.application_id == app.id, Decree.status == "valid")):
        raise DomainError(f"SK untuk {app.registration_number} sudah terbit.")
    applicant = session.get(Applicant, app.applicant_id)
    service = Service.model_validate(session.get(ServiceRevision, app.revision_id).data)
    return app, applicant, service


def _signed_by(values: dict, authority: lifecycle_steps.Authority) -> dict:
    """The settings the SK is rendered with: the Plt./Plh. who stands in signs in the Kepala Dinas's place."""
    if authority.delegation is None:
        return values
    stand_in = authority.delegation
    return {
        **values,
        "signing.title": f"{stand_in.title} {values['signing.title']}",
        "signing.name": stand_in.full_name,
        "signing.rank": stand_in.rank or "-",
        "signing.nip": stand_in.nip or "-",
    }
