"""The last line of defence for text columns: the same limits on SQLite and PostgreSQL, checked before a flush.

SQLite stores a 5,000-character birth place or a NUL in an address; PostgreSQL refuses both with a raw DataError
(a crash dialog), and a NUL that SQLite accepted later makes every sync of that PC fail on the server. Services
check what a person types with `validators.text` and their own labels; this guard catches whatever a service did
not, so no engine-specific failure ever reaches a user: String(n) holds at most n characters, Text at most
TEXT_LIMIT, and no column holds a control character other than tab and line breaks.
"""

from __future__ import annotations

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from db.core.errors import DomainError

TEXT_LIMIT = 20_000
# Text columns that hold machine-made content, not typing: the inline logos (base64, up to 2 MB: the office.logo
# setting, the hall's and each agency's, which a one-agency hall's office settings write through to) and sync state.
LIMIT_OVERRIDES = {
    ("settings", "value"): 3_000_000,
    ("halls", "logo"): 3_000_000,
    ("agencies", "logo"): 3_000_000,
    ("sync_state", "value"): 3_000_000,
}
_ALLOWED_CONTROLS = frozenset("\t\n\r")
# What the guard calls a column in its message (the columns a person fills in); others are named as they are.
LABELS = {
    "name": "Nama",
    "full_name": "Nama lengkap",
    "birth_place": "Tempat lahir",
    "address": "Alamat",
    "description": "Uraian",
    "reason": "Alasan",
    "note": "Catatan",
    "question": "Pertanyaan",
    "answer": "Jawaban",
    "visitor_name": "Nama pengunjung",
    "complainant_name": "Nama pelapor",
    "contact": "Kontak",
    "recipient_name": "Nama penerima",
    "proxy_letter": "Surat kuasa",
    "status_reason": "Alasan",
    "status_official": "Pejabat",
    "rejection_reason": "Alasan penolakan",
    "comment": "Saran",
    "person": "Nama",
    "value": "Nilai",
}


def install(factory: sessionmaker) -> None:
    """Check text columns of everything flushed through sessions of `factory` (idempotent)."""
    if not event.contains(factory, "before_flush", _before_flush):
        event.listen(factory, "before_flush", _before_flush)


def problem(value: str, limit: int) -> str | None:
    """Why `value` cannot be stored in a column of at most `limit` characters, or None."""
    if len(value) > limit:
        return f"maksimal {limit} karakter (tertulis {len(value)})"
    if any((char < " " and char not in _ALLOWED_CONTROLS) or char == "\x7f" for char in value):
        return "mengandung karakter kendali yang tidak diperbolehkan"
    if any("\ud800" <= char <= "\udfff" for char in value):
        return "mengandung karakter yang tidak sah"
    return None


def _before_flush(session: Session, _context, _instances) -> None:
    for instance, is_new in [(item, True) for item in session.new] + [(item, False) for item in session.dirty]:
        state = inspect(instance)
        table_name = getattr(getattr(instance, "__table__", None), "name", "")
        for attribute in state.mapper.column_attrs:
            column = attribute.columns[0]
            if not isinstance(column.type, String):
                continue
            value = state.dict.get(attribute.key)
            if not isinstance(value, str):
                continue
            if not is_new and not state.attrs[attribute.key].history.has_changes():
                continue  # a value stored before this guard existed does not block an unrelated edit
            limit = column.type.length or LIMIT_OVERRIDES.get((table_name, column.name), TEXT_LIMIT)
            reason = problem(value, limit)
            if reason:
                label = LABELS.get(column.name, column.name)
                raise DomainError(f"Isian {label} {reason}.")
