"""issue 19 points 1-3: referrals per office (central_referral) and each office's chain of
downsync bundles (central_downsync).

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-27 01:42:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c0003'
down_revision: str | None = 'c0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'central_downsync',
        sa.Column('office_id', sa.String(length=36), nullable=False),
        sa.Column('last_seq', sa.Integer(), nullable=False),
        sa.Column('last_sha256', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('office_id'),
    )
    op.create_table(
        'central_referral',
        sa.Column('referral_id', sa.String(length=32), nullable=False),
        sa.Column('office_id', sa.String(length=36), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.Column('referred_on', sa.String(length=10), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('sent_seq', sa.Integer(), nullable=True),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('answered_at', sa.DateTime(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('referral_id'),
    )
    with op.batch_alter_table('central_referral', schema=None) as batch_op:
        batch_op.create_index('ix_central_referral_office_id', ['office_id'], unique=False)


def downgrade() -> None:
    op.drop_table('central_referral')
    op.drop_table('central_downsync')
