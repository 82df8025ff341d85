"""Change notices: what a committed use case changed, told to whoever listens (Anki's OpChanges, without Qt).

Every ORM row a write session flushes is noted by table (`install`, an `after_flush` hook like the sync capture),
so no service can forget to tell; a Core statement that bypasses the ORM notes its change itself with
`note(session, TOPIC, *keys)`. `Database.transaction()` publishes the notes once the commit has succeeded, so a
listener never hears of a change that was rolled back. The desktop bridges the hub to a Qt signal
(desktop.context.ChangeBridge); the CLI and the server simply have no listeners.

Other PCs' changes are not heard here: screens that must follow them (the hall display, the dashboard, the counter
screen) compare a cheap change stamp read from the database instead (`QueueService.change_stamp`, the sync outbox's
last sequence number, and `SettingsService.change_stamp`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

QUEUE = "queue"  # tickets issued, called, served, transferred; counters opened or closed
QUEUE_SETUP = "queue_setup"  # groups and counters edited by the administrator
SETTINGS = "settings"  # keys: the setting keys written
APPLICATION = "application"  # keys: application ids (registered, decreed, handed over)
COMPLAINT = "complaint"  # keys: complaint ids
PRINT_JOB = "print_job"  # keys: the kind of document printed (ticket, receipt, complaint, ...)
ARCHIVE = "archive"  # keys: the kind of document archived
MESSAGES = "messages"  # a message to an applicant queued, taken, sent, retried or handed to the officer

_PENDING = "loket_change_notices"

# table -> (topics, the attribute naming which row changed, or None when the topic carries no keys)
_TABLE_TOPICS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "tickets": ((QUEUE,), None),
    "ticket_events": ((QUEUE,), None),
    "queue_days": ((QUEUE,), None),
    "counters": ((QUEUE, QUEUE_SETUP), None),
    "queue_groups": ((QUEUE, QUEUE_SETUP), None),
    "settings": ((SETTINGS,), "key"),
    "applications": ((APPLICATION,), "id"),
    "application_steps": ((APPLICATION,), "application_id"),
    "decrees": ((APPLICATION,), "application_id"),
    "handovers": ((APPLICATION,), "application_id"),
    "complaints": ((COMPLAINT,), "id"),
    "complaint_steps": ((COMPLAINT,), "complaint_id"),
    "print_jobs": ((PRINT_JOB,), "kind"),
    "issued_documents": ((ARCHIVE,), "kind"),
    "messages": ((MESSAGES,), None),
    "message_attempts": ((MESSAGES,), None),
}


@dataclass(frozen=True)
class Change:
    """One kind of change; `keys` says which rows or settings when the publisher knows (empty: "something")."""

    topic: str
    keys: frozenset[str] = frozenset()


Listener = Callable[[tuple[Change, ...]], None]


def note(session: Session, topic: str, *keys: object) -> None:
    """Record a change in this transaction; it is published after commit, or dropped with a rollback."""
    pending: dict[str, set[str]] = session.info.setdefault(_PENDING, {})
    pending.setdefault(topic, set()).update(str(key) for key in keys)


def install(factory: sessionmaker) -> None:
    """Note the changes of every ORM row flushed through sessions of `factory` (idempotent)."""
    if not event.contains(factory, "after_flush", _after_flush):
        event.listen(factory, "after_flush", _after_flush)


def _after_flush(session: Session, _context) -> None:
    for instance in (*session.new, *session.dirty, *session.deleted):
        if instance in session.dirty and not session.is_modified(instance, include_collections=False):
            continue  # an attribute set to the value it had: nothing changed
        table = getattr(instance, "__tablename__", None)
        attribute = _TABLE_TOPICS.get(table, ((), None))[1]
        note_row(session, table, getattr(instance, attribute, None) if attribute else None)


def note_row(session: Session, table: str, key: object = None) -> None:
    """Note a change of one row of `table` (a Core write, such as a row applied by a sync pull, calls this)."""
    if table not in _TABLE_TOPICS:
        return
    for topic in _TABLE_TOPICS[table][0]:
        if key is None:
            note(session, topic)
        else:
            note(session, topic, key)


def key_attribute(table: str) -> str | None:
    """Which column names the changed row in the notice of `table` (None: the topic carries no keys)."""
    return _TABLE_TOPICS.get(table, ((), None))[1]


def take_noted(session: Session) -> tuple[Change, ...]:
    """The changes noted in this session (and forget them): called by the engine after a commit or rollback."""
    pending: dict[str, set[str]] = session.info.pop(_PENDING, {})
    return tuple(Change(topic, frozenset(keys)) for topic, keys in sorted(pending.items()))


class ChangeHub:
    """Listeners hear each committed batch of changes on the thread that committed it."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Returns the function that unsubscribes (a closed screen must stop listening)."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Iterable[Change]) -> None:
        batch = tuple(changes)
        if not batch:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(batch)
            except Exception:  # noqa: BLE001 - the commit stands; a broken listener must not turn it into a failure
                log.exception("change listener failed for %s", batch)


def topics(changes: Iterable[Change]) -> set[str]:
    return {change.topic for change in changes}


def keys_of(changes: Iterable[Change], topic: str) -> set[str]:
    return {key for change in changes if change.topic == topic for key in change.keys}
