"""Print jobs in three steps, so the printer never runs inside the database worker and never writes a row itself:

1. a document service prepares a `PrintRequest` (reads, and archives the original where the document has one:
   the database worker);
2. `PrintJobs.send(request)` talks to the thermal printer and touches no database (the io pool: a slow or offline
   printer delays nobody's writes);
3. `PrintJobs.record(actor, request, outcome)` records how it ended (the database worker again), so a failed
   ticket or receipt is visible and can be reprinted.

`PrintJobs.run` does the three in a row for the CLI and scripts, where nothing else waits on the thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from db.core.actor import Actor
from db.core.engine import Database
from db.models.queue import PrintJob
from printing.adapters import PrintOutcome, send
from printing.config import ThermalConfig


@dataclass(frozen=True)
class PrintRequest:
    """Bytes ready for the thermal printer and what they are; sending it needs no database."""

    kind: str  # ticket | requirements | receipt | return_slip | complaint | handover
    reference_id: uuid.UUID | None
    label: str
    config: ThermalConfig
    data: bytes
    reprint: bool = False
    archived_path: str | None = None  # the archived PDF of the same document, when it has one


@dataclass(frozen=True)
class RenderedDocument:
    """An archived kind of document, rendered and not yet archived: `pdf` is None for a reprint (the original
    stays the archived copy), `thermal` is what the thermal printer will get."""

    kind: str
    number: str
    reference_id: uuid.UUID
    application_id: uuid.UUID | None
    pdf: bytes | None
    thermal: bytes
    config: ThermalConfig
    reprint: bool


@dataclass(frozen=True)
class PrintRecord:
    id: uuid.UUID
    state: str
    message: str
    archived_path: str | None = None


class PrintJobs:
    """The print-job log of this office, and the one place a request meets the printer."""

    def __init__(self, database: Database):
        self._db = database

    @staticmethod
    def send(request: PrintRequest) -> PrintOutcome:
        """Send to the printer (io pool). A printer fault is an outcome, never an exception."""
        return send(request.config, request.data)

    def record(self, actor: Actor, request: PrintRequest, outcome: PrintOutcome) -> PrintRecord:
        """Record how the job ended (database worker); one transaction."""
        with self._db.transaction() as session:
            job = PrintJob(
                kind=request.kind,
                reference_id=request.reference_id,
                reference_label=request.label,
                state=outcome.state,
                message=outcome.message,
                device_id=actor.device_id,
                username=actor.username,
                reprint=request.reprint,
            )
            session.add(job)
            session.flush()
            return PrintRecord(job.id, outcome.state, outcome.message, request.archived_path)

    def run(self, actor: Actor, request: PrintRequest) -> PrintRecord:
        """Send, then record, on this thread (CLI and scripts; the desktop runs the two steps on their own threads)."""
        return self.record(actor, request, self.send(request))
