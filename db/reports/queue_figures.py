"""The queue part of the report, from tickets and ticket_events.

Definitions (the ones the queue uses):
- waiting time = the ticket's last call - issued_at: a no-show called again counts from its last "called" event; a
  "recalled" press only repeats the call and does not count. For a ticket called once that is tickets.called_at
  (read from ticket_events only for tickets called more than once). Tickets never called have none.
- service time = finished_at - that last call, for tickets served (status done).
- no-show share = tickets whose final status is no-show / tickets called at least once.
- still waiting = tickets whose status is waiting or unserved (the day was closed with them still in the queue).
- transferred = tickets with at least one "transferred" event.
- Calls of a counter or officer: the intervals from a "called" event to the event that ended it at that counter
  (finished, no_show, transferred, returned or unserved), with the officer who ended it. A ticket called once and
  finished is one interval [called_at, finished_at] at its counter by its officer (tickets.served_by), read from the
  ticket itself; the events are read only for the other tickets (called again, not served, transferred).
- Counter idle time, per counter and day: the active window runs from the counter's first call to its last finish;
  busy time is the part of that window in which a ticket was called or in service at the counter (the intervals
  above, clipped to the window); idle = active - busy. A counter that finished nothing that day has no window (0).
  Over several days the minutes are summed.
Filters: with a counter or officer filter the ticket figures cover the tickets last handled at that counter / by that
officer (tickets.counter_number / served_by; a ticket never called is then not counted) and the per-counter and
per-officer tables cover the calls at that counter / by that officer. The group filter uses the ticket's group at
the end (a transfer moves a ticket to its new group).

Speed: counts and sums are aggregated in SQL over the period's tickets (the index on day); the waiting and service
times, which the percentiles need one by one, come back as one text per counter, officer and day; ticket_events are
read only for the few tickets called more than once or not served. All three come grouped by ticket day, so the days
that are over are read from what the report kept of them (db/reports/day_cache.py).
"""

from __future__ import annotations

import dataclasses
import uuid
from bisect import bisect_right
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from db.models.accounts import User
from db.models.queue import QueueGroup, Ticket, TicketEvent
from db.reports.common import Period, concat_numbers, epoch, local_hour, minutes_stats, numbers, share
from db.reports.day_cache import TICKETS, DayCache, DayPart
from db.reports.model import CounterRow, GroupRow, HourRow, OfficerRow, ReportQuery, TicketFigures, WaitBucket

CLOSING = ("finished", "no_show", "transferred", "returned", "unserved")
WAIT_BUCKETS = ((0, 5), (5, 10), (10, 15), (15, 30), (30, 60), (60, None))
STILL_WAITING = ("waiting", "unserved")


@dataclass(frozen=True)
class QueuePart:
    tickets: TicketFigures
    groups: tuple[GroupRow, ...]
    counters: tuple[CounterRow, ...]
    officers: tuple[OfficerRow, ...]
    hours: tuple[HourRow, ...]
    wait_histogram: tuple[WaitBucket, ...]


def _ticket_filters(statement, query: ReportQuery, agency_id: uuid.UUID | None, *, by_handler: bool = True):
    statement = statement.where(Ticket.day >= query.date_from, Ticket.day <= query.date_to)
    if agency_id is not None:
        statement = statement.where(Ticket.agency_id == agency_id)
    if query.group:
        statement = statement.where(Ticket.group_code == query.group.upper())
    if by_handler and query.counter is not None:
        statement = statement.where(Ticket.counter_number == query.counter)
    if by_handler and query.officer:
        statement = statement.where(Ticket.served_by == query.officer)
    return statement


def last_call_of_ticket():
    """The moment of the ticket's last call (module docstring): tickets.called_at, or for a ticket called more than
    once its last "called" event."""
    last_event = (
        select(func.max(TicketEvent.at))
        .where(TicketEvent.ticket_id == Ticket.id, TicketEvent.kind == "called")
        .scalar_subquery()
    )
    return case((Ticket.call_count > 1, last_event), else_=Ticket.called_at)


def _per_ticket(session: Session, query: ReportQuery, period: Period, agency_id: uuid.UUID | None):
    """One row per ticket of the period with its numbers computed in SQL (seconds, local hours)."""
    dialect = session.bind.dialect.name
    last_call = last_call_of_ticket()
    statement = select(
        Ticket.group_code.label("g"),
        Ticket.status.label("st"),
        Ticket.call_count.label("cc"),
        Ticket.counter_number.label("c"),
        Ticket.served_by.label("o"),
        Ticket.day.label("d"),
        local_hour(Ticket.issued_at, dialect, period).label("hi"),
        local_hour(last_call, dialect, period).label("hc"),
        local_hour(Ticket.finished_at, dialect, period).label("hf"),
        epoch(last_call, dialect).label("lc"),
        epoch(Ticket.finished_at, dialect).label("fe"),
        (epoch(last_call, dialect) - epoch(Ticket.issued_at, dialect)).label("w"),
        (epoch(Ticket.finished_at, dialect) - epoch(last_call, dialect)).label("s"),
    )
    return _ticket_filters(statement, query, agency_id).subquery()


def _event_rows(session: Session, query: ReportQuery, agency_id: uuid.UUID | None) -> list:
    """The ending events of every call of the tickets that are not "called once and finished":
    (day, label, ticket counter, ticket officer, counter, officer, kind, start, end)."""
    dialect = session.bind.dialect.name
    call = aliased(TicketEvent)
    started = (
        select(func.max(call.at))
        .where(call.ticket_id == TicketEvent.ticket_id, call.kind == "called", call.at <= TicketEvent.at)
        .scalar_subquery()
    )
    complex_tickets = _ticket_filters(
        select(Ticket.id).where(Ticket.call_count > 0, or_(Ticket.status != "done", Ticket.call_count > 1)),
        query,
        agency_id,
        by_handler=False,
    )
    statement = (
        select(
            Ticket.day,
            Ticket.label,
            Ticket.counter_number,
            Ticket.served_by,
            TicketEvent.counter_number,
            TicketEvent.username,
            TicketEvent.kind,
            epoch(started, dialect),
            epoch(TicketEvent.at, dialect),
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(
            TicketEvent.ticket_id.in_(complex_tickets),
            TicketEvent.kind.in_(CLOSING),
            TicketEvent.counter_number.is_not(None),
        )
    )
    return [row for row in session.execute(statement) if row[7] is not None]


class _Tally:
    """Calls of one counter or officer."""

    __slots__ = ("calls", "done", "no_show", "moved", "service")

    def __init__(self):
        self.calls = self.done = self.no_show = self.moved = 0
        self.service: list[float] = []

    def add(self, kind: str, start: float, end: float) -> None:
        self.calls += 1
        if kind == "finished":
            self.done += 1
            self.service.append(max(0.0, end - start))
        elif kind == "no_show":
            self.no_show += 1
        elif kind == "transferred":
            self.moved += 1


def _tally(into: dict, key) -> _Tally:
    tally = into.get(key)
    if tally is None:
        tally = into[key] = _Tally()
    return tally


def queue_part(
    session: Session,
    query: ReportQuery,
    period: Period,
    target_minutes: int,
    agency_id: uuid.UUID | None = None,
    kept: DayCache | None = None,
) -> QueuePart:
    """Aggregated in SQL (counts and sums per group, status, hour and day; each counter's day window); only two
    columns come back per ticket: the waiting times and the service times, for the percentiles. With `agency_id`,
    only that agency's tickets (the agency of the ticket's group). `kept` keeps the settled days' rows
    (db/reports/day_cache.py); without it every day is read."""
    kept = kept or DayCache(session, period)
    parts = _QueueParts(session, query, agency_id)
    totals = _fold_groups(kept.rows(parts.groups))
    # julianday() arithmetic carries float noise (300 s can come back as 299.99999): keep milliseconds.
    waits = [round(w, 3) for w in totals.waits]
    target = target_minutes * 60
    over = sum(1 for w in waits if w > target)
    calls = _fold_calls(query, kept.rows(parts.plain_calls), kept.rows(parts.other_calls))
    tickets = TicketFigures(
        issued=totals.issued,
        called=totals.called,
        served=len(calls.services),
        no_show=totals.no_show,
        transferred=len(calls.transferred),
        still_waiting=totals.still,
        no_show_share=share(totals.no_show, totals.called),
        waiting=minutes_stats(waits),
        service=minutes_stats(calls.services),
        over_target=over,
        over_target_share=share(over, totals.called),
    )
    names = dict(session.execute(select(QueueGroup.code, QueueGroup.name)).all())
    group_rows = tuple(
        GroupRow(
            code,
            names.get(code, code),
            g[0],
            g[1],
            g[2],
            g[3],
            _mean(g[5], g[4]),
            _mean(g[6], g[1]),
        )
        for code, g in sorted(totals.groups.items())
    )
    hour_rows = tuple(HourRow(hour, h[0], h[1], h[2], _mean(h[4], h[3])) for hour, h in sorted(totals.hours.items()))
    return QueuePart(
        tickets,
        group_rows,
        _counter_rows(calls.counters, calls.windows),
        _officer_rows(session, calls.officers),
        hour_rows,
        _wait_buckets(waits),
    )


@dataclass
class _GroupTotals:
    groups: dict  # code -> [issued, served, no_show, still, called, wait sum, service sum]
    hours: dict  # hour -> [issued, called, served, called of those issued, wait sum]
    issued: int = 0
    called: int = 0
    no_show: int = 0
    still: int = 0
    waits: list = field(default_factory=list)  # seconds, of every ticket called


class _QueueParts:
    """The queue's three day parts over any run of days: the tickets grouped by what the figures need, the plain
    calls grouped by counter, officer and day, the ending events of the other calls (module docstring)."""

    def __init__(self, session: Session, query: ReportQuery, agency_id: uuid.UUID | None):
        self._session, self._query, self._agency_id = session, query, agency_id
        self._dialect = session.bind.dialect.name
        self.groups = DayPart("queue.groups", TICKETS, self._groups, lambda row: row[11], numbers=(10,))
        self.plain_calls = DayPart("queue.plain", TICKETS, self._plain_calls, lambda row: row[2], numbers=(4,))
        self.other_calls = DayPart("queue.events", TICKETS, self._other_calls, lambda row: row[0])

    def _query_of(self, period: Period) -> ReportQuery:
        """The report's filters over the run of days being read."""
        return dataclasses.replace(self._query, date_from=period.date_from, date_to=period.date_to)

    def _tickets(self, period: Period):
        t = _per_ticket(self._session, self._query_of(period), period, self._agency_id)
        called = t.c.lc.is_not(None)
        return t, called, and_(t.c.st == "done", t.c.fe.is_not(None), called)

    def _groups(self, period: Period):
        """One row per (group, status, hour issued/called/finished, day), with the waiting times of its tickets."""
        t, called, served = self._tickets(period)
        return self._session.execute(
            select(
                t.c.g,
                t.c.st,
                t.c.hi,
                t.c.hc,
                t.c.hf,
                func.count(),
                func.count(t.c.lc),
                func.coalesce(func.sum(t.c.w), 0),
                func.sum(case((served, 1), else_=0)),
                func.coalesce(func.sum(case((served, t.c.s))), 0),
                concat_numbers(case((called, t.c.w)), self._dialect),
                t.c.d,
            ).group_by(t.c.g, t.c.st, t.c.hi, t.c.hc, t.c.hf, t.c.d)
        ).all()

    def _plain_calls(self, period: Period):
        t, _called, served = self._tickets(period)
        return self._session.execute(
            select(
                t.c.c,
                t.c.o,
                t.c.d,
                func.count(),
                concat_numbers(t.c.s, self._dialect),
                func.min(t.c.lc),
                func.max(t.c.fe),
            )
            .where(served, t.c.cc == 1)
            .group_by(t.c.c, t.c.o, t.c.d)
        ).all()

    def _other_calls(self, period: Period):
        return _event_rows(self._session, self._query_of(period), self._agency_id)


def _fold_groups(grouped: list[tuple]) -> _GroupTotals:
    """The ticket counts per group and per hour, from one row per (group, status, hour issued/called/finished,
    day), with the waiting times of each row's tickets (one pass over the period's tickets less than a query of
    their own)."""
    totals = _GroupTotals(groups={}, hours={})
    for row in grouped:
        group, status, hour_issued, hour_called, hour_finished, n, n_called, waited, n_served, service, waits, _ = row
        totals.waits += numbers(waits)
        g = totals.groups.setdefault(group, [0, 0, 0, 0, 0, 0.0, 0.0])
        g[0] += n
        g[1] += n_served
        g[4] += n_called
        g[5] += waited
        g[6] += service
        totals.issued += n
        totals.called += n_called
        if status in STILL_WAITING:
            totals.still += n
            g[3] += n
        elif status == "no_show":
            totals.no_show += n
            g[2] += n
        h = totals.hours.setdefault(hour_issued, [0, 0, 0, 0, 0.0])
        h[0] += n
        h[3] += n_called
        h[4] += waited
        if hour_called is not None and n_called:
            totals.hours.setdefault(hour_called, [0, 0, 0, 0, 0.0])[1] += n_called
        if hour_finished is not None and n_served:
            totals.hours.setdefault(hour_finished, [0, 0, 0, 0, 0.0])[2] += n_served
    return totals


def _wait_buckets(waits: list[float]) -> tuple[WaitBucket, ...]:
    histogram = [0] * len(WAIT_BUCKETS)
    edges = [low * 60 for low, _high in WAIT_BUCKETS[1:]]
    for w in waits:
        histogram[bisect_right(edges, w)] += 1
    labels = [f">{low}" if high is None else f"{low}-{high}" for low, high in WAIT_BUCKETS]
    return tuple(
        WaitBucket(labels[index], low, high, histogram[index]) for index, (low, high) in enumerate(WAIT_BUCKETS)
    )


@dataclass
class _Calls:
    counters: dict[int, _Tally]
    officers: dict[str, _Tally]
    services: list[float]
    windows: dict[tuple, list]  # (counter, day) -> [first call, last finish, busy seconds, other intervals]
    transferred: set[tuple]


def _fold_calls(query: ReportQuery, plain_calls: list[tuple], other_calls: list[tuple]) -> _Calls:
    """The calls per counter and officer: the plain ones (called once, finished) from the tickets, the others from
    their events (module docstring)."""
    calls = _Calls(counters={}, officers={}, services=[], windows={}, transferred=set())
    for counter, officer, day, n, seconds, first, last in plain_calls:
        values = [max(0.0, round(value, 3)) for value in numbers(seconds)]
        calls.services += values
        for tally in (_tally(calls.counters, counter), _tally(calls.officers, officer)):
            tally.calls += n
            tally.done += n
            tally.service += values
        window = calls.windows.setdefault((counter, day), [first, last, 0.0, []])
        window[0], window[1] = min(window[0], first), max(window[1], last)
        window[2] += sum(values)
    for day, label, ticket_counter, ticket_officer, counter, officer, kind, start, end in other_calls:
        handled = (query.counter is None or ticket_counter == query.counter) and (
            not query.officer or ticket_officer == query.officer
        )
        if kind == "transferred" and handled:
            calls.transferred.add((day, label))
        if kind == "finished" and handled:
            calls.services.append(max(0.0, end - start))
        if (query.counter is None or counter == query.counter) and (not query.officer or officer == query.officer):
            _tally(calls.counters, counter).add(kind, start, end)
            _tally(calls.officers, officer).add(kind, start, end)
            window = calls.windows.setdefault((counter, day), [None, None, 0.0, []])
            window[3].append((start, end, kind))
    return calls


def _mean(total_seconds: float, count: int) -> float | None:
    return round(total_seconds / count / 60, 2) if count else None


def _counter_rows(counters: dict[int, _Tally], windows: dict[tuple, list]) -> tuple[CounterRow, ...]:
    """Idle time per counter and day (module docstring): the plain calls lie inside their own first-call to
    last-finish span, so only the other calls need clipping to the day's window."""
    active: dict[int, float] = {}
    busy: dict[int, float] = {}
    for (counter, _day), (first, last, plain_busy, others) in windows.items():
        finishes = [end for _start, end, kind in others if kind == "finished"]
        if last is not None:
            finishes.append(last)
        if not finishes:
            continue
        starts = [start for start, _end, _kind in others] + ([first] if first is not None else [])
        first, last = min(starts), max(finishes)
        inside = sum(max(0.0, min(end, last) - max(start, first)) for start, end, _kind in others)
        active[counter] = active.get(counter, 0.0) + last - first
        busy[counter] = busy.get(counter, 0.0) + plain_busy + inside
    rows = []
    for number, tally in sorted(counters.items()):
        on, used = active.get(number, 0.0), busy.get(number, 0.0)
        rows.append(
            CounterRow(
                number,
                tally.calls,
                tally.done,
                tally.no_show,
                tally.moved,
                minutes_stats(tally.service),
                round(on / 60, 2),
                round(used / 60, 2),
                round((on - used) / 60, 2),
            )
        )
    return tuple(rows)


def _officer_rows(session: Session, officers: dict[str, _Tally]) -> tuple[OfficerRow, ...]:
    if not officers:
        return ()
    names = dict(session.execute(select(User.username, User.full_name).where(User.username.in_(officers))).all())
    return tuple(
        OfficerRow(
            username, names.get(username, username), t.calls, t.done, t.no_show, t.moved, minutes_stats(t.service)
        )
        for username, t in sorted(officers.items(), key=lambda item: item[0] or "")
    )
