"""Findings per site: site attributes, findings (feature values backed by evidence) and their history.

Revision ID: 0005
Revises: 0008 (re-chained after main's 0004, 0008)
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0008'
branch_labels = None
depends_on = None

FINDING_COLUMNS = (
    ("site", sa.String(length=100), False), ("feature_key", sa.String(length=100), False),
    ("wave", sa.Integer(), True), ("level", sa.String(length=20), True), ("value", sa.JSON(), False),
    ("note", sa.Text(), True), ("evidence", sa.JSON(), False), ("set_by", sa.String(length=100), False),
    ("set_at", sa.DateTime(timezone=True), False),
)


def _finding_columns() -> list[sa.Column]:
    return [sa.Column(name, kind, nullable=nullable) for name, kind, nullable in FINDING_COLUMNS]


def upgrade() -> None:
    op.create_table('site_attributes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site', sa.String(length=100), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('site', 'key', name='uq_site_attribute')
    )
    op.create_table('findings', sa.Column('id', sa.Integer(), nullable=False), *_finding_columns(),
                    sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_findings_site_feature', 'findings', ['site', 'feature_key'], unique=False)
    op.create_table('finding_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=False),
    *_finding_columns(),
    sa.Column('replaced_by', sa.String(length=100), nullable=False),
    sa.Column('replaced_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('finding_history')
    op.drop_index('ix_findings_site_feature', table_name='findings')
    op.drop_table('findings')
    op.drop_table('site_attributes')
