"""requirement kinds on the checked items: when an item is checked, and its evidence (payment slip, fulfilment);
one SKM response per ticket (skm_ticket_uses); the SOP role and the channel of each complaint step;
the referral of an information or consultation entry

Revision ID: 0009
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

import db.models.base


revision = "0009"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("check_items") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("evidence", sa.JSON(), nullable=True))
    with op.batch_alter_table("complaint_steps") as batch:
        batch.add_column(sa.Column("actor_role", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("channel", sa.String(length=20), nullable=True))
    with op.batch_alter_table("info_consultations") as batch:
        batch.add_column(sa.Column("status", sa.String(length=10), server_default="answered", nullable=False))
        batch.add_column(sa.Column("referred_to", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("answered_by", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("answered_at", db.models.base.UtcDateTime(timezone=True), nullable=True))
    op.create_table(
        "skm_ticket_uses",
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_skm_ticket_uses_ticket_id_tickets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skm_ticket_uses")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_skm_ticket_uses_ticket_id")),
    )


def downgrade() -> None:
    with op.batch_alter_table("info_consultations") as batch:
        for column in ("answered_at", "answered_by", "referred_to", "status"):
            batch.drop_column(column)
    op.drop_table("skm_ticket_uses")
    with op.batch_alter_table("complaint_steps") as batch:
        batch.drop_column("channel")
        batch.drop_column("actor_role")
    with op.batch_alter_table("check_items") as batch:
        batch.drop_column("evidence")
        batch.drop_column("kind")
