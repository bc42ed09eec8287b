"""Helpers every service shares: fetching a row or refusing with NotFound, and recording a
change to a course (its due items refreshed and the audit entry written, in the caller's
transaction)."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import AuditAction
from app.domain.errors import NotFound
from app.services import audit
from app.services.caseload import refresh_due
from app.services.context import ServiceContext

Row = TypeVar("Row")


def get_or_raise(session: Session, model: type[Row], row_id: object, template: str) -> Row:
    """The row of `model` with primary key `row_id`; NotFound(`template`) when there is none
    (the template is a Danish text marked with N_() where it is written)."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(template)
    return row


def record_change(ctx: ServiceContext, session: Session, course: m.Course, object_type: str,
                  object_id: uuid.UUID, detail: str = "",
                  action: AuditAction = AuditAction.CHANGE) -> None:
    """After a change to `course` or to something of it: flush (the change log stamps the
    rows), refresh the course's due items and write the audit entry."""
    session.flush()
    refresh_due(session, ctx.today(), [course.id])
    audit.record(ctx, session, action, object_type=object_type, object_id=object_id,
                 citizen_id=course.citizen_id, detail=detail)
