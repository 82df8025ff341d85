import sqlite3

import pytest

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
