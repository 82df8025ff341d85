"""Queue benchmarks with 10,000 tickets already in the day: issuing, calling the next, rendering a ticket."""

from __future__ import annotations

import base64
import itertools
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, update

from bench.harness import Result, compare, median_ms
from db.core.actor import Actor
from db.documents.printing import ticket_data
from db.models import Role, Ticket, TicketSequence
from db.services import open_services
from printing.escpos_render import ticket_bytes

PRELOADED = 10_000


def _preload(services) -> None:
    """10,000 tickets of today in group A, 9,000 of them done, 1,000 still waiting."""
    day = services.queue.today()
    start = services.clock() - timedelta(hours=6)
    rows = []
    for number in range(1, PRELOADED + 1):
        issued = start + timedelta(seconds=2 * number)
        done = number <= PRELOADED - 1000
        rows.append(
            {
                "id": uuid.uuid4(),
                "day": day,
                "group_code": "A",
                "number": number,
                "label": f"A-{number:05d}",
                "status": "done" if done else "waiting",
                "issued_at": issued,
                "issued_by": "bench",
                "issued_device": "bench",
                "call_count": 1 if done else 0,
                "called_at": issued + timedelta(minutes=1) if done else None,
                "finished_at": issued + timedelta(minutes=6) if done else None,
            }
        )
    with services.database.transaction() as session:
        session.execute(insert(Ticket), rows)
        session.execute(insert(TicketSequence).values(id=uuid.uuid4(), day=day, group_code="A", last_number=0))
        session.execute(update(TicketSequence).values(last_number=PRELOADED))


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-"))
    services = open_services(f"sqlite:///{folder / 'loket.db'}", device_id="bench")
    _preload(services)
    officer = Actor("bench", "bench", role=Role.PETUGAS_LOKET, counter_number=1)
    raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE t (id TEXT PRIMARY KEY, label TEXT, status TEXT, issued_at TEXT)")
    counter = itertools.count()

    def raw_insert() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO t VALUES (?, ?, 'waiting', datetime('now'))", (uuid.uuid4().hex, f"A-{next(counter)}"))
        raw.execute("COMMIT")

    def raw_update() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "UPDATE t SET status = 'called' WHERE id = (SELECT id FROM t WHERE status = 'waiting' "
            "ORDER BY issued_at LIMIT 1)"
        )
        raw.execute("COMMIT")

    def call_next_alone(runs: int = 300) -> float:
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            services.queue.call_next(officer, 1)
            samples.append((time.perf_counter() - start) * 1000)
            services.queue.finish(officer, 1)
        return statistics.median(samples)

    results = [
        compare(
            "queue.issue (10k tickets in the day, SQLite)",
            lambda: services.queue.issue(officer, "A"),
            "sqlite3 INSERT+COMMIT",
            raw_insert,
            runs=300,
        ),
    ]
    results.append(
        Result(
            "queue.call_next (10k tickets in the day, SQLite)",
            call_next_alone(),
            "sqlite3 UPDATE+COMMIT",
            median_ms(raw_update, 300),
            300,
        )
    )
    ticket = services.queue.issue(officer, "A")
    values = services.settings.values()
    data = ticket_data(services.queue_views.ticket_by_id(ticket.id), values)
    results.append(
        Result("ticket ESC/POS bytes (80 mm)", median_ms(lambda: ticket_bytes(data, 80), 300), "-", 0.0, 300)
    )
    results.append(_hall_display_tick(services))
    services.close()
    raw.close()
    return results


def _hall_display_tick(services) -> Result:
    """What the hall display reads each second when nothing happened: the two change stamps now, against what it
    read before (every setting with a 1 MB logo, the hall state and the recent calls), measured in the same run."""
    admin = Actor("bench", "bench", role=Role.ADMINISTRATOR)
    logo = b"\x89PNG\r\n\x1a\n" + bytes(750_000)  # 1 MB once stored as base64
    services.settings.set(admin, "office.logo", base64.b64encode(logo).decode("ascii"))

    def before() -> None:
        services.settings.values(), services.queue_views.hall_state(), services.queue_views.calls_since()

    def now() -> None:
        services.queue.change_stamp(), services.settings.change_stamp()

    return Result(
        "hall display tick, nothing changed (outbox last seq + settings stamp)",
        median_ms(now, 200),
        "the former tick: every setting (1 MB logo) + hall state + recent calls",
        median_ms(before, 200),
        200,
    )
