"""agencies in one hall (issue 19): a device serves an agency (or the hall), every stored row names its agency

Devices registered before this revision serve their hall (agency NULL, kind counter), as they did. Rows already
stored get their agency from their payload: a record's own `agency_id`, an agency record's id, or, for a row that
hangs off a record (a ticket's events, a file's check items and steps, a decree, a complaint's steps, a catalog
revision, a user's audit lines and delegations), the agency of that record as the same device stored it. A row
whose payload names none stays the hall's, as its device's registration (the hall) says.

Revision ID: s0003
Revises: s0002
"""

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None

_UUID = "'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'"
OWN_COLUMN = (
    "applicants",
    "counters",
    "queue_groups",
    "skm_responses",
    "tickets",
    "users",
    "catalog_services",
    "file_checks",
    "info_consultations",
    "applications",
    "complaints",
    "issued_documents",
    "agency_units",
)
THROUGH_PARENT = {
    "ticket_events": ("ticket_id", "tickets", "id"),
    "check_items": ("check_id", "file_checks", "id"),
    "application_steps": ("application_id", "applications", "id"),
    "decrees": ("application_id", "applications", "id"),
    "handovers": ("application_id", "applications", "id"),
    "complaint_steps": ("complaint_id", "complaints", "id"),
    "catalog_service_revisions": ("code", "catalog_services", "code"),
    "audit_log": ("user_id", "users", "id"),
    "role_delegations": ("username", "users", "username"),
}
# The same origin holds the parent: a device's row and the record it hangs off (synced: its device; master: office).
SAME_ORIGIN = {"synced_rows": "device_id", "master_rows": "office"}


def _backfill(name: str) -> None:
    tables = ", ".join(f"'{table}'" for table in OWN_COLUMN)
    op.execute(
        f"UPDATE {name} SET agency_id = (data->>'agency_id')::uuid "  # noqa: S608 - names from this file
        f"WHERE table_name IN ({tables}) AND data->>'agency_id' ~ {_UUID}"
    )
    op.execute(f"UPDATE {name} SET agency_id = id WHERE table_name = 'agencies'")  # noqa: S608
    origin = SAME_ORIGIN[name]
    for child, (column, parent, key) in THROUGH_PARENT.items():
        op.execute(
            f"UPDATE {name} AS c SET agency_id = p.agency_id FROM {name} AS p "  # noqa: S608
            f"WHERE c.table_name = '{child}' AND p.table_name = '{parent}' AND p.{origin} = c.{origin} "
            f"AND p.data->>'{key}' = c.data->>'{column}' AND c.agency_id IS NULL"
        )


def upgrade() -> None:
    op.add_column("devices", sa.Column("agency", sa.String(20), nullable=True))
    op.add_column("devices", sa.Column("kind", sa.String(12), nullable=False, server_default="counter"))
    op.add_column("synced_rows", sa.Column("agency_id", sa.Uuid(), nullable=True))
    op.add_column("master_rows", sa.Column("agency_id", sa.Uuid(), nullable=True))
    for name in SAME_ORIGIN:
        _backfill(name)


def downgrade() -> None:
    op.drop_column("master_rows", "agency_id")
    op.drop_column("synced_rows", "agency_id")
    op.drop_column("devices", "kind")
    op.drop_column("devices", "agency")
