"""Åben rådgivning's figures (seed 001, kerneelement 2): visits per day and per weekday hour,
waiting times, reasons, outcomes and shares for a period, and their printable summary (counts
only, no names)."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.db import models as m
from app.domain.enums import AuditAction, CourseStatus, DropInEventKind, DropInOutcome, DropInReason
from app.domain.errors import ValidationError
from app.domain.roles import Permission
from app.services import audit
from app.services.context import ServiceContext


@dataclass(frozen=True)
class Figures:
    start: dt.date
    end: dt.date
    visits: int
    per_day: dict[dt.date, int]
    per_weekday_hour: dict[tuple[int, int], int]  # (0 = Monday, hour) -> visits
    median_wait: float | None  # minutes from arrival to being called
    p90_wait: float | None
    reasons: dict[DropInReason, int]
    outcomes: dict[DropInOutcome, int]
    known_share: float
    programme_share: float
    interpreter_share: float


def percentile(values: list[float], pct: float) -> float | None:
    """Linear interpolation between closest ranks (the method of numpy's default)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def figures(ctx: ServiceContext, start: dt.date, end: dt.date) -> Figures:
    """The open counselling figures for a period (both days included)."""
    ctx.require(Permission.REPORTS)
    if end < start:
        raise ValidationError("Slutdatoen ligger før startdatoen.", field="end")
    with ctx.transaction() as session:
        visits = session.execute(
            select(m.DropInVisit).where(m.DropInVisit.visit_date.between(start, end))
            .options(selectinload(m.DropInVisit.events))).scalars().all()
        in_programme = set(session.execute(
            select(m.Course.citizen_id).where(m.Course.status.in_(
                [CourseStatus.ACTIVE, CourseStatus.VISITATION]))).scalars())
        audit.record(ctx, session, AuditAction.READ, object_type="report",
                     detail=f"åben rådgivning {start} – {end}")
    per_day: Counter = Counter()
    per_slot: Counter = Counter()
    reasons: Counter = Counter()
    outcomes: Counter = Counter()
    waits: list[float] = []
    known = programme = interpreter = 0
    for visit in visits:
        per_day[visit.visit_date] += 1
        events = {}
        for event in sorted(visit.events, key=lambda e: e.at):
            events.setdefault(event.kind, event.at)
        arrived = events.get(DropInEventKind.ARRIVED)
        if arrived is not None:
            local = arrived.astimezone()
            per_slot[(local.weekday(), local.hour)] += 1
            called = events.get(DropInEventKind.CALLED)
            if called is not None:
                waits.append((called - arrived).total_seconds() / 60)
        for reason in visit.reasons.split():
            reasons[DropInReason(reason)] += 1
        if visit.outcome:
            outcomes[DropInOutcome(visit.outcome)] += 1
        known += visit.citizen_id is not None
        programme += visit.citizen_id in in_programme
        interpreter += visit.interpreter_needed
    total = len(visits)
    return Figures(start, end, total, dict(sorted(per_day.items())), dict(per_slot),
                   statistics.median(waits) if waits else None, percentile(waits, 90),
                   dict(reasons.most_common()), dict(outcomes.most_common()),
                   known / total if total else 0.0, programme / total if total else 0.0,
                   interpreter / total if total else 0.0)


def summary(ctx: ServiceContext, start: dt.date, end: dt.date) -> bytes:
    """The printable one-page summary of the figures (counts only, no names)."""
    result = figures(ctx, start, end)
    with ctx.transaction() as session:
        office = session.execute(select(m.Office.name)).scalar_one()
        audit.record(ctx, session, AuditAction.PRINT, object_type="report",
                     detail=f"oversigt over åben rådgivning {start} – {end}")
    from app.reports.dropin import summary_pdf  # reportlab: not at start-up (issue 22)

    return summary_pdf(office, result, printed_at=ctx.now().astimezone())
