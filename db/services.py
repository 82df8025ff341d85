"""Open Loket's database for the GUI, the CLI or a test: connect, migrate, seed the office, build the services."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from db.accounts.service import AccountService
from db.admin import restore_journal
from db.admin.backup import BackupService
from db.admin.diagnostics import Diagnostics
from db.admin.maintenance import Maintenance
from db.agencies.service import AgencyService
from db.calendar.store import CalendarStore
from db.catalog.store import CatalogStore, ImportResult, shipped_catalog, shipped_version
from db.complaints.service import ComplaintService
from db.core import migrate, startup_lock
from db.core.actor import Actor, Clock, utc_now
from db.core.audit import AuditLog
from db.core.device import device_id as load_device_id
from db.core.engine import Database
from db.core.errors import LoketError
from db.core.paths import default_database_url
from db.decrees.handover import HandoverService
from db.decrees.keys import SigningKeys
from db.decrees.service import DecreeService
from db.documents import archive_repair
from db.documents.archive import ArchiveService
from db.documents.print_jobs import PrintJobs
from db.documents.service import DocumentService
from db.info_log.service import InfoLogService
from db.intake.applicants import ApplicantService
from db.intake.attachments import AttachmentService
from db.intake.conditions import ConditionService
from db.intake.registration import IntakeService
from db.intake.tracking import TrackingService
from db.lifecycle.delegations import DelegationService
from db.lifecycle.service import LifecycleService
from db.messages.service import MessageService
from db.models.accounts import Role
from db.queue.days import QueueDays
from db.queue.officer_day import OfficerDays
from db.queue.pause import CounterPause
from db.queue.setup import QueueSetup, seed_queue_defaults
from db.queue.tickets import QueueService
from db.queue.undo import QueueUndo
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
    agencies: AgencyService  # the hall, its agencies, and whom an actor may act for (db/agencies)
    settings: SettingsService
    catalog: CatalogStore
    queue: QueueService
    queue_views: QueueViews
    queue_days: QueueDays
    queue_setup: QueueSetup
    queue_undo: QueueUndo
    counter_pause: CounterPause
    officer_days: OfficerDays
    applicants: ApplicantService
    intake: IntakeService
    tracking: TrackingService
    conditions: ConditionService  # requirements the SOP checks after intake (before signing or handover)
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
    documents: DocumentService
    print_jobs: PrintJobs
    messages: MessageService  # SMS/WhatsApp to applicants: the outbox, its worker, the click-to-chat links
    migration: migrate.MigrationResult
    catalog_import: ImportResult | None = None
    clock: Clock = utc_now

    def close(self) -> None:
        self.database.dispose()


def open_services(url: str | None = None, *, device_id: str | None = None, clock: Clock = utc_now) -> Services:
    """Connect and migrate (with a copy taken first). Raises EnvironmentFault or SchemaTooNew with a clear message."""
    restore_journal.recover_interrupted_restore()  # a restore cut off by a crash is undone before anything opens
    database = Database(url or default_database_url())
    device = device_id or load_device_id()
    catalog = CatalogStore(database)
    try:
        with startup_lock.held(database):  # PCs starting together on one database take turns, none fails
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
    database.changes.subscribe(queue.heard)  # the queue caches its few settings: a committed change clears them
    queue_views = QueueViews(database, queue, clock)
    tracking = TrackingService(database, clock)
    archive = ArchiveService(database, settings, clock)
    keys = SigningKeys(database)
    decrees = DecreeService(database, settings, archive, keys, clock)
    services = Services(
        database=database,
        device_id=device,
        accounts=AccountService(database, clock),
        agencies=AgencyService(database, catalog),
        settings=settings,
        catalog=catalog,
        queue=queue,
        queue_views=queue_views,
        queue_days=QueueDays(database, queue, clock),
        queue_setup=QueueSetup(database),
        queue_undo=QueueUndo(database, queue, clock),
        counter_pause=CounterPause(database, queue),
        officer_days=OfficerDays(database, queue),
        applicants=ApplicantService(database, clock),
        intake=IntakeService(database, catalog, clock),
        tracking=tracking,
        conditions=ConditionService(database, clock),
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
        documents=DocumentService(database, settings, queue_views, catalog, archive, clock),
        print_jobs=PrintJobs(database),
        messages=MessageService(database, settings, device, clock),
        migration=result,
        catalog_import=catalog_import,
        clock=clock,
    )
    _heal_archive(services)
    return services


def _heal_archive(services: Services) -> None:
    """A decree committed just before a crash gets its archived original put in place now (never blocks start)."""
    try:
        archive_repair.heal(services.database, services.archive.root())
    except (OSError, LoketError):
        logging.getLogger(__name__).exception("archive repair at start failed")


def _import_shipped_catalog(catalog: CatalogStore, device_id: str) -> ImportResult:
    """A new app version brings its reviewed catalog; services an administrator edited keep the edit."""
    version = shipped_version()
    if version is not None and catalog.is_imported(version):
        return ImportResult(version, already_imported=True)  # the usual start: nothing to parse
    setup = Actor(username="setup", device_id=device_id, role=Role.ADMINISTRATOR)
    return catalog.import_catalog(setup, shipped_catalog(), "katalog bawaan aplikasi")
