"""The SKM by agency (issue 19): each response carries the agency whose service it judges, so each agency's IKM is
computed over its own responses and the hall's over all the responses of the hall, as the annex of PermenPANRB
14/2017 computes the index of a unit from the responses about that unit (never an average of indexes)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.agencies.scope import agency_for_new_record
from db.core.actor import Actor
from db.core.errors import DomainError
from db.models.agencies import Agency
from db.models.catalog import CatalogService
from db.models.queue import Counter, Ticket

HALL_OWN = "Layanan bersama aula"


def response_agency(
    session: Session,
    service: CatalogService,
    ticket: Ticket | None,
    counter_number: int | None,
    actor: Actor | None = None,
) -> uuid.UUID | None:
    """The agency a response belongs to: the ticket's it follows, else the service's, else (a hall-wide service such
    as LYN-ADUAN) the agency of the counter that served it, the officer's, or the hall's only agency; None: the
    hall's own (counted in the hall's IKM only)."""
    if ticket is not None and ticket.agency_id is not None:
        return ticket.agency_id
    if service.agency_id is not None:
        return service.agency_id
    if counter_number is not None:
        counter_agency = session.scalar(select(Counter.agency_id).where(Counter.number == counter_number))
        if counter_agency is not None:
            return counter_agency
    if actor is None:
        return None
    try:
        return agency_for_new_record(session, actor)
    except DomainError:  # the hall's staff in a hall of several agencies: the hall's own answer
        return None


def response_unit(session: Session, service: CatalogService, agency_id: uuid.UUID | None) -> str | None:
    """A hall-wide service (LYN-INFO) is the unit of the agency that served it, not of the catalog's first agency;
    None: the service's own unit applies."""
    if service.agency_id is not None or agency_id is None:
        return None
    return session.scalar(select(Agency.short_name).where(Agency.id == agency_id))


def per_agency(
    session: Session, rows: Sequence, scores: Sequence[tuple[int, ...]], index: Callable[[list], dict]
) -> list[dict]:
    """One entry per agency with responses, in the hall's order (the hall's own responses last):
    {"agency_code", "agency"} with the agency's index (`index` of its scores); none in a hall of one agency."""
    by_agency: dict[uuid.UUID | None, list] = {}
    for row, score in zip(rows, scores, strict=True):
        by_agency.setdefault(row.agency_id, []).append(score)
    names = {
        agency_id: (code, name)
        for agency_id, code, name in session.execute(
            select(Agency.id, Agency.code, Agency.short_name).order_by(Agency.sort_order, Agency.code)
        )
    }
    if len(names) < 2:
        return []  # a hall of one agency: its index is the hall's
    order = list(names) + [None]
    return [
        {"agency_code": names.get(key, (None, HALL_OWN))[0], "agency": names.get(key, (None, HALL_OWN))[1]}
        | index(by_agency[key])
        for key in sorted(by_agency, key=lambda key: order.index(key) if key in order else len(order))
    ]
