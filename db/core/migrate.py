"""Bring a database to the app's schema: Alembic only, a copy first, and never a schema newer than the app.

Alembic (with mako and pygments) costs a quarter of a second to import, and on all but the first start after an
upgrade there is nothing to migrate. So the revisions are read from the migration files' own `revision` and
`down_revision` lines, the database's revision with one SELECT, and Alembic is imported only when there is work to
do (or the files are not the simple single chain this reading understands).
"""

from __future__ import annotations

import ast
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text

from db.core.engine import Database, translate_faults
from db.core.errors import SchemaTooNew
from db.core.paths import backups_dir

MIGRATIONS_DIR = Path(__file__).parent.parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]+)?=\s*(.+?)\s*$", re.MULTILINE)


def _file_revisions() -> dict[str, tuple[str, ...]] | None:
    """revision -> its down revisions, read from the files; None when a file is not in the plain form."""
    chain: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(match.groups() for match in _ASSIGNMENT.finditer(path.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found.get("down_revision", "None"))
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        chain[revision] = () if down is None else (down,) if isinstance(down, str) else tuple(down)
    return chain


def _file_head() -> str | None:
    chain = _file_revisions()
    if not chain:
        return None
    referenced = {down for downs in chain.values() for down in downs}
    heads = [revision for revision in chain if revision not in referenced]
    return heads[0] if len(heads) == 1 else None


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = _file_head()
    if head is not None:
        return head
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(database: Database) -> str | None:
    with translate_faults(), database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_not_newer(revision: str | None) -> None:
    """Refuse a database written by a newer Loket: its revision is unknown to this app."""
    if revision is None:
        return
    chain = _file_revisions()
    if chain is None:
        from alembic.script import ScriptDirectory

        known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    else:
        known = set(chain)
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
    if before == head:
        return MigrationResult(before=before, after=head, backup=None)
    if before is not None and database.file_path:
        backup = backup_sqlite(database.file_path, f"pra-upgrade-{before}")
    from alembic import command

    with translate_faults(), database.engine.connect() as connection:
        with _foreign_keys_checked_at_the_end(connection), connection.begin():
            command.upgrade(alembic_config(connection), "head")
            _check_foreign_keys(connection)
    return MigrationResult(before=before, after=head, backup=backup)


@contextmanager
def _foreign_keys_checked_at_the_end(connection):
    """SQLite changes a column or a constraint by rebuilding the table (Alembic's batch mode); dropping the old copy
    of a table other rows reference fails while foreign keys are enforced. So, as SQLite's documented procedure for
    schema changes says (sqlite.org/lang_altertable.html), enforcement is off during the upgrade (the pragma only
    takes effect outside a transaction, hence on the driver's connection before BEGIN) and every reference is
    checked before the commit (`_check_foreign_keys`)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    driver = connection.connection.driver_connection
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(connection) -> None:
    if connection.dialect.name != "sqlite":
        return  # PostgreSQL enforces its references throughout the upgrade
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration left rows pointing at missing rows (table, rowid, parent, fk): {broken[:5]}")


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
