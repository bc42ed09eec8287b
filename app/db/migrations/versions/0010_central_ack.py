"""issue 18, point 8: the central's acknowledgements per origin, replicated between the
office's workstations (central_ack), so any member exports from what the central holds and
retention deletion waits for the central's receipt everywhere.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'central_ack',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('version_device', sa.Uuid(), nullable=False),
        sa.Column('version_counter', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('hlc', sa.BigInteger(), server_default='0', nullable=False),
        sa.Column('row_vv', sa.Text(), server_default='', nullable=False),
        sa.Column('origin', sa.String(length=32), nullable=False),
        sa.Column('device', sa.Uuid(), nullable=False),
        sa.Column('counter', sa.Integer(), nullable=False),
        sa.Column('bundle_id', sa.String(length=32), nullable=False),
        sa.Column('acked_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_central_ack')),
    )
    with op.batch_alter_table('central_ack', schema=None) as batch_op:
        batch_op.create_index('ix_central_ack_origin', ['origin'], unique=False)
        batch_op.create_index('ix_central_ack_version_counter', ['version_counter'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('central_ack')
