"""Writing and reading the audit log. `record` joins the caller's transaction: the entry commits with the change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.core.actor import Actor
from db.core.engine import Database
from db.models.audit import AuditEntry
from db.models.base import utc_now


def record(
    session: Session, actor: Actor, action: str, entity: str, entity_id: object = None, **details: object
) -> None:
    session.add(
        AuditEntry(
            at=utc_now(),
            user_id=actor.user_id,
            username=actor.username,
            device_id=actor.device_id,
            counter_number=actor.counter_number,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            details=details,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    username: str
    counter_number: int | None
    action: str
    entity: str
    entity_id: str | None
    details: dict


class AuditLog:
    """Reading the audit log (writing happens inside each use case's transaction through `record`)."""

    def __init__(self, database: Database):
        self._db = database

    def recent(self, limit: int = 200) -> list[AuditRow]:
        with self._db.read() as session:
            rows = session.scalars(select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit))
            return [
                AuditRow(r.at, r.username, r.counter_number, r.action, r.entity, r.entity_id, dict(r.details))
                for r in rows
            ]
