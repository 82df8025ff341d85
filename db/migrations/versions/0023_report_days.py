"""the report keeps the figures of the days that are over (issue 17)

A month's report read every ticket and SOP step of the month again each time (1.9 s for 105,000 tickets and 150,000
steps). A day that is over hardly changes: report_days keeps, per scope, part and office day, the grouped rows the
report computed for it, with the count of source rows they came from, which any later change of that day moves
(db/reports/day_cache.py). Local only: not synced, rebuilt from the records whenever it is missing or stale.

ix_applications_open_due replaces ix_applications_finished_at (0010) with the columns the open files' count reads
(their due dates, service and agency), so it needs no row of the table: 10 ms to 2 ms on a year of files.

Revision ID: report_days
Revises: step_recorded_index
"""

import sqlalchemy as sa
from alembic import op

revision = "report_days"
down_revision = "step_recorded_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_days",
        sa.Column("scope", sa.String(length=120), nullable=False),
        sa.Column("part", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("rows", sa.Text(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("scope", "part", "day", name=op.f("pk_report_days")),
    )
    op.create_index(
        "ix_applications_open_due",
        "applications",
        ["finished_at", "registered_at", "due_on", "service_code", "agency_id"],
    )
    op.drop_index("ix_applications_finished_at", table_name="applications")


def downgrade() -> None:
    op.create_index("ix_applications_finished_at", "applications", ["finished_at", "registered_at"])
    op.drop_index("ix_applications_open_due", table_name="applications")
    op.drop_table("report_days")
