"""issue 19 point 3: the "Henvisninger" inbox (jobcenter_referral) and the downsync bundles
applied (jobcenter_downsync), both replicated between the office's workstations.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27 01:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _replicated() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('version_device', sa.Uuid(), nullable=False),
        sa.Column('version_counter', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
        sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'jobcenter_referral',
        *_replicated(),
        sa.Column('cpr', sa.String(length=10), nullable=False),
        sa.Column('first_name', sa.String(length=100), nullable=False),
        sa.Column('last_name', sa.String(length=100), nullable=False),
        sa.Column('address', sa.String(length=300), nullable=False),
        sa.Column('benefit_type', sa.String(length=32), nullable=False),
        sa.Column('activity_ready', sa.Boolean(), nullable=False),
        sa.Column('caseworker_name', sa.String(length=200), nullable=False),
        sa.Column('referred_on', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('bundle_seq', sa.Integer(), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('decided_by', sa.Uuid(), nullable=True),
        sa.Column('decline_reason', sa.Text(), nullable=False),
        sa.Column('citizen_id', sa.Uuid(), nullable=True),
        sa.Column('course_id', sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_jobcenter_referral')),
    )
    with op.batch_alter_table('jobcenter_referral', schema=None) as batch_op:
        batch_op.create_index('ix_jobcenter_referral_cpr', ['cpr'], unique=False)
        batch_op.create_index('ix_jobcenter_referral_state', ['state'], unique=False)
        batch_op.create_index('ix_jobcenter_referral_version_counter', ['version_counter'],
                              unique=False)
    op.create_table(
        'jobcenter_downsync',
        *_replicated(),
        sa.Column('bundle_id', sa.String(length=32), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('applied_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_jobcenter_downsync')),
    )
    with op.batch_alter_table('jobcenter_downsync', schema=None) as batch_op:
        batch_op.create_index('ix_jobcenter_downsync_seq', ['seq'], unique=False)
        batch_op.create_index('ix_jobcenter_downsync_version_counter', ['version_counter'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('jobcenter_downsync')
    op.drop_table('jobcenter_referral')
