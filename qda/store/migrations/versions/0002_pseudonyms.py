"""Pseudonym aliases: a pseudonym's further keys, so (kind, number) stays unique per pseudonym.

Revision ID: 0002
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pseudonym_aliases',
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['kind', 'number'], ['pseudonyms.kind', 'pseudonyms.number'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('digest')
    )


def downgrade() -> None:
    op.drop_table('pseudonym_aliases')
