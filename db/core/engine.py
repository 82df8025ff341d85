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
from sqlalchemy.orm import Session, sessionmaker

from db.core.faults import fault_message, translate_faults

__all__ = ["BUSY_TIMEOUT_MS", "Database", "fault_message", "normalise_url", "translate_faults"]

BUSY_TIMEOUT_MS = 10_000


class Database:
    """An engine plus `transaction()` (read-write, one commit) and `read()` (snapshot, never writes)."""

    def __init__(self, url: str, *, echo: bool = False):
        url = normalise_url(url)
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
        self.engine = _make_engine(url, echo=echo)
        self._writer = self.engine.execution_options(loket_begin="IMMEDIATE")
        self._reader = self.engine.execution_options(loket_begin="DEFERRED")
        self._write_sessions = sessionmaker(bind=self._writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(bind=self._reader, expire_on_commit=False)
        from db.sync import capture  # late: the capture module needs every model

        capture.install(self._write_sessions)  # changes of synced tables go to sync_outbox, same transaction

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
        """One read-write unit of work: commits when the block ends, rolls everything back on any error."""
        with translate_faults():
            with self._write_sessions() as session, session.begin():
                yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; never commits anything."""
        with translate_faults():
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


def _make_engine(url: str, *, echo: bool) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, echo=echo, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Take transaction control from the driver so BEGIN IMMEDIATE can be issued below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if parsed.database and parsed.database != ":memory:":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        mode = connection.get_execution_options().get("loket_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine
