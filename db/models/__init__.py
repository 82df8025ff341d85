"""All tables; importing this module registers every model on `Base.metadata` (Alembic autogenerate reads it)."""

from db.models.accounts import Role, User
from db.models.agencies import Agency, AgencyUnit, Hall
from db.models.audit import AuditEntry
from db.models.base import Base
from db.models.catalog import CatalogService, CatalogVersion, ServiceRevision
from db.models.decrees import Decree, Handover, IssuedDocument, SigningKey
from db.models.intake import (
    Applicant,
    Application,
    ApplicationStep,
    Attachment,
    CheckItem,
    FileCheck,
    OfficeClosure,
    RegistrationSequence,
)
from db.models.lifecycle import RoleDelegation
from db.models.messages import Message, MessageAttempt
from db.models.public_services import Complaint, ComplaintStep, InfoConsultation, SkmResponse, SkmTicketUse
from db.models.queue import Counter, PrintJob, QueueDay, QueueGroup, Ticket, TicketEvent, TicketSequence
from db.models.reports import ReportDay
from db.models.settings import OFFICE_SCOPE, Setting
from db.models.sync import SyncIdMap, SyncOutbox, SyncState

__all__ = [
    "Agency",
    "AgencyUnit",
    "Hall",
    "Decree",
    "Handover",
    "IssuedDocument",
    "SigningKey",
    "Complaint",
    "ComplaintStep",
    "InfoConsultation",
    "SkmResponse",
    "SkmTicketUse",
    "Applicant",
    "Application",
    "ApplicationStep",
    "Attachment",
    "CheckItem",
    "FileCheck",
    "OfficeClosure",
    "RegistrationSequence",
    "Counter",
    "PrintJob",
    "QueueDay",
    "QueueGroup",
    "Ticket",
    "TicketEvent",
    "TicketSequence",
    "Base",
    "CatalogService",
    "CatalogVersion",
    "ServiceRevision",
    "User",
    "ReportDay",
    "Role",
    "Setting",
    "OFFICE_SCOPE",
    "AuditEntry",
    "SyncIdMap",
    "SyncOutbox",
    "SyncState",
    "RoleDelegation",
    "Message",
    "MessageAttempt",
]
