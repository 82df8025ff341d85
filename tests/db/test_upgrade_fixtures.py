"""Every released schema upgrades to the current one with its data intact and a copy taken first."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from db.core import migrate
from db.services import open_services

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema_*.db")))
def test_released_schema_upgrades_with_a_backup(fixture, loket_home):
    target = loket_home / "loket.db"
    shutil.copy(FIXTURES / fixture, target)
    services = open_services(f"sqlite:///{target}", device_id="pc-lama")
    try:
        assert services.migration.after == migrate.head_revision()
        assert services.migration.before == fixture.removeprefix("schema_").removesuffix(".db")
        backup = services.migration.backup
        assert backup is not None and backup.parent == loket_home / "backups"
        with sqlite3.connect(backup) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == services.migration.before
        assert services.accounts.authenticate("admin", "rahasia-lama-1", "pc-lama").full_name == "Admin Lama"
        assert services.settings.counter_number() == 5
        assert services.catalog.count() > 150
    finally:
        services.close()
