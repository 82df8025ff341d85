"""Server load test: 100 simulated devices each pushing a day of records to the real loket-server process on
PostgreSQL over loopback, with 1 and with 2 worker processes, alternated (1, 2, 2, 1); rows per second and the p95
latency of a push.

Bounded: DEVICES devices x ROWS_PER_DEVICE rows, CONCURRENCY pushes in flight, and a deadline per round. Each round
runs on its own database (loket_bench_load_*), created here and dropped at the end; `test` is never touched. The
bodies are built before the clock starts, so the figures are the server's, not this script's JSON encoding.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import create_engine, text

from bench.harness import Result, percentile
from db.agencies.ids import agency_id
from db.core.engine import normalise_url
from server import migrate as server_migrate
from server import store

PG_URL = os.environ.get("LOKET_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
DEVICES = 100
TICKETS_PER_DEVICE = 150  # a day of a small counter: each ticket, then its issued/called/finished events
BATCH = 400
CONCURRENCY = 16
DEADLINE_S = 180
# Issue 19: each device serves one of a hall's agencies, so every row goes through the server's agency check.
AGENCIES = ("DPMPTSP-BLG", "SETDA-BLG", "DPMPTSP-KALTARA")


def _maintenance_url() -> str:
    """The server's `postgres` database: CREATE/DROP DATABASE are issued from there, never from `test`."""
    return normalise_url(PG_URL).rsplit("/", 1)[0] + "/postgres"


def _day(device: int) -> list[dict]:
    start = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)
    agency = str(agency_id(AGENCIES[device % len(AGENCIES)]))
    rows = []
    for number in range(1, TICKETS_PER_DEVICE + 1):
        ticket_id = str(uuid.uuid4())
        issued = start + timedelta(minutes=3 * number)
        rows.append(
            {
                "table": "tickets",
                "id": ticket_id,
                "op": "insert",
                "agency": agency,
                "data": {
                    "id": ticket_id,
                    "agency_id": agency,
                    "day": "2026-11-25",
                    "group_code": "A",
                    "number": number,
                    "label": f"A-{number:03d}",
                    "status": "done",
                    "issued_at": issued.isoformat(),
                    "issued_by": f"petugas{device}",
                    "issued_device": f"pc-{device}",
                    "call_count": 1,
                    "counter_number": 1,
                },
            }
        )
        for offset, kind in enumerate(("issued", "called", "finished")):
            event_id = str(uuid.uuid4())
            at = (issued + timedelta(minutes=offset)).isoformat()
            data = {"id": event_id, "ticket_id": ticket_id, "kind": kind, "at": at, "details": {}}
            rows.append({"table": "ticket_events", "id": event_id, "op": "insert", "agency": agency, "data": data})
    for seq, row in enumerate(rows, start=1):
        row["seq"] = seq
    return rows


def _bodies(rows: list[dict]) -> list[bytes]:
    clock = datetime.now(UTC).isoformat()
    return [
        json.dumps({"after_seq": offset, "clock": clock, "rows": rows[offset : offset + BATCH]}).encode()
        for offset in range(0, len(rows), BATCH)
    ]


def _round(workers: int, days: list[list[dict]]) -> tuple[float, list[float], int]:
    """(rows per second, push latencies in ms, rows) of one round on a fresh database and server."""
    name = f"loket_bench_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(_maintenance_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = normalise_url(PG_URL).rsplit("/", 1)[0] + f"/{name}"
    port = 19000 + (os.getpid() + workers) % 900
    server = None
    try:
        engine = server_migrate.make_engine(url)
        server_migrate.upgrade(engine)
        tokens = []
        for device in range(len(days)):
            office, agency = f"63{device % 10:02d}", AGENCIES[device % len(AGENCIES)]
            enrol = store.add_device(engine, f"pc-{device}", office, agency=agency)
            tokens.append(store.enrol(engine, enrol, f"pc-{device}")[1])
        engine.dispose()
        command = [sys.executable, "-m", "server.cli", "serve", "--database-url", url, "--port", str(port)]
        server = subprocess.Popen(
            [*command, "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        base = f"http://127.0.0.1:{port}"
        for _attempt in range(300):
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        bodies = [_bodies(rows) for rows in days]
        latencies: list[float] = []
        deadline = time.perf_counter() + DEADLINE_S

        def sync_one_device(device: int) -> None:
            headers = {"Authorization": f"Bearer {tokens[device]}", "Content-Type": "application/json"}
            with httpx.Client(base_url=base, timeout=60) as client:
                for body in bodies[device]:
                    if time.perf_counter() > deadline:
                        raise TimeoutError(f"server load round over {DEADLINE_S} s")
                    start = time.perf_counter()
                    response = client.post("/api/push", content=body, headers=headers)
                    latencies.append((time.perf_counter() - start) * 1000)
                    response.raise_for_status()
                    if response.json()["refused_count"]:
                        raise AssertionError(f"the server refused rows: {response.json()['refused'][:1]}")

        start = time.perf_counter()
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            list(pool.map(sync_one_device, range(len(days))))
        elapsed = time.perf_counter() - start
        total = sum(len(rows) for rows in days)
        return total / elapsed, latencies, total
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run() -> list[Result]:
    days = [_day(device) for device in range(DEVICES)]
    figures: dict[int, list[tuple[float, list[float]]]] = {1: [], 2: []}
    total = 0
    for workers in (1, 2, 2, 1):  # alternated, so drift in the machine's load falls on both
        rate, latencies, total = _round(workers, days)
        figures[workers].append((rate, latencies))
    results = []
    for workers in (1, 2):
        rates = [rate for rate, _latencies in figures[workers]]
        latencies = [value for _rate, values in figures[workers] for value in values]
        results.append(
            Result(
                f"server load: {DEVICES} devices x {total // DEVICES} rows, {workers} worker(s), p95 push latency",
                percentile(latencies, 0.95),
                "median push latency",
                statistics.median(latencies),
                len(latencies),
                extra={"rows_per_s": round(statistics.median(rates)), "rows": total, "concurrency": CONCURRENCY},
            )
        )
    return results
