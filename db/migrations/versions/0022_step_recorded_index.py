"""the steps of a period and each file's last step found by index (issue 17)

The daily report reads the SOP steps recorded in its period (which desk did what, and how long it took) and, for
every open file, when its last step was recorded (how long its desk has held it). Without an index on recorded_at the
first scanned every step of every year (150 ms of a 1-day report on a year); the second read each step row of each
open file from the table, where (application_id, recorded_at) answers from the index alone.

Revision ID: step_recorded_index
Revises: queue_prefix
"""

from alembic import op

revision = "step_recorded_index"
down_revision = "queue_prefix"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_application_steps_recorded_at", "application_steps", ["recorded_at"])
    op.create_index("ix_application_steps_application_recorded", "application_steps", ["application_id", "recorded_at"])


def downgrade() -> None:
    op.drop_index("ix_application_steps_application_recorded", table_name="application_steps")
    op.drop_index("ix_application_steps_recorded_at", table_name="application_steps")
