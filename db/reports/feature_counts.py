"""The report's counts that other features supply: decrees, handovers, complaints, information, consultation."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.decrees import Decree, Handover
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


def extras(session: Session, period: Period) -> tuple[ExtraCount, ...]:
    return tuple(
        ExtraCount(key, label, _count(session, period, *_COUNTED[key]), True) for key, label in SECTIONS.items()
    )
