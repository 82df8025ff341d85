"""Start-up one at a time: several PCs opening one database together (a hall after a power cut, eight counters
switched on at 07:30) used to race through the migration, the office seed and the catalog import, and the losers
failed with "database is locked". Each start now waits its turn for the whole sequence, then finds the work done.

SQLite: an OS file lock beside the database (fcntl on POSIX, msvcrt on Windows), released by the OS if a process
dies holding it. PostgreSQL: a session advisory lock on a dedicated connection.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from db.core.engine import Database, translate_faults
from db.core.errors import EnvironmentFault

WAIT_S = 180.0  # a slow first start (migration + catalog import on a busy PC) takes tens of seconds
_PG_START_LOCK = 7_420_002
_BUSY = "Loket di PC lain sedang menyiapkan basis data ini terlalu lama. Coba buka lagi sebentar lagi."


@contextlib.contextmanager
def held(database: Database, wait_s: float | None = None) -> Iterator[None]:
    """Hold the start-up lock of `database` for the block; EnvironmentFault after `wait_s` seconds of waiting."""
    wait_s = WAIT_S if wait_s is None else wait_s
    if database.file_path is not None:
        with _file_lock(database.file_path.with_name(database.file_path.name + ".mulai.lock"), wait_s):
            yield
    elif database.is_sqlite:  # an in-memory database has one process by definition
        yield
    else:
        with _advisory_lock(database, wait_s):
            yield


def _try_lock(handle) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def _file_lock(path: Path, wait_s: float) -> Iterator[None]:
    try:
        handle = path.open("a+b")
    except OSError as error:
        raise EnvironmentFault(f"Folder basis data tidak dapat ditulis: {error.strerror or error}.") from error
    try:
        deadline = time.monotonic() + wait_s
        while not _try_lock(handle):
            if time.monotonic() > deadline:
                raise EnvironmentFault(_BUSY)
            time.sleep(0.05)
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()


@contextlib.contextmanager
def _advisory_lock(database: Database, wait_s: float) -> Iterator[None]:
    with translate_faults():  # an unreachable server is the usual Indonesian message, not a driver error
        connection = database.engine.connect()
    try:
        with translate_faults():
            deadline = time.monotonic() + wait_s
            while not connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": _PG_START_LOCK}):
                connection.rollback()
                if time.monotonic() > deadline:
                    raise EnvironmentFault(_BUSY)
                time.sleep(0.1)
            connection.commit()
        try:
            yield
        finally:
            try:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_START_LOCK})
                connection.commit()
            except sa_exc.SQLAlchemyError:
                connection.invalidate()  # never back into the pool holding the lock: closing the session frees it
    finally:
        connection.close()
