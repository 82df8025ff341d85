"""Bring a database to the app's schema: Alembic only, a copy first, and never a schema newer than the app."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.core.engine import Database, translate_faults
from db.core.errors import SchemaTooNew
from db.core.paths import backups_dir

MIGRATIONS_DIR = Path(__file__).parent.parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def alembic_config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(database: Database) -> str | None:
    with translate_faults(), database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(revision: str | None) -> None:
    """Refuse a database written by a newer Loket: its revision is unknown to this app."""
    if revision is None:
        return
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision not in known:
        raise SchemaTooNew(
            f"Basis data ini dibuat oleh versi Loket yang lebih baru (skema {revision}). "
            "Pasang versi Loket terbaru; basis data tidak diubah."
        )


def upgrade(database: Database) -> MigrationResult:
    """Migrate to head. An existing SQLite file is copied into the backups folder before any change."""
    before = current_revision(database)
    check_not_newer(before)
    head = head_revision()
    backup = None
    if before is not None and before != head and database.file_path:
        backup = backup_sqlite(database.file_path, f"pra-upgrade-{before}")
    with translate_faults(), database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return MigrationResult(before=before, after=head, backup=backup)


def backup_sqlite(path: Path, label: str, folder: Path | None = None) -> Path:
    """A consistent copy through SQLite's online backup (safe while other connections write, WAL included)."""
    folder = folder or backups_dir()
    target = folder / f"loket-{label}-{datetime.now():%Y%m%d-%H%M%S}.db"
    with translate_faults():
        source = sqlite3.connect(path)
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
    return target
