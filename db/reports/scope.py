"""Whose figures a report may show (issue 19): an agency's supervisor sees their agency, the hall's management sees the
whole hall, any one agency, and every agency side by side. Checked here, in the service, not only by the screen."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.agencies.scope import AgencyScope, scope_of
from db.core.actor import Actor
from db.core.errors import NotFound, PermissionDenied
from db.models.agencies import Agency
from db.models.queue import Counter, QueueGroup
from db.reports.model import ReportAgency

OTHER_AGENCY = (
    "Laporan instansi {asked} tidak dapat dibuka: Anda hanya dapat melihat laporan instansi Anda sendiri ({own})."
)
HALL_ONLY = (
    "Laporan seluruh aula dan perbandingan antarinstansi hanya untuk pengelola aula (supervisor atau administrator "
    "tanpa instansi); Anda dapat membuka laporan instansi Anda sendiri ({own})."
)


def _by_code(session: Session, code: str) -> Agency:
    agency = session.scalar(select(Agency).where(Agency.code == code.strip().upper()))
    if agency is None:
        known = ", ".join(session.scalars(select(Agency.code).order_by(Agency.sort_order, Agency.code)))
        raise NotFound(f"Instansi {code} tidak ada. Instansi di aula ini: {known or '-'}.")
    return agency


def report_agency(session: Session, actor: Actor, code: str | None) -> tuple[uuid.UUID | None, ReportAgency | None]:
    """(agency id, its names) the report covers: the agency asked for by code, or the officer's own when none is
    asked; (None, None) is the whole hall, for the hall's management only. PermissionDenied (Indonesian) when an
    agency's supervisor asks for another agency."""
    own_id = scope_of(actor).agency_id
    agency = _by_code(session, code) if code else session.get(Agency, own_id) if own_id is not None else None
    if own_id is not None and (agency is None or agency.id != own_id):
        own = session.get(Agency, own_id)
        raise PermissionDenied(
            OTHER_AGENCY.format(asked=agency.code if agency else code, own=own.short_name if own else "-")
        )
    if agency is None:
        return None, None
    return agency.id, ReportAgency(agency.code, agency.short_name, agency.name)


def require_whole_hall(session: Session, actor: Actor) -> None:
    """The hall's figures and the side-by-side comparison: refused (Indonesian) to an agency's own staff."""
    own_id = scope_of(actor).agency_id
    if own_id is not None:
        own = session.get(Agency, own_id)
        raise PermissionDenied(HALL_ONLY.format(own=own.short_name if own else "-"))


@dataclass(frozen=True)
class VisibleQueue:
    """What of the hall's queue an agency's supervisor watches on the dashboard."""

    groups: frozenset[str]  # queue group codes: the agency's and the hall's own
    counters: frozenset[int]


def visible_queue(session: Session, scope: AgencyScope) -> VisibleQueue | None:
    """None for the hall's management (everything)."""
    if scope.whole_hall:
        return None
    groups = session.scalars(select(QueueGroup.code).where(scope.where(QueueGroup.agency_id)))
    counters = session.scalars(select(Counter.number).where(scope.where(Counter.agency_id)))
    return VisibleQueue(frozenset(groups), frozenset(counters))
