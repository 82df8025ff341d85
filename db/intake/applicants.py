"""Applicants: validated on entry, found again by NIK or NIB and reused."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.agencies.scope import agency_for_new_record, scope_of
from db.core import audit, validators
from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.models.intake import Applicant

# The same limits on every engine (PostgreSQL's columns would refuse more with a raw error, SQLite would store it).
BIRTH_PLACE_MAX = 100
ADDRESS_MAX = 500
COMPANY_NAME_MAX = 200


@dataclass(frozen=True)
class PersonInput:
    nik: str
    name: str
    birth_place: str = ""
    birth_date: date | None = None
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class BusinessInput:
    nib: str
    company_name: str
    npwp: str
    address: str
    contact: PersonInput
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ApplicantInfo:
    id: uuid.UUID
    kind: str
    name: str
    identity: str  # "NIK ..." / "NIB ... - name"
    nik: str | None
    nib: str | None
    birth_place: str | None
    birth_date: date | None
    address: str | None
    phone: str | None
    email: str | None
    npwp: str | None
    contact_name: str | None
    contact_phone: str | None = None  # a business's messages go to its contact when it has no phone of its own


def _info(session: Session, applicant: Applicant) -> ApplicantInfo:
    contact = session.get(Applicant, applicant.contact_person_id) if applicant.contact_person_id else None
    identity = f"NIK {applicant.nik}" if applicant.kind == "person" else f"NIB {applicant.nib} - {applicant.name}"
    return ApplicantInfo(
        applicant.id,
        applicant.kind,
        applicant.name,
        identity,
        applicant.nik,
        applicant.nib,
        applicant.birth_place,
        applicant.birth_date,
        applicant.address,
        applicant.phone,
        applicant.email,
        applicant.npwp,
        contact.name if contact else None,
        contact.phone if contact else None,
    )


def _optional(check, value: str) -> str | None:
    return check(value) if value and value.strip() else None


def _clean_person(person: PersonInput, today: date) -> dict:
    nik = validators.nik(person.nik, today)
    info = validators.nik_info(nik, today)
    if person.birth_date and person.birth_date != info.birth_date:
        raise DomainError(
            f"Tanggal lahir {person.birth_date:%d-%m-%Y} tidak cocok dengan NIK ({info.birth_date:%d-%m-%Y})."
        )
    return {
        "nik": nik,
        "name": validators.person_name(person.name),
        "birth_place": validators.text(person.birth_place, "Tempat lahir", BIRTH_PLACE_MAX) or None,
        "birth_date": info.birth_date,
        "sex": info.sex,
        "address": validators.text(person.address, "Alamat", ADDRESS_MAX, multiline=True) or None,
        "phone": _optional(validators.phone, person.phone),
        "email": _optional(validators.email, person.email),
    }


class ApplicantService:
    def __init__(self, database: Database, clock):
        self._db = database
        self._now = clock

    def find(self, identifier: str, actor: Actor | None = None) -> ApplicantInfo | None:
        """A returning applicant by NIK or NIB (spaces and dots ignored). Each agency keeps its own register:
        with `actor`, only the registers the actor may act for (their agency's; every one for the hall's staff)."""
        digits = validators.typed_identifier(identifier).digits
        if len(digits) not in (validators.NIB_DIGITS, validators.NIK_DIGITS):
            raise DomainError("Masukkan NIK (16 angka) atau NIB (13 angka).")
        query = select(Applicant).where(or_(Applicant.nik == digits, Applicant.nib == digits))
        if actor is not None:
            query = query.where(scope_of(actor).where_own(Applicant.agency_id))
        with self._db.read() as session:
            applicant = session.scalars(query.order_by(Applicant.updated_at.desc()).limit(1)).first()
            return None if applicant is None else _info(session, applicant)

    def get(self, applicant_id: uuid.UUID, actor: Actor | None = None) -> ApplicantInfo:
        with self._db.read() as session:
            applicant = session.get(Applicant, applicant_id)
            if applicant is None:
                raise NotFound("Pemohon tidak ditemukan.")
            if actor is not None:
                scope_of(actor).require(applicant.agency_id)
            return _info(session, applicant)

    def save_person(self, actor: Actor, person: PersonInput, agency_id: uuid.UUID | None = None) -> ApplicantInfo:
        """Create, or update the person with that NIK in the agency's register (`agency_id`: the agency of the
        service applied for; an officer's own by default); one transaction, audited."""
        values = _clean_person(person, self._now().date())
        with self._db.transaction() as session:
            agency = agency_for_new_record(session, actor, agency_id)
            applicant = self._upsert(session, agency, Applicant.nik, values["nik"], {"kind": "person", **values})
            audit.record(session, actor, "applicant.save", "applicant", applicant.id, kind="person")
            return _info(session, applicant)

    def save_business(self, actor: Actor, business: BusinessInput, agency_id: uuid.UUID | None = None) -> ApplicantInfo:
        today = self._now().date()
        contact_values = _clean_person(business.contact, today)
        values = {
            "kind": "business",
            "nib": validators.nib(business.nib),
            "name": " ".join(validators.text(business.company_name, "Nama badan usaha", COMPANY_NAME_MAX).split()),
            "npwp": validators.npwp(business.npwp, today),
            "address": validators.text(business.address, "Alamat", ADDRESS_MAX, multiline=True) or None,
            "phone": _optional(validators.phone, business.phone),
            "email": _optional(validators.email, business.email),
        }
        if len(values["name"]) < 2:
            raise DomainError("Nama badan usaha wajib diisi.")
        with self._db.transaction() as session:
            agency = agency_for_new_record(session, actor, agency_id)
            contact = self._upsert(
                session, agency, Applicant.nik, contact_values["nik"], {"kind": "person", **contact_values}
            )
            values["contact_person_id"] = contact.id
            applicant = self._upsert(session, agency, Applicant.nib, values["nib"], values)
            audit.record(session, actor, "applicant.save", "applicant", applicant.id, kind="business")
            return _info(session, applicant)

    @staticmethod
    def _upsert(session: Session, agency_id: uuid.UUID, column, key: str, values: dict) -> Applicant:
        applicant = session.scalar(select(Applicant).where(column == key, Applicant.agency_id == agency_id))
        if applicant is None:
            applicant = Applicant(agency_id=agency_id, **values)
            session.add(applicant)
        else:
            for name, value in values.items():
                if value is not None:
                    setattr(applicant, name, value)
        session.flush()
        return applicant


_COPIED = ("kind", "nik", "nib", "name", "birth_place", "birth_date", "sex", "address", "phone", "email", "npwp")


def in_agency(session: Session, applicant: Applicant, agency_id: uuid.UUID) -> Applicant:
    """The applicant in another agency's register (found by NIK/NIB, or copied there with their contact person):
    the hall's staff registered them once, and the file they now hand in is that agency's."""
    if applicant.agency_id == agency_id:
        return applicant
    column, key = (Applicant.nik, applicant.nik) if applicant.kind == "person" else (Applicant.nib, applicant.nib)
    found = session.scalar(select(Applicant).where(column == key, Applicant.agency_id == agency_id))
    if found is None:
        found = Applicant(agency_id=agency_id, **{name: getattr(applicant, name) for name in _COPIED})
        if applicant.contact_person_id is not None:
            found.contact_person_id = in_agency(
                session, session.get(Applicant, applicant.contact_person_id), agency_id
            ).id
        session.add(found)
        session.flush()
    return found
