"""issue 15: the integration programme on the citizen (target group check at visitation) and
the reason recorded when a citizen outside the target group is visited anyway

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('citizen', schema=None) as batch_op:
        # seed 001, kerneelement 3: integrationsydelse only "og ikke er omfattet af
        # integrationsprogrammet"
        batch_op.add_column(sa.Column('in_integration_programme', sa.Boolean(),
                                      nullable=False, server_default='0'))
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.add_column(sa.Column('target_group_override', sa.Text(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN, as in 0006: a batch copy is refused by the foreign keys
    for table, column in (('course', 'target_group_override'),
                          ('citizen', 'in_integration_programme')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
