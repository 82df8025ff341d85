import os
import sqlite3

import pytest
from sqlalchemy import text

from db.admin.maintenance import Maintenance
from db.core import migrate
from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import EnvironmentFault, SchemaTooNew
from db.models import Role
from db.services import open_services


def test_fresh_database_is_migrated_to_head(services):
    assert migrate.current_revision(services.database) == migrate.head_revision()
    assert services.maintenance.check().ok


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_services):
    with sqlite_services.database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_database_of_a_newer_schema_is_refused_and_left_alone(database_url):
    services = open_services(database_url, device_id="pc")
    with services.database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_masa_depan'"))
    services.close()
    with pytest.raises(SchemaTooNew, match="versi Loket yang lebih baru"):
        open_services(database_url, device_id="pc")
    database = Database(database_url)
    assert migrate.current_revision(database) == "9999_masa_depan"
    report = Maintenance(database).check()
    database.dispose()
    assert not report.ok and "lebih baru" in report.problems[0]


def test_corrupt_file_gets_a_clear_message(loket_home):
    path = loket_home / "rusak.db"
    path.write_bytes(b"ini bukan basis data SQLite" * 200)
    with pytest.raises(EnvironmentFault, match="rusak"):
        open_services(f"sqlite:///{path}", device_id="pc")
    report = Maintenance(Database(f"sqlite:///{path}")).check()
    assert not report.ok and "rusak" in report.problems[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_gets_a_clear_message(sqlite_url, loket_home):  # pragma: no cover - CI runs as root
    path = loket_home / "loket.db"
    path.chmod(0o444)
    services = open_services(sqlite_url, device_id="pc")
    with pytest.raises(EnvironmentFault, match="hanya bisa dibaca"):
        services.settings.set(Actor("a", "pc", role=Role.ADMINISTRATOR), "counter.name", "X")


def test_read_only_database_changes_nothing(sqlite_services, sqlite_url):
    """SQLite's query_only mode stands in for a read-only medium (root ignores file modes)."""
    database = sqlite_services.database

    @__import__("sqlalchemy").event.listens_for(database.engine, "connect")
    def _read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = ON")

    database.engine.dispose()
    admin = Actor("admin", "test-device", role=Role.ADMINISTRATOR)
    with pytest.raises(EnvironmentFault, match="hanya bisa dibaca"):
        sqlite_services.settings.set(admin, "counter.name", "Loket Baru")
    assert sqlite_services.settings.get("counter.name") == "Loket 1"


def test_full_disk_leaves_nothing_half_written(sqlite_services):
    """max_page_count makes SQLite report SQLITE_FULL exactly as a full disk does."""
    database = sqlite_services.database
    admin = Actor("admin", "test-device", role=Role.ADMINISTRATOR)
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    @__import__("sqlalchemy").event.listens_for(database.engine, "connect")
    def _cap(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    database.engine.dispose()
    big_text = "x" * 200_000
    with pytest.raises(EnvironmentFault, match="Disk penuh"):
        sqlite_services.settings.set_many(admin, {"counter.name": "Loket Baru", "office.maklumat": big_text})
    assert sqlite_services.settings.get("counter.name") == "Loket 1"


def test_unreachable_server_gets_a_clear_message():
    with pytest.raises(EnvironmentFault, match="tidak dapat dihubungi|tidak menjawab"):
        open_services("postgresql://postgres@127.0.0.1:1/loket", device_id="pc")


def test_backup_copy_is_a_complete_database(sqlite_services, loket_home):
    source = sqlite_services.database.file_path
    copy = migrate.backup_sqlite(source, "uji", loket_home)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM settings").fetchone()[0] > 10
