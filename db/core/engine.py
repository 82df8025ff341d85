"""The database connection: one `Database` per app, SQLite or PostgreSQL, with one-transaction-per-use-case helpers.

SQLite runs in WAL mode with foreign keys, a busy timeout and `synchronous=FULL` (a committed registration number must
survive a power cut, or it could be issued twice). Write transactions start with BEGIN IMMEDIATE so two counters
racing for the next number queue up instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from db.core.changes import ChangeHub, take_noted
from db.core.changes import install as install_change_notices
from db.core.errors import EnvironmentFault
from db.core.faults import fault_message, translate_faults
from db.core.write_thread import WriterThread

__all__ = ["BUSY_TIMEOUT_MS", "Database", "fault_message", "normalise_url", "translate_faults"]

BUSY_TIMEOUT_MS = 10_000


class Database:
    """An engine plus `transaction()` (read-write, one commit) and `read()` (snapshot, never writes)."""

    def __init__(self, url: str, *, echo: bool = False, read_only: bool = False):
        """`read_only`: every connection refuses writes (SQLite's query_only, PostgreSQL's read-only
        transactions), for a process that only shows data to the public (db.public)."""
        url = normalise_url(url)
        self.url = _checked_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            # Never create folders for a typed path: a typo would silently start an empty database elsewhere.
            folder = Path(self.url.database).parent
            if not folder.is_dir():
                raise EnvironmentFault(f"Folder basis data {folder} tidak ada. Periksa alamat basis data.")
        self.engine = _make_engine(url, echo=echo, read_only=read_only)
        self._writer = self.engine.execution_options(loket_begin="IMMEDIATE")
        self._reader = self.engine.execution_options(loket_begin="DEFERRED")
        self._write_sessions = sessionmaker(bind=self._writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(bind=self._reader, expire_on_commit=False)
        self.writer = WriterThread()  # the GUI runner designates its database worker here
        self.changes = ChangeHub()  # what each committed transaction changed, for the screens
        from db.core import text_guard
        from db.sync import capture  # late: the capture module needs every model

        text_guard.install(self._write_sessions)  # same text limits on SQLite and PostgreSQL, before any flush

        capture.install(self._write_sessions)  # changes of synced tables go to sync_outbox, same transaction
        install_change_notices(self._write_sessions)

    @property
    def file_path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        """A short, password-free description for the status bar and diagnostics."""
        if self.file_path:
            return f"SQLite {self.file_path}"
        return f"PostgreSQL {self.url.host or 'localhost'}:{self.url.port or 5432}/{self.url.database}"

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One read-write unit of work: commits when the block ends, rolls everything back on any error.

        Raises WrongThreadWrite (a bug) when a database worker is designated and this is another thread. The changes
        the block noted (db.core.changes.note) are published after the commit, never after a rollback."""
        self.writer.check()
        with translate_faults(self.file_path):
            with self._write_sessions() as session:
                try:
                    with session.begin():
                        yield session
                except BaseException:
                    take_noted(session)
                    raise
                committed = take_noted(session)
        self.changes.publish(committed)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; never commits anything."""
        with translate_faults(self.file_path):
            with self._read_sessions() as session:
                try:
                    yield session
                finally:
                    session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def normalise_url(url: str) -> str:
    """Accept the plain postgresql:// form administrators know; Loket talks to PostgreSQL through psycopg 3."""
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain) :]
    return url


def _checked_url(url: str):
    """The parsed URL of a database Loket can use (SQLite or PostgreSQL), else EnvironmentFault naming the forms."""
    forms = "sqlite:///BERKAS.db atau postgresql://pengguna@host/nama"
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        raise EnvironmentFault(f"Alamat basis data tidak dapat dibaca. Pakai {forms}.") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql") or parsed.drivername not in (
        "sqlite",
        "sqlite+pysqlite",
        "postgresql+psycopg",
    ):
        raise EnvironmentFault(f"Jenis basis data '{parsed.drivername}' tidak didukung. Pakai {forms}.")
    return parsed


# PostgreSQL waits forever by default: one session holding a lock (a crashed counter's open transaction, an
# administrator's psql) would freeze every counter. These bound each wait; a timeout becomes the same "database busy"
# message SQLite's busy timeout gives. Read at connect time, so a test can shorten them.
PG_LOCK_TIMEOUT_MS = BUSY_TIMEOUT_MS
PG_STATEMENT_TIMEOUT_MS = 60_000
PG_IDLE_IN_TRANSACTION_TIMEOUT_MS = 120_000


def _make_engine(url: str, *, echo: bool, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, echo=echo, pool_pre_ping=True, connect_args={"connect_timeout": 5})

        @event.listens_for(engine, "connect")
        def _on_pg_connect(dbapi_connection, _record: object) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute(f"SET lock_timeout = {int(PG_LOCK_TIMEOUT_MS)}")
            cursor.execute(f"SET statement_timeout = {int(PG_STATEMENT_TIMEOUT_MS)}")
            cursor.execute(f"SET idle_in_transaction_session_timeout = {int(PG_IDLE_IN_TRANSACTION_TIMEOUT_MS)}")
            if read_only:
                cursor.execute("SET default_transaction_read_only = on")
            cursor.close()
            dbapi_connection.commit()

        return engine
    engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Take transaction control from the driver so BEGIN IMMEDIATE can be issued below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if parsed.database and parsed.database != ":memory:" and not read_only:  # a reader changes not even this
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        mode = connection.get_execution_options().get("loket_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine
