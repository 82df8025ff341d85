"""Numbers of the documents the office issues, one setting per kind of document, all in the office's pattern
(classification code / number / document mark / unit / Roman month / year, as 503/0001/SK/DPMPTSP/XI/2026).

Each kind counts its own yearly series in registration_sequences, bumped with UPDATE ... RETURNING inside the
caller's transaction: two counters sharing a database never get the same number, and a rolled-back transaction
gives its number back. Callers pass their open session; the number is part of the same transaction as the record.

Kinds: registration (tanda terima berkas), decree (SK), return_slip (pengembalian berkas), handover (tanda terima
penyerahan), complaint (pengaduan) and rejection (surat penolakan).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.core.errors import DomainError
from db.models.agencies import Agency
from db.models.intake import RegistrationSequence
from db.settings import registry
from db.settings.service import read_in


@dataclass(frozen=True)
class NumberedKind:
    setting: str  # the office setting holding the pattern
    series: str  # the yearly series counted in registration_sequences


KINDS = {
    "registration": NumberedKind("intake.registration_format", "registration"),
    "decree": NumberedKind("decree.number_format", "decree"),
    "return_slip": NumberedKind("return_slip.number_format", "return_slip"),
    "handover": NumberedKind("handover.number_format", "handover"),
    "complaint": NumberedKind("complaint.number_format", "complaint"),
    "rejection": NumberedKind("rejection.number_format", "rejection"),
}


def series_agency(session: Session, agency_id: uuid.UUID | None) -> uuid.UUID:
    """The agency whose series is counted: the record's, or (a caller not yet passing one) the hall's first."""
    if agency_id is not None:
        return agency_id
    first = session.scalar(
        select(Agency.id).where(Agency.active.is_(True)).order_by(Agency.sort_order, Agency.code).limit(1)
    )
    if first is None:
        raise DomainError("Belum ada instansi di aula ini; tambahkan instansi lebih dulu (loket-admin agency add).")
    return first


def next_in_series(session: Session, kind: str, year: int, agency_id: uuid.UUID | None = None) -> int:
    """The next number of an agency's yearly series, locked so two counters sharing a database never get the same."""
    agency = series_agency(session, agency_id)
    bump = (
        update(RegistrationSequence)
        .where(
            RegistrationSequence.agency_id == agency,
            RegistrationSequence.kind == kind,
            RegistrationSequence.year == year,
        )
        .values(last_number=RegistrationSequence.last_number + 1)
        .returning(RegistrationSequence.last_number)
    )
    number = session.execute(bump).scalar_one_or_none()
    if number is None:
        insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
        session.execute(
            insert(RegistrationSequence)
            .values(id=uuid.uuid4(), agency_id=agency, kind=kind, year=year, last_number=0)
            .on_conflict_do_nothing(index_elements=["agency_id", "kind", "year"])
        )
        number = session.execute(bump).scalar_one()
    return number


def pattern(session: Session, kind: str, agency_id: uuid.UUID | None = None) -> str:
    """The agency's pattern for a kind of document; the office's setting, or its default, where it has none."""
    numbered = _kind(kind)
    agency = session.get(Agency, series_agency(session, agency_id))
    own = (agency.number_formats or {}).get(kind) if agency is not None else None
    return own or read_in(session, (numbered.setting,))[numbered.setting] or registry.BY_KEY[numbered.setting].default


def next_number(session: Session, kind: str, day: date, agency_id: uuid.UUID | None = None) -> str:
    """Take the next number of `kind` for a document dated `day` (local date), in the agency's series and pattern."""
    numbered = _kind(kind)
    agency = series_agency(session, agency_id)
    sequence = next_in_series(session, numbered.series, day.year, agency)
    return registry.registration_number(pattern(session, kind, agency), sequence, day.month, day.year)


def _kind(kind: str) -> NumberedKind:
    try:
        return KINDS[kind]
    except KeyError:
        raise DomainError(f"Jenis dokumen '{kind}' tidak bernomor. Yang bernomor: {', '.join(KINDS)}.") from None
