"""The public pages under a hall's load: 200 phones refreshing their ticket page every 5 seconds against one hall's
loket-public process on loopback, while the counter issues, calls and finishes tickets on the same database.

Reported: the page's median and p95 latency under that load (and errors, pages served, the page's size), and the
counter's own operations (issue, call next, finish) measured quiet, loaded, quiet again: the loaded figures beside
the quiet ones of the same run show whether the phones slow the counter.

Bounded: PHONES phones for LOAD_S seconds (a deadline on every request), COUNTER_ROUNDS operations per phase; the
hall is a fresh SQLite database in a temporary folder. Each phone has its own loopback address (127.0.0.x), as each
phone on the hall's Wi-Fi has its own, so the limits per address apply to each as they would in the hall. The phones
run in their own process, so their client work never competes with the counter's for this process's GIL.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result, percentile

PHONES = 200
REFRESH_S = 5.0
LOAD_S = 30.0
REQUEST_TIMEOUT_S = 10.0
COUNTER_ROUNDS = 40
COUNTER_PAUSE_S = 0.25  # a busy hall: a ticket issued and one called every quarter second


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def _phone(number: int, url: str, until: float, latencies: list[float], errors: list[str]) -> None:
    import httpx

    address = f"127.0.{1 + number // 250}.{1 + number % 250}"
    transport = httpx.AsyncHTTPTransport(local_address=address)
    async with httpx.AsyncClient(transport=transport, timeout=REQUEST_TIMEOUT_S) as client:
        await asyncio.sleep(random.uniform(0, REFRESH_S))  # phones do not refresh in step
        while time.monotonic() < until:
            started = time.monotonic()
            try:
                response = await client.get(url)
                if response.status_code != 200:
                    errors.append(str(response.status_code))
            except httpx.HTTPError as error:
                errors.append(type(error).__name__)
            latencies.append((time.monotonic() - started) * 1000)
            await asyncio.sleep(max(0.0, REFRESH_S - (time.monotonic() - started)))


async def _phones(urls: list[str], seconds: float) -> dict:
    until = time.monotonic() + seconds
    latencies: list[float] = []
    errors: list[str] = []
    await asyncio.gather(*(_phone(n, url, until, latencies, errors) for n, url in enumerate(urls)))
    return {"latencies_ms": latencies, "errors": errors}


def phones_main() -> None:
    """The phones' process: URLs on stdin (JSON), results on stdout (JSON)."""
    job = json.loads(sys.stdin.read())
    print(json.dumps(asyncio.run(_phones(job["urls"], job["seconds"]))))


def _hall(home: Path):
    from db.core.actor import Actor
    from db.models import Role
    from db.public import links
    from db.services import open_services

    services = open_services(f"sqlite:///{home / 'loket.db'}", device_id="bench")
    kiosk = Actor("kios", "bench", role=Role.CUSTOMER_SERVICE)
    tickets = [services.queue.issue(kiosk, "AB"[n % 2]) for n in range(PHONES)]
    counter = Actor("budi", "bench", role=Role.PETUGAS_LOKET, counter_number=1)
    for _ in range(5):  # today's service times, so every page has its estimate to compute
        services.queue.call_next(counter, 1)
        services.queue.finish(counter, 1)
    paths = [f"/{links.TICKET_PATH}/{links.link(t.id, t.public_token)}" for t in tickets]
    return services, kiosk, counter, paths


def _counter_phase(services, kiosk, counter, rounds: int) -> dict[str, list[float]]:
    """The counter at work: issue a ticket, call the next, finish it; each operation timed on its own."""
    timings: dict[str, list[float]] = {"issue": [], "call_next": [], "finish": []}
    for _ in range(rounds):
        for name, operation in (
            ("issue", lambda: services.queue.issue(kiosk, "C")),
            ("call_next", lambda: services.queue.call_next(counter, 1)),
            ("finish", lambda: services.queue.finish(counter, 1)),
        ):
            started = time.perf_counter()
            operation()
            timings[name].append((time.perf_counter() - started) * 1000)
        time.sleep(COUNTER_PAUSE_S)
    return timings


def _serve(home: Path, port: int) -> subprocess.Popen:
    import httpx

    env = {**os.environ, "LOKET_HOME": str(home)}
    env.pop("LOKET_DATABASE_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "server.public.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/sehat", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("loket-public did not start within 30 s")


def _cpu_seconds(pid: int) -> float | None:
    """User and system CPU time a process has used (Linux /proc), None elsewhere: what the phones cost the PC that
    serves them, apart from this machine's own load (the phones' client process shares it here, not in a hall)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _result(name: str, loaded: list[float], quiet: list[float]) -> Result:
    return Result(
        name,
        statistics.median(loaded),
        f"{name}, no phones (same run)",
        statistics.median(quiet),
        len(loaded),
        extra={"p95_ms": round(percentile(loaded, 0.95), 3), "quiet_p95_ms": round(percentile(quiet, 0.95), 3)},
    )


def run() -> list[Result]:
    import httpx

    with tempfile.TemporaryDirectory(prefix="loket-bench-public-") as folder:
        home = Path(folder)
        os.environ["LOKET_HOME"] = str(home)
        services, kiosk, counter, paths = _hall(home)
        port = _free_port()
        server = _serve(home, port)
        try:
            base = f"http://127.0.0.1:{port}"
            size = len(httpx.get(base + paths[-1], timeout=5).content)
            # The counter quiet; with 200 phones (its operations run while they refresh); quiet again.
            before = _counter_phase(services, kiosk, counter, COUNTER_ROUNDS // 2)
            phones = subprocess.Popen(
                [sys.executable, "-c", "from bench.public_load import phones_main; phones_main()"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            phones.stdin.write(json.dumps({"urls": [base + path for path in paths], "seconds": LOAD_S}))
            phones.stdin.close()
            cpu_before = _cpu_seconds(server.pid)
            time.sleep(REFRESH_S)  # every phone has started refreshing
            loaded = _counter_phase(services, kiosk, counter, COUNTER_ROUNDS)
            out = json.loads(phones.stdout.read())
            cpu_after = _cpu_seconds(server.pid)
            phones.wait(timeout=LOAD_S + 60)
            phones.stdout.close()
            after = _counter_phase(services, kiosk, counter, COUNTER_ROUNDS // 2)
        finally:
            server.terminate()
            server.wait(timeout=10)
            services.close()
    pages = out["latencies_ms"]
    page = Result(
        f"ticket page, {PHONES} phones every {REFRESH_S:.0f} s",
        statistics.median(pages),
        "none (the page alone)",
        0.0,
        len(pages),
        extra={
            "p95_ms": round(percentile(pages, 0.95), 3),
            "max_ms": round(max(pages), 3),
            "errors": len(out["errors"]),
            "error_kinds": sorted(set(out["errors"])),
            "pages_per_s": round(len(pages) / LOAD_S, 1),
            "page_bytes": size,
            "server_cpu_share_of_one_core": (
                None if cpu_before is None or cpu_after is None else round((cpu_after - cpu_before) / LOAD_S, 3)
            ),
        },
    )
    quiet = {name: before[name] + after[name] for name in before}
    return [page] + [_result(f"counter {name} under the phones' load", loaded[name], quiet[name]) for name in loaded]
