"""The report's counts that other features supply: decrees, handovers, complaints, information, consultation."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models.decrees import Decree, Handover
from db.models.public_services import Complaint, InfoConsultation
from db.reports import providers


def _count(column, moment, *conditions):
    return lambda session, period: session.scalar(
        select(func.count(column)).where(moment >= period.start, moment < period.end, *conditions)
    )


providers.register("decrees_signed", _count(Decree.id, Decree.signed_at))
providers.register("decrees_handed_over", _count(Handover.id, Handover.handed_at))
providers.register("complaints", _count(Complaint.id, Complaint.received_at))
providers.register(
    "information", _count(InfoConsultation.id, InfoConsultation.recorded_at, InfoConsultation.kind == "informasi")
)
providers.register(
    "consultations", _count(InfoConsultation.id, InfoConsultation.recorded_at, InfoConsultation.kind == "konsultasi")
)
