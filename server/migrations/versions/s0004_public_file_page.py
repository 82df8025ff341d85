"""the public file page from the synced rows: a row by (table, id) whatever device sent it, a file's checked items
and its handover by the application they belong to, a file by its short code, each an index seek

Revision ID: s0004
Revises: s0003
"""

from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_synced_rows_table_id", "synced_rows (table_name, id)"),
    ("ix_synced_rows_check_items", "synced_rows ((data->>'check_id')) WHERE table_name = 'check_items'"),
    ("ix_synced_rows_handovers", "synced_rows ((data->>'application_id')) WHERE table_name = 'handovers'"),
    ("ix_synced_rows_file_codes", "synced_rows ((data->>'public_code')) WHERE table_name = 'applications'"),
)


def upgrade() -> None:
    for name, definition in INDEXES:
        op.execute(f"CREATE INDEX {name} ON {definition}")


def downgrade() -> None:
    for name, _definition in reversed(INDEXES):
        op.execute(f"DROP INDEX {name}")
