"""synced rows keyed by origin (table, device, id): pushing another device's id first no longer blocks its owner

Revision ID: s0002
Revises: s0001
"""

from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_constraint("pk_synced_rows", "synced_rows", type_="primary")
    op.create_primary_key("pk_synced_rows", "synced_rows", ["table_name", "device_id", "id"])


def downgrade() -> None:
    op.drop_constraint("pk_synced_rows", "synced_rows", type_="primary")
    op.create_primary_key("pk_synced_rows", "synced_rows", ["table_name", "id"])
