"""Render first, then take the number: documents whose number is printed on them (the SK, the handover receipt)
are rendered before the write transaction with the number the series will give next, and the transaction then
takes that number. If another counter took it in between, the document is rendered again with the next one. No
write lock is held while reportlab works, and no number is skipped or given twice."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.documents.numbering import series_agency
from db.models.intake import RegistrationSequence

RENDER_ATTEMPTS = 5
BUSY = "Banyak dokumen diterbitkan bersamaan: nomornya terus terpakai. Ulangi sebentar lagi."


class NumberTaken(Exception):
    """Another counter took the number this document was rendered with (the transaction is rolled back)."""


def peek_in_series(session: Session, kind: str, year: int, agency_id: uuid.UUID | None = None) -> int:
    """The number `next_in_series` will give next, without taking it (a read: no lock)."""
    agency = series_agency(session, agency_id)
    last = session.scalar(
        select(RegistrationSequence.last_number).where(
            RegistrationSequence.agency_id == agency,
            RegistrationSequence.kind == kind,
            RegistrationSequence.year == year,
        )
    )
    return (last or 0) + 1
