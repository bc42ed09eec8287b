"""issue 15: follow-up frequency, forsørger, interpreter use per contact, partshøring deadline
and reasonable grounds, the citizen's own words on the step-up preparation and step-up
follow-ups done

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        # existing agreements follow up monthly, the seed's minimum (seed 004, trin 2)
        batch_op.add_column(sa.Column('followup_frequency', sa.String(length=32),
                                      nullable=False, server_default='monthly'))
    with op.batch_alter_table('citizen', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_provider', sa.Boolean(), nullable=False,
                                      server_default='0'))
    with op.batch_alter_table('contact_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('interpreter', sa.String(length=32), nullable=False,
                                      server_default='not_needed'))
        batch_op.add_column(sa.Column('answer_deadline', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('answered_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('reasonable_ground', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('reasonable_ground_text', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('reasonable_ground_on', sa.Date(), nullable=True))
    op.execute("UPDATE contact_entry SET interpreter = 'used' WHERE interpreter_used")
    with op.batch_alter_table('step_up', schema=None) as batch_op:
        batch_op.add_column(sa.Column('citizen_barriers', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('citizen_resources', sa.Text(), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('step_up_agreement_row', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follow_up_done_on', sa.Date(), nullable=True))
    # the rules changed: the caseload's stored rows are computed again at the next opening
    op.execute("DELETE FROM course_due")


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+) instead of a batch copy: a copied table is
    # dropped and renamed, which the foreign keys of a store with data refuse
    for table, column in (('step_up_agreement_row', 'follow_up_done_on'),
                          ('step_up', 'citizen_resources'), ('step_up', 'citizen_barriers'),
                          ('contact_entry', 'reasonable_ground_on'),
                          ('contact_entry', 'reasonable_ground_text'),
                          ('contact_entry', 'reasonable_ground'),
                          ('contact_entry', 'answered_on'),
                          ('contact_entry', 'answer_deadline'),
                          ('contact_entry', 'interpreter'),
                          ('citizen', 'is_provider'),
                          ('agreement', 'followup_frequency')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
