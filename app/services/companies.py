"""The office's company network (virksomhedsnetværk)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.models import Agreement, Company, CompanyContact
from app.domain.roles import Permission
from app.services.context import ServiceContext


@dataclass(frozen=True)
class CompanyRow:
    id: uuid.UUID
    name: str
    cvr: str
    industry: str
    address: str
    contacts: int
    agreements: int


def search(ctx: ServiceContext, text: str = "", limit: int = 500) -> list[CompanyRow]:
    """Companies whose name, CVR or industry contains `text` (all when empty)."""
    ctx.require(Permission.COMPANY)
    contacts = (select(CompanyContact.company_id, func.count().label("n"))
                .group_by(CompanyContact.company_id).subquery())
    agreements = (select(Agreement.company_id, func.count().label("n"))
                  .group_by(Agreement.company_id).subquery())
    stmt = (
        select(Company, func.coalesce(contacts.c.n, 0), func.coalesce(agreements.c.n, 0))
        .outerjoin(contacts, contacts.c.company_id == Company.id)
        .outerjoin(agreements, agreements.c.company_id == Company.id)
        .order_by(Company.name)
        .limit(limit)
    )
    query = (text or "").strip().casefold()
    for word in query.split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        stmt = stmt.where(
            func.lower(Company.name).like(pattern, escape="\\")
            | Company.cvr.like(pattern, escape="\\")
            | func.lower(Company.industry).like(pattern, escape="\\")
        )
    with ctx.transaction() as session:
        return [
            CompanyRow(c.id, c.name, c.cvr or "", c.industry, c.address, n_contacts, n_agree)
            for c, n_contacts, n_agree in session.execute(stmt).all()
        ]
