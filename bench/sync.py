"""Sync benchmarks: a first sync of 100,000 records and a normal day of 10,000 changes, client and a real
loket-server process on this machine (PostgreSQL from LOKET_TEST_PG_URL), each beside a raw COPY of the same rows
into PostgreSQL and the same upsert into a table with a primary key, in one transaction. Its own database
(loket_bench_sync_*), created and dropped here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
from sqlalchemy import create_engine, select, text

from bench.harness import Result
from db.core.engine import normalise_url
from db.models import AuditEntry, SyncOutbox, Ticket, TicketEvent
from db.services import open_services
from server import store

PG_URL = os.environ.get("LOKET_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
FIRST, DAY = 100_000, 10_000
BASELINE = "pg COPY + the same upsert into a table with a primary key"


def _records(services, count: int, agency: uuid.UUID) -> None:
    """`count` records through the ORM (so the outbox capture runs): tickets of `agency`, each with events (which
    take the ticket's agency), plus audit rows."""
    start = datetime.now(UTC) - timedelta(hours=8)
    with services.database.transaction() as session:
        made = 0
        while made < count:
            ticket = Ticket(
                day=start.date(),
                group_code="A",
                number=made,
                label=f"A-{uuid.uuid4().hex[:10]}",  # 12 characters at most; 8 hex digits collided
                status="done",
                issued_at=start,
                issued_by="bench",
                issued_device="bench",
                agency_id=agency,
            )
            session.add(ticket)
            session.flush()
            for kind in ("issued", "called", "done"):
                session.add(TicketEvent(ticket_id=ticket.id, kind=kind, at=start, username="bench", device_id="bench"))
            session.add(AuditEntry(username="bench", device_id="bench", action="ticket.done", entity="ticket"))
            made += 5


def _outbox_rows(services, after: int) -> list[tuple]:
    with services.database.read() as session:
        return session.execute(
            select(SyncOutbox.table_name, SyncOutbox.row_id, SyncOutbox.data).where(SyncOutbox.seq > after)
        ).all()


def _copy_baseline(url: str, rows: list[tuple]) -> float:
    """The same rows the raw way, as the server stores them: COPY into a staging table, then one upsert into a
    logged table with a primary key (table, id), in one transaction."""
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        connection.execute(
            "CREATE TABLE IF NOT EXISTS copy_baseline "
            "(table_name text, id uuid, data jsonb, PRIMARY KEY (table_name, id))"
        )
        connection.execute("TRUNCATE copy_baseline")
        connection.commit()
        start = time.perf_counter()
        connection.execute("CREATE TEMP TABLE copy_stage (table_name text, id uuid, data jsonb) ON COMMIT DROP")
        with connection.cursor() as cursor, cursor.copy("COPY copy_stage FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        connection.execute(
            "INSERT INTO copy_baseline SELECT DISTINCT ON (table_name, id) table_name, id, data FROM copy_stage "
            "ON CONFLICT (table_name, id) DO UPDATE SET data = excluded.data"
        )
        connection.commit()
        return (time.perf_counter() - start) * 1000


def run() -> list[Result]:
    pg = normalise_url(PG_URL)
    name = f"loket_bench_sync_{uuid.uuid4().hex[:8]}"
    # CREATE/DROP DATABASE from the maintenance database: the suite never touches `test`.
    admin = create_engine(pg.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = pg.rsplit("/", 1)[0] + f"/{name}"
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-sync-"))
    os.environ["LOKET_HOME"] = str(folder)
    port = 18000 + os.getpid() % 1000
    server = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--database-url", url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    services = None
    try:
        for _attempt in range(150):
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        services = open_services(f"sqlite:///{folder / 'loket.db'}", device_id="bench")
        (agency,) = services.agencies.list()  # issue 19: the device serves the office's agency, checked per row
        engine = create_engine(url)
        token = store.add_device(engine, "bench", "6308", agency=agency.code)
        services.sync.enrol(f"http://127.0.0.1:{port}", token)
        services.sync.run()  # the bootstrap rows, so the figures count only the records
        results = []
        for label, count in (("first", FIRST), ("day", DAY)):
            acked = services.sync.status().acked_through
            _records(services, count, agency.id)
            rows = _outbox_rows(services, acked)
            start = time.perf_counter()
            outcome = services.sync.run()
            elapsed = (time.perf_counter() - start) * 1000
            assert outcome.sent == len(rows), (outcome.sent, len(rows))
            with engine.connect() as connection:
                refused = connection.execute(text("SELECT count(*) FROM sync_rejects")).scalar()
            assert refused == 0, f"{refused} rows refused"
            results.append(Result(f"sync_{label}_{len(rows)}_rows", elapsed, BASELINE, _copy_baseline(url, rows), 1))
        engine.dispose()
        return results
    finally:
        if services is not None:
            services.close()
        server.terminate()
        server.wait(timeout=20)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    for result in run():
        print(json.dumps(json.loads(result.line())))
