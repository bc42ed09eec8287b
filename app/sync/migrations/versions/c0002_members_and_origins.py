"""issue 18 point 8: the offices' member lists as the central learnt them (central_member) and
each origin's counter (central_origin), for exactly-once import from many workstations.

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-27 01:41:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c0002'
down_revision: str | None = 'c0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'central_member',
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('office_id', sa.String(length=36), nullable=False),
        sa.Column('joined_by', sa.String(length=36), nullable=True),
        sa.Column('admission_sig', sa.String(length=128), nullable=False),
        sa.Column('learnt_from', sa.String(length=32), nullable=False),
        sa.Column('learnt_at', sa.DateTime(), nullable=False),
        sa.Column('revoked_counter', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('device_id'),
    )
    with op.batch_alter_table('central_member', schema=None) as batch_op:
        batch_op.create_index('ix_central_member_office_id', ['office_id'], unique=False)
    op.create_table(
        'central_origin',
        sa.Column('origin', sa.String(length=32), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('office_id', sa.String(length=36), nullable=False),
        sa.Column('counter', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('origin'),
    )
    with op.batch_alter_table('central_origin', schema=None) as batch_op:
        batch_op.create_index('ix_central_origin_device_id', ['device_id'], unique=False)


def downgrade() -> None:
    op.drop_table('central_origin')
    op.drop_table('central_member')
