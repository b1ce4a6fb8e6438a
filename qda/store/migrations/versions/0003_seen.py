"""Segments a coder has seen and passed: the only negatives the assist suggesters learn from.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 11:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('seen_segments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('coder', sa.String(length=100), nullable=False),
    sa.Column('how', sa.String(length=10), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('segment_id', 'coder', name='uq_seen_segment')
    )
    op.create_index('ix_seen_segments_coder', 'seen_segments', ['coder'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_seen_segments_coder', table_name='seen_segments')
    op.drop_table('seen_segments')
