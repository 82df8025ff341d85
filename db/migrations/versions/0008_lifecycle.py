"""lifecycle: who recorded each step in which role, rejection letters, archiving, role delegations

Revision ID: 0008
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

import db.models.base


revision = "0008"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "role_delegations",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=10), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("rank", sa.String(length=100), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", db.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("revoked_at", db.models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_delegations")),
    )
    with op.batch_alter_table("role_delegations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_role_delegations_username"), ["username"], unique=False)
    with op.batch_alter_table("application_steps", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recorded_role", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("acting_as", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("started_on", sa.Date(), nullable=True))
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rejection_number", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("archived_at", db.models.base.UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("archived_by", sa.String(length=100), nullable=True))
    # A unique index, not a constraint: SQLite adds it without rebuilding the applications table (a rebuild of a
    # table other tables reference fails under foreign_keys=ON once the office has files).
    op.create_index("ix_applications_rejection_number", "applications", ["rejection_number"], unique=True)
    # A service whose SOP ends at the front office (DPM-001) was left "in progress" with every step done: finish it.
    connection = op.get_bind()
    applications = sa.table(
        "applications",
        sa.column("id", sa.Uuid()),
        sa.column("status", sa.String()),
        sa.column("current_step", sa.Integer()),
        sa.column("steps", sa.JSON()),
        sa.column("registered_at", db.models.base.UtcDateTime(timezone=True)),
        sa.column("finished_at", db.models.base.UtcDateTime(timezone=True)),
    )
    stuck = [
        (row.id, row.registered_at)
        for row in connection.execute(
            sa.select(
                applications.c.id, applications.c.current_step, applications.c.steps, applications.c.registered_at
            ).where(applications.c.status == "in_progress")
        )
        if row.current_step >= len(row.steps or [])
    ]
    for app_id, registered_at in stuck:
        connection.execute(
            applications.update()
            .where(applications.c.id == app_id)
            .values(status="completed", finished_at=registered_at)
        )


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): no rebuild of tables that others reference.
    op.drop_index("ix_applications_rejection_number", table_name="applications")
    for column in ("archived_by", "archived_at", "rejection_number"):
        op.drop_column("applications", column)
    for column in ("started_on", "acting_as", "recorded_role"):
        op.drop_column("application_steps", column)
    with op.batch_alter_table("role_delegations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_role_delegations_username"))
    op.drop_table("role_delegations")
