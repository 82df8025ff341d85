"""Which tables flow which way, and how rows are turned into JSON and back."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import Date, Table, Uuid

from db.models import Base
from db.models.base import UtcDateTime

# Up: every record the office produces. Events are append-only (the server inserts them once, never updates them).
UP_TABLES = frozenset(
    {
        "queue_days",  # the hall's day opened and closed: a queue row the hall's kiosk and displays may push
        "tickets",
        "ticket_events",
        "applicants",
        "applications",
        "file_checks",
        "check_items",
        "application_steps",
        "issued_documents",
        "decrees",
        "handovers",
        "complaints",
        "complaint_steps",
        "info_consultations",
        "skm_responses",
        "audit_log",
    }
)
EVENT_TABLES = frozenset({"ticket_events", "application_steps", "complaint_steps", "audit_log"})
# Down: master data, edited on the office's master device and sent to the others (the server wins).
MASTER_TABLES = frozenset(
    {
        "catalog_versions",
        "catalog_service_revisions",
        "catalog_services",
        "users",
        "queue_groups",
        "counters",
        "office_closures",
        "settings",
        "role_delegations",  # a Plt./Plh. set on the master PC may sign on every PC of the office
        "halls",  # issue 19: the hall, its agencies and their units are master data like the catalog they own
        "agencies",
        "agency_units",
    }
)
# Not synced on purpose: ticket_sequences / registration_sequences (local numbering state, written with Core
# UPDATE ... RETURNING), print_jobs, attachments (files stay in the office), signing_keys, device-scope
# settings, skm_ticket_uses (one survey per ticket is checked where the survey is taken; sending it would let the
# server pair answers with tickets), messages / message_attempts (the hall's outbox to applicants' phones: sent
# from here, of no use to the central server), and the sync tables themselves.
CAPTURED = UP_TABLES | MASTER_TABLES
TABLE_ORDER = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}

# Master rows are matched to local rows by natural key (a device seeds its own queue groups, catalog and first
# administrator under its own ids before it ever syncs).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "users": ("username",),
    "counters": ("number",),
    "queue_groups": ("code",),
    "office_closures": ("day",),
    "catalog_versions": ("version",),
    "catalog_services": ("code",),
    "catalog_service_revisions": ("code", "revision"),
    "settings": ("scope", "key"),
    "agencies": ("code",),
    "agency_units": ("agency_id", "code"),
}
# Columns that are this PC's running state, never overwritten by master data.
LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "users": frozenset({"failed_attempts", "locked_until", "last_login_at"}),
    "counters": frozenset({"open", "paused", "priority_streak"}),
}
# Foreign keys between master tables, translated through sync_id_map when the referenced row was matched locally.
MASTER_REFERENCES: dict[tuple[str, str], str] = {
    ("catalog_services", "current_revision_id"): "catalog_service_revisions",
    ("catalog_service_revisions", "catalog_version_id"): "catalog_versions",
    ("agency_units", "agency_id"): "agencies",
}


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def encode_value(value: object) -> object:
    """UUIDs as text, datetimes as ISO UTC, dates as ISO; JSON values unchanged."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def decode_row(name: str, data: dict) -> dict:
    """The JSON form of a row back into Python values for a Core statement on `name`; unknown keys dropped."""
    result = {}
    for column in table(name).columns:
        if column.name not in data:
            continue
        value = data[column.name]
        if value is not None:
            if isinstance(column.type, Uuid):
                value = uuid.UUID(value)
            elif isinstance(column.type, UtcDateTime):
                value = datetime.fromisoformat(value)
            elif isinstance(column.type, Date):
                value = date.fromisoformat(value)
        result[column.name] = value
    return result
