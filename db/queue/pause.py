"""A counter's short pause (istirahat): the counter stays open but calls nobody, and the hall display says so,
so visitors are not left looking at a counter that seems to be serving. F2 ends the pause by calling the next."""

from __future__ import annotations

from sqlalchemy import select

from db.core.actor import Actor
from db.core.errors import DomainError
from db.models.queue import Counter
from db.queue.tickets import QueueService

OPEN, PAUSED, CLOSED = "open", "paused", "closed"


def pause(service: QueueService, actor: Actor, counter_number: int) -> None:
    """Pause an open counter with nobody at it; refused (nothing changes) while it calls or serves someone."""
    with service._db.transaction() as session:
        counter = service._counter(session, counter_number)
        if not counter.open:
            raise DomainError(f"Loket {counter_number} tutup; tidak perlu istirahat.")
        busy = service._in_service(session, counter_number, service.today(session))
        if busy is not None:
            raise DomainError(f"Loket {counter_number} masih menangani {busy.label}. Selesaikan dulu, lalu istirahat.")
        counter.paused = True


def resume(service: QueueService, actor: Actor, counter_number: int) -> None:
    with service._db.transaction() as session:
        service._counter(session, counter_number).paused = False


def counter_states(service: QueueService) -> dict[int, str]:
    """Every active counter's state: open, paused or closed (calling and serving come from its ticket)."""
    with service._db.read() as session:
        rows = session.execute(select(Counter.number, Counter.open, Counter.paused).where(Counter.active.is_(True)))
        return {number: (CLOSED if not is_open else PAUSED if paused else OPEN) for number, is_open, paused in rows}
