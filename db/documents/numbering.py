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

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.core.errors import DomainError
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


def next_in_series(session: Session, kind: str, year: int) -> int:
    """The next number of a yearly series, locked so two counters sharing a database never get the same one."""
    bump = (
        update(RegistrationSequence)
        .where(RegistrationSequence.kind == kind, RegistrationSequence.year == year)
        .values(last_number=RegistrationSequence.last_number + 1)
        .returning(RegistrationSequence.last_number)
    )
    number = session.execute(bump).scalar_one_or_none()
    if number is None:
        insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
        session.execute(
            insert(RegistrationSequence)
            .values(id=uuid.uuid4(), kind=kind, year=year, last_number=0)
            .on_conflict_do_nothing(index_elements=["kind", "year"])
        )
        number = session.execute(bump).scalar_one()
    return number


def pattern(session: Session, kind: str) -> str:
    """The office's pattern for a kind of document, or its default when the office has not set one."""
    numbered = _kind(kind)
    return read_in(session, (numbered.setting,))[numbered.setting] or registry.BY_KEY[numbered.setting].default


def next_number(session: Session, kind: str, day: date) -> str:
    """Take the next number of `kind` for a document dated `day` (local date), formatted in the office's pattern."""
    numbered = _kind(kind)
    sequence = next_in_series(session, numbered.series, day.year)
    return registry.registration_number(pattern(session, kind), sequence, day.month, day.year)


def _kind(kind: str) -> NumberedKind:
    try:
        return KINDS[kind]
    except KeyError:
        raise DomainError(f"Jenis dokumen '{kind}' tidak bernomor. Yang bernomor: {', '.join(KINDS)}.") from None
