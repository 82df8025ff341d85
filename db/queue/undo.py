"""The short undo of the two counter keys that act at once: F6 (no-show) and F9 (close the counter).

An officer who pressed the wrong key has UNDO_SECONDS to take it back; after that, or once someone else has acted on
the ticket, the undo is refused and nothing changes (the ticket can still be called again by number).
"""

from __future__ import annotations

from datetime import UTC, timedelta

from sqlalchemy import select

from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError
from db.models.queue import Ticket, TicketEvent
from db.queue.tickets import CALLED, IN_SERVICE, NO_SHOW, WAITING, QueueService, TicketInfo

UNDO_SECONDS = 20


def _last_event(session, ticket: Ticket) -> TicketEvent | None:
    return session.scalar(
        select(TicketEvent).where(TicketEvent.ticket_id == ticket.id).order_by(TicketEvent.at.desc()).limit(1)
    )


class QueueUndo:
    """The undo of F6 and F9, each one transaction; refused (nothing changes) once too late or overtaken."""

    def __init__(self, database: Database, queue: QueueService, clock: Clock = utc_now):
        self._db, self._queue, self._now = database, queue, clock

    def _fresh(self, event: TicketEvent | None, kind: str, counter_number: int) -> bool:
        if event is None or event.kind != kind or event.counter_number != counter_number:
            return False
        at = event.at if event.at.tzinfo else event.at.replace(tzinfo=UTC)
        return self._now() - at <= timedelta(seconds=UNDO_SECONDS)

    def _free(self, session, counter_number: int) -> None:
        busy = session.scalar(
            select(Ticket.label).where(
                Ticket.day == self._queue.today(session),
                Ticket.counter_number == counter_number,
                Ticket.status.in_(IN_SERVICE),
            )
        )
        if busy is not None:
            raise DomainError(f"Tidak dapat dibatalkan: Loket {counter_number} sudah menangani {busy}.")

    def _ticket(self, session, label: str) -> Ticket | None:
        return session.scalar(
            select(Ticket).where(Ticket.day == self._queue.today(session), Ticket.label == label).with_for_update()
        )

    def undo_no_show(self, actor: Actor, counter_number: int, label: str) -> TicketInfo:
        """The ticket marked absent a moment ago is this counter's call again, as if F6 had not been pressed."""
        with self._db.transaction() as session:
            self._queue.counter_row(session, counter_number)
            ticket = self._ticket(session, label)
            event = None if ticket is None else _last_event(session, ticket)
            if ticket is None or ticket.status != NO_SHOW or not self._fresh(event, "no_show", counter_number):
                raise DomainError(f"Tanda tidak hadir {label} tidak dapat dibatalkan lagi.")
            self._free(session, counter_number)
            ticket.status, ticket.counter_number = CALLED, counter_number
            self._queue.record_event(session, ticket, "no_show_undone", actor, counter_number)
            return self._queue.ticket_info(session, ticket)

    def undo_close(self, actor: Actor, counter_number: int, label: str | None) -> TicketInfo | None:
        """Open the counter again; the ticket its closing sent back to the queue returns to it, unless it was taken."""
        with self._db.transaction() as session:
            counter = self._queue.counter_row(session, counter_number)
            if counter.open:
                raise DomainError(f"Loket {counter_number} sudah terbuka.")
            ticket = None
            if label is not None:
                ticket = self._ticket(session, label)
                event = None if ticket is None else _last_event(session, ticket)
                if ticket is None or ticket.status != WAITING or not self._fresh(event, "returned", counter_number):
                    raise DomainError(
                        f"Penutupan loket tidak dapat dibatalkan lagi: {label} sudah dipanggil loket lain."
                    )
                self._free(session, counter_number)
                ticket.status, ticket.counter_number = event.details.get("status", CALLED), counter_number
                self._queue.record_event(session, ticket, "close_undone", actor, counter_number)
            counter.open = True
            return None if ticket is None else self._queue.ticket_info(session, ticket)
