"""Open Loket's database for the GUI, the CLI or a test: connect, migrate, seed the office, build the services.

The services a sign-in needs are built at once; those whose modules bring printing (reportlab, python-escpos),
cryptography, httpx, pydantic, the backup or the reports are built the first time they are asked for
(`_on_first_use`), so none of that is loaded, nor held in memory, on the way to the sign-in window
(tests/unit/test_startup_path.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from db.accounts.service import AccountService
from db.admin import restore_journal
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
from db.documents import archive_repair
from db.documents.archive import ArchiveService
from db.info_log.service import InfoLogService
from db.intake.applicants import ApplicantService
from db.intake.attachments import AttachmentService
from db.intake.conditions import ConditionService
from db.intake.registration import IntakeService
from db.intake.tracking import TrackingService
from db.lifecycle.delegations import DelegationService
from db.models.accounts import Role
from db.public import announce as public_announce
from db.queue.days import QueueDays
from db.queue.officer_day import OfficerDays
from db.queue.pause import CounterPause
from db.queue.setup import QueueSetup, seed_queue_defaults
from db.queue.tickets import QueueService
from db.queue.undo import QueueUndo
from db.queue.views import QueueViews
from db.settings.service import SettingsService, seed_office
from db.skm.service import SkmService

if TYPE_CHECKING:
    from db.admin.backup import BackupService
    from db.admin.diagnostics import Diagnostics
    from db.admin.maintenance import Maintenance
    from db.agencies.service import AgencyService
    from db.decrees.handover import HandoverService
    from db.decrees.keys import SigningKeys
    from db.decrees.service import DecreeService
    from db.documents.print_jobs import PrintJobs
    from db.documents.service import DocumentService
    from db.lifecycle.service import LifecycleService
    from db.messages.service import MessageService
    from db.public.service import PageLinks, PublicService
    from db.reports.service import ReportService
    from db.sync.service import SyncService

Built = TypeVar("Built")


class _on_first_use(Generic[Built]):  # lower case: a decorator, like functools.cached_property
    """A service built the first time it is read, once, whichever thread reads it first (the GUI thread, the
    database worker and the io pool all read `services`). Afterwards the instance's own attribute answers: no lock,
    no call."""

    def __init__(self, build: Callable[[Services], Built]):
        self.build = build
        self.name = build.__name__
        self.__doc__ = build.__doc__

    def __get__(self, services: Services | None, owner: type) -> Built:
        if services is None:
            return self  # type: ignore[return-value]
        with services.build_lock:
            built = services.__dict__.get(self.name)
            if built is None:
                built = services.__dict__[self.name] = self.build(services)
        return built


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
    delegations: DelegationService
    audit: AuditLog
    migration: migrate.MigrationResult
    catalog_import: ImportResult | None = None
    clock: Clock = utc_now
    build_lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    @_on_first_use
    def agencies(self) -> AgencyService:
        """The hall, its agencies, and whom an actor may act for (db/agencies; pydantic for its imports)."""
        from db.agencies.service import AgencyService

        return AgencyService(self.database, self.catalog)

    @_on_first_use
    def keys(self) -> SigningKeys:
        from db.decrees.keys import SigningKeys  # cryptography

        return SigningKeys(self.database)

    @_on_first_use
    def decrees(self) -> DecreeService:
        from db.decrees.service import DecreeService  # the decree PDF (reportlab, the QR)

        return DecreeService(self.database, self.settings, self.archive, self.keys, self.clock)

    @_on_first_use
    def handovers(self) -> HandoverService:
        from db.decrees.handover import HandoverService

        return HandoverService(self.database, self.settings, self.archive, self.clock)

    @_on_first_use
    def lifecycle(self) -> LifecycleService:
        from db.lifecycle.service import LifecycleService  # the rejection letter

        return LifecycleService(self.database, self.settings, self.tracking, self.decrees, self.archive, self.clock)

    @_on_first_use
    def reports(self) -> ReportService:
        from db.reports.service import ReportService

        return ReportService(self.database, self.settings, self.queue_views, self.tracking, self.clock)

    @_on_first_use
    def sync(self) -> SyncService:
        from db.sync.service import SyncService  # httpx

        return SyncService(self.database, self.settings, self.device_id)

    @_on_first_use
    def backups(self) -> BackupService:
        from db.admin.backup import BackupService

        return BackupService(self.database, self.settings)

    @_on_first_use
    def diagnostics(self) -> Diagnostics:
        from db.admin.diagnostics import Diagnostics

        return Diagnostics(self.database, self.settings)

    @_on_first_use
    def maintenance(self) -> Maintenance:
        from db.admin.maintenance import Maintenance

        return Maintenance(self.database)

    @_on_first_use
    def documents(self) -> DocumentService:
        from db.documents.service import DocumentService  # ESC/POS and the PDFs

        return DocumentService(self.database, self.settings, self.queue_views, self.catalog, self.archive, self.clock)

    @_on_first_use
    def print_jobs(self) -> PrintJobs:
        from db.documents.print_jobs import PrintJobs  # the printer adapters (python-escpos)

        return PrintJobs(self.database)

    @_on_first_use
    def page_links(self) -> PageLinks:
        """The public pages' addresses of tickets and files (db.public)."""
        from db.public.service import PageLinks

        return PageLinks(self.database)

    @_on_first_use
    def messages(self) -> MessageService:
        """SMS/WhatsApp to applicants: the outbox, its sender, the click-to-chat links (httpx)."""
        from db.messages.service import MessageService

        return MessageService(self.database, self.settings, self.device_id, self.clock)

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
            public_announce.send_existing_links(database, result.before)
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
    services = Services(
        database=database,
        device_id=device,
        accounts=AccountService(database, clock),
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
        delegations=DelegationService(database, clock),
        audit=AuditLog(database),
        migration=result,
        catalog_import=catalog_import,
        clock=clock,
    )
    _heal_archive(services)
    return services


def open_public(url: str | None = None, *, clock: Clock = utc_now) -> PublicService:
    """The public pages' reads on a read-only connection: never migrates, seeds or writes, and refuses (with what
    to do) a database that is not at this version's schema."""
    from db.public.service import PublicService

    service = PublicService(Database(url or default_database_url(), read_only=True), clock)
    try:
        service.check_schema()
    except BaseException:
        service.close()
        raise
    return service


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
