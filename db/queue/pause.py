"""A counter's short pause (istirahat): the counter stays open but calls nobody, and the hall display says so,
so visitors are not left looking at a counter that seems to be serving. F2 ends the pause by calling the next."""

from __future__ import annotations

from sqlalchemy import select

from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import DomainError
from db.models.queue import Counter
from db.queue.tickets import QueueService

OPEN, PAUSED, CLOSED = "open", "paused", "closed"


class CounterPause:
    def __init__(self, database: Database, queue: QueueService):
        self._db, self._queue = database, queue

    def pause(self, actor: Actor, counter_number: int) -> None:
        """Pause an open counter with nobody at it; refused (nothing changes) while it calls or serves someone."""
        with self._db.transaction() as session:
            counter = self._queue.counter_row(session, counter_number)
            if not counter.open:
                raise DomainError(f"Loket {counter_number} tutup; tidak perlu istirahat.")
            busy = self._queue.in_service(session, counter_number, self._queue.today(session))
            if busy is not None:
                raise DomainError(
                    f"Loket {counter_number} masih menangani {busy.label}. Selesaikan dulu, lalu istirahat."
                )
            counter.paused = True

    def resume(self, actor: Actor, counter_number: int) -> None:
        with self._db.transaction() as session:
            self._queue.counter_row(session, counter_number).paused = False

    def counter_states(self) -> dict[int, str]:
        """Every active counter's state: open, paused or closed (calling and serving come from its ticket)."""
        with self._db.read() as session:
            rows = session.execute(select(Counter.number, Counter.open, Counter.paused).where(Counter.active.is_(True)))
            return {number: (CLOSED if not is_open else PAUSED if paused else OPEN) for number, is_open, paused in rows}
