"""intake

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 01:59:10.200566
"""

import sqlalchemy as sa
from alembic import op

import db.models.base


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('applicants',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=True),
    sa.Column('nib', sa.String(length=13), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('birth_place', sa.String(length=100), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('npwp', sa.String(length=16), nullable=True),
    sa.Column('contact_person_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['contact_person_id'], ['applicants.id'], name=op.f('fk_applicants_contact_person_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applicants')),
    sa.UniqueConstraint('nib', name=op.f('uq_applicants_nib')),
    sa.UniqueConstraint('nik', name=op.f('uq_applicants_nik'))
    )
    with op.batch_alter_table('applicants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applicants_name'), ['name'], unique=False)

    op.create_table('office_closures',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_closures')),
    sa.UniqueConstraint('day', name=op.f('uq_office_closures_day'))
    )
    op.create_table('registration_sequences',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration_sequences')),
    sa.UniqueConstraint('kind', 'year', name='uq_registration_sequences_kind_year')
    )
    op.create_table('file_checks',
    sa.Column('applicant_id', sa.Uuid(), nullable=False),
    sa.Column('service_code', sa.String(length=40), nullable=False),
    sa.Column('revision_id', sa.Uuid(), nullable=False),
    sa.Column('variant', sa.String(length=200), nullable=True),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('slip_number', sa.String(length=40), nullable=True),
    sa.Column('proxy', sa.JSON(), nullable=True),
    sa.Column('ticket_id', sa.Uuid(), nullable=True),
    sa.Column('checked_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('checked_by', sa.String(length=100), nullable=False),
    sa.Column('officer_name', sa.String(length=200), nullable=False),
    sa.Column('counter_number', sa.Integer(), nullable=True),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicants.id'], name=op.f('fk_file_checks_applicant_id')),
    sa.ForeignKeyConstraint(['revision_id'], ['catalog_service_revisions.id'], name=op.f('fk_file_checks_revision_id')),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_file_checks_ticket_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_file_checks')),
    sa.UniqueConstraint('slip_number', name=op.f('uq_file_checks_slip_number'))
    )
    with op.batch_alter_table('file_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_file_checks_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_file_checks_checked_at'), ['checked_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_file_checks_service_code'), ['service_code'], unique=False)

    op.create_table('applications',
    sa.Column('registration_number', sa.String(length=60), nullable=False),
    sa.Column('check_id', sa.Uuid(), nullable=False),
    sa.Column('applicant_id', sa.Uuid(), nullable=False),
    sa.Column('service_code', sa.String(length=40), nullable=False),
    sa.Column('service_name', sa.String(length=300), nullable=False),
    sa.Column('revision_id', sa.Uuid(), nullable=False),
    sa.Column('variant', sa.String(length=200), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('sla_text', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('current_step', sa.Integer(), nullable=False),
    sa.Column('steps', sa.JSON(), nullable=False),
    sa.Column('registered_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('registered_by', sa.String(length=100), nullable=False),
    sa.Column('finished_at', db.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('rejection_reason', sa.Text(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicants.id'], name=op.f('fk_applications_applicant_id')),
    sa.ForeignKeyConstraint(['check_id'], ['file_checks.id'], name=op.f('fk_applications_check_id')),
    sa.ForeignKeyConstraint(['revision_id'], ['catalog_service_revisions.id'], name=op.f('fk_applications_revision_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applications')),
    sa.UniqueConstraint('registration_number', name=op.f('uq_applications_registration_number'))
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_service_code'), ['service_code'], unique=False)
        batch_op.create_index('ix_applications_status_due', ['status', 'due_on'], unique=False)

    op.create_table('check_items',
    sa.Column('check_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=10), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('condition', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['check_id'], ['file_checks.id'], name=op.f('fk_check_items_check_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_items'))
    )
    with op.batch_alter_table('check_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_check_items_check_id'), ['check_id'], unique=False)

    op.create_table('application_steps',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('step_index', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_application_steps_application_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_steps'))
    )
    with op.batch_alter_table('application_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_steps_application_id'), ['application_id'], unique=False)

    op.create_table('attachments',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('archive_path', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('added_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_attachments_application_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_application_id'), ['application_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_application_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('application_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_steps_application_id'))

    op.drop_table('application_steps')
    with op.batch_alter_table('check_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_check_items_check_id'))

    op.drop_table('check_items')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_status_due')
        batch_op.drop_index(batch_op.f('ix_applications_service_code'))
        batch_op.drop_index(batch_op.f('ix_applications_received_on'))
        batch_op.drop_index(batch_op.f('ix_applications_applicant_id'))

    op.drop_table('applications')
    with op.batch_alter_table('file_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_file_checks_service_code'))
        batch_op.drop_index(batch_op.f('ix_file_checks_checked_at'))
        batch_op.drop_index(batch_op.f('ix_file_checks_applicant_id'))

    op.drop_table('file_checks')
    op.drop_table('registration_sequences')
    op.drop_table('office_closures')
    with op.batch_alter_table('applicants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applicants_name'))

    op.drop_table('applicants')
