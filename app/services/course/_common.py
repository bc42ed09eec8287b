"""Helpers shared by the course modules."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import (
    CourseStatus,
    Step,
)
from app.domain.errors import ValidationError
from app.domain.text import N_
from app.domain.values import check_date
from app.services.caseload import STEP_LABELS, refresh_due
from app.services.context import ServiceContext

STEP_NAMES = {Step.AFKLARING: N_("Trin 1 Afklaring"),
              Step.PAA_VEJ_MOD_JOB: N_("Trin 2 På vej mod job"),
              Step.VIRKSOMHEDSFORLOEB: N_("Trin 3 Virksomhedsforløb")}


def latest_course(session: Session, citizen_id: uuid.UUID) -> m.Course | None:
    return session.execute(select(m.Course).where(m.Course.citizen_id == citizen_id)
                           .order_by(m.Course.started_on.desc(), m.Course.created_at.desc())
                           .limit(1)).scalar_one_or_none()


def check_staff(session: Session, staff_id: uuid.UUID | None, role_word: str) -> None:
    if staff_id is None:
        return
    account = session.get(m.StaffAccount, staff_id)
    if account is None or not account.active:
        raise ValidationError("Vælg en aktiv {role}.", field=role_word, role=role_word)


def open_period(course: m.Course) -> m.StepPeriod | None:
    return next((p for p in course.step_periods if p.ended_on is None), None)


def refresh_citizen(ctx: ServiceContext, session: Session, citizen_id: uuid.UUID) -> None:
    course = latest_course(session, citizen_id)
    if course is not None:
        session.flush()
        refresh_due(session, ctx.today(), [course.id])


def on_day(ctx: ServiceContext, day: dt.date | None, label: str, field: str) -> dt.date:
    result = check_date(day or ctx.today(), field=field, label=label, today=ctx.today(),
                        allow_future_days=0)
    assert result is not None
    return result


def step_label(course: m.Course | None) -> str:
    if course is None:
        return "Intet forløb"
    if course.status == CourseStatus.ACTIVE and course.current_step:
        return STEP_LABELS[course.current_step]
    return course.status.label
