"""The outbox: every change of a synced table is written to `sync_outbox` in the same transaction as the change.

Installed on the write sessions of db.core.engine.Database (`after_flush`: by then defaults such as ids are filled in,
and `session.new/dirty/deleted` still describe what the flush did). Core `insert()/update()` statements bypass ORM
events; the only ones in db/ touch ticket_sequences and registration_sequences, which are local numbering state and
are deliberately not synced. Rows applied by a pull are written with Core too, so they never echo back up.
"""

from __future__ import annotations

import json

from sqlalchemy import event, func, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from db.models.base import utc_now
from db.models.settings import OFFICE_SCOPE
from db.models.sync import SyncOutbox
from db.sync.agency import agencies_of
from db.sync.tables import CAPTURED, TABLE_ORDER, encode_value

_OUTBOX = SyncOutbox.__table__
# On PostgreSQL (a hall database) a sequence value is taken before commit, so two transactions could commit their
# outbox rows out of seq order and a reader could skip one. Taking this transaction-scoped advisory lock before the
# seq is drawn makes seq order equal commit order (the lock is held until commit). SQLite has one writer anyway.
_PG_OUTBOX_LOCK = 7_420_001


def install(factory: sessionmaker) -> None:
    """Capture changes made through sessions of `factory` (idempotent)."""
    if not event.contains(factory, "after_flush", _after_flush):
        event.listen(factory, "after_flush", _after_flush)


def last_sequence(session: Session) -> int:
    """The outbox's last seq: a counter that every committed change of a synced table advances, on every PC of a
    shared database (in commit order, see _PG_OUTBOX_LOCK), and never reused. Reading it is one primary-key
    lookup, so a screen can ask every second whether anything changed."""
    return session.scalar(select(func.max(SyncOutbox.seq))) or 0


def _row(instance) -> dict:
    state = inspect(instance)
    values = state.dict
    result = {}
    for attribute in state.mapper.column_attrs:
        key = attribute.key
        value = values[key] if key in values else getattr(instance, key)
        result[attribute.columns[0].name] = value
    return result


def _captured(instance) -> str | None:
    name = getattr(getattr(instance, "__table__", None), "name", None)
    if name not in CAPTURED:
        return None
    if name == "settings" and instance.scope != OFFICE_SCOPE:
        return None  # this PC's own settings stay here
    return name


def _flush_order(change: tuple) -> tuple[bool, int]:
    operation, name, _instance = change
    return (operation == "delete", -TABLE_ORDER[name] if operation == "delete" else TABLE_ORDER[name])


def _after_flush(session: Session, _context) -> None:
    if session.info.get("sync_pull"):
        return
    changes = []
    for operation, instances in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for instance in instances:
            name = _captured(instance)
            if name is None:
                continue
            if operation == "update" and not session.is_modified(instance, include_collections=False):
                continue
            changes.append((operation, name, instance))
    if not changes:
        return
    record(session.connection(), [(operation, name, _row(instance)) for operation, name, instance in changes])


def resend(session: Session, instances) -> int:
    """Queue the current state of these rows once more, in the caller's transaction: for columns a migration filled
    without the ORM (which the outbox never saw). Returns how many rows were queued."""
    changes = [("update", name, _row(instance)) for instance in instances if (name := _captured(instance))]
    if changes:
        record(session.connection(), changes)
    return len(changes)


def record(connection, changes: list[tuple[str, str, dict]]) -> None:
    """Write the outbox rows of changes: (operation, table, the whole row as its columns' values).

    Each row also names its agency (db/sync/agency.py), which the server checks against the device's registration.
    The flush hook above uses it, and so do the few hot paths that write with Core statements (the queue's issue
    and call-next), which must capture exactly what the ORM would have: every column of the row after the change.
    """
    # Parents before children (and children before parents for deletes), so a master row is never applied
    # elsewhere before the row it references.
    now = utc_now()
    rows = []
    ordered = sorted(changes, key=_flush_order)
    for (operation, name, values), agency in zip(ordered, agencies_of(connection, ordered), strict=True):
        data = {key: encode_value(value) for key, value in values.items()}
        rows.append(
            {
                "table_name": name,
                "row_id": data["id"],
                "operation": operation,
                "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                "agency_id": agency,
                "created_at": now,
            }
        )
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_OUTBOX_LOCK})
    connection.execute(insert(_OUTBOX), rows)
