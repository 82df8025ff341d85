"""queue

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 01:42:15.530301
"""

import sqlalchemy as sa
from alembic import op

import db.models.base


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('counters',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('group_codes', sa.JSON(), nullable=False),
    sa.Column('priority_desk', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('priority_streak', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counters')),
    sa.UniqueConstraint('number', name=op.f('uq_counters_number'))
    )
    op.create_table('print_jobs',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reference_id', sa.Uuid(), nullable=True),
    sa.Column('reference_label', sa.String(length=60), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('reprint', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_jobs'))
    )
    op.create_table('queue_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('opened_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('opened_by', sa.String(length=100), nullable=False),
    sa.Column('closed_at', db.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=100), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_days')),
    sa.UniqueConstraint('day', name=op.f('uq_queue_days_day'))
    )
    op.create_table('queue_groups',
    sa.Column('code', sa.String(length=4), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('service_codes', sa.JSON(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_groups')),
    sa.UniqueConstraint('code', name=op.f('uq_queue_groups_code'))
    )
    op.create_table('ticket_sequences',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('group_code', sa.String(length=4), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_sequences')),
    sa.UniqueConstraint('day', 'group_code', name='uq_ticket_sequences_day_group')
    )
    op.create_table('tickets',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('group_code', sa.String(length=4), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=12), nullable=False),
    sa.Column('service_code', sa.String(length=40), nullable=True),
    sa.Column('priority', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('issued_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=100), nullable=False),
    sa.Column('issued_device', sa.String(length=64), nullable=False),
    sa.Column('target_counter', sa.Integer(), nullable=True),
    sa.Column('counter_number', sa.Integer(), nullable=True),
    sa.Column('called_at', db.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('call_count', sa.Integer(), nullable=False),
    sa.Column('started_at', db.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('finished_at', db.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('served_by', sa.String(length=100), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tickets')),
    sa.UniqueConstraint('day', 'label', name='uq_tickets_day_label')
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index('ix_tickets_day_status', ['day', 'status', 'issued_at'], unique=False)

    op.create_table('ticket_events',
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('counter_number', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_events_ticket_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_events'))
    )
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_ticket_events_ticket_id'), ['ticket_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_events_ticket_id'))
        batch_op.drop_index(batch_op.f('ix_ticket_events_at'))

    op.drop_table('ticket_events')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_day_status')

    op.drop_table('tickets')
    op.drop_table('ticket_sequences')
    op.drop_table('queue_groups')
    op.drop_table('queue_days')
    op.drop_table('print_jobs')
    op.drop_table('counters')
