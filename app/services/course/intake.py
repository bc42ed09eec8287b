"""A new citizen in the programme, typed in or made from a drop-in visit."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.cpr import parse_cpr
from app.domain.enums import (
    AuditAction,
    BenefitType,
    ContactChannel,
    ContactKind,
    ContactPlace,
    CourseStatus,
    DropInReason,
)
from app.domain.errors import DuplicateError, NeedsChoice, ValidationError
from app.domain.roles import Permission
from app.domain.text import N_
from app.domain.values import clean_text
from app.services import audit, dropins
from app.services._common import get_or_raise
from app.services.caseload import refresh_due
from app.services.context import ServiceContext
from app.services.course._common import (
    check_staff,
    on_day,
)


def new_citizen(
    ctx: ServiceContext,
    *,
    first_name: str,
    last_name: str,
    cpr: str,
    phone: str = "",
    language: str = "dansk",
    interpreter_needed: bool = False,
    benefit_type: BenefitType | None = None,
    caseworker_id: uuid.UUID | None = None,
    jobformidler_id: uuid.UUID | None = None,
    started_on: dt.date | None = None,
    from_visit_id: uuid.UUID | None = None,
    create_anyway: bool = False,
) -> uuid.UUID:
    """A citizen in the programme: validated CPR (a duplicate is refused and named), a course
    waiting for visitation, the caseworker and the jobformidler. Created from a drop-in visit,
    the visit is linked and appears in the contact log as åben rådgivning; before that, a
    visitor who may already be registered (same CPR, name and birth date, or phone) raises
    NeedsChoice with those citizens, unless `create_anyway`. The check and the creation are
    one transaction, so nobody can slip in between."""
    ctx.require(Permission.CASE_WRITE)
    first = clean_text(first_name, field="first_name", label="Fornavn", required=True,
                       max_length=100)
    last = clean_text(last_name, field="last_name", label="Efternavn", required=True,
                      max_length=100)
    phone = clean_text(phone, field="phone", label="Telefon", max_length=30)
    language = clean_text(language, field="language", label="Sprog", max_length=50) or "dansk"
    number = parse_cpr(cpr, ctx.today())
    start = on_day(ctx, started_on, "Startdatoen", "started_on")
    with ctx.transaction() as session:
        if from_visit_id is not None and not create_anyway:
            _refuse_possible_duplicates(session, cpr=number.digits, first_name=first,
                                        last_name=last, birth_date=number.birth_date,
                                        phone=phone)
        existing = session.execute(select(m.Citizen.id).where(
            m.Citizen.cpr == number.digits)).scalar_one_or_none()
        if existing is not None:
            raise DuplicateError("Der findes allerede en borger med dette CPR-nummer.",
                                 existing, field="cpr")
        check_staff(session, caseworker_id, "sagsbehandler")
        check_staff(session, jobformidler_id, "jobformidler")
        citizen = m.Citizen(cpr=number.digits, first_name=first, last_name=last,
                            birth_date=number.birth_date, phone=phone, language=language,
                            interpreter_needed=interpreter_needed, benefit_type=benefit_type)
        session.add(citizen)
        session.flush()
        course = m.Course(citizen_id=citizen.id, caseworker_id=caseworker_id,
                          jobformidler_id=jobformidler_id, status=CourseStatus.VISITATION,
                          started_on=start)
        session.add(course)
        session.flush()
        if from_visit_id is not None:
            _link_visit(session, from_visit_id, citizen.id, course.id)
        refresh_due(session, ctx.today(), [course.id])
        audit.record(ctx, session, AuditAction.CREATE, object_type="citizen",
                     object_id=citizen.id, citizen_id=citizen.id, detail="ny borger i forløb")
        return citizen.id


def _refuse_possible_duplicates(session: Session, **visitor: object) -> None:
    matches = dropins.matches_in(session, **visitor)
    if matches:
        raise NeedsChoice(
            "Besøgende kan allerede være registreret. Knyt besøget til en af dem, eller sæt "
            "hak i \"Opret alligevel\".", field="create_anyway",
            choices=[(match.citizen_id.hex, N_("Knyt besøget til {name} ({known_by}, {why})",
                                               name=match.name,
                                               known_by=match.masked_cpr or match.phone,
                                               why=match.why))
                     for match in matches])


def _link_visit(session: Session, visit_id: uuid.UUID, citizen_id: uuid.UUID,
                course_id: uuid.UUID) -> None:
    visit = get_or_raise(session, m.DropInVisit, visit_id, N_("Besøget findes ikke."))
    if visit.citizen_id is not None:
        raise ValidationError("Besøget er allerede knyttet til en borger.", field="visit")
    visit.citizen_id = citizen_id
    started = next((e for e in visit.events if e.kind.value in ("started", "called")), None)
    arrived = next((e for e in visit.events if e.kind.value == "arrived"), None)
    at = (started or arrived).at if (started or arrived) else m.utcnow()
    reasons = ", ".join(DropInReason(r).label for r in visit.reasons.split())
    session.add(m.ContactEntry(
        citizen_id=citizen_id, course_id=course_id,
        staff_id=started.staff_id if started else None, occurred_at=at,
        kind=ContactKind.AABEN_RAADGIVNING, channel=ContactChannel.PERSONLIGT,
        place=ContactPlace.KONTORET, note=f"Åben rådgivning: {reasons}. {visit.note}".strip(),
        drop_in_visit_id=visit.id))
