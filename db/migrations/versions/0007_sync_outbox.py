"""sync outbox, cursors and id map

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

import db.models.base


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("operation", sa.String(length=8), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", db.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", db.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_id_map",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("remote_id", sa.Uuid(), nullable=False),
        sa.Column("local_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "remote_id", name=op.f("pk_sync_id_map")),
    )


def downgrade() -> None:
    op.drop_table("sync_id_map")
    op.drop_table("sync_state")
    op.drop_table("sync_outbox")
