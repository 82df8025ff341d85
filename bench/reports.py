"""Report benchmarks: the daily report over a day of 5,000 tickets and 1,000 applications, on a database of a month
and then of a year (flat in history is the point), and the reports of a month and of a year; each alternated with
the report's own SQL replayed on raw sqlite3 (rows bulk-inserted directly, as bench/queue does).

The days that are over are kept by the first report that reads them (db/reports/day_cache.py): the figures are
those of the reports after it, beside the first report's (nothing kept yet) and today's (the day still open, where
nothing can be kept)."""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, event, insert, select

from bench.harness import Result, Timed, alternate, pair_ratio
from db.core.actor import Actor
from db.lifecycle.steps import snapshot_key
from db.models import (
    Applicant,
    Application,
    ApplicationStep,
    CheckItem,
    FileCheck,
    ReportDay,
    Ticket,
    TicketEvent,
)
from db.models.catalog import CatalogService, ServiceRevision
from db.reports import ReportQuery
from db.services import open_services

TICKETS_PER_DAY = 5_000
APPLICATIONS_PER_DAY = 1_000
RETURNED_PER_DAY = 300
MONTH = (date(2026, 11, 1), date(2026, 11, 30))
DAY = date(2026, 11, 25)
GROUPS = "ABC"


def _utc(day: date, seconds: float) -> datetime:
    """`seconds` after 08:00 WITA (00:00 UTC) on `day`."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=seconds)


def _day_rows(day: date, rng: random.Random, revision, applicants: list, density: tuple | None = None) -> dict:
    """One day's rows. `density` (tickets, applications, returned files, share finished) makes the lighter days of
    the history; those applications are finished long before the measured day, as a real office's are. A day of the
    measured month finishes its files as an office keeping up with 1,000 a day does: a share growing with their age
    at the measured day, nearly all within the 12 working days of their time limit (thousands still open)."""
    age = (DAY - day).days
    tickets_per_day, applications_per_day, returned_per_day, finished_share = density or (
        TICKETS_PER_DAY,
        APPLICATIONS_PER_DAY,
        RETURNED_PER_DAY,
        min(0.95, max(0.0, age / 16)),
    )
    tickets, events, checks, items, apps, steps = [], [], [], [], [], []

    def event(ticket_id, kind, at, counter):
        events.append(
            {
                "id": uuid.uuid4(),
                "ticket_id": ticket_id,
                "kind": kind,
                "at": at,
                "counter_number": counter,
                "username": f"petugas{counter or 0}",
                "device_id": "bench",
                "details": {},
            }
        )

    numbers = dict.fromkeys(GROUPS, 0)
    for index in range(tickets_per_day):
        group = GROUPS[index % 3]
        numbers[group] += 1
        ticket_id = uuid.uuid4()
        issued = _utc(day, index * 28800 / tickets_per_day)
        called = issued + timedelta(minutes=rng.uniform(0, 45))
        finished = called + timedelta(minutes=rng.uniform(3, 20))
        counter = rng.randint(1, 10)
        draw = rng.random()
        status = "done" if draw < 0.88 else "no_show" if draw < 0.93 else "unserved"
        event(ticket_id, "issued", issued, None)
        if status == "unserved":
            event(ticket_id, "unserved", _utc(day, 9 * 3600), None)
        else:
            event(ticket_id, "called", called, counter)
            event(ticket_id, "finished" if status == "done" else "no_show", finished, counter)
        tickets.append(
            {
                "id": ticket_id,
                "day": day,
                "group_code": group,
                "number": numbers[group],
                "label": f"{group}-{numbers[group]:04d}",
                "status": status,
                "issued_at": issued,
                "issued_by": "bench",
                "issued_device": "bench",
                "counter_number": None if status == "unserved" else counter,
                "served_by": None if status == "unserved" else f"petugas{counter}",
                "call_count": 0 if status == "unserved" else 1,
                "called_at": None if status == "unserved" else called,
                "finished_at": finished if status == "done" else None,
            }
        )
    code, revision_id, due_days, snapshot = revision
    digest = snapshot_key(snapshot)
    for index in range(applications_per_day + returned_per_day):
        check_id = uuid.uuid4()
        complete = index < applications_per_day
        checked = _utc(day, index * 28000 / (applications_per_day + returned_per_day))
        checks.append(
            {
                "id": check_id,
                "applicant_id": applicants[index % len(applicants)],
                "service_code": code,
                "revision_id": revision_id,
                "outcome": "complete" if complete else "incomplete",
                "slip_number": None if complete else f"KB/{day.isoformat()}/{index}",
                "checked_at": checked,
                "checked_by": "bench",
                "officer_name": "Bench",
                "counter_number": 1 + index % 10,
                "device_id": "bench",
            }
        )
        for position in range(3):
            problem = not complete and position == index % 3
            items.append(
                {
                    "id": uuid.uuid4(),
                    "check_id": check_id,
                    "position": position,
                    "label": f"{position + 1}.",
                    "level": 0,
                    "text": f"Persyaratan {position + 1}",
                    "status": "tidak_ada" if problem else "ada_sesuai",
                }
            )
        if not complete:
            continue
        app_id = uuid.uuid4()
        received = day  # a file is received the day it is registered (db/intake/registration.py)
        done = rng.random() < finished_share
        # The file walks its SOP desk by desk: the front office's step with the registration, then one step every
        # few office hours; an open file waits at a desk somewhere along the way (the report's desk figures).
        walked = len(snapshot) if done else rng.randint(1, len(snapshot) - 1)
        recorded = checked
        for step in range(walked):
            came = recorded
            recorded = checked if step == 0 else recorded + timedelta(hours=rng.uniform(0.5, 30))
            steps.append(
                {
                    "id": uuid.uuid4(),
                    "application_id": app_id,
                    "step_index": step,
                    "actor": snapshot[step]["actor"],
                    "text": snapshot[step]["text"],
                    "outcome": "done",
                    "done_on": received if step == 0 else (recorded + timedelta(hours=8)).date(),
                    "recorded_at": recorded,
                    "came_at": came,
                    "recorded_by": "bench",
                }
            )
        apps.append(
            {
                "id": app_id,
                "registration_number": f"503/{day.isoformat()}/{index}",
                "check_id": check_id,
                "applicant_id": applicants[index % len(applicants)],
                "service_code": code,
                "service_name": "Bench",
                "revision_id": revision_id,
                "received_on": received,
                "due_on": received + timedelta(days=due_days),
                "sla_text": f"{due_days} hari",
                "status": "completed" if done else "in_progress",
                "current_step": walked,
                "steps": snapshot,
                "snapshot_key": digest,
                "held_since": recorded,
                "registered_at": checked,
                "registered_by": "bench",
                "finished_at": recorded if done else None,
            }
        )
    return {Ticket: tickets, TicketEvent: events, FileCheck: checks, CheckItem: items, Application: apps}, steps


def _fill(services, days: list[date], density: tuple | None = None, seed: int = 1) -> None:
    rng = random.Random(seed)
    with services.database.transaction() as session:
        code, revision_id = session.execute(
            select(CatalogService.code, CatalogService.current_revision_id).where(CatalogService.code == "DPM-007")
        ).one()
        revision = session.get(ServiceRevision, revision_id)
        snapshot = [
            {"actor": step["actor"], "text": step["text"], "minutes": step.get("duration_minutes")}
            for step in revision.data["steps"]
        ]
        applicants = []
        for n in range(500):
            applicant_id = uuid.uuid4()
            applicants.append(applicant_id)
            nik = f"63{seed:02d}{n:012d}"
            session.execute(insert(Applicant).values(id=applicant_id, kind="person", nik=nik, name=f"Pemohon {n}"))
    for day in days:
        tables, steps = _day_rows(day, rng, (code, revision_id, 12, snapshot), applicants, density)
        with services.database.transaction() as session:
            for model, rows in tables.items():
                session.execute(insert(model), rows)
            session.execute(insert(ApplicationStep), steps)


HISTORY = (date(2025, 12, 1), date(2026, 10, 31))  # the eleven months before: a year with the measured month
HISTORY_DENSITY = (400, 60, 20, 1.0)  # lighter days, every application long finished


def _working_days(first: date, last: date) -> list[date]:
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [day for day in days if day.weekday() < 5]


class _Replay:
    """The fair raw baseline: the very SQL statements one report issues, captured from the engine and replayed on a
    plain sqlite3 connection (no SQLAlchemy, no Python arithmetic on the results)."""

    def __init__(self, services, path: Path, report):
        statements: list[tuple[str, tuple]] = []

        def capture(_conn, _cursor, statement, parameters, _context, _many):
            statements.append((statement, tuple(parameters)))

        event.listen(services.database.engine, "before_cursor_execute", capture)
        try:
            report()
        finally:
            event.remove(services.database.engine, "before_cursor_execute", capture)
        self.statements = [(sql, params) for sql, params in statements if sql.lstrip().upper().startswith("SELECT")]
        self.raw = sqlite3.connect(path)

    def __call__(self) -> None:
        for statement, parameters in self.statements:
            self.raw.execute(statement, parameters).fetchall()


def _forget_kept_days(services) -> None:
    with services.database.transaction() as session:
        session.execute(delete(ReportDay))


def _compare(
    name: str, services, path: Path, query: ReportQuery, runs: int, warmup: int = 2, *, hall=False, cold=False
) -> Result:
    """The counter report of the query's period, or with `hall` the hall's report of every agency side by side.
    The days that are over are kept by the first report (db/reports/day_cache.py); `cold` measures that first
    report, forgetting the kept days before each run (outside the timed part). The baseline replays the SQL of a
    report of the same kind: a cold one's, or a warm one's reading the kept days."""

    def report():
        if hall:
            return services.reports.by_agency(query.date_from, query.date_to, actor=Actor.system("bench"))
        return services.reports.daily(query, actor=Actor.system("bench"))

    def first_report() -> float:
        _forget_kept_days(services)
        start = time.perf_counter()
        report()
        return (time.perf_counter() - start) * 1000

    if cold:
        _forget_kept_days(services)
    else:
        report()  # the days that are over are kept from here on
    replay = _Replay(services, path, report)
    figure, base = alternate(Timed(first_report) if cold else report, replay, runs, warmup)
    replay.raw.close()
    return Result(
        name,
        statistics.median(figure),
        "the report's own SQL replayed on raw sqlite3",
        statistics.median(base),
        runs,
        pair_ratio(figure, base),
    )


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-reports-"))
    path = folder / "loket.db"
    services = open_services(f"sqlite:///{path}", device_id="bench")
    month_days = _working_days(*MONTH)
    _fill(services, month_days)
    day_query, month_query = ReportQuery(DAY, DAY), ReportQuery(*MONTH)
    report = services.reports.daily(day_query, actor=Actor.system("bench"))
    assert report.tickets.issued == TICKETS_PER_DAY and report.files.registered == APPLICATIONS_PER_DAY
    shape = f"{TICKETS_PER_DAY} tickets, {APPLICATIONS_PER_DAY} applications, SQLite"
    results = [
        _compare(f"daily report, 1 day ({shape}), database of {len(month_days)} days", services, path, day_query, 15)
    ]
    history = _working_days(*HISTORY)
    _fill(services, history, HISTORY_DENSITY, seed=2)
    held = len(month_days) + len(history)
    results.append(
        _compare(f"daily report, 1 day ({shape}), database of a year ({held} days)", services, path, day_query, 15)
    )
    results.append(
        _compare(
            f"daily report, 1 day, its first report (nothing kept yet), database of a year ({held} days)",
            services,
            path,
            day_query,
            9,
            1,
            cold=True,
        )
    )
    # The day still running: the supervisor's report of today, where nothing can be kept yet.
    at_day_end = datetime(DAY.year, DAY.month, DAY.day, 9, 0, tzinfo=UTC)  # 17:00 WITA on the measured day
    on_the_day = open_services(f"sqlite:///{path}", device_id="bench", clock=lambda: at_day_end)
    results.append(
        _compare(
            f"daily report of today, the day still open ({shape}), database of a year", on_the_day, path, day_query, 15
        )
    )
    on_the_day.close()
    results.append(
        _compare(f"daily report, month ({len(month_days)} days), database of a year", services, path, month_query, 5, 1)
    )
    results.append(
        _compare(
            f"daily report, month ({len(month_days)} days), its first report (nothing kept yet)",
            services,
            path,
            month_query,
            3,
            1,
            cold=True,
        )
    )
    results.append(
        _compare(
            f"hall report, every agency side by side, month ({len(month_days)} days), database of a year",
            services,
            path,
            month_query,
            5,
            1,
            hall=True,
        )
    )
    year_query = ReportQuery(HISTORY[0], MONTH[1])
    results.append(_compare(f"daily report, a year ({held} days)", services, path, year_query, 3, 1))
    services.close()
    shutil.rmtree(folder, ignore_errors=True)  # a year of rows: hundreds of megabytes
    return results
