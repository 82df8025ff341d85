"""Which driver and disk failures are the environment's (an Indonesian message), told apart by their codes.

The codes do not depend on the language the server or the OS speaks: SQLite's result codes
(`sqlite3.Error.sqlite_errorcode`), PostgreSQL's SQLSTATE (`psycopg.Error.sqlstate`), psycopg's own error classes
for failures that never reached a server, and `errno` for the disk (qutebrowser's misc/sql.py classifies the same
way). Only an error that carries no code at all (a connection libpq could not open, a driver error made by hand) is
recognised by its English text, as a last resort.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import exc as sa_exc

from db.core.errors import EnvironmentFault, LoketError

LOCKED = "Basis data sedang dipakai proses lain terlalu lama. Coba lagi sebentar."
READ_ONLY = "Basis data hanya bisa dibaca: periksa izin tulis folder data Loket."
DISK_FULL = "Disk penuh: kosongkan ruang disk lalu ulangi. Tidak ada data yang tersimpan sebagian."
DISK_IO = "Gangguan baca/tulis disk pada basis data. Periksa disk lalu ulangi."
NOT_A_DATABASE = "Berkas basis data rusak atau bukan basis data Loket. Pulihkan dari cadangan."
CORRUPT = "Berkas basis data rusak. Pulihkan dari cadangan (loket-admin restore)."
CANNOT_OPEN = "Basis data tidak dapat dibuka: periksa folder data dan izinnya."
UNREACHABLE = "Server basis data tidak dapat dihubungi. Periksa jaringan dan server."
NO_ANSWER = "Server basis data tidak menjawab. Periksa jaringan dan server."
CUT = "Sambungan ke server basis data terputus. Ulangi sebentar lagi."
NO_SUCH_DATABASE = "Basis data yang dituju tidak ada di server. Periksa alamat basis data."
LOGIN_REFUSED = "Server basis data menolak login. Periksa alamat basis data."

# SQLite primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
SQLITE_CODES = {
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: DISK_IO,  # SQLITE_IOERR
    11: CORRUPT,  # SQLITE_CORRUPT
    13: DISK_FULL,  # SQLITE_FULL
    14: CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: NOT_A_DATABASE,  # SQLITE_NOTADB
}
# PostgreSQL SQLSTATE: https://www.postgresql.org/docs/current/errcodes-appendix.html
SQLSTATES = {
    "25006": READ_ONLY,  # read_only_sql_transaction (a standby, or default_transaction_read_only)
    "28000": LOGIN_REFUSED,  # invalid_authorization_specification
    "28P01": LOGIN_REFUSED,  # invalid_password
    "3D000": NO_SUCH_DATABASE,  # invalid_catalog_name
    "53100": DISK_FULL,  # disk_full
    # The timeouts every Loket connection sets (db.core.engine): a lock held elsewhere is "busy", as on SQLite.
    "55P03": LOCKED,  # lock_not_available (lock_timeout)
    "57014": LOCKED,  # query_canceled (statement_timeout)
    "25P03": LOCKED,  # idle_in_transaction_session_timeout
    "57P01": CUT,  # admin_shutdown
    "57P02": CUT,  # crash_shutdown
    "57P03": UNREACHABLE,  # cannot_connect_now (the server is starting or stopping)
}
SQLSTATE_CLASSES = {"08": CUT}  # connection_exception
ERRNOS = {errno.ENOSPC: DISK_FULL, errno.EROFS: READ_ONLY, errno.EIO: DISK_IO}
# Last resort for errors without any code: libpq's connection texts (English unless the client is localized) and
# hand-made driver errors.
_TEXTS = [
    ("database is locked", LOCKED),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("disk is full", DISK_FULL),
    ("disk i/o error", DISK_IO),
    ("file is not a database", NOT_A_DATABASE),
    ("malformed", CORRUPT),
    ("unable to open database", CANNOT_OPEN),
    ('fatal:  database "', NO_SUCH_DATABASE),
    ("password authentication failed", LOGIN_REFUSED),
    ("timeout expired", NO_ANSWER),
    ("server closed the connection", CUT),
    ("connection refused", UNREACHABLE),
    ("could not connect", UNREACHABLE),
    ("connection failed", UNREACHABLE),
]


def _by_text(error: BaseException) -> str | None:
    text = str(error).lower()
    return next((message for needle, message in _TEXTS if needle in text), None)


DISK_FULL_BELOW_BYTES = 1024 * 1024


def _disk_nearly_full(path: Path | None) -> bool:
    """Whether the folder holding `path` has (almost) no room left: SQLite reports a full disk during a WAL
    write as a plain I/O error (SQLITE_IOERR, not SQLITE_FULL), so the free space tells the two apart."""
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < DISK_FULL_BELOW_BYTES
    except OSError:
        return False


def _sqlite(error: sqlite3.Error, path: Path | None = None) -> str | None:
    code = getattr(error, "sqlite_errorcode", None)
    message = _by_text(error) if code is None else SQLITE_CODES.get(code & 0xFF)
    if message == DISK_IO and _disk_nearly_full(path):
        return DISK_FULL
    return message


def _postgres(psycopg, error, invalidated: bool) -> str | None:
    if error.sqlstate is not None:
        return SQLSTATES.get(error.sqlstate) or SQLSTATE_CLASSES.get(error.sqlstate[:2])
    if isinstance(error, psycopg.errors.ConnectionTimeout):
        return NO_ANSWER
    if not isinstance(error, psycopg.OperationalError):
        return None
    # No SQLSTATE: the failure happened in libpq, before or outside any answer from the server.
    if invalidated:
        return CUT
    return _by_text(error) or UNREACHABLE


def fault_message(error: BaseException, path: Path | None = None) -> str | None:
    """The Indonesian message for a known environment failure, or None when it is not one (a bug). `path`: the
    SQLite file, when known, so a full disk is named as one."""
    original = getattr(error, "orig", None) or error
    if isinstance(original, sqlite3.Error):
        return _sqlite(original, path)
    # psycopg is imported only by a PostgreSQL engine: without it loaded, no error can be one of its (and a SQLite
    # PC does not pay for importing it).
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None and isinstance(original, psycopg.Error):
        return _postgres(psycopg, original, bool(getattr(error, "connection_invalidated", False)))
    if isinstance(original, OSError):
        return ERRNOS.get(original.errno) if original.errno is not None else _by_text(original)
    return None


@contextlib.contextmanager
def translate_faults(path: Path | None = None) -> Iterator[None]:
    """Turn driver and disk failures into `EnvironmentFault`; domain errors and bugs pass through unchanged."""
    try:
        yield
    except LoketError:
        raise
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sa_exc.InterfaceError, sqlite3.Error, OSError) as error:
        message = fault_message(error, path)
        if message is None:
            raise
        raise EnvironmentFault(message) from error
