"""course_due: the next due item's kind (app.domain.rules.DueKind), so the caseload's rows
carry a typed kind and nothing has to match on the (translated) text

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # course_due is derived and local: its rows are recomputed, kind included, the first time
    # the caseload is opened (services.caseload._missing_due), so they are dropped, not guessed
    op.execute("DELETE FROM course_due")
    with op.batch_alter_table('course_due', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_due_kind', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('course_due', schema=None) as batch_op:
        batch_op.drop_column('next_due_kind')
