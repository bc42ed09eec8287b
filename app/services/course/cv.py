"""The citizen's job goal and CV, and the printable CV."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import (
    AuditAction,
    CvItemKind,
)
from app.domain.roles import Permission
from app.domain.text import N_
from app.domain.values import LONG_TEXT, check_date, clean_text
from app.services import audit
from app.services._common import get_or_raise, record_change
from app.services.context import ServiceContext
from app.services.course._common import (
    latest_course,
    refresh_citizen,
)
from app.services.views import CvView


def save_job_goal(ctx: ServiceContext, course_id: uuid.UUID, *, position: str = "",
                  functions: str = "", field: str = "", direction: str = "",
                  education_goal: bool = False, cv_started_on: dt.date | None = None) -> None:
    ctx.require(Permission.CASE_WRITE)
    values = {
        "position": clean_text(position, field="position", label="Stilling"),
        "functions": clean_text(functions, field="functions", label="Funktioner",
                                max_length=LONG_TEXT, multiline=True),
        "field": clean_text(field, field="field", label="Område"),
        "direction": clean_text(direction, field="direction", label="Retning",
                                max_length=LONG_TEXT, multiline=True),
    }
    check_date(cv_started_on, field="cv_started_on", label="CV påbegyndt", today=ctx.today(),
               allow_future_days=0, required=False)
    with ctx.transaction() as session:
        course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
        goal = course.job_goal
        if goal is None:
            goal = m.JobGoal(course_id=course.id)
            session.add(goal)
            course.job_goal = goal
        for key, value in values.items():
            setattr(goal, key, value)
        goal.education_goal = education_goal
        goal.cv_started_on = cv_started_on
        record_change(ctx, session, course, "course", course.id, "jobmål og CV")


def add_cv_item(ctx: ServiceContext, citizen_id: uuid.UUID, *, kind: CvItemKind, title: str,
                detail: str = "") -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    title = clean_text(title, field="title", label="Overskrift", required=True)
    detail = clean_text(detail, field="detail", label="Beskrivelse", max_length=LONG_TEXT,
                        multiline=True)
    with ctx.transaction() as session:
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        count = session.execute(select(func.count()).select_from(m.CvItem).where(
            m.CvItem.citizen_id == citizen_id)).scalar_one()
        item = m.CvItem(citizen_id=citizen_id, kind=CvItemKind(kind), title=title,
                        detail=detail, position=count)
        session.add(item)
        refresh_citizen(ctx, session, citizen_id)
        audit.record(ctx, session, AuditAction.CREATE, object_type="cv_item",
                     object_id=item.id, citizen_id=citizen_id)
        return item.id


def remove_cv_item(ctx: ServiceContext, item_id: uuid.UUID) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        item = get_or_raise(session, m.CvItem, item_id, N_("CV-linjen findes ikke."))
        citizen_id = item.citizen_id
        session.delete(item)
        refresh_citizen(ctx, session, citizen_id)
        audit.record(ctx, session, AuditAction.DELETE, object_type="cv_item",
                     object_id=item_id, citizen_id=citizen_id)


def cv_view(session: Session, citizen: m.Citizen, office: str,
            course: m.Course | None = None) -> CvView:
    """The CV as printed alone and in the step-up meeting pack: the job goal of `course` (by
    default the latest course) and the CV items in their order."""
    course = course or latest_course(session, citizen.id)
    goal = course.job_goal if course else None
    items = session.execute(select(m.CvItem.kind, m.CvItem.title, m.CvItem.detail)
                            .where(m.CvItem.citizen_id == citizen.id)
                            .order_by(m.CvItem.position)).all()
    return CvView(office=office, name=citizen.full_name, phone=citizen.phone,
                  email=citizen.email, position=goal.position if goal else "",
                  field=goal.field if goal else "", functions=goal.functions if goal else "",
                  direction=goal.direction if goal else "",
                  items=[(k.value, t, d) for k, t, d in items])


def cv_document(ctx: ServiceContext, citizen_id: uuid.UUID) -> bytes:
    """The printable CV; rendering it for print or preview is logged as a print."""
    from app.reports.cv import cv_pdf  # reportlab: not at start-up (issue 22)

    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        citizen = get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        office = session.execute(select(m.Office.name)).scalar_one()
        data = cv_view(session, citizen, office)
        audit.record(ctx, session, AuditAction.PRINT, object_type="cv", citizen_id=citizen_id,
                     detail="CV dannet til udskrift")
    return cv_pdf(data, printed_at=ctx.now().astimezone())
