"""issue 23, point 4 (issue 18, point 6): queue numbers unique across the office's
workstations. Each visit keeps the letter of the workstation that gave its number
(drop_in_visit.queue_letter, "A" in "A-12"); a workstation counts its own letter's numbers
per day. A local table (queue_seen, not replicated) keeps when this workstation first saw
another one's queue event, for waiting times across clocks a few minutes apart. Visits made
before are given the letter of the member that stamped them last, or "A" (a
single-workstation office's first and only member).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-12 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('drop_in_visit') as batch:
        batch.add_column(sa.Column('queue_letter', sa.String(length=4), server_default='',
                                   nullable=False))
    op.execute(sa.text(
        "UPDATE drop_in_visit SET queue_letter = COALESCE(NULLIF((SELECT w.letter FROM "
        "workstation w WHERE w.id = drop_in_visit.version_device), ''), 'A')"))
    op.create_table(
        'queue_seen',
        sa.Column('event_id', sa.Uuid(), nullable=False),
        sa.Column('device_id', sa.Uuid(), nullable=False),
        sa.Column('made_at', sa.DateTime(), nullable=False),
        sa.Column('seen_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('event_id', name=op.f('pk_queue_seen')),
    )
    op.create_index(op.f('ix_queue_seen_seen_at'), 'queue_seen', ['seen_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_queue_seen_seen_at'), table_name='queue_seen')
    op.drop_table('queue_seen')
    with op.batch_alter_table('drop_in_visit') as batch:
        batch.drop_column('queue_letter')
