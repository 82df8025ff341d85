"""Writing an agency, its units and the hall, inside the caller's transaction (AgencyService owns the transaction)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.agencies import ids
from db.agencies.records import NUMBER_KINDS, AgencyRecord, HallRecord
from db.core.errors import DomainError
from db.models.agencies import Agency, AgencyUnit, Hall
from db.settings import registry
from db.settings.service import read_in

_SAMPLE = (7, 3, 2026)  # any number, month and year: two patterns giving the same text would give the same numbers
_COLUMNS = (
    "short_name", "name", "government", "address", "city", "phone", "fax", "email", "website", "logo", "motto",
    "motto_text", "maklumat", "signing_mode", "general_services",
)  # fmt: skip


def effective_patterns(session: Session, formats: dict[str, str]) -> dict[str, str]:
    """The pattern each kind of document is numbered with: the agency's own, else the office setting's."""
    settings = read_in(session, NUMBER_KINDS.values())
    return {
        kind: formats.get(kind) or settings[key] or registry.BY_KEY[key].default for kind, key in NUMBER_KINDS.items()
    }


def _check_no_clash(session: Session, record: AgencyRecord) -> None:
    """Numbers are unique in the hall and each agency counts from 1: two agencies' patterns must differ."""
    mine = effective_patterns(session, record.number_formats)
    others = session.scalars(select(Agency).where(Agency.code != record.code))
    problems = []
    for other in others:
        theirs = effective_patterns(session, other.number_formats or {})
        for kind, pattern in mine.items():
            if registry.registration_number(pattern, *_SAMPLE) == registry.registration_number(theirs[kind], *_SAMPLE):
                problems.append(f"format nomor {kind} ({pattern}) sama dengan milik {other.code}")
    if problems:
        raise DomainError(
            "Nomor dokumen akan bentrok: "
            + "; ".join(problems)
            + ". Beri tanda instansi sendiri, mis. 503/{nomor:04d}/DINKES/{bulan}/{tahun}."
        )
    clash = session.scalar(
        select(Agency.code).where(Agency.short_name == record.short_name, Agency.code != record.code)
    )
    if clash:
        raise DomainError(f"Nama singkat '{record.short_name}' sudah dipakai instansi {clash}.")


def save_agency_in(session: Session, record: AgencyRecord, source: str) -> tuple[Agency, bool]:
    """Create the agency of `record.code`, or update it; its units follow the record (a unit no longer listed is
    deactivated, never deleted: past catalog entries point at it). Returns (agency, created)."""
    agency = session.scalar(select(Agency).where(Agency.code == record.code))
    _check_no_clash(session, record)
    created = agency is None
    if created:
        last = session.scalar(select(func.max(Agency.sort_order)))
        agency = Agency(
            id=ids.agency_id(record.code),
            hall_id=session.scalar(select(Hall.id).limit(1)),
            code=record.code,
            sort_order=0 if last is None else last + 1,
        )
        session.add(agency)
    for column in _COLUMNS:
        setattr(agency, column, getattr(record, column))
    agency.signers = [signer.model_dump() for signer in record.signers]
    agency.number_formats = dict(record.number_formats)
    agency.source = source[:2000]
    session.flush()
    units = {unit.code: unit for unit in session.scalars(select(AgencyUnit).where(AgencyUnit.agency_id == agency.id))}
    listed = {unit.code for unit in record.units}
    for order, unit in enumerate(record.units):
        row = units.get(unit.code)
        if row is None:
            row = AgencyUnit(id=ids.unit_id(record.code, unit.code), agency_id=agency.id, code=unit.code)
            session.add(row)
        row.name, row.sort_order, row.active = unit.name, order, True
    for code, row in units.items():
        if code not in listed:
            row.active = False
    session.flush()
    return agency, created


def save_hall_in(session: Session, record: HallRecord) -> Hall:
    hall = session.scalar(select(Hall).limit(1))
    if hall is None:
        raise DomainError("Data aula belum ada (basis data belum dimigrasikan).")
    hall.name, hall.short_name, hall.address = record.name, record.short_name, record.address
    hall.logo, hall.maklumat = record.logo, record.maklumat
    hall.opening_hours = [hours.model_dump() for hours in record.opening_hours]
    return hall
