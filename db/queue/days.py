"""Opening and closing the queue day. Leftovers of earlier days are closed as unserved, never carried over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.core import audit
from db.core.actor import SUPERVISORS, Actor, Clock, utc_now
from db.core.engine import Database
from db.models.queue import Counter, QueueDay, Ticket
from db.queue.tickets import IN_SERVICE, UNSERVED, WAITING, QueueService


@dataclass(frozen=True)
class DayResult:
    day: date
    already: bool
    closed_leftovers: int


class QueueDays:
    """Opening and closing the queue day, each one transaction; ticket events go through the queue service."""

    def __init__(self, database: Database, queue: QueueService, clock: Clock = utc_now):
        self._db = database
        self._queue = queue
        self._now = clock

    def _close_leftovers(self, session: Session, actor: Actor, before_or_on: date, inclusive: bool) -> int:
        condition = Ticket.day <= before_or_on if inclusive else Ticket.day < before_or_on
        leftovers = session.scalars(
            select(Ticket).where(condition, Ticket.status.in_((WAITING, *IN_SERVICE))).with_for_update()
        ).all()
        for ticket in leftovers:
            ticket.status = UNSERVED
            self._queue.record_event(session, ticket, "unserved", actor, ticket.counter_number, reason="hari ditutup")
        return len(leftovers)

    def open_day(self, actor: Actor) -> DayResult:
        with self._db.transaction() as session:
            day = self._queue.today(session)
            closed = self._close_leftovers(session, actor, day, inclusive=False)
            existing = session.scalar(select(QueueDay).where(QueueDay.day == day))
            if existing is None:
                session.add(QueueDay(day=day, opened_by=actor.username))
                audit.record(session, actor, "queue.open_day", "queue_day", day.isoformat(), leftovers=closed)
            return DayResult(day, existing is not None, closed)

    def close_day(self, actor: Actor) -> DayResult:
        """Close today: tickets still waiting or in service become unserved; every counter is closed. Supervisors
        only: it ends every waiting applicant's turn."""
        actor.require(*SUPERVISORS)
        with self._db.transaction() as session:
            day = self._queue.today(session)
            closed = self._close_leftovers(session, actor, day, inclusive=True)
            for counter in session.scalars(select(Counter)):
                counter.open, counter.paused, counter.priority_streak = False, False, 0
            record = session.scalar(select(QueueDay).where(QueueDay.day == day))
            if record is None:
                record = QueueDay(day=day, opened_by=actor.username)
                session.add(record)
            already = record.closed_at is not None
            record.closed_at, record.closed_by = self._now(), actor.username
            audit.record(session, actor, "queue.close_day", "queue_day", day.isoformat(), unserved=closed)
            return DayResult(day, already, closed)
