"""each agency's letters on the hall's queue tickets: agencies.queue_prefix (issue 19)

Empty for every agency an existing database has: its queue groups keep their letters, and the numbering of the day
goes on unchanged. An administrator may reserve a prefix for an agency (db/queue/letters.py checks clashes).

Revision ID: queue_prefix
Revises: messages
"""

import sqlalchemy as sa
from alembic import op

revision = "queue_prefix"
down_revision = "messages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agencies") as batch:
        batch.add_column(sa.Column("queue_prefix", sa.String(length=3), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+ as PostgreSQL): a batch rebuild of `agencies`, which most
    # tables reference, would fail with foreign keys on
    op.execute("ALTER TABLE agencies DROP COLUMN queue_prefix")
