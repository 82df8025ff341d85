"""Queue benchmarks on days already holding 1,000, 10,000 and 50,000 tickets: issuing and calling the next, each
alternated run by run with the same work done the raw way (sqlite3, same rows, same index, same durability); on the
smallest day also a ticket's ESC/POS bytes and the hall display's idle tick.

The raw issue inserts a ticket into a table of the same day's rows and commits (BEGIN IMMEDIATE, synchronous=FULL,
WAL, as Loket runs). The raw call-next takes the oldest waiting ticket with the composite index and updates it.
After each call, the ticket is finished (Loket) or marked done (raw) outside the timed window.
"""

from __future__ import annotations

import base64
import itertools
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, update

from bench.harness import Result, Timed, alternate, median_ms, pair_ratio
from db.core.actor import Actor
from db.documents.printing import ticket_data
from db.models import Role, Ticket, TicketSequence
from db.services import open_services
from printing.escpos_render import ticket_bytes

SIZES = (1_000, 10_000, 50_000)
RUNS = 300


def _rows(day, start, count: int) -> list[dict]:
    """`count` tickets of the day in group A, all done but the last 1,000 (or half of a small day) still waiting."""
    waiting_from = count - min(1_000, count // 2)
    rows = []
    for number in range(1, count + 1):
        issued = start + timedelta(seconds=number)
        done = number <= waiting_from
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
                "counter_number": 1 if done else None,
                "called_at": issued + timedelta(minutes=1) if done else None,
                "finished_at": issued + timedelta(minutes=6) if done else None,
            }
        )
    return rows


def _raw_database(path: Path, rows: list[dict]) -> sqlite3.Connection:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute(
        "CREATE TABLE t (id TEXT PRIMARY KEY, day TEXT, group_code TEXT, label TEXT, status TEXT, issued_at TEXT, "
        "counter_number INTEGER)"
    )
    raw.execute("CREATE INDEX t_front ON t (day, status, group_code, issued_at)")
    raw.executemany(
        "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (r["id"].hex, r["day"].isoformat(), "A", r["label"], r["status"], r["issued_at"].isoformat(), None)
            for r in rows
        ],
    )
    return raw


def _one_size(folder: Path, size: int) -> list[Result]:
    services = open_services(f"sqlite:///{folder / f'loket-{size}.db'}", device_id="bench")
    day = services.queue.today()
    rows = _rows(day, services.clock() - timedelta(hours=8), size)
    with services.database.transaction() as session:
        for offset in range(0, len(rows), 10_000):
            session.execute(insert(Ticket), rows[offset : offset + 10_000])
        session.execute(insert(TicketSequence).values(id=uuid.uuid4(), day=day, group_code="A", last_number=0))
        session.execute(update(TicketSequence).values(last_number=size))
    officer = Actor("bench", "bench", role=Role.PETUGAS_LOKET, counter_number=1)
    raw = _raw_database(folder / f"raw-{size}.db", rows)
    numbers = itertools.count(size + 1)
    today = day.isoformat()

    def raw_issue() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "INSERT INTO t VALUES (?, ?, 'A', ?, 'waiting', strftime('%Y-%m-%dT%H:%M:%f', 'now'), NULL)",
            (uuid.uuid4().hex, today, f"A-{next(numbers)}"),
        )
        raw.execute("COMMIT")

    def loket_call() -> float:
        start = time.perf_counter()
        services.queue.call_next(officer, 1)
        elapsed = (time.perf_counter() - start) * 1000
        services.queue.finish(officer, 1)
        return elapsed

    def raw_call() -> float:
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        picked = raw.execute(
            "SELECT id FROM t WHERE day = ? AND status = 'waiting' AND group_code = 'A' ORDER BY issued_at LIMIT 1",
            (today,),
        ).fetchone()
        raw.execute("UPDATE t SET status = 'called', counter_number = 1 WHERE id = ?", (picked[0],))
        raw.execute("COMMIT")
        elapsed = (time.perf_counter() - start) * 1000
        raw.execute("UPDATE t SET status = 'done' WHERE id = ?", (picked[0],))
        return elapsed

    results = []
    issue, raw_issued = alternate(lambda: services.queue.issue(officer, "A"), raw_issue, RUNS, warmup=20)
    results.append(_result(f"queue.issue ({size:,} tickets in the day, SQLite)", issue, raw_issued, "issue"))
    called, raw_called = alternate(Timed(loket_call), Timed(raw_call), RUNS, warmup=20)
    results.append(_result(f"queue.call_next ({size:,} tickets in the day, SQLite)", called, raw_called, "call"))
    if size == SIZES[0]:
        ticket = services.queue.issue(officer, "A")
        data = ticket_data(services.queue_views.ticket_by_id(ticket.id), services.settings.values())
        results.append(
            Result("ticket ESC/POS bytes (80 mm)", median_ms(lambda: ticket_bytes(data, 80), RUNS), "-", 0, RUNS)
        )
        results.append(_hall_display_tick(services))
    services.close()
    raw.close()
    return results


def _result(name: str, figure: list[float], base: list[float], kind: str) -> Result:
    import statistics

    baseline = (
        "sqlite3 INSERT+COMMIT, same rows" if kind == "issue" else "sqlite3 SELECT+UPDATE+COMMIT, same rows+index"
    )
    return Result(
        name, statistics.median(figure), baseline, statistics.median(base), len(figure), pair_ratio(figure, base)
    )


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-queue-"))
    results = []
    for size in SIZES:
        results += _one_size(folder, size)
    shutil.rmtree(folder, ignore_errors=True)
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
