"""Open Loket's database for the GUI, the CLI or a test: connect, migrate, seed the office, build the services."""

from __future__ import annotations

from dataclasses import dataclass

from db.accounts.service import AccountService
from db.admin.backup import BackupService
from db.admin.diagnostics import Diagnostics
from db.admin.maintenance import Maintenance
from db.calendar.store import CalendarStore
from db.catalog.store import CatalogStore, ImportResult, shipped_catalog
from db.complaints.service import ComplaintService
from db.core import migrate
from db.core.actor import Actor, Clock, utc_now
from db.core.audit import AuditLog
from db.core.device import device_id as load_device_id
from db.core.engine import Database
from db.core.paths import default_database_url
from db.decrees.handover import HandoverService
from db.decrees.keys import SigningKeys
from db.decrees.service import DecreeService
from db.documents.archive import ArchiveService
from db.info_log.service import InfoLogService
from db.intake.applicants import ApplicantService
from db.intake.attachments import AttachmentService
from db.intake.registration import IntakeService
from db.intake.tracking import TrackingService
from db.lifecycle.delegations import DelegationService
from db.lifecycle.service import LifecycleService
from db.models.accounts import Role
from db.queue.days import QueueDays
from db.queue.setup import QueueSetup, seed_queue_defaults
from db.queue.tickets import QueueService
from db.queue.views import QueueViews
from db.reports.service import ReportService
from db.settings.service import SettingsService, seed_office
from db.skm.service import SkmService
from db.sync.service import SyncService


@dataclass
class Services:
    """Everything a screen or a command needs, built once per process and passed in (never a global)."""

    database: Database
    device_id: str
    accounts: AccountService
    settings: SettingsService
    catalog: CatalogStore
    queue: QueueService
    queue_views: QueueViews
    queue_days: QueueDays
    queue_setup: QueueSetup
    applicants: ApplicantService
    intake: IntakeService
    tracking: TrackingService
    attachments: AttachmentService
    calendar: CalendarStore
    complaints: ComplaintService
    info_log: InfoLogService
    skm: SkmService
    archive: ArchiveService
    keys: SigningKeys
    decrees: DecreeService
    handovers: HandoverService
    lifecycle: LifecycleService
    delegations: DelegationService
    reports: ReportService
    audit: AuditLog
    sync: SyncService
    backups: BackupService
    diagnostics: Diagnostics
    maintenance: Maintenance
    migration: migrate.MigrationResult
    catalog_import: ImportResult | None = None
    clock: Clock = utc_now

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
    settings = SettingsService(database, device)
    queue = QueueService(database, clock)
    queue_views = QueueViews(database, queue, clock)
    tracking = TrackingService(database, clock)
    archive = ArchiveService(database, settings, clock)
    keys = SigningKeys(database)
    decrees = DecreeService(database, settings, archive, keys, clock)
    return Services(
        database=database,
        device_id=device,
        accounts=AccountService(database, clock),
        settings=settings,
        catalog=catalog,
        queue=queue,
        queue_views=queue_views,
        queue_days=QueueDays(database, queue, clock),
        queue_setup=QueueSetup(database),
        applicants=ApplicantService(database, clock),
        intake=IntakeService(database, catalog, clock),
        tracking=tracking,
        attachments=AttachmentService(database, archive),
        calendar=CalendarStore(database),
        complaints=ComplaintService(database, clock),
        info_log=InfoLogService(database, clock),
        skm=SkmService(database, clock),
        archive=archive,
        keys=keys,
        decrees=decrees,
        handovers=HandoverService(database, settings, archive, clock),
        lifecycle=LifecycleService(database, settings, tracking, decrees, archive, clock),
        delegations=DelegationService(database, clock),
        reports=ReportService(database, settings, queue_views, tracking, clock),
        audit=AuditLog(database),
        sync=SyncService(database, settings, device),
        backups=BackupService(database, settings),
        diagnostics=Diagnostics(database, settings),
        maintenance=Maintenance(database),
        migration=result,
        catalog_import=catalog_import,
        clock=clock,
    )


def _import_shipped_catalog(catalog: CatalogStore, device_id: str) -> ImportResult:
    """A new app version brings its reviewed catalog; services an administrator edited keep the edit."""
    setup = Actor(username="setup", device_id=device_id, role=Role.ADMINISTRATOR)
    return catalog.import_catalog(setup, shipped_catalog(), "katalog bawaan aplikasi")
