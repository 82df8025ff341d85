"""One officer's day at the counter, for their home screen: what they served today and where."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from sqlalchemy import select

from db.core.engine import Database
from db.models.queue import Ticket, TicketEvent
from db.queue.tickets import DONE, IN_SERVICE, NO_SHOW, QueueService


@dataclass(frozen=True)
class OfficerDay:
    served: int
    no_shows: int
    median_service_minutes: float | None
    counter_number: int | None  # the counter they worked at last today
    in_service: str | None  # the ticket they are calling or serving now


class OfficerDays:
    def __init__(self, database: Database, queue: QueueService):
        self._db, self._queue = database, queue

    def officer_day(self, username: str) -> OfficerDay:
        with self._db.read() as session:
            return _day(session, self._queue.today(session), username)


def _day(session, day, username: str) -> OfficerDay:
    tickets = session.execute(
        select(Ticket.status, Ticket.label, Ticket.started_at, Ticket.finished_at, Ticket.counter_number).where(
            Ticket.day == day, Ticket.served_by == username
        )
    ).all()
    last_counter = session.scalar(
        select(TicketEvent.counter_number)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(Ticket.day == day, TicketEvent.username == username, TicketEvent.counter_number.is_not(None))
        .order_by(TicketEvent.at.desc())
        .limit(1)
    )
    minutes = [
        (finished - started).total_seconds() / 60
        for status, _label, started, finished, _counter in tickets
        if status == DONE and started and finished
    ]
    current = next((label for status, label, *_rest in tickets if status in IN_SERVICE), None)
    return OfficerDay(
        served=sum(1 for status, *_rest in tickets if status == DONE),
        no_shows=sum(1 for status, *_rest in tickets if status == NO_SHOW),
        median_service_minutes=round(statistics.median(minutes), 1) if minutes else None,
        counter_number=last_counter,
        in_service=current,
    )
