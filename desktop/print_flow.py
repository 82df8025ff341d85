"""Record, print, record the outcome: each step on its own thread, so the one database worker never waits on a
printer and the printing pool never writes a row (the runner refuses that: see desktop/ops.py).

    ticket, requirement list, handover:  prepare (database) -> send (io) -> record (database)
    receipt, return slip, complaint:     render (io) -> archive (database) -> send (io) -> record (database)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from db.core.actor import Actor
from db.documents.print_jobs import PrintJobs, PrintRecord, PrintRequest, RenderedDocument
from db.documents.service import DocumentService
from desktop.ops import Runner

Step = tuple[Callable[[Any], Any], bool]  # (function of the previous result, runs on the io pool?)


def run_steps(runner: Runner, steps: list[Step], value: Any, on_done, on_error, owner: QObject | None) -> None:
    """Run the steps one after the other, each on its own pool. The chain goes on when the screen that asked
    is closed meanwhile (a ticket that was sent to the printer is still recorded); only its callbacks are dropped."""
    if not steps:
        if _alive(owner):
            on_done(value)
        return
    (step, io), rest = steps[0], steps[1:]

    def failed(message: str) -> None:
        if _alive(owner):
            on_error(message)

    runner.run(
        lambda: step(value),
        lambda result: run_steps(runner, rest, result, on_done, on_error, owner),
        failed,
        io=io,
    )


def print_request(
    runner: Runner,
    print_jobs: PrintJobs,
    actor: Actor,
    prepare: Callable[[], PrintRequest],
    on_printed: Callable[[PrintRecord], None],
    on_error: Callable[[str], None],
    owner: QObject | None,
) -> None:
    """prepare (database worker: reads) -> send (io) -> record the outcome (database worker)."""
    steps: list[Step] = [
        (lambda _none: prepare(), False),
        (lambda request: (request, print_jobs.send(request)), True),
        (lambda sent: print_jobs.record(actor, *sent), False),
    ]
    run_steps(runner, steps, None, on_printed, on_error, owner)


def archive_and_print(
    runner: Runner,
    documents: DocumentService,
    print_jobs: PrintJobs,
    actor: Actor,
    render: Callable[[], RenderedDocument],
    on_done: Callable[[tuple[PrintRecord, str]], None],
    on_error: Callable[[str], None],
    owner: QObject | None,
) -> None:
    """render (io: reads and reportlab) -> archive (database) -> send (io) -> record (database).
    `on_done` gets (PrintRecord, archived PDF path); a printer fault is in the record, never an error."""
    steps: list[Step] = [
        (lambda _none: render(), True),
        (lambda rendered: documents.archive(actor, rendered), False),
        (lambda request: (request, print_jobs.send(request)), True),
        (lambda sent: print_jobs.record(actor, *sent), False),
    ]
    run_steps(runner, steps, None, lambda record: on_done((record, record.archived_path)), on_error, owner)


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)
