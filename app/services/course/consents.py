"""The citizen's consents to share and obtain information."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import (
    AuditAction,
)
from app.domain.errors import ValidationError
from app.domain.programme import AFTERCARE_SCOPE
from app.domain.roles import Permission
from app.domain.text import N_
from app.domain.values import check_date, clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.caseload import refresh_due
from app.services.context import ServiceContext


def new_consent(ctx: ServiceContext, session: Session, citizen_id: uuid.UUID, *, scope: str,
                recipients: str, given_on: dt.date) -> m.Consent:
    """Check and add a consent in the caller's transaction (the record and step-up use it)."""
    scope = clean_text(scope, field="scope", label="Omfang", required=True, max_length=2000,
                       multiline=True)
    recipients = clean_text(recipients, field="recipients", label="Modtagere", required=True,
                            max_length=2000, multiline=True)
    check_date(given_on, field="given_on", label="Givet den", today=ctx.today(),
               allow_future_days=0)
    get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
    consent = m.Consent(citizen_id=citizen_id, scope=scope, recipients=recipients,
                        given_on=given_on, recorded_by_id=ctx.user.id)
    session.add(consent)
    session.flush()
    audit.record(ctx, session, AuditAction.CREATE, object_type="consent",
                 object_id=consent.id, citizen_id=citizen_id)
    return consent


def add_consent(ctx: ServiceContext, citizen_id: uuid.UUID, *, scope: str, recipients: str,
                given_on: dt.date) -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        return new_consent(ctx, session, citizen_id, scope=scope, recipients=recipients,
                           given_on=given_on).id


def withdraw_consent(ctx: ServiceContext, consent_id: uuid.UUID, on: dt.date) -> None:
    ctx.require(Permission.CASE_WRITE)
    check_date(on, field="withdrawn_on", label="Trukket tilbage den", today=ctx.today(),
               allow_future_days=0)
    with ctx.transaction() as session:
        consent = get_or_raise(session, m.Consent, consent_id, N_("Samtykket findes ikke."))
        if on < consent.given_on:
            raise ValidationError("Et samtykke kan ikke trækkes tilbage, før det er givet.",
                                  field="withdrawn_on")
        consent.withdrawn_on = on
        if consent.scope == AFTERCARE_SCOPE:
            _end_aftercare(ctx, session, consent.citizen_id, on)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="consent",
                     object_id=consent.id, citizen_id=consent.citizen_id,
                     detail="samtykke trukket tilbage")


def _end_aftercare(ctx: ServiceContext, session: Session, citizen_id: uuid.UUID,
                   on: dt.date) -> None:
    """seed 004, trin 3: aftercare rests on the citizen's consent, so a withdrawal ends its
    due items from the day it is withdrawn (the last day of aftercare is the day before)."""
    courses = session.execute(select(m.Course).where(
        m.Course.citizen_id == citizen_id, m.Course.aftercare_until.is_not(None),
        m.Course.aftercare_until >= on)).scalars().all()
    for course in courses:
        course.aftercare_until = on - dt.timedelta(days=1)
        course.aftercare_consent = False
    if courses:
        session.flush()
        refresh_due(session, ctx.today(), [c.id for c in courses])
