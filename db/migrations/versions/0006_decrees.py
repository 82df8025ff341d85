"""decrees

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 02:09:22.153971
"""

import sqlalchemy as sa
from alembic import op

import db.models.base


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('signing_keys',
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.Text(), nullable=False),
    sa.Column('created_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_keys')),
    sa.UniqueConstraint('key_id', name=op.f('uq_signing_keys_key_id'))
    )
    op.create_table('decrees',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('decree_number', sa.String(length=60), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('signed_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('signed_by', sa.String(length=100), nullable=False),
    sa.Column('signer', sa.JSON(), nullable=False),
    sa.Column('holder', sa.JSON(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('status_official', sa.String(length=200), nullable=True),
    sa.Column('status_at', db.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('replaced_by_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_decrees_application_id')),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['decrees.id'], name=op.f('fk_decrees_replaced_by_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decrees')),
    sa.UniqueConstraint('decree_number', name=op.f('uq_decrees_decree_number'))
    )
    with op.batch_alter_table('decrees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decrees_application_id'), ['application_id'], unique=False)

    op.create_table('issued_documents',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=True),
    sa.Column('relative_path', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('issued_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=100), nullable=False),
    sa.Column('copies_printed', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_issued_documents_application_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_documents')),
    sa.UniqueConstraint('kind', 'number', name='uq_issued_documents_kind_number')
    )
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_documents_application_id'), ['application_id'], unique=False)

    op.create_table('handovers',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('decree_id', sa.Uuid(), nullable=False),
    sa.Column('receipt_number', sa.String(length=40), nullable=False),
    sa.Column('recipient_role', sa.String(length=12), nullable=False),
    sa.Column('recipient_name', sa.String(length=200), nullable=False),
    sa.Column('recipient_nik', sa.String(length=16), nullable=False),
    sa.Column('proxy_letter', sa.Text(), nullable=True),
    sa.Column('handed_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('officer', sa.String(length=100), nullable=False),
    sa.Column('officer_name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_handovers_application_id')),
    sa.ForeignKeyConstraint(['decree_id'], ['decrees.id'], name=op.f('fk_handovers_decree_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handovers')),
    sa.UniqueConstraint('application_id', name=op.f('uq_handovers_application_id')),
    sa.UniqueConstraint('receipt_number', name=op.f('uq_handovers_receipt_number'))
    )


def downgrade() -> None:
    op.drop_table('handovers')
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_documents_application_id'))

    op.drop_table('issued_documents')
    with op.batch_alter_table('decrees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decrees_application_id'))

    op.drop_table('decrees')
    op.drop_table('signing_keys')
