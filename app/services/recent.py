"""Seneste borgere: the last records a user opened on this workstation (issue 17 point 16).

Kept per user in the workstation's local settings (never replicated: what one colleague opened
is no business of the office's other machines), newest first, at most ten. The list holds
ids only; names are read when it is shown, so a deleted citizen simply drops out."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.db import models as m
from app.domain.cpr import mask_cpr
from app.domain.roles import Permission
from app.services.context import ServiceContext

RECENT_COUNT = 10
_KEY = "recent_citizens:{user}"


@dataclass(frozen=True)
class RecentCitizen:
    citizen_id: uuid.UUID
    name: str
    masked_cpr: str
    phone: str


def _key(ctx: ServiceContext) -> str:
    return _KEY.format(user=ctx.user.id)


def _ids(row: m.LocalSetting | None) -> list[uuid.UUID]:
    try:
        return [uuid.UUID(value) for value in json.loads(row.value)] if row else []
    except (ValueError, TypeError, AttributeError):
        return []  # a damaged list starts afresh; it is only a convenience


def remember_opened(ctx: ServiceContext, citizen_id: uuid.UUID) -> None:
    """Put the citizen first in the user's list of recently opened records."""
    with ctx.transaction() as session:
        row = session.get(m.LocalSetting, _key(ctx))
        ids = [citizen_id, *(i for i in _ids(row) if i != citizen_id)][:RECENT_COUNT]
        value = json.dumps([str(i) for i in ids])
        if row is None:
            session.add(m.LocalSetting(key=_key(ctx), value=value))
        else:
            row.value = value


def recent_citizens(ctx: ServiceContext) -> list[RecentCitizen]:
    """The user's recently opened citizens, newest first."""
    ctx.require(Permission.CITIZEN_BASIC)
    with ctx.transaction() as session:
        ids = _ids(session.get(m.LocalSetting, _key(ctx)))
        if not ids:
            return []
        found = {c.id: c for c in session.scalars(
            select(m.Citizen).where(m.Citizen.id.in_(ids)))}
        return [RecentCitizen(c.id, f"{c.first_name} {c.last_name}".strip(),
                              mask_cpr(c.cpr), c.phone)
                for c in (found.get(i) for i in ids) if c is not None]
