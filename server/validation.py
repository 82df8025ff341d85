"""What the server accepts from a device, checked before anything touches PostgreSQL.

A row PostgreSQL cannot store (a NUL or a lone surrogate in its text, NaN, a seq past BIGINT, JSON nested past any
real record) used to fail the whole transaction with a 500, and the device resent the same batch forever: that PC's
sync was stopped for good. Each such row is now a recorded reject and the rest of the batch applies. Everything
here is pure (no database) so the rules can be tested over any JSON.
"""

from __future__ import annotations

import json
import math
import uuid

from db.models.settings import OFFICE_SCOPE
from db.sync.agency import HALL_TABLES, OWN_COLUMN_TABLES, SELF_TABLES
from db.sync.tables import CAPTURED, table

MAX_SEQ = 2**63 - 1  # PostgreSQL BIGINT
MAX_DEPTH = 16  # a synced row is flat; a JSON column inside it nests a few levels at most
MAX_SHOWN = 200
OPERATIONS = ("insert", "update", "delete")


def text_problem(value: str) -> str | None:
    """Why PostgreSQL cannot store this text (TEXT and JSONB refuse NUL; UTF-8 has no lone surrogates)."""
    if "\x00" in value:
        return "mengandung karakter NUL"
    if any("\ud800" <= char <= "\udfff" for char in value):
        return "mengandung karakter yang tidak sah (surrogate)"
    return None


def json_problem(value: object, depth: int = 0) -> str | None:
    """Why a decoded JSON value cannot go into a JSONB column, or None."""
    if depth > MAX_DEPTH:
        return f"data bersarang lebih dari {MAX_DEPTH} tingkat"
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return None if abs(value) <= 10**300 else "angka terlalu besar"
    if isinstance(value, float):
        return None if math.isfinite(value) else "angka tidak terhingga (NaN/Infinity)"
    if isinstance(value, list):
        items = value
    elif isinstance(value, dict):
        for key in value:
            problem = text_problem(key)
            if problem:
                return f"nama kolom {problem}"
        items = list(value.values())
    else:
        return "nilai bukan JSON"
    for item in items:
        problem = json_problem(item, depth + 1)
        if problem:
            return problem
    return None


def row_problem(row: dict) -> str | None:
    """Why a pushed row cannot be applied, or None when it is well-formed."""
    name = row.get("table")
    if not isinstance(name, str) or name not in CAPTURED:
        return f"tabel tidak dikenal: {shown(name)}"
    if row.get("op") not in OPERATIONS:
        return f"operasi tidak dikenal: {shown(row.get('op'))}"
    row_id = row.get("id")
    try:
        if not isinstance(row_id, str):
            raise ValueError
        uuid.UUID(row_id)
    except ValueError:
        return f"id bukan UUID: {shown(row_id)}"
    data = row.get("data")
    if not isinstance(data, dict):
        return "data baris bukan objek JSON"
    problem = json_problem(data)
    if problem:
        return f"data baris {problem}"
    if str(data.get("id")) != row_id:
        return "id di data tidak sama dengan id baris"
    unknown = set(data) - {column.name for column in table(name).columns}
    if unknown:
        return f"kolom tidak dikenal: {', '.join(sorted(unknown))}"
    if name == "settings" and data.get("scope") != OFFICE_SCOPE:
        # counter.number, archive.dir, printers, sync.ca_file belong to one PC: never sent to the others.
        return "pengaturan milik satu PC (bukan pengaturan kantor) tidak diteruskan"
    return None


def shown(value: object) -> str:
    """A short, storable rendering of anything a device sent (for reject reasons and columns)."""
    try:
        text = json.dumps(value, ensure_ascii=True, default=str)
    except (ValueError, RecursionError):
        text = "(tidak dapat ditampilkan)"
    return text[:MAX_SHOWN]


def stored_payload(row: dict, limit: int = 100_000) -> str:
    """The rejected row as ASCII JSON (NUL and surrogates escaped), or a note when it cannot be written out."""
    if _depth_exceeds(row.get("data"), MAX_DEPTH):  # kept short: the envelope says which row it was
        return shown({key: row.get(key) for key in ("seq", "table", "id", "op")})
    try:
        return json.dumps(row, ensure_ascii=True, default=str)[:limit]
    except (ValueError, RecursionError):
        return "(tidak dapat ditampilkan)"


def _depth_exceeds(value: object, limit: int) -> bool:
    if limit < 0:
        return True
    if isinstance(value, dict):
        return any(_depth_exceeds(item, limit - 1) for item in value.values())
    if isinstance(value, list):
        return any(_depth_exceeds(item, limit - 1) for item in value)
    return False


# -- agencies (issue 19) ---------------------------------------------------------------------------------------------
KINDS = {"counter": "loket", "kiosk": "kios", "display": "layar"}  # a device's kind and how the refusals name it
QUEUE_TABLES = frozenset({"queue_days", "tickets", "ticket_events"})  # what the hall's kiosk and displays push
# No agency's, from any device: its own log (a line of the hall's staff or the system) and the hall's queue day
NEUTRAL_TABLES = frozenset({"audit_log", "queue_days"})


def _uuid_text(value: object) -> str | None:
    if not isinstance(value, str):
        raise ValueError
    return str(uuid.UUID(value))


def row_agency(row: dict) -> tuple[str | None, str | None]:
    """(the row's agency id as text or None for the hall's, why it cannot be told) for a well-formed row.

    A record with an agency column, and an agency record, say it in their data; the envelope's "agency" (what the
    device captured, db/sync/agency.py) must agree. A row hanging off a record says it only in the envelope."""
    name, data, sent = row["table"], row["data"], row.get("agency")
    if name in SELF_TABLES:
        own = data.get("id")
    elif name in OWN_COLUMN_TABLES:
        own = data.get("agency_id")
    elif name in HALL_TABLES:
        return None, None
    else:
        own = sent  # told only by the envelope
    if sent is not None and sent != own:
        try:
            same = _uuid_text(sent) == _uuid_text(own)  # the same id, spelled otherwise
        except ValueError:
            same = False
        if not same:
            return None, f"instansi kiriman ({shown(sent)}) tidak sama dengan instansi di data baris ({shown(own)})"
    try:
        return (None if own is None else _uuid_text(own)), None
    except ValueError:
        return None, f"instansi baris bukan UUID: {shown(own)}"


def agency_refusal(kind: str, device_agency: str | None, name: str, agency: str | None) -> str | None:
    """Why a device of `kind` serving `device_agency` (its id as text, None: the hall) may not push this row.

    The hall's own devices push every agency's rows; its kiosks and displays only queue rows (for every agency);
    an agency's device only its agency's rows, and its own audit lines."""
    if kind != "counter" and name not in QUEUE_TABLES | NEUTRAL_TABLES:
        return (
            f"Perangkat {KINDS.get(kind, kind)} hanya boleh mengirim data antrian (hari antrian, tiket, kejadian "
            f"tiket); baris {name} ditolak."
        )
    if device_agency is None or agency == device_agency:
        return None
    if agency is None:
        if name in NEUTRAL_TABLES:
            return None
        return (
            f"Baris {name} milik aula (tanpa instansi); perangkat instansi hanya boleh mengirim data instansinya "
            "sendiri."
        )
    return f"Baris {name} milik instansi lain ({agency}); perangkat ini hanya boleh mengirim data instansinya sendiri."
