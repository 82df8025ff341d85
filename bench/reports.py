"""Report benchmarks: the daily report over a day of 5,000 tickets and 1,000 applications, and over a month of such
days, each beside a raw sqlite3 aggregate over the same rows (rows bulk-inserted directly, as bench/queue does)."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from bench.harness import Result, median_ms
from db.core.actor import Actor
from db.models import Applicant, Application, ApplicationStep, CheckItem, FileCheck, Ticket, TicketEvent
from db.models.catalog import CatalogService
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


def _day_rows(day: date, rng: random.Random, revision, applicants: list) -> dict:
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
    for index in range(TICKETS_PER_DAY):
        group = GROUPS[index % 3]
        numbers[group] += 1
        ticket_id = uuid.uuid4()
        issued = _utc(day, index * 28800 / TICKETS_PER_DAY)
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
    code, revision_id, due_days = revision
    for index in range(APPLICATIONS_PER_DAY + RETURNED_PER_DAY):
        check_id = uuid.uuid4()
        complete = index < APPLICATIONS_PER_DAY
        checked = _utc(day, index * 28000 / (APPLICATIONS_PER_DAY + RETURNED_PER_DAY))
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
        received = day - timedelta(days=rng.randint(0, 20))
        done = rng.random() < 0.3
        finished_on = received + timedelta(days=rng.randint(1, 25))
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
                "current_step": 2 if done else 1,
                "steps": [],
                "registered_at": checked,
                "registered_by": "bench",
                "finished_at": checked + timedelta(hours=1) if done else None,
            }
        )
        for step in range(2 if done else 1):
            steps.append(
                {
                    "id": uuid.uuid4(),
                    "application_id": app_id,
                    "step_index": step,
                    "actor": "FO",
                    "text": "langkah",
                    "outcome": "done",
                    "done_on": finished_on if step else received,
                    "recorded_at": checked,
                    "recorded_by": "bench",
                }
            )
    return {Ticket: tickets, TicketEvent: events, FileCheck: checks, CheckItem: items, Application: apps}, steps


def _fill(services, days: list[date]) -> None:
    rng = random.Random(1)
    with services.database.transaction() as session:
        code, revision_id = session.execute(
            select(CatalogService.code, CatalogService.current_revision_id).where(CatalogService.code == "DPM-007")
        ).one()
        applicants = []
        for n in range(500):
            applicant_id = uuid.uuid4()
            applicants.append(applicant_id)
            session.execute(
                insert(Applicant).values(id=applicant_id, kind="person", nik=f"6311{n:012d}", name=f"Pemohon {n}")
            )
    for day in days:
        tables, steps = _day_rows(day, rng, (code, revision_id, 12), applicants)
        with services.database.transaction() as session:
            for model, rows in tables.items():
                session.execute(insert(model), rows)
            session.execute(insert(ApplicationStep), steps)


RAW = """
SELECT status, group_code, count(*), avg((julianday(called_at) - julianday(issued_at)) * 1440),
       avg((julianday(finished_at) - julianday(called_at)) * 1440)
FROM tickets WHERE day BETWEEN ? AND ? GROUP BY status, group_code
"""
RAW_FILES = "SELECT outcome, count(*) FROM file_checks WHERE checked_at >= ? AND checked_at < ? GROUP BY outcome"


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-reports-"))
    path = folder / "loket.db"
    services = open_services(f"sqlite:///{path}", device_id="bench")
    month_days = [
        MONTH[0] + timedelta(days=n)
        for n in range((MONTH[1] - MONTH[0]).days + 1)
        if (MONTH[0] + timedelta(days=n)).weekday() < 5
    ]
    _fill(services, month_days)
    raw = sqlite3.connect(path)

    def raw_aggregate(first: date, last: date) -> None:
        raw.execute(RAW, (first.isoformat(), last.isoformat())).fetchall()
        start = f"{first.isoformat()} 00:00:00"
        end = f"{(last + timedelta(days=1)).isoformat()} 00:00:00"
        raw.execute(RAW_FILES, (start, end)).fetchall()

    day_query, month_query = ReportQuery(DAY, DAY), ReportQuery(*MONTH)
    report = services.reports.daily(day_query, actor=Actor.system("bench"))
    assert report.tickets.issued == TICKETS_PER_DAY and report.files.registered == APPLICATIONS_PER_DAY
    results = [
        Result(
            f"daily report, 1 day ({TICKETS_PER_DAY} tickets, {APPLICATIONS_PER_DAY} applications, SQLite)",
            median_ms(lambda: services.reports.daily(day_query, actor=Actor.system("bench")), 15),
            "sqlite3 GROUP BY over the day's tickets and file checks",
            median_ms(lambda: raw_aggregate(DAY, DAY), 15),
            15,
        ),
        Result(
            f"daily report, month ({len(month_days)} such days, SQLite)",
            median_ms(lambda: services.reports.daily(month_query, actor=Actor.system("bench")), 5, warmup=1),
            "sqlite3 GROUP BY over the month's tickets and file checks",
            median_ms(lambda: raw_aggregate(*MONTH), 5, warmup=1),
            5,
        ),
    ]
    raw.close()
    services.close()
    return results
