"""Ticket issue and the counters' workflow. Each call is one transaction; no ticket is ever served twice or lost.

Numbers come from a per-group, per-day sequence row that every issuer updates (the row lock serialises issuers on
PostgreSQL; BEGIN IMMEDIATE does on SQLite). A counter's row is locked while it calls, so a double press cannot
call two tickets, and candidate tickets are taken with SKIP LOCKED so two counters never take the same one.
"""

from __future__ import annotations

import statistics
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.core import changes, validators
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.models.queue import Counter, QueueGroup, Ticket, TicketEvent, TicketSequence
from db.public import links
from db.queue import policy
from db.queue import statements as sql
from db.queue.labels import normalise_label, ticket_label
from db.settings.service import office_zone, read_in
from db.sync import capture

WAITING, CALLED, SERVING, DONE, NO_SHOW, UNSERVED = "waiting", "called", "serving", "done", "no_show", "unserved"
IN_SERVICE = (CALLED, SERVING)
RECENT_SERVICES = sql.RECENT_SERVICES
# Another PC sharing the database (a hall on PostgreSQL) may change the priority rule; this PC's own changes reach
# the cache at once through the change notices (QueueService.heard), another PC's within this many seconds.
SETTINGS_MAX_AGE_S = 30.0
STATUS_LABELS = {
    WAITING: "Menunggu",
    CALLED: "Dipanggil",
    SERVING: "Dilayani",
    DONE: "Selesai",
    NO_SHOW: "Tidak hadir",
    UNSERVED: "Tidak terlayani",
}


@dataclass(frozen=True)
class TicketInfo:
    id: uuid.UUID
    label: str
    day: date
    group_code: str
    group_name: str
    service_code: str | None
    service_name: str | None
    priority: str | None
    status: str
    issued_at: datetime
    counter_number: int | None
    call_count: int
    people_ahead: int = 0
    estimated_wait_minutes: int | None = None
    called_at: datetime | None = None  # the counter screen's service timer runs from the call or the start
    started_at: datetime | None = None
    public_token: str = ""  # the ticket's public page (db/public/links.py): the QR printed on its slip
    public_code: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


class QueueService:
    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock
        self._settings: tuple[float, dict[str, str]] | None = None

    # -- helpers -------------------------------------------------------------------------------------------------
    QUEUE_SETTINGS = sql.QUEUE_SETTINGS

    def _office(self, session) -> dict[str, str]:
        """Only the settings the queue needs (never the whole office row set: the logo alone can be megabytes),
        cached between calls: see SETTINGS_MAX_AGE_S and heard."""
        cached = self._settings
        if cached is not None and time.monotonic() - cached[0] < SETTINGS_MAX_AGE_S:
            return cached[1]
        values = read_in(session, self.QUEUE_SETTINGS)
        self._settings = (time.monotonic(), values)
        return values

    def heard(self, batch: tuple[changes.Change, ...]) -> None:
        """Listener of the database's change notices: a committed change of one of the queue's settings (on this PC,
        or pulled by the sync) is seen by the next call."""
        written = changes.keys_of(batch, changes.SETTINGS)
        if written & set(self.QUEUE_SETTINGS) or (changes.SETTINGS in changes.topics(batch) and not written):
            self._settings = None

    def today(self, session: Session | None = None) -> date:
        if session is None:
            with self._db.read() as reading:
                return self.today(reading)
        return self._now().astimezone(office_zone(self._office(session))).date()

    def change_stamp(self) -> int:
        """A cheap value that moves whenever any PC issues, calls or serves a ticket or opens or closes a counter (and
        with any other synced change): the sync outbox's last sequence number, one primary-key lookup. The hall
        display, the dashboard and the counter screen re-read the hall only when it moved."""
        with self._db.read() as session:
            return capture.last_sequence(session)

    def record_event(
        self, session: Session, ticket: Ticket, kind: str, actor: Actor, counter: int | None, **details
    ) -> None:
        """Add a ticket's event to the caller's transaction (the days and the counter workflow share it)."""
        session.add(
            TicketEvent(
                ticket_id=ticket.id,
                kind=kind,
                at=self._now(),
                counter_number=counter,
                user_id=actor.user_id,
                username=actor.username,
                device_id=actor.device_id,
                details=details,
            )
        )

    def ticket_info(
        self, session: Session, ticket, *, with_estimate: bool = False, group_name: str | None = None
    ) -> TicketInfo:
        """The plain result of a ticket read in the caller's session (the read views share it). `ticket` is an ORM
        Ticket or a row of the tickets table (the Core hot path): only its attributes are read."""
        connection = session.connection()
        if group_name is None:
            group_name = connection.execute(sql.GROUP_NAME, {"code": ticket.group_code}).scalar() or ""
        service_name = None
        if ticket.service_code:
            service_name = connection.execute(sql.SERVICE_NAME, {"code": ticket.service_code}).scalar()
        ahead, estimate = self._estimate(connection, ticket) if with_estimate else (0, None)
        return TicketInfo(
            ticket.id,
            ticket.label,
            ticket.day,
            ticket.group_code,
            group_name,
            ticket.service_code,
            service_name,
            ticket.priority,
            ticket.status,
            ticket.issued_at,
            ticket.counter_number,
            ticket.call_count,
            ahead,
            estimate,
            ticket.called_at,
            ticket.started_at,
            ticket.public_token,
            ticket.public_code,
        )

    def _estimate(self, connection, ticket) -> tuple[int, int | None]:
        """People ahead in the group, and the wait from today's recent service times over its open counters: three
        index lookups (ix_tickets_day_group_status), whatever the size of the day."""
        where = {"day": ticket.day, "group": ticket.group_code}
        ahead = connection.execute(sql.WAITING_AHEAD, {**where, "issued_at": ticket.issued_at}).scalar() or 0
        recent = connection.execute(sql.RECENT_DONE, where).all()
        durations = [(finished - called).total_seconds() / 60 for called, finished in recent if called and finished]
        if not durations:
            return ahead, None
        counters = sum(1 for (codes,) in connection.execute(sql.OPEN_COUNTER_GROUPS) if ticket.group_code in codes)
        per_counter = ahead * statistics.median(durations) / max(1, counters)
        return ahead, int(round(per_counter))

    def _event_row(self, ticket_id, kind: str, actor: Actor, counter: int | None, at: datetime, **details) -> dict:
        return {
            "id": uuid.uuid4(),
            "ticket_id": ticket_id,
            "kind": kind,
            "at": at,
            "counter_number": counter,
            "user_id": actor.user_id,
            "username": actor.username,
            "device_id": actor.device_id,
            "details": details,
        }

    @staticmethod
    def _record(session: Session, written: list[tuple[str, str, dict]]) -> None:
        """What the hot path wrote with Core statements, told as the ORM flush would have told it: the sync
        outbox's rows (so queue.change_stamp() moves on every PC) and the change notices of this PC's screens,
        published after the commit."""
        if not written:
            return
        capture.record(session.connection(), written)
        for _operation, table, _values in written:
            changes.note_row(session, table)

    # -- issuing -------------------------------------------------------------------------------------------------
    def issue(
        self, actor: Actor, group_code: str, service_code: str | None = None, priority: str | None = None
    ) -> TicketInfo:
        """Issue the next number of the group today. Raises DomainError for an unknown group or priority."""
        if priority is not None and priority not in policy.PRIORITY_CATEGORIES:
            raise DomainError(f"Kategori prioritas tidak dikenal: {priority}.")
        with self._db.transaction() as session:
            connection = session.connection()
            group = connection.execute(sql.GROUP, {"code": group_code.upper()}).first()
            if group is None or not group.active:
                raise DomainError(f"Grup antrian '{group_code}' tidak ada atau tidak aktif.")
            if service_code and service_code not in group.service_codes:
                raise DomainError(f"Layanan {service_code} tidak termasuk grup {group.code} ({group.name}).")
            day = self.today(session)
            number = self._next_number(session, day, group.code)
            now = self._now()
            ticket = dict.fromkeys(sql.TICKETS.c.keys())
            ticket.update(
                id=uuid.uuid4(),
                day=day,
                group_code=group.code,
                number=number,
                label=ticket_label(group.code, number),
                service_code=service_code,
                priority=priority,
                status=WAITING,
                issued_at=now,
                issued_by=actor.username,
                issued_device=actor.device_id,
                call_count=0,
                public_token=links.new_token(),
                public_code=links.new_code(),
            )
            event = self._event_row(ticket["id"], "issued", actor, actor.counter_number, now, priority=priority)
            connection.execute(sql.INSERT_TICKET, ticket)
            connection.execute(sql.INSERT_EVENT, event)
            self._record(session, [("insert", "tickets", ticket), ("insert", "ticket_events", event)])
            return self.ticket_info(session, SimpleNamespace(**ticket), with_estimate=True, group_name=group.name)

    def _next_number(self, session: Session, day: date, group_code: str) -> int:
        connection = session.connection()
        where = {"seq_day": day, "seq_group": group_code}
        number = connection.execute(sql.BUMP_SEQUENCE, where).scalar_one_or_none()
        if number is not None:
            return number
        # First ticket of the group today; ON CONFLICT covers another PC creating the row at the same instant.
        insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
        connection.execute(
            insert(TicketSequence)
            .values(id=uuid.uuid4(), day=day, group_code=group_code, last_number=0)
            .on_conflict_do_nothing(index_elements=["day", "group_code"])
        )
        return connection.execute(sql.BUMP_SEQUENCE, where).scalar_one()

    # -- the counter's workflow ------------------------------------------------------------------------------------
    def _counter(self, session: Session, number: int) -> Counter:
        validators.counter_number(number)
        counter = session.scalar(select(Counter).where(Counter.number == number).with_for_update())
        if counter is None or not counter.active:
            raise NotFound(f"Loket {number} tidak terdaftar atau tidak aktif.")
        return counter

    def counter_row(self, session: Session, number: int) -> Counter:
        """The counter's row, locked, inside the caller's transaction (the undo and the pause act on it too)."""
        return self._counter(session, number)

    def in_service(self, session: Session, counter_number: int, day: date) -> Ticket | None:
        return self._in_service(session, counter_number, day)

    def _in_service(self, session: Session, counter_number: int, day: date) -> Ticket | None:
        return session.scalar(
            select(Ticket)
            .where(Ticket.day == day, Ticket.counter_number == counter_number, Ticket.status.in_(IN_SERVICE))
            .with_for_update()
        )

    def _current(self, session: Session, counter_number: int) -> Ticket:
        ticket = self._in_service(session, counter_number, self.today(session))
        if ticket is None:
            raise DomainError(f"Loket {counter_number} tidak sedang memanggil atau melayani antrian.")
        return ticket

    def call_next(self, actor: Actor, counter_number: int) -> TicketInfo | None:
        """Call the next ticket for this counter (its groups, the priority rule); None when nobody waits."""
        validators.counter_number(counter_number)
        with self._db.transaction() as session:
            connection = session.connection()
            counter = connection.execute(sql.COUNTER_FOR_UPDATE, {"number": counter_number}).first()
            if counter is None or not counter.active:
                raise NotFound(f"Loket {counter_number} tidak terdaftar atau tidak aktif.")
            day = self.today(session)
            busy = connection.execute(sql.IN_SERVICE, {"day": day, "counter": counter_number}).first()
            if busy is not None:
                raise DomainError(
                    f"Loket {counter_number} masih menangani {busy.label}. Selesaikan, tandai tidak hadir "
                    "atau alihkan dulu."
                )
            now = self._now()
            ticket = self._choose(connection, counter, day, actor, now)
            written = []
            streak = counter.priority_streak
            if ticket is not None:
                streak = counter.priority_streak + 1 if ticket.priority else 0
            # Calling opens the counter, and F2 after a pause is being back at the counter.
            if not counter.open or counter.paused or streak != counter.priority_streak:
                values = {"open": True, "paused": False, "priority_streak": streak}
                connection.execute(
                    sql.UPDATE_COUNTER, {"counter_id": counter.id, "open": True, "paused": False, "streak": streak}
                )
                written.append(("update", "counters", {**counter._mapping, **values}))
            if ticket is not None:
                event = self._event_row(ticket.id, "called", actor, counter_number, now, call=ticket.call_count)
                connection.execute(sql.INSERT_EVENT, event)
                written += [("update", "tickets", dict(ticket._mapping)), ("insert", "ticket_events", event)]
            self._record(session, written)
            return None if ticket is None else self.ticket_info(session, ticket)

    def _choose(self, connection, counter, day: date, actor: Actor, now: datetime):
        """Pick by the rule and mark the pick called; a ticket another counter took meanwhile is skipped, not
        waited on (SKIP LOCKED on PostgreSQL; SQLite has one writer). Returns the called ticket's row, or None."""
        office = self._office(connection)
        mode = office["queue.priority_mode"]
        max_in_row = int(office["queue.priority_max_in_row"])
        # This counter opens by calling, so a priority desk calling counts as an open one.
        desk_open = counter.priority_desk or connection.execute(sql.PRIORITY_DESK_OPEN).first() is not None
        view = policy.CounterView(counter.number, counter.priority_desk, counter.priority_streak)
        taken: list[uuid.UUID] = []
        while True:
            candidates = self._front_of_queue(connection, counter, day, taken)
            chosen = policy.choose(candidates, view, mode, max_in_row, desk_open)
            if chosen is None:
                return None
            locked = connection.dialect.name != "postgresql" or (
                connection.execute(sql.LOCK_WAITING, {"ticket_id": chosen.ticket_id}).first() is not None
            )
            if locked:
                called = {"ticket_id": chosen.ticket_id, "counter": counter.number, "at": now}
                row = connection.execute(sql.CALL_TICKET, {**called, "username": actor.username}).first()
                if row is not None:
                    return row
            taken.append(chosen.ticket_id)

    def _front_of_queue(self, connection, counter, day: date, taken: list) -> list[policy.Candidate]:
        """The only tickets the rule can pick: the oldest one sent to this counter (it keeps its own group, "grup
        tetap", even one this counter does not serve), and per group of the counter the oldest priority one and the
        oldest regular one (so a call costs the same with ten or ten thousand people waiting)."""
        groups = list(counter.group_codes)
        params = {"day": day, "counter": counter.number}
        params.update({f"g{index}": code for index, code in enumerate(groups)})
        params.update({f"x{index}": ticket_id for index, ticket_id in enumerate(taken)})
        statement = sql.front_of_queue(connection.dialect.name, len(groups), len(taken))
        rows = connection.execute(statement, params).all()
        return [policy.Candidate(row.id, row.issued_at, row.priority is not None, row.target_counter) for row in rows]

    def _mark_called(self, session: Session, ticket: Ticket, counter_number: int, actor: Actor, kind: str) -> None:
        ticket.status, ticket.counter_number, ticket.called_at = CALLED, counter_number, self._now()
        ticket.call_count += 1
        ticket.served_by = actor.username
        self.record_event(session, ticket, kind, actor, counter_number, call=ticket.call_count)

    def call_ticket(self, actor: Actor, counter_number: int, label: str) -> TicketInfo:
        """Call one ticket by number: a no-show who came back, or a waiting ticket the officer picks."""
        with self._db.transaction() as session:
            self._counter(session, counter_number)
            day = self.today(session)
            busy = self._in_service(session, counter_number, day)
            if busy is not None:
                raise DomainError(f"Loket {counter_number} masih menangani {busy.label}.")
            label = normalise_label(label)
            ticket = session.scalar(select(Ticket).where(Ticket.day == day, Ticket.label == label).with_for_update())
            if ticket is None:
                raise NotFound(f"Antrian {label} hari ini tidak ada.")
            if ticket.status not in (WAITING, NO_SHOW):
                raise DomainError(
                    f"Antrian {ticket.label} berstatus {STATUS_LABELS[ticket.status]}, tidak dapat dipanggil."
                )
            self._mark_called(session, ticket, counter_number, actor, "called")
            return self.ticket_info(session, ticket)

    def recall(self, actor: Actor, counter_number: int) -> TicketInfo:
        with self._db.transaction() as session:
            self._counter(session, counter_number)
            ticket = self._current(session, counter_number)
            if ticket.status != CALLED:
                raise DomainError(f"{ticket.label} sudah dilayani; panggilan ulang tidak diperlukan.")
            self._mark_called(session, ticket, counter_number, actor, "recalled")
            return self.ticket_info(session, ticket)

    def start_serving(self, actor: Actor, counter_number: int) -> TicketInfo:
        with self._db.transaction() as session:
            self._counter(session, counter_number)
            ticket = self._current(session, counter_number)
            if ticket.status == SERVING:
                return self.ticket_info(session, ticket)
            ticket.status, ticket.started_at = SERVING, self._now()
            self.record_event(session, ticket, "started", actor, counter_number)
            return self.ticket_info(session, ticket)

    def no_show(self, actor: Actor, counter_number: int) -> TicketInfo:
        with self._db.transaction() as session:
            self._counter(session, counter_number)
            ticket = self._current(session, counter_number)
            if ticket.status != CALLED:
                raise DomainError(f"{ticket.label} sedang dilayani; tidak dapat ditandai tidak hadir.")
            ticket.status = NO_SHOW
            self.record_event(session, ticket, "no_show", actor, counter_number)
            return self.ticket_info(session, ticket)

    def finish(self, actor: Actor, counter_number: int) -> TicketInfo:
        with self._db.transaction() as session:
            self._counter(session, counter_number)
            ticket = self._current(session, counter_number)
            now = self._now()
            if ticket.status == CALLED:  # served without pressing "start": service began at the call
                ticket.started_at = ticket.called_at
            ticket.status, ticket.finished_at = DONE, now
            self.record_event(session, ticket, "finished", actor, counter_number)
            return self.ticket_info(session, ticket)

    def transfer(
        self, actor: Actor, counter_number: int, *, to_group: str | None = None, to_counter: int | None = None
    ) -> TicketInfo:
        """Send the ticket in service to another group or counter; it keeps its number and its issue time."""
        if not to_group and not to_counter:
            raise DomainError("Pilih grup atau loket tujuan pengalihan.")
        with self._db.transaction() as session:
            self._counter(session, counter_number)
            ticket = self._current(session, counter_number)
            if to_counter is not None:
                target = session.scalar(select(Counter).where(Counter.number == to_counter))
                if target is None or not target.active or to_counter == counter_number:
                    raise DomainError(f"Loket tujuan {to_counter} tidak dapat dipakai.")
            if to_group:
                group = session.scalar(select(QueueGroup).where(QueueGroup.code == to_group.upper()))
                if group is None or not group.active:
                    raise DomainError(f"Grup tujuan '{to_group}' tidak ada atau tidak aktif.")
                ticket.group_code = group.code
            previous = {"from_counter": counter_number, "to_group": ticket.group_code, "to_counter": to_counter}
            ticket.status, ticket.counter_number, ticket.target_counter = WAITING, None, to_counter
            self.record_event(session, ticket, "transferred", actor, counter_number, **previous)
            return self.ticket_info(session, ticket)

    def close_counter(self, actor: Actor, counter_number: int) -> TicketInfo | None:
        """Closing a counter never strands a ticket: one still in service goes back to the front of the queue."""
        with self._db.transaction() as session:
            counter = self._counter(session, counter_number)
            counter.open, counter.paused, counter.priority_streak = False, False, 0
            ticket = self._in_service(session, counter_number, self.today(session))
            if ticket is None:
                return None
            previous = ticket.status
            ticket.status, ticket.counter_number = WAITING, None
            self.record_event(
                session, ticket, "returned", actor, counter_number, reason="loket ditutup", status=previous
            )
            return self.ticket_info(session, ticket)
