"""issue 16 point 3: case content sealed under the case data key K_case, which the counter's
role never gets. The sealing needs K_case, which only a case role's login can make, so this
migration only marks the store: the first case-role login after it makes K_case and seals
every case column in one transaction (app.services.casekeys); until then a counter-only
account is refused at login.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 12:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("INSERT OR REPLACE INTO local_setting (key, value) "
               "VALUES ('case_content_unsealed', '1')")


def downgrade() -> None:
    # Sealed values stay sealed: an older app cannot read them without K_case.
    op.execute("DELETE FROM local_setting WHERE key = 'case_content_unsealed'")
