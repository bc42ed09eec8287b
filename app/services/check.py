"""`fremskudt check`: integrity, schema revision and record counts of an open store."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from app.db.migrate import current_revision, head_revision
from app.db.models import Base
from app.domain.roles import Permission
from app.services.context import ServiceContext


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    revision: str | None
    head: str
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.revision == self.head


def run_check(ctx: ServiceContext) -> CheckReport:
    """Counts only, no personal data: every role that may see reports or administer may run it."""
    if not ctx.user.can(Permission.ADMIN):
        ctx.require(Permission.REPORTS)
    engine = ctx.store.engine
    with engine.connect() as conn:
        rows = conn.execute(text("PRAGMA integrity_check")).scalars().all()
        fk_problems = conn.execute(text("PRAGMA foreign_key_check")).all()
        counts = {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }
    integrity = "ok" if rows == ["ok"] and not fk_problems else "; ".join(map(str, rows))
    if fk_problems:
        integrity += f"; {len(fk_problems)} fremmednøglefejl"
    return CheckReport(integrity, current_revision(engine), head_revision(), counts)
