"""Which agency and unit a catalog entry belongs to.

An entry names its agency by short name and its unit by name (resources/catalog: "agency", "unit"). The hall-wide
services (resources/agencies/agencies.json "general_services": LYN-ADUAN, ...) belong to no agency: each agency
lists which of them it offers. An entry whose agency is not in this hall goes to the hall's first agency, so a
database never loses a service it served (an office's database upgraded from before agencies held the whole shipped
catalog); adding that agency later moves its entries to it (`relink`).
"""

from __future__ import annotations

import json
import uuid
from functools import cache
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.agencies import Agency, AgencyUnit
from db.models.catalog import CatalogService, ServiceRevision

_CACHE_KEY = "loket.agency_placement"


@cache
def shipped() -> dict:
    """resources/agencies/agencies.json: the hall, the hall-wide services and the shipped agencies."""
    text = resources.files("resources").joinpath("agencies/agencies.json").read_text(encoding="utf-8")
    return json.loads(text)


def general_codes() -> frozenset[str]:
    return frozenset(shipped()["general_services"]["codes"])


class Placement:
    """The agencies and units of one transaction, read once (a catalog import places 157 entries)."""

    def __init__(self, session: Session):
        agencies = list(session.scalars(select(Agency).order_by(Agency.sort_order, Agency.code)))
        self._by_name = {a.short_name.casefold(): a.id for a in agencies} | {a.name.casefold(): a.id for a in agencies}
        self._first = agencies[0].id if agencies else None
        self._units = {(unit.agency_id, unit.name.casefold()): unit.id for unit in session.scalars(select(AgencyUnit))}

    def place(self, code: str, agency: str, unit: str | None) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        if code in general_codes():
            return None, None
        agency_id = self._by_name.get(agency.casefold(), self._first)
        unit_id = self._units.get((agency_id, unit.casefold())) if unit else None
        return agency_id, unit_id


def placement(session: Session) -> Placement:
    """The session's placement, made on first use (agencies do not change inside a catalog import)."""
    found = session.info.get(_CACHE_KEY)
    if found is None:
        found = session.info[_CACHE_KEY] = Placement(session)
    return found


def relink(session: Session) -> int:
    """Place every catalog entry again (after an agency or unit was added or renamed); returns how many moved."""
    session.info.pop(_CACHE_KEY, None)
    placed = placement(session)
    moved = 0
    rows = session.execute(
        select(CatalogService, ServiceRevision.data).join(
            ServiceRevision, ServiceRevision.id == CatalogService.current_revision_id
        )
    )
    for row, data in rows:
        target = placed.place(row.code, data.get("agency") or row.agency, data.get("unit"))
        if (row.agency_id, row.unit_id) != target:
            row.agency_id, row.unit_id = target
            moved += 1
    return moved
