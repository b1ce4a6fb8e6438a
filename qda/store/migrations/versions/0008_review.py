"""Review of case reports: comments per site and theme, forced approvals with a reason and a
snapshot of what was approved, machine-drafted summaries and the overall conclusion per site;
citations that lead back to the source: the file line where a document's text starts, and each
segment's paragraph number.

Revision ID: 0008
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'review_comments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('site', sa.String(length=100), nullable=False),
        sa.Column('code_id', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('author', sa.String(length=100), nullable=False),
        sa.Column('source', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('resolved_by', sa.String(length=100), nullable=True),
        sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['code_id'], ['codes.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_review_comments_site', 'review_comments', ['site'])
    with op.batch_alter_table('approvals') as batch:
        batch.add_column(sa.Column('reason', sa.Text(), nullable=True))
        batch.add_column(sa.Column('snapshot', sa.Text(), nullable=True))
    with op.batch_alter_table('summaries') as batch:
        batch.alter_column('code_id', existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column('origin', sa.String(length=20), nullable=False, server_default='person'))
    op.add_column('documents', sa.Column('first_line', sa.Integer(), nullable=True))
    op.add_column('segments', sa.Column('paragraph', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('segments') as batch:
        batch.drop_column('paragraph')
    with op.batch_alter_table('documents') as batch:
        batch.drop_column('first_line')
    with op.batch_alter_table('summaries') as batch:
        batch.drop_column('origin')
        batch.alter_column('code_id', existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table('approvals') as batch:
        batch.drop_column('snapshot')
        batch.drop_column('reason')
    op.drop_index('ix_review_comments_site', table_name='review_comments')
    op.drop_table('review_comments')
