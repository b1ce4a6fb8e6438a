"""Code pins: a coder's own number keys (1-9) in the workbench.

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-30 11:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('code_pins',
    sa.Column('coder', sa.String(length=100), nullable=False),
    sa.Column('digit', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('coder', 'digit')
    )


def downgrade() -> None:
    op.drop_table('code_pins')
