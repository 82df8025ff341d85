"""Applying master data pulled from the server to this PC's database (Core statements: never captured again)."""

from __future__ import annotations

import uuid

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.engine import Connection

from db.models.settings import OFFICE_SCOPE
from db.models.sync import SyncIdMap
from db.sync.tables import LOCAL_COLUMNS, MASTER_REFERENCES, MASTER_TABLES, NATURAL_KEYS, decode_row, table

_MAP = SyncIdMap.__table__


def _local_id(conn: Connection, name: str, remote_id: uuid.UUID) -> uuid.UUID:
    mapped = conn.scalar(select(_MAP.c.local_id).where(_MAP.c.table_name == name, _MAP.c.remote_id == remote_id))
    return mapped or remote_id


def apply_row(conn: Connection, name: str, remote_id: str, operation: str, data: dict) -> None:
    """Upsert (or delete) one master row. The server wins: matched by id, else by natural key (a row this PC
    seeded itself under another id), and then mapped so later changes and references find it."""
    if name not in MASTER_TABLES:
        return  # the server only sends master tables; anything else is ignored rather than trusted
    if name == "settings" and data.get("scope") != OFFICE_SCOPE and operation != "delete":
        return  # this PC's own settings (counter number, printers, archive folder) are never set from elsewhere
    target = table(name)
    remote = uuid.UUID(remote_id)
    local = _local_id(conn, name, remote)
    if operation == "delete":
        conn.execute(delete(target).where(target.c.id == local))
        return
    values = decode_row(name, data)
    for (source, column), referenced in MASTER_REFERENCES.items():
        if source == name and values.get(column) is not None:
            values[column] = _local_id(conn, referenced, values[column])
    kept = LOCAL_COLUMNS.get(name, frozenset())
    changes = {key: value for key, value in values.items() if key != "id" and key not in kept}
    if conn.scalar(select(target.c.id).where(target.c.id == local)) is not None:
        conn.execute(update(target).where(target.c.id == local).values(**changes))
        return
    natural = NATURAL_KEYS.get(name, ())
    if natural and all(key in values for key in natural):
        match = conn.scalar(select(target.c.id).where(and_(*(target.c[key] == values[key] for key in natural))))
        if match is not None:
            conn.execute(update(target).where(target.c.id == match).values(**changes))
            conn.execute(insert(_MAP).values(table_name=name, remote_id=remote, local_id=match))
            return
    conn.execute(insert(target).values(id=remote, **changes))
