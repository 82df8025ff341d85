import errno
import sqlite3

import psycopg
import pytest
from sqlalchemy import exc as sa_exc

from db.core import faults
from db.core.engine import fault_message, translate_faults
from db.core.errors import DomainError, EnvironmentFault


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        ("database is locked", "dipakai proses lain"),
        ("attempt to write a readonly database", "hanya bisa dibaca"),
        ("database or disk is full", "Disk penuh"),
        ("file is not a database", "rusak"),
        ("database disk image is malformed", "rusak"),
        ("unable to open database file", "tidak dapat dibuka"),
    ],
)
def test_sqlite_failures_become_indonesian_environment_faults(driver_message, expected):
    with pytest.raises(EnvironmentFault, match=expected), translate_faults():
        raise sqlite3.OperationalError(driver_message)


def test_unknown_driver_errors_stay_bugs():
    assert fault_message(sqlite3.OperationalError("no such column: x")) is None
    with pytest.raises(sqlite3.OperationalError), translate_faults():
        raise sqlite3.OperationalError("no such column: x")


def test_domain_errors_pass_through():
    with pytest.raises(DomainError), translate_faults():
        raise DomainError("salah")


def coded(code: int, text: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # as the sqlite3 module sets it on every error SQLite reports
    return error


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (5, faults.LOCKED),  # SQLITE_BUSY
        (261, faults.LOCKED),  # SQLITE_BUSY_RECOVERY: an extended code counts by its primary code
        (8, faults.READ_ONLY),
        (13, faults.DISK_FULL),
        (10 | (12 << 8), faults.DISK_IO),  # SQLITE_IOERR_READ
        (11, faults.CORRUPT),
        (14, faults.CANNOT_OPEN),
        (26, faults.NOT_A_DATABASE),
    ],
)
def test_sqlite_failures_are_known_by_their_result_code_whatever_the_text(code, expected):
    assert fault_message(coded(code, "pesan dalam bahasa lain")) == expected


def test_a_coded_sqlite_error_is_never_guessed_from_its_text():
    assert fault_message(coded(1, "no such table: locks (database is locked?)")) is None  # SQLITE_ERROR: a bug


def test_real_sqlite_errors_carry_the_codes(tmp_path):
    garbage = tmp_path / "bukan.db"
    garbage.write_bytes(b"bukan basis data " * 100)
    with pytest.raises(sqlite3.DatabaseError) as not_a_database:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master")
    assert fault_message(not_a_database.value) == faults.NOT_A_DATABASE
    path = tmp_path / "loket.db"
    first = sqlite3.connect(path, isolation_level=None)
    first.execute("CREATE TABLE t (x)")
    first.execute("BEGIN IMMEDIATE")
    second = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError) as busy:
        second.execute("BEGIN IMMEDIATE")
    assert fault_message(busy.value) == faults.LOCKED
    first.execute("ROLLBACK")
    second.execute("PRAGMA query_only = ON")
    with pytest.raises(sqlite3.OperationalError) as read_only:
        second.execute("INSERT INTO t VALUES (1)")
    assert fault_message(read_only.value) == faults.READ_ONLY
    first.close()
    second.close()


@pytest.mark.parametrize(
    ("sqlstate", "expected"),
    [
        ("25006", faults.READ_ONLY),
        ("28P01", faults.LOGIN_REFUSED),
        ("3D000", faults.NO_SUCH_DATABASE),
        ("53100", faults.DISK_FULL),
        ("57P01", faults.CUT),
        ("08006", faults.CUT),  # any connection_exception
    ],
)
def test_postgresql_failures_are_known_by_their_sqlstate_in_any_language(sqlstate, expected):
    error = psycopg.errors.lookup(sqlstate)("pesan server dalam bahasa Indonesia")
    assert error.sqlstate == sqlstate
    assert fault_message(error) == expected
    with pytest.raises(EnvironmentFault, match=expected[:20]), translate_faults():
        raise sa_exc.OperationalError("SELECT 1", {}, error)


def test_postgresql_errors_of_a_query_stay_bugs_even_with_a_telling_text():
    assert fault_message(psycopg.errors.lookup("42P01")("relation read-only does not exist")) is None


def test_a_connection_libpq_could_not_open_is_unreachable_in_any_language():
    localized = psycopg.OperationalError("Verbindung zum Server fehlgeschlagen")
    assert fault_message(localized) == faults.UNREACHABLE
    assert fault_message(psycopg.errors.ConnectionTimeout("Zeitüberschreitung")) == faults.NO_ANSWER
    dropped = sa_exc.OperationalError("SELECT 1", {}, psycopg.OperationalError("Verbindung abgebrochen"))
    dropped.connection_invalidated = True
    assert fault_message(dropped) == faults.CUT


def test_disk_failures_are_known_by_errno():
    assert fault_message(OSError(errno.ENOSPC, "Kein Platz")) == faults.DISK_FULL
    assert fault_message(OSError(errno.EROFS, "Schreibgeschützt")) == faults.READ_ONLY
    assert fault_message(OSError(errno.ENOENT, "not found: disk is full")) is None
