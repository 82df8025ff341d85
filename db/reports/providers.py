"""Figures that other features' tables will supply: decrees signed and handed over, complaints, information and
consultation requests. Until a feature registers its provider the report shows 0 and "belum tersedia".

A provider is `fn(session, period) -> int`, counting the records of the period (period.start <= at < period.end,
UTC; period.date_from / date_to are the local days). Register it once at import of the feature's module, e.g.:

    from db.reports import providers
    providers.register("complaints", lambda session, period: session.scalar(
        select(func.count(Complaint.id)).where(Complaint.received_at >= period.start,
                                               Complaint.received_at < period.end)))
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from db.reports.common import Period
from db.reports.model import ExtraCount

Provider = Callable[[Session, Period], int]

SECTIONS: dict[str, str] = {
    "decrees_signed": "SK ditandatangani",
    "decrees_handed_over": "SK diserahkan",
    "complaints": "Pengaduan",
    "information": "Permintaan informasi",
    "consultations": "Konsultasi",
}
_PROVIDERS: dict[str, Provider] = {}


def register(key: str, provider: Provider) -> None:
    """Supply one of SECTIONS; registering again replaces the provider (a module reloaded in tests)."""
    if key not in SECTIONS:
        raise KeyError(f"unknown report section {key!r}; one of {', '.join(SECTIONS)}")
    _PROVIDERS[key] = provider


def unregister(key: str) -> None:
    _PROVIDERS.pop(key, None)


def extras(session: Session, period: Period) -> tuple[ExtraCount, ...]:
    return tuple(
        ExtraCount(key, label, int(_PROVIDERS[key](session, period) or 0), True)
        if key in _PROVIDERS
        else ExtraCount(key, label, 0, False)
        for key, label in SECTIONS.items()
    )
