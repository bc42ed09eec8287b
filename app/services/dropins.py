"""Åben rådgivning: the day's drop-in visits as the counter sees them (names, queue, reasons)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.db.models import Citizen, DropInVisit
from app.domain.enums import DropInEventKind, DropInOutcome, DropInReason
from app.domain.roles import Permission
from app.services.context import ServiceContext

STATE_WAITING = "Venter"
STATE_IN_CONVERSATION = "I samtale"
STATE_DONE = "Færdig"
STATE_LEFT = "Gået uden at blive set"


@dataclass(frozen=True)
class VisitRow:
    id: uuid.UUID
    queue_number: int
    name: str
    known: bool
    reasons: tuple[DropInReason, ...]
    arrived_at: dt.datetime | None
    state: str
    outcome: DropInOutcome | None
    phone: str = ""


def _state(kinds: set[DropInEventKind]) -> str:
    if DropInEventKind.LEFT in kinds:
        return STATE_LEFT
    if DropInEventKind.ENDED in kinds:
        return STATE_DONE
    if DropInEventKind.STARTED in kinds or DropInEventKind.CALLED in kinds:
        return STATE_IN_CONVERSATION
    return STATE_WAITING


def visits_on(ctx: ServiceContext, day: dt.date) -> list[VisitRow]:
    ctx.require(Permission.QUEUE)
    stmt = (
        select(DropInVisit, Citizen)
        .outerjoin(Citizen, Citizen.id == DropInVisit.citizen_id)
        .where(DropInVisit.visit_date == day)
        .options(selectinload(DropInVisit.events))
        .order_by(DropInVisit.queue_number)
    )
    rows = []
    with ctx.transaction() as session:
        for visit, citizen in session.execute(stmt).all():
            kinds = {e.kind for e in visit.events}
            arrived = next((e.at for e in visit.events if e.kind == DropInEventKind.ARRIVED),
                           None)
            rows.append(VisitRow(
                visit.id, visit.queue_number,
                citizen.full_name if citizen else visit.visitor_label,
                citizen is not None,
                tuple(DropInReason(r) for r in visit.reasons.split()),
                arrived, _state(kinds), visit.outcome,
                visit.visitor_phone if citizen is None else "",
            ))
    return rows


def latest_visit_day(ctx: ServiceContext, on_or_before: dt.date) -> dt.date | None:
    ctx.require(Permission.QUEUE)
    with ctx.transaction() as session:
        return session.execute(
            select(DropInVisit.visit_date).where(DropInVisit.visit_date <= on_or_before)
            .order_by(DropInVisit.visit_date.desc()).limit(1)
        ).scalar_one_or_none()
