"""messages to applicants: the outbox (messages), each attempt at the gateway (message_attempts), and the
applicant's refusal of messages recorded with the file check (file_checks.messages_declined)

Revision ID: messages
Revises: public_tokens
"""

import sqlalchemy as sa
from alembic import op

import db.models.base

revision = "messages"
down_revision = "public_tokens"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, db.models.base.UtcDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.add_column(
        "file_checks", sa.Column("messages_declined", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=80), nullable=False),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=True),
        sa.Column("check_id", sa.Uuid(), nullable=True),
        sa.Column("recipient", sa.String(length=20), nullable=True),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _when("next_attempt_at", nullable=False),
        sa.Column("lease_owner", sa.String(length=120), nullable=True),
        _when("lease_until"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("gateway_reference", sa.String(length=120), nullable=True),
        _when("created_at", nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        _when("sent_at"),
        _when("handed_at"),
        sa.Column("handed_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], name=op.f("fk_messages_application_id")),
        sa.ForeignKeyConstraint(["check_id"], ["file_checks.id"], name=op.f("fk_messages_check_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_messages_idempotency_key")),
    )
    op.create_index("ix_messages_status_next_attempt_at", "messages", ["status", "next_attempt_at"])
    op.create_index(op.f("ix_messages_application_id"), "messages", ["application_id"])
    op.create_index(op.f("ix_messages_check_id"), "messages", ["check_id"])
    op.create_table(
        "message_attempts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("message_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=120), nullable=False),
        _when("started_at", nullable=False),
        _when("finished_at"),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], name=op.f("fk_message_attempts_message_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_attempts")),
    )
    op.create_index(op.f("ix_message_attempts_message_id"), "message_attempts", ["message_id"])


def downgrade() -> None:
    op.drop_table("message_attempts")
    op.drop_table("messages")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): file_checks is referenced, a batch rebuild would fail.
    op.drop_column("file_checks", "messages_declined")
