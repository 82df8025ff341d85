"""complaints_skm

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 02:06:34.210746
"""

import sqlalchemy as sa
from alembic import op

import db.models.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "skm_responses",
        sa.Column("service_code", sa.String(length=40), nullable=False),
        sa.Column("service_name", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("counter_number", sa.Integer(), nullable=True),
        sa.Column("responded_on", sa.Date(), nullable=False),
        sa.Column("u1", sa.SmallInteger(), nullable=False),
        sa.Column("u2", sa.SmallInteger(), nullable=False),
        sa.Column("u3", sa.SmallInteger(), nullable=False),
        sa.Column("u4", sa.SmallInteger(), nullable=False),
        sa.Column("u5", sa.SmallInteger(), nullable=False),
        sa.Column("u6", sa.SmallInteger(), nullable=False),
        sa.Column("u7", sa.SmallInteger(), nullable=False),
        sa.Column("u8", sa.SmallInteger(), nullable=False),
        sa.Column("u9", sa.SmallInteger(), nullable=False),
        sa.Column("age_band", sa.String(length=10), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("education", sa.String(length=20), nullable=True),
        sa.Column("occupation", sa.String(length=30), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("recorded_at", db.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skm_responses")),
    )
    with op.batch_alter_table("skm_responses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skm_responses_responded_on"), ["responded_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_skm_responses_service_code"), ["service_code"], unique=False)

    op.create_table(
        "info_consultations",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("visitor_name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("service_code", sa.String(length=40), nullable=True),
        sa.Column("service_name", sa.String(length=300), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("counter_number", sa.Integer(), nullable=True),
        sa.Column("served_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", db.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_info_consultations_ticket_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_info_consultations")),
    )
    with op.batch_alter_table("info_consultations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_info_consultations_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_info_consultations_served_on"), ["served_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_info_consultations_service_code"), ["service_code"], unique=False)

    op.create_table(
        "complaints",
        sa.Column("tracking_number", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("complainant_name", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=True),
        sa.Column("registration_number", sa.String(length=60), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("ticket_label", sa.String(length=12), nullable=True),
        sa.Column("priority", sa.String(length=10), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("current_step", sa.Integer(), nullable=False),
        sa.Column("received_at", db.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("received_by", sa.String(length=100), nullable=False),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("counter_number", sa.Integer(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("closed_at", db.models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], name=op.f("fk_complaints_application_id")),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_complaints_ticket_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("tracking_number", name=op.f("uq_complaints_tracking_number")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaints_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_received_on"), ["received_on"], unique=False)
        batch_op.create_index("ix_complaints_status_due", ["status", "due_on"], unique=False)

    op.create_table(
        "complaint_steps",
        sa.Column("complaint_id", sa.Uuid(), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("step_code", sa.String(length=24), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", db.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], name=op.f("fk_complaint_steps_complaint_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_steps")),
    )
    with op.batch_alter_table("complaint_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_steps_complaint_id"), ["complaint_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("complaint_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_steps_complaint_id"))

    op.drop_table("complaint_steps")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index("ix_complaints_status_due")
        batch_op.drop_index(batch_op.f("ix_complaints_received_on"))
        batch_op.drop_index(batch_op.f("ix_complaints_category"))

    op.drop_table("complaints")
    with op.batch_alter_table("info_consultations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_info_consultations_service_code"))
        batch_op.drop_index(batch_op.f("ix_info_consultations_served_on"))
        batch_op.drop_index(batch_op.f("ix_info_consultations_kind"))

    op.drop_table("info_consultations")
    with op.batch_alter_table("skm_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skm_responses_service_code"))
        batch_op.drop_index(batch_op.f("ix_skm_responses_responded_on"))

    op.drop_table("skm_responses")
