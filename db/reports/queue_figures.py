"""The queue part of the report, from tickets and ticket_events.

Definitions (the ones the queue uses):
- waiting time = the ticket's last "called" event - issued_at (a no-show called again counts from its last call; a
  "recalled" press only repeats the call and does not count); tickets never called have none.
- service time = finished_at - that last call, for tickets served (status done).
- no-show share = tickets whose final status is no-show / tickets called at least once.
- still waiting = tickets whose status is waiting or unserved (the day was closed with them still in the queue).
- transferred = tickets with at least one "transferred" event.
- A counter's or officer's calls are the intervals from a "called" event to the event that ended it at that counter
  (finished, no_show, transferred, returned or unserved); the officer is the one who ended it.
- Counter idle time, per counter and day: the active window runs from the counter's first call to its last finish;
  busy time is the part of that window in which a ticket was called or in service at the counter (the intervals
  above, clipped to the window); idle = active - busy. A counter that finished nothing that day has no window (0).
  Over several days the minutes are summed.
Filters: with a counter or officer filter the ticket figures cover the tickets last handled at that counter / by that
officer (Ticket.counter_number / served_by; a ticket never called is then not counted) and the per-counter and
per-officer tables cover the calls at that counter / by that officer. The group filter uses the ticket's group at
the end (a transfer moves a ticket to its new group).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from db.models.accounts import User
from db.models.queue import QueueGroup, Ticket, TicketEvent
from db.reports.common import Period, epoch, mean_minutes, minutes_stats, share
from db.reports.model import (
    CounterRow,
    GroupRow,
    HourRow,
    OfficerRow,
    ReportQuery,
    TicketFigures,
    WaitBucket,
)

CLOSING = ("finished", "no_show", "transferred", "returned", "unserved")
WAIT_BUCKETS = ((0, 5), (5, 10), (10, 15), (15, 30), (30, 60), (60, None))


@dataclass(frozen=True)
class QueuePart:
    tickets: TicketFigures
    groups: tuple[GroupRow, ...]
    counters: tuple[CounterRow, ...]
    officers: tuple[OfficerRow, ...]
    hours: tuple[HourRow, ...]
    wait_histogram: tuple[WaitBucket, ...]


def _ticket_rows(session: Session, query: ReportQuery) -> list:
    dialect = session.bind.dialect.name
    called_at = case((TicketEvent.kind == "called", epoch(TicketEvent.at, dialect)))
    statement = (
        select(
            Ticket.group_code,
            Ticket.status,
            epoch(Ticket.issued_at, dialect),
            epoch(Ticket.finished_at, dialect),
            func.max(called_at),
            func.sum(case((TicketEvent.kind == "transferred", 1), else_=0)),
        )
        .select_from(Ticket)
        .outerjoin(
            TicketEvent, and_(TicketEvent.ticket_id == Ticket.id, TicketEvent.kind.in_(("called", "transferred")))
        )
        .where(Ticket.day >= query.date_from, Ticket.day <= query.date_to)
        .group_by(Ticket.id)
    )
    if query.group:
        statement = statement.where(Ticket.group_code == query.group.upper())
    if query.counter is not None:
        statement = statement.where(Ticket.counter_number == query.counter)
    if query.officer:
        statement = statement.where(Ticket.served_by == query.officer)
    return session.execute(statement).all()


def _call_rows(session: Session, query: ReportQuery) -> list:
    """(day, counter, officer, kind, start, end) of every call ended in the period, times as epoch seconds."""
    dialect = session.bind.dialect.name
    call = aliased(TicketEvent)
    started = (
        select(func.max(call.at))
        .where(call.ticket_id == TicketEvent.ticket_id, call.kind == "called", call.at <= TicketEvent.at)
        .scalar_subquery()
    )
    statement = (
        select(
            Ticket.day,
            TicketEvent.counter_number,
            TicketEvent.username,
            TicketEvent.kind,
            epoch(started, dialect),
            epoch(TicketEvent.at, dialect),
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(
            Ticket.day >= query.date_from,
            Ticket.day <= query.date_to,
            TicketEvent.kind.in_(CLOSING),
            TicketEvent.counter_number.is_not(None),
        )
    )
    if query.group:
        statement = statement.where(Ticket.group_code == query.group.upper())
    if query.counter is not None:
        statement = statement.where(TicketEvent.counter_number == query.counter)
    if query.officer:
        statement = statement.where(TicketEvent.username == query.officer)
    # Rounded to the millisecond: julianday() arithmetic carries float noise (300 s comes back as 299.99999).
    return [
        (day, counter, officer, kind, round(start, 3), round(end, 3))
        for day, counter, officer, kind, start, end in session.execute(statement)
        if start is not None
    ]


def queue_part(session: Session, query: ReportQuery, period: Period, target_minutes: int) -> QueuePart:
    rows = _ticket_rows(session, query)
    waits: list[float] = []
    services: list[float] = []
    counts = defaultdict(int)
    by_group: dict[str, dict] = defaultdict(
        lambda: {"issued": 0, "served": 0, "no_show": 0, "still": 0, "w": [], "s": []}
    )
    by_hour: dict[int, dict] = defaultdict(lambda: {"issued": 0, "called": 0, "served": 0, "w": []})
    histogram = [0] * len(WAIT_BUCKETS)
    target_seconds = target_minutes * 60
    over = 0
    for group, status, issued, finished, last_call, transfers in rows:
        issued = round(issued, 3)  # julianday() arithmetic carries float noise (09:00 comes back as 08:59:59.99)
        finished = None if finished is None else round(finished, 3)
        last_call = None if last_call is None else round(last_call, 3)
        group_row = by_group[group]
        group_row["issued"] += 1
        hour = by_hour[period.local_hour(issued)]
        hour["issued"] += 1
        counts["issued"] += 1
        if transfers:
            counts["transferred"] += 1
        if status in ("waiting", "unserved"):
            counts["still"] += 1
            group_row["still"] += 1
        if status == "no_show":
            counts["no_show"] += 1
            group_row["no_show"] += 1
        if last_call is not None:
            counts["called"] += 1
            wait = max(0.0, round(last_call - issued, 3))
            waits.append(wait)
            group_row["w"].append(wait)
            hour["w"].append(wait)
            by_hour[period.local_hour(last_call)]["called"] += 1
            over += wait > target_seconds
            histogram[_bucket(wait / 60)] += 1
            if status == "done" and finished is not None:
                counts["served"] += 1
                service = max(0.0, round(finished - last_call, 3))
                services.append(service)
                group_row["served"] += 1
                group_row["s"].append(service)
                by_hour[period.local_hour(finished)]["served"] += 1
    tickets = TicketFigures(
        issued=counts["issued"],
        called=counts["called"],
        served=counts["served"],
        no_show=counts["no_show"],
        transferred=counts["transferred"],
        still_waiting=counts["still"],
        no_show_share=share(counts["no_show"], counts["called"]),
        waiting=minutes_stats(waits),
        service=minutes_stats(services),
        over_target=over,
        over_target_share=share(over, len(waits)),
    )
    names = dict(session.execute(select(QueueGroup.code, QueueGroup.name)).all())
    groups = tuple(
        GroupRow(
            code,
            names.get(code, code),
            g["issued"],
            g["served"],
            g["no_show"],
            g["still"],
            mean_minutes(g["w"]),
            mean_minutes(g["s"]),
        )
        for code, g in sorted(by_group.items())
    )
    hours = tuple(
        HourRow(hour, h["issued"], h["called"], h["served"], mean_minutes(h["w"]))
        for hour, h in sorted(by_hour.items())
    )
    buckets = tuple(
        WaitBucket(_bucket_label(low, high), low, high, histogram[index])
        for index, (low, high) in enumerate(WAIT_BUCKETS)
    )
    counters, officers = _calls(session, query)
    return QueuePart(tickets, groups, counters, officers, hours, buckets)


def _bucket(minutes: float) -> int:
    for index, (_low, high) in enumerate(WAIT_BUCKETS):
        if high is None or minutes < high:
            return index
    return len(WAIT_BUCKETS) - 1


def _bucket_label(low: int, high: int | None) -> str:
    return f">{low}" if high is None else f"{low}-{high}"


def _calls(session: Session, query: ReportQuery) -> tuple[tuple[CounterRow, ...], tuple[OfficerRow, ...]]:
    rows = _call_rows(session, query)
    per_counter: dict[int, dict] = defaultdict(lambda: {"calls": 0, "done": 0, "no_show": 0, "moved": 0, "s": []})
    per_officer: dict[str, dict] = defaultdict(lambda: {"calls": 0, "done": 0, "no_show": 0, "moved": 0, "s": []})
    windows: dict[tuple, list] = defaultdict(list)
    for day, counter, officer, kind, start, end in rows:
        for bucket in (per_counter[counter], per_officer[officer]):
            bucket["calls"] += 1
            if kind == "finished":
                bucket["done"] += 1
                bucket["s"].append(max(0.0, end - start))
            elif kind == "no_show":
                bucket["no_show"] += 1
            elif kind == "transferred":
                bucket["moved"] += 1
        windows[(counter, day)].append((start, end, kind))
    active, busy = defaultdict(float), defaultdict(float)
    for (counter, _day), intervals in windows.items():
        finishes = [end for _start, end, kind in intervals if kind == "finished"]
        if not finishes:
            continue
        first, last = min(start for start, _end, _kind in intervals), max(finishes)
        active[counter] += last - first
        busy[counter] += sum(max(0.0, min(end, last) - max(start, first)) for start, end, _kind in intervals)
    counters = tuple(
        CounterRow(
            number,
            c["calls"],
            c["done"],
            c["no_show"],
            c["moved"],
            minutes_stats(c["s"]),
            round(active[number] / 60, 2),
            round(busy[number] / 60, 2),
            round((active[number] - busy[number]) / 60, 2),
        )
        for number, c in sorted(per_counter.items())
    )
    names = dict(session.execute(select(User.username, User.full_name)).all()) if per_officer else {}
    officers = tuple(
        OfficerRow(
            username,
            names.get(username, username),
            o["calls"],
            o["done"],
            o["no_show"],
            o["moved"],
            minutes_stats(o["s"]),
        )
        for username, o in sorted(per_officer.items())
    )
    return counters, officers
