"""Step-up's printed sheets: the preparation (A), the meeting pack and the agreement document
(C), made in memory, with every sheet made, saved or printed in the audit log (seed 002)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.db import models as m
from app.domain.cpr import mask_cpr, parse_cpr
from app.domain.enums import AuditAction
from app.domain.roles import Permission
from app.domain.stepup import pack_participants, questions
from app.reports.stepup import (
    StepUpSheetData,
    agreement_document_pdf,
    meeting_pack_pdf,
    preparation_pdf,
)
from app.services import audit
from app.services.context import ServiceContext
from app.services.course.cv import cv_view
from app.services.stepup_views import citizen_id_of, load_step_up, require_consent, step_up_view

SHEETS = {
    "preparation": ("forberedelsesskema", preparation_pdf, True),
    "agreement": ("aftaledokument", agreement_document_pdf, False),
    "meeting_pack": ("mødepakke", meeting_pack_pdf, True),
}


def sheet(ctx: ServiceContext, step_up_id: uuid.UUID, which: str, *,
          full_cpr: bool = False) -> bytes:
    """A printed sheet in memory. The preparation sheet and the meeting pack need consent in
    force. Every sheet made is in the audit log (with whether the CPR was shown in full)."""
    ctx.require(Permission.CASE_READ)
    title, render_pdf, needs_consent = SHEETS[which]
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        if needs_consent:
            require_consent(session, step_up, ctx.today())
        view = step_up_view(session, step_up, ctx.today())
        course = session.get(m.Course, step_up.course_id)
        citizen = session.get(m.Citizen, course.citizen_id)
        office = session.execute(select(m.Office.name)).scalar_one()
        staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
        goal = course.job_goal
        cpr_text = (parse_cpr(citizen.cpr).formatted if full_cpr and citizen.cpr
                    else mask_cpr(citizen.cpr))
        data = StepUpSheetData(
            office=office, citizen_name=citizen.full_name, cpr_text=cpr_text,
            citizen_phone=citizen.phone, barrier_label=view.barrier_kind.label,
            initiated_label=view.initiated_by.label, reason=view.reason,
            started_on=view.started_on, caseworker=staff.get(course.caseworker_id, ""),
            jobformidler=staff.get(course.jobformidler_id, ""),
            job_goal=" – ".join(x for x in (goal.position, goal.direction) if x) if goal
            else "",
            questions=tuple((text, view.answers.get(key, ""))
                            for key, text in questions(view.barrier_kind)),
            documents=tuple((d.label, d.included) for d in view.documents),
            participants=tuple((" og ".join(role.label for role in p.roles), p.name,
                                p.organisation) for p in pack_participants(
                (p.role, p.name, p.organisation) for p in view.participants)),
            meetings=tuple((mt.number, mt.held_on, mt.place, mt.attendees)
                           for mt in view.meetings),
            rows=view.rows, cv=cv_view(session, citizen, office, course),
            consent_text=view.consent_text or "Ikke registreret",
            citizen_barriers=step_up.citizen_barriers,
            citizen_resources=step_up.citizen_resources,
            printed_at=ctx.now().astimezone(),
        )
        audit.record(ctx, session, AuditAction.PRINT, object_type="step_up",
                     object_id=step_up.id, citizen_id=citizen.id,
                     detail=f"{title} dannet" + (" med fuldt CPR-nummer" if full_cpr else ""))
    return render_pdf(data)


def record_saved(ctx: ServiceContext, step_up_id: uuid.UUID, which: str, path: str) -> None:
    """Saving a sheet to a file is an explicit choice, and logged as an export."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        audit.record(ctx, session, AuditAction.EXPORT, object_type="step_up",
                     object_id=step_up.id, citizen_id=citizen_id_of(session, step_up),
                     detail=f"{SHEETS[which][0]} gemt som fil: {path}")


def record_printed(ctx: ServiceContext, step_up_id: uuid.UUID, which: str) -> None:
    """The sheet went to a printer."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        audit.record(ctx, session, AuditAction.PRINT, object_type="step_up",
                     object_id=step_up.id, citizen_id=citizen_id_of(session, step_up),
                     detail=f"{SHEETS[which][0]} udskrevet")
