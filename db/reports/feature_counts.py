"""The report's counts that other features supply: decrees, handovers, complaints, information, consultation."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.decrees import Decree, Handover
from db.models.intake import Application
from db.models.public_services import Complaint, InfoConsultation
from db.reports.common import Period
from db.reports.model import ExtraCount

SECTIONS: dict[str, str] = {
    "decrees_signed": "SK ditandatangani",
    "decrees_handed_over": "SK diserahkan",
    "complaints": "Pengaduan",
    "information": "Permintaan informasi",
    "consultations": "Konsultasi",
}
# Each section: the counted column, the moment that places a record in the period, and any further condition.
# The agency of a decree or handover is its application's (they carry no column of their own).
_AGENCY = {
    "decrees_signed": lambda agency: Decree.application_id.in_(_applications_of(agency)),
    "decrees_handed_over": lambda agency: Handover.application_id.in_(_applications_of(agency)),
    "complaints": lambda agency: Complaint.agency_id == agency,
    "information": lambda agency: InfoConsultation.agency_id == agency,
    "consultations": lambda agency: InfoConsultation.agency_id == agency,
}
_COUNTED = {
    "decrees_signed": (Decree.id, Decree.signed_at),
    "decrees_handed_over": (Handover.id, Handover.handed_at),
    "complaints": (Complaint.id, Complaint.received_at),
    "information": (InfoConsultation.id, InfoConsultation.recorded_at, InfoConsultation.kind == "informasi"),
    "consultations": (InfoConsultation.id, InfoConsultation.recorded_at, InfoConsultation.kind == "konsultasi"),
}


def _count(session: Session, period: Period, column, moment, *conditions) -> int:
    """Records of the period: period.start <= moment < period.end (UTC bounds of the local days)."""
    statement = select(func.count(column)).where(moment >= period.start, moment < period.end, *conditions)
    return int(session.scalar(statement) or 0)


def _applications_of(agency_id: uuid.UUID):
    return select(Application.id).where(Application.agency_id == agency_id)


def extras(session: Session, period: Period, agency_id: uuid.UUID | None = None) -> tuple[ExtraCount, ...]:
    """Each section's count in the period; with `agency_id`, that agency's records only."""

    def counted(key: str) -> int:
        column, moment, *conditions = _COUNTED[key]
        if agency_id is not None:
            conditions.append(_AGENCY[key](agency_id))
        return _count(session, period, column, moment, *conditions)

    return tuple(ExtraCount(key, label, counted(key), True) for key, label in SECTIONS.items())
