"""Print jobs are recorded with their outcome, so a failed ticket or receipt is visible and can be reprinted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from db.core.actor import Actor
from db.core.engine import Database
from db.models.queue import PrintJob


@dataclass(frozen=True)
class PrintRecord:
    id: uuid.UUID
    state: str
    message: str


def record(
    database: Database,
    actor: Actor,
    kind: str,
    reference_id: uuid.UUID | None,
    label: str,
    state: str,
    message: str,
    reprint: bool = False,
) -> PrintRecord:
    with database.transaction() as session:
        job = PrintJob(
            kind=kind,
            reference_id=reference_id,
            reference_label=label,
            state=state,
            message=message,
            device_id=actor.device_id,
            username=actor.username,
            reprint=reprint,
        )
        session.add(job)
        session.flush()
        return PrintRecord(job.id, state, message)
