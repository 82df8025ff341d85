"""Open Loket's database for the GUI, the CLI or a test: connect, migrate, seed the office, build the services."""

from __future__ import annotations

from dataclasses import dataclass

from db.accounts.service import AccountService
from db.calendar.store import CalendarStore
from db.catalog.store import CatalogStore, ImportResult, shipped_catalog
from db.complaints.service import ComplaintService
from db.core import migrate
from db.core.actor import Actor, Clock, utc_now
from db.core.device import device_id as load_device_id
from db.core.engine import Database
from db.core.paths import default_database_url
from db.decrees.handover import HandoverService
from db.decrees.service import DecreeService
from db.info_log.service import InfoLogService
from db.intake.applicants import ApplicantService
from db.intake.registration import IntakeService
from db.intake.tracking import TrackingService
from db.lifecycle.delegations import DelegationService
from db.lifecycle.service import LifecycleService
from db.models.accounts import Role
from db.queue.setup import QueueSetup, seed_queue_defaults
from db.queue.tickets import QueueService
from db.settings.service import SettingsService, seed_office
from db.skm.service import SkmService


@dataclass
class Services:
    """Everything a screen or a command needs, built once per process and passed in (never a global)."""

    database: Database
    device_id: str
    accounts: AccountService
    settings: SettingsService
    catalog: CatalogStore
    queue: QueueService
    queue_setup: QueueSetup
    applicants: ApplicantService
    intake: IntakeService
    tracking: TrackingService
    calendar: CalendarStore
    complaints: ComplaintService
    info_log: InfoLogService
    skm: SkmService
    migration: migrate.MigrationResult
    catalog_import: ImportResult | None = None
    clock: Clock = utc_now
    decrees: object = None  # DecreeService and HandoverService need the whole bundle; set in open_services
    handovers: object = None
    lifecycle: LifecycleService | None = None  # the file's transitions; needs the decrees, set in open_services
    delegations: DelegationService | None = None

    def close(self) -> None:
        self.database.dispose()


def open_services(url: str | None = None, *, device_id: str | None = None, clock: Clock = utc_now) -> Services:
    """Connect and migrate (with a copy taken first). Raises EnvironmentFault or SchemaTooNew with a clear message."""
    database = Database(url or default_database_url())
    device = device_id or load_device_id()
    catalog = CatalogStore(database)
    try:
        result = migrate.upgrade(database)
        with database.transaction() as session:
            seed_office(session)
        catalog_import = _import_shipped_catalog(catalog, device)
        with database.transaction() as session:
            seed_queue_defaults(session)
    except BaseException:
        database.dispose()
        raise
    services = Services(
        database=database,
        device_id=device,
        accounts=AccountService(database, clock),
        settings=SettingsService(database, device),
        catalog=catalog,
        queue=QueueService(database, clock),
        queue_setup=QueueSetup(database),
        applicants=ApplicantService(database, clock),
        intake=IntakeService(database, catalog, clock),
        tracking=TrackingService(database, clock),
        calendar=CalendarStore(database),
        complaints=ComplaintService(database, clock),
        info_log=InfoLogService(database, clock),
        skm=SkmService(database, clock),
        migration=result,
        catalog_import=catalog_import,
        clock=clock,
    )
    services.decrees = DecreeService(services)
    services.handovers = HandoverService(services)
    services.lifecycle = LifecycleService(services)
    services.delegations = DelegationService(database, clock)
    return services


def _import_shipped_catalog(catalog: CatalogStore, device_id: str) -> ImportResult:
    """A new app version brings its reviewed catalog; services an administrator edited keep the edit."""
    setup = Actor(username="setup", device_id=device_id, role=Role.ADMINISTRATOR)
    return catalog.import_catalog(setup, shipped_catalog(), "katalog bawaan aplikasi")
