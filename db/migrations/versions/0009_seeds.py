"""requirement kinds on the checked items: when an item is checked, and its evidence (payment slip, fulfilment)

Revision ID: 0009
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("check_items") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("evidence", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("check_items") as batch:
        batch.drop_column("evidence")
        batch.drop_column("kind")
