"""the agency of every outbox row (issue 19): the central server checks it against the device's registration

Rows captured before this revision (pending or already sent) get the agency their record has now: its own
`agency_id`, or that of the record it hangs off (a ticket's events, a file's check items and steps, a decree, a
complaint's steps, a catalog revision, a user's audit lines and delegations). Self-contained: the lists below are
db/sync/agency.py's at the time of writing, so a later change there never rewrites this history.

Revision ID: sync_agency
Revises: skm_profile
"""

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "sync_agency"
down_revision = "skm_profile"
branch_labels = None
depends_on = None

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


def _key(value: object) -> str | None:
    """One spelling for a key read back from either engine (SQLite keeps a UUID as 32 hex digits)."""
    if value is None:
        return None
    text = str(value)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return text


def _agencies(connection, name: str, key: str) -> dict[str, str | None]:
    rows = connection.execute(sa.text(f"SELECT {key}, agency_id FROM {name}"))  # noqa: S608 - names from this file
    return {_key(value): _key(agency) for value, agency in rows}


def _set(connection, outbox, updates: list[dict]) -> None:
    if updates:
        statement = (
            outbox.update().where(outbox.c.seq == sa.bindparam("at_seq")).values(agency_id=sa.bindparam("agency"))
        )
        connection.execute(statement, updates)


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.add_column(sa.Column("agency_id", sa.String(36), nullable=True))
    connection = op.get_bind()
    outbox = sa.table(
        "sync_outbox",
        sa.column("seq"),
        sa.column("table_name"),
        sa.column("row_id"),
        sa.column("data"),
        sa.column("agency_id"),
    )
    for name in OWN_COLUMN:
        agencies = _agencies(connection, name, "id")
        rows = connection.execute(sa.select(outbox.c.seq, outbox.c.row_id).where(outbox.c.table_name == name)).all()
        _set(connection, outbox, [{"at_seq": seq, "agency": agencies.get(_key(row_id))} for seq, row_id in rows])
    agencies_of_parent: dict[tuple[str, str], dict] = {}
    for name, (column, parent, key) in THROUGH_PARENT.items():
        agencies = agencies_of_parent.setdefault((parent, key), _agencies(connection, parent, key))
        rows = connection.execute(sa.select(outbox.c.seq, outbox.c.data).where(outbox.c.table_name == name)).all()
        _set(
            connection,
            outbox,
            [{"at_seq": seq, "agency": agencies.get(_key(json.loads(data).get(column)))} for seq, data in rows],
        )
    agencies_rows = connection.execute(
        sa.select(outbox.c.seq, outbox.c.row_id).where(outbox.c.table_name == "agencies")
    ).all()
    _set(connection, outbox, [{"at_seq": seq, "agency": _key(row_id)} for seq, row_id in agencies_rows])


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_column("agency_id")
