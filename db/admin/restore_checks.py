"""What a backup must be before it replaces this PC's data: a Loket database, written by this Loket or an older one.

An empty SQLite file passes SQLite's integrity check, and a newer Loket's backup may hold data this version does not
understand even when the schema revision is the same; both were restored before (30 tickets became 0).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from db.core.errors import SchemaTooNew

# Tables every Loket database has had since the first schema: a SQLite file without them is some other database.
LOKET_TABLES = frozenset({"alembic_version", "users", "settings", "tickets", "applicants", "applications"})


def missing_tables(database_file: Path) -> list[str]:
    """The Loket tables this SQLite file lacks (empty when it is a Loket database)."""
    connection = sqlite3.connect(f"file:{database_file.as_posix()}?mode=ro", uri=True)
    try:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    return sorted(LOKET_TABLES - present)


def release(version: str) -> tuple[int, ...] | None:
    """'1.4.2' -> (1, 4, 2); None for anything that is not a release number ('dev', a local build)."""
    match = re.fullmatch(r"(\d+(?:\.\d+)*)(?:[.+-].*)?", version.strip())
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def check_app_version(written_by: str, running: str, backup: Path) -> None:
    """SchemaTooNew when the backup was written by a newer Loket than the one running."""
    theirs, ours = release(written_by), release(running)
    if theirs is None or ours is None:
        return  # a source tree that is not installed ("dev") has no release number to compare
    if theirs > ours:
        raise SchemaTooNew(
            f"Cadangan {backup.name} dibuat oleh Loket {written_by}, lebih baru dari versi ini ({running}). "
            "Pasang versi Loket terbaru lalu ulangi; tidak ada yang diubah."
        )
