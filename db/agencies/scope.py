"""Which agencies an actor may see and act for, and the agency a new record belongs to.

Every service that reads or changes a scoped record (db/agencies/__init__.py lists them) takes its scope from the
actor with `scope_of(actor)`, filters its lists with `scope.where(Model.agency_id)` and checks one record with
`scope.require(record.agency_id)`; a new record gets its agency from `agency_for_new_record`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.models.agencies import Agency

REFUSAL = "Data ini milik instansi lain; Anda hanya dapat melihat dan mengubah data instansi Anda sendiri."


@dataclass(frozen=True)
class AgencyScope:
    """`agency_id` None: the hall's own staff (and the system: CLI, kiosk, sync), who may act for every agency."""

    agency_id: uuid.UUID | None

    @property
    def whole_hall(self) -> bool:
        return self.agency_id is None

    def allows(self, agency_id: uuid.UUID | None) -> bool:
        """A record with no agency (a hall-wide group or counter, a general service) is open to everyone."""
        return self.agency_id is None or agency_id is None or agency_id == self.agency_id

    def require(self, agency_id: uuid.UUID | None) -> None:
        """Refuse (PermissionDenied, Indonesian) a record of another agency."""
        if not self.allows(agency_id):
            raise PermissionDenied(REFUSAL)

    def where(self, column) -> ColumnElement[bool]:
        """The filter a list query adds: the actor's agency's rows (and the hall-wide ones), or every row."""
        if self.whole_hall:
            return true()
        return (column == self.agency_id) | column.is_(None)

    def where_own(self, column) -> ColumnElement[bool]:
        """As `where`, for records that always have an agency (files, complaints): only the actor's agency's."""
        return true() if self.whole_hall else column == self.agency_id


def scope_of(actor: Actor) -> AgencyScope:
    return AgencyScope(actor.agency_id)


def agency_for_new_record(session: Session, actor: Actor, proposed: uuid.UUID | None = None) -> uuid.UUID:
    """The agency a record the actor is creating belongs to.

    `proposed` is what the record itself says (the catalog service's agency, the file's, the one chosen on screen):
    an officer may only create for their own agency. With nothing proposed, an officer's record is their agency's;
    the hall's staff in a hall of one agency need not choose (as before agencies existed), in a hall of several
    they must."""
    scope = scope_of(actor)
    if proposed is not None:
        scope.require(proposed)
        return proposed
    if scope.agency_id is not None:
        return scope.agency_id
    active = list(session.scalars(select(Agency.id).where(Agency.active.is_(True)).limit(2)))
    if len(active) == 1:
        return active[0]
    if not active:
        raise DomainError(
            "Belum ada instansi aktif di aula ini; tambahkan instansi lebih dulu (loket-admin agency add)."
        )
    raise DomainError("Aula ini melayani beberapa instansi: pilih instansi untuk data ini.")
