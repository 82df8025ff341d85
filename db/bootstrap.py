"""Open Loket's database for the GUI, the CLI or a test: connect, migrate, seed the office, build the services."""

from __future__ import annotations

from dataclasses import dataclass

from db import migrate
from db.device import device_id as load_device_id
from db.engine import Database
from db.paths import default_database_url
from db.services.accounts import AccountService
from db.services.context import Clock, utc_now
from db.services.settings import SettingsService, seed_office


@dataclass
class Services:
    """Everything a screen or a command needs, built once per process and passed in (never a global)."""

    database: Database
    device_id: str
    accounts: AccountService
    settings: SettingsService
    migration: migrate.MigrationResult
    clock: Clock = utc_now

    def close(self) -> None:
        self.database.dispose()


def open_services(url: str | None = None, *, device_id: str | None = None, clock: Clock = utc_now) -> Services:
    """Connect and migrate (with a copy taken first). Raises EnvironmentFault or SchemaTooNew with a clear message."""
    database = Database(url or default_database_url())
    try:
        result = migrate.upgrade(database)
        with database.transaction() as session:
            seed_office(session)
    except BaseException:
        database.dispose()
        raise
    device = device_id or load_device_id()
    return Services(
        database=database,
        device_id=device,
        accounts=AccountService(database, clock),
        settings=SettingsService(database, device),
        migration=result,
        clock=clock,
    )
