"""service catalog

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 01:37:55.670869
"""

import sqlalchemy as sa
from alembic import op

import db.models.base


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalog_versions',
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('imported_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('imported_by', sa.String(length=100), nullable=False),
    sa.Column('service_count', sa.Integer(), nullable=False),
    sa.Column('changed_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_versions')),
    sa.UniqueConstraint('version', name=op.f('uq_catalog_versions_version'))
    )
    op.create_table('catalog_service_revisions',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('catalog_version_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['catalog_version_id'], ['catalog_versions.id'], name=op.f('fk_catalog_service_revisions_catalog_version_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_service_revisions')),
    sa.UniqueConstraint('code', 'revision', name='uq_catalog_service_revisions_code_revision')
    )
    with op.batch_alter_table('catalog_service_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalog_service_revisions_code'), ['code'], unique=False)

    op.create_table('catalog_services',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('agency', sa.String(length=200), nullable=False),
    sa.Column('sector', sa.String(length=120), nullable=True),
    sa.Column('sla_working_days', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('current_revision_id', sa.Uuid(), nullable=False),
    sa.Column('edited_locally', sa.Boolean(), nullable=False),
    sa.Column('updated_at', db.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['current_revision_id'], ['catalog_service_revisions.id'], name=op.f('fk_catalog_services_current_revision_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_services')),
    sa.UniqueConstraint('code', name=op.f('uq_catalog_services_code'))
    )


def downgrade() -> None:
    op.drop_table('catalog_services')
    with op.batch_alter_table('catalog_service_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalog_service_revisions_code'))

    op.drop_table('catalog_service_revisions')
    op.drop_table('catalog_versions')
