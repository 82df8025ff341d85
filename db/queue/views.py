"""Read-only views of the queue: a counter's current ticket, the day's list, the hall display, recent calls."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, select, true

from db.core.actor import Clock, utc_now
from db.core.engine import Database
from db.models.queue import Counter, QueueGroup, Ticket, TicketEvent
from db.queue.tickets import IN_SERVICE, NO_SHOW, WAITING, QueueService, TicketInfo
from db.queue.zones import Zone


@dataclass(frozen=True)
class CallEvent:
    event_id: uuid.UUID
    label: str
    counter_number: int
    at: datetime
    recall: bool
    transferred: bool = False  # sent to this counter, not yet called there
    agency_name: str = ""  # whose queue, where agencies share the hall: shown beside the call and said after it


@dataclass(frozen=True)
class CounterTile:
    """One counter on the hall display: its name and the ticket it is calling or serving (None when free)."""

    number: int
    name: str
    open: bool
    label: str | None
    status: str | None
    paused: bool = False
    agency_name: str = ""


@dataclass(frozen=True)
class HallState:
    day: date
    now_serving: list[tuple[int, str, str]]  # (counter, ticket label, status)
    recent_calls: list[CallEvent]
    waiting_by_group: list[tuple[str, str, int]]  # (code, name, waiting)
    current_call: CallEvent | None = None  # the newest call still true: its ticket is at that counter now
    counters: list[CounterTile] = field(default_factory=list)
    agencies: tuple[str, ...] = ()  # the short names of the agencies of the display's zone; () = the whole hall
    shared: bool = False  # two or more agencies serve in the hall: calls name their agency


@dataclass(frozen=True)
class WaitingTicket:
    label: str
    group_code: str
    priority: str | None
    issued_at: datetime
    sent_here: bool  # transferred to this counter by another one


# The settings the hall display shows: a cheap `settings.get_many(HALL_SETTINGS)` (never the logo).
HALL_SETTINGS = (
    "office.short_name",
    "office.timezone",
    "display.running_text",
    "office.motto",
    "office.motto_text",
    "office.maklumat",
    "display.agencies",  # this PC's zone (a device setting): the agencies it shows and announces
)


def running_text(values: Mapping[str, str]) -> str:
    """The hall's running text: the administrator's own text, or else the office's motto and service pledge."""
    return values.get("display.running_text") or (
        f"{values['office.motto']} — {values['office.motto_text']}   ·   {values['office.maklumat']}"
    )


class QueueViews:
    """Read-only views of the queue; any thread may call them."""

    def __init__(self, database: Database, queue: QueueService, clock: Clock = utc_now):
        self._db = database
        self._queue = queue
        self._now = clock

    def current_ticket(self, counter_number: int) -> TicketInfo | None:
        with self._db.read() as session:
            day = self._queue.today(session)
            ticket = session.scalar(
                select(Ticket).where(
                    Ticket.day == day, Ticket.counter_number == counter_number, Ticket.status.in_(IN_SERVICE)
                )
            )
            return None if ticket is None else self._queue.ticket_info(session, ticket)

    def ticket_by_id(self, ticket_id: uuid.UUID) -> TicketInfo:
        with self._db.read() as session:
            ticket = session.get(Ticket, ticket_id)
            return self._queue.ticket_info(session, ticket, with_estimate=True)

    def waiting_counts(self, day: date | None = None) -> list[tuple[str, str, int]]:
        with self._db.read() as session:
            day = day or self._queue.today(session)
            counts = dict(
                session.execute(
                    select(Ticket.group_code, func.count(Ticket.id))
                    .where(Ticket.day == day, Ticket.status == WAITING)
                    .group_by(Ticket.group_code)
                ).all()
            )
            groups = session.scalars(
                select(QueueGroup).where(QueueGroup.active.is_(True)).order_by(QueueGroup.sort_order)
            )
            return [(g.code, g.name, counts.get(g.code, 0)) for g in groups]

    def day_tickets(self, day: date) -> list[dict]:
        """Every ticket of a day with its events' times (the `queue list --format json` form)."""
        with self._db.read() as session:
            tickets = session.scalars(select(Ticket).where(Ticket.day == day).order_by(Ticket.issued_at)).all()
            events: dict[uuid.UUID, list[TicketEvent]] = {}
            for event in session.scalars(
                select(TicketEvent).where(TicketEvent.ticket_id.in_([t.id for t in tickets])).order_by(TicketEvent.at)
            ):
                events.setdefault(event.ticket_id, []).append(event)
            return [
                {
                    "number": t.label,
                    "group": t.group_code,
                    "service": t.service_code,
                    "priority": t.priority,
                    "status": t.status,
                    "counter": t.counter_number,
                    "issued_at": t.issued_at.isoformat(),
                    "called_at": t.called_at.isoformat() if t.called_at else None,
                    "started_at": t.started_at.isoformat() if t.started_at else None,
                    "finished_at": t.finished_at.isoformat() if t.finished_at else None,
                    "events": [
                        {"kind": e.kind, "at": e.at.isoformat(), "counter": e.counter_number, "by": e.username}
                        for e in events.get(t.id, [])
                    ],
                }
                for t in tickets
            ]

    def hall_state(
        self, recent: int = 6, groups: Collection[str] | None = None, agencies: Collection[str] | None = None
    ) -> HallState:
        """What the hall display shows. Only calls that are still true: a ticket sent back by a closing counter or
        transferred away disappears from its old counter; a ticket transferred to a counter is shown going there.
        `agencies`: the display's zone (agency codes, display.agencies): only their tickets and counters; none or
        empty shows the whole hall, the hall's own queues too. An unknown code is refused (DomainError)."""
        with self._db.read() as session:
            day = self._queue.today(session)
            zone = Zone.read(session, agencies)
            in_groups = Ticket.group_code.in_(list(groups)) if groups else true()
            shown = and_(in_groups, zone.where(Ticket.agency_id))
            serving = session.execute(
                select(Ticket.counter_number, Ticket.label, Ticket.status)
                .where(Ticket.day == day, Ticket.status.in_(IN_SERVICE), shown)
                .order_by(Ticket.counter_number)
            ).all()
            calls = _true_calls(session, day, recent, shown, zone)
            at_counter = {number: (label, status) for number, label, status in serving}
            tiles = [
                CounterTile(
                    c.number,
                    c.name,
                    c.open,
                    *at_counter.get(c.number, (None, None)),
                    paused=c.paused,
                    agency_name=zone.said(c.agency_id),
                )
                for c in session.scalars(
                    select(Counter)
                    .where(Counter.active.is_(True), zone.where(Counter.agency_id))
                    .order_by(Counter.number)
                )
                if not groups or set(c.group_codes) & set(groups)
            ]
            in_zone = set(session.scalars(select(QueueGroup.code).where(zone.where(QueueGroup.agency_id))))
        in_service = {label for _number, label, _status in serving}
        current = next((c for c in calls if not c.transferred and c.label in in_service), None)
        waiting = [row for row in self.waiting_counts(day) if row[0] in in_zone and (not groups or row[0] in groups)]
        return HallState(
            day, [tuple(row) for row in serving], calls, waiting, current, tiles, tuple(zone.shown_names()), zone.shared
        )

    def counter_queue(self, counter_number: int, limit: int = 40) -> list[WaitingTicket]:
        """Who waits for this counter, in the order it would see them: its groups' tickets and those sent to it."""
        with self._db.read() as session:
            day = self._queue.today(session)
            counter = session.scalar(select(Counter).where(Counter.number == counter_number))
            groups = list(counter.group_codes) if counter else []
            mine = Ticket.group_code.in_(groups) & Ticket.target_counter.is_(None)
            rows = session.execute(
                select(Ticket.label, Ticket.group_code, Ticket.priority, Ticket.issued_at, Ticket.target_counter)
                .where(Ticket.day == day, Ticket.status == WAITING, mine | (Ticket.target_counter == counter_number))
                .order_by(Ticket.issued_at)
                .limit(limit)
            ).all()
        return [WaitingTicket(label, group, prio, at, target is not None) for label, group, prio, at, target in rows]

    def transfer_targets(self, counter_number: int) -> tuple[list[tuple[str, str]], list[int]]:
        """Where the ticket this counter serves may be transferred, as the transfer allows it (QueueService.transfer):
        the active groups (code, name) and the other active counters of its agency and of the hall; all of them
        for a ticket of the hall's own queue."""
        with self._db.read() as session:
            day = self._queue.today(session)
            owner = session.scalar(
                select(Ticket.agency_id).where(
                    Ticket.day == day, Ticket.counter_number == counter_number, Ticket.status.in_(IN_SERVICE)
                )
            )
            allowed = true() if owner is None else None

            def open_to(column):
                return allowed if allowed is not None else (column == owner) | column.is_(None)

            groups = session.execute(
                select(QueueGroup.code, QueueGroup.name)
                .where(QueueGroup.active.is_(True), open_to(QueueGroup.agency_id))
                .order_by(QueueGroup.sort_order, QueueGroup.code)
            ).all()
            counters = session.scalars(
                select(Counter.number)
                .where(Counter.active.is_(True), Counter.number != counter_number, open_to(Counter.agency_id))
                .order_by(Counter.number)
            ).all()
        return [tuple(row) for row in groups], list(counters)

    def no_shows_today(self, limit: int = 40) -> list[tuple[str, datetime]]:
        """Today's absent tickets, newest first, with when they were last called: the ones an officer may recall."""
        with self._db.read() as session:
            day = self._queue.today(session)
            rows = session.execute(
                select(Ticket.label, Ticket.called_at)
                .where(Ticket.day == day, Ticket.status == NO_SHOW)
                .order_by(Ticket.called_at.desc())
                .limit(limit)
            ).all()
        return [tuple(row) for row in rows]

    def counter_name(self, counter_number: int) -> str:
        """The counter's one name, as its slips and the hall display print it."""
        with self._db.read() as session:
            name = session.scalar(select(Counter.name).where(Counter.number == counter_number))
        return name or f"Loket {counter_number}"

    def calls_since(self, seconds: int = 120, agencies: Collection[str] | None = None) -> list[CallEvent]:
        """Calls of the last minutes, oldest first: the hall display announces those it has not announced yet (of
        its zone, `agencies` as for hall_state), each with its agency when agencies share the hall."""
        with self._db.read() as session:
            since = self._now() - timedelta(seconds=seconds)
            zone = Zone.read(session, agencies)
            return list(reversed(_calls(session, None, limit=200, since=since, zone=zone)))

    def open_counters(self) -> list[tuple[int, str, bool]]:
        with self._db.read() as session:
            return [(c.number, c.name, c.open) for c in session.scalars(select(Counter).order_by(Counter.number))]


def _calls(session, day: date | None, limit: int, since: datetime | None = None, zone: Zone | None = None):
    zone = zone or Zone.read(session, None)
    query = (
        select(
            TicketEvent.id, Ticket.label, TicketEvent.counter_number, TicketEvent.at, TicketEvent.kind, Ticket.agency_id
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(TicketEvent.kind.in_(("called", "recalled")), zone.where(Ticket.agency_id))
    )
    if day is not None:
        query = query.where(Ticket.day == day)
    if since is not None:
        query = query.where(TicketEvent.at >= since)
    rows = session.execute(query.order_by(TicketEvent.at.desc()).limit(limit)).all()
    return [
        CallEvent(event_id, label, counter, at, kind == "recalled", False, zone.said(agency))
        for event_id, label, counter, at, kind, agency in rows
    ]


_SHOWN_KINDS = ("called", "recalled", "transferred", "returned", "no_show_undone", "close_undone")


def _true_calls(session, day: date, limit: int, in_groups, zone: Zone) -> list[CallEvent]:
    """Each ticket's latest call, newest first, dropped when the ticket has left that counter since."""
    rows = session.execute(
        select(
            TicketEvent.id,
            TicketEvent.kind,
            TicketEvent.counter_number,
            TicketEvent.at,
            TicketEvent.details,
            Ticket.id,
            Ticket.label,
            Ticket.status,
            Ticket.target_counter,
            Ticket.agency_id,
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(Ticket.day == day, TicketEvent.kind.in_(_SHOWN_KINDS), in_groups)
        .order_by(TicketEvent.at.desc())
        .limit(limit * 10)
    ).all()
    seen: set[uuid.UUID] = set()
    shown: list[CallEvent] = []
    for event_id, kind, counter, at, details, ticket_id, label, status, target, agency in rows:
        if ticket_id in seen:
            continue
        seen.add(ticket_id)
        if kind == "transferred":
            if status == WAITING and target is not None and (details or {}).get("to_counter") == target:
                shown.append(CallEvent(event_id, label, target, at, False, True, zone.said(agency)))
        elif kind != "returned" and status != WAITING:
            shown.append(CallEvent(event_id, label, counter, at, kind == "recalled", False, zone.said(agency)))
        if len(shown) == limit:
            break
    return shown
