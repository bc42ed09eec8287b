"""Citizens: finding, reading (audited), creating, and the case notes only case roles may read."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from app.db.models import Citizen, ContactEntry, Course
from app.domain.cpr import mask_cpr, parse_cpr
from app.domain.enums import (
    AuditAction,
    BenefitType,
    ContactChannel,
    ContactKind,
    ContactPlace,
    CourseStatus,
    Step,
)
from app.domain.errors import DuplicateError
from app.domain.roles import Permission
from app.domain.text import N_
from app.domain.values import clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.context import ServiceContext

SEARCH_LIMIT = 200


@dataclass(frozen=True)
class CitizenSummary:
    """What the counter may see: name, masked CPR, phone."""

    id: uuid.UUID
    name: str
    masked_cpr: str
    phone: str


@dataclass(frozen=True)
class CitizenDetail:
    id: uuid.UUID
    first_name: str
    last_name: str
    masked_cpr: str
    birth_date: dt.date | None
    phone: str
    email: str
    address: str
    language: str
    interpreter_needed: bool
    benefit_type: BenefitType | None
    activity_ready: bool
    course_status: CourseStatus | None
    current_step: Step | None


@dataclass(frozen=True)
class ContactView:
    id: uuid.UUID
    occurred_at: dt.datetime
    kind: ContactKind
    channel: ContactChannel
    place: ContactPlace | None
    note: str
    next_contact_on: dt.date | None


def _summary(c: Citizen) -> CitizenSummary:
    return CitizenSummary(c.id, c.full_name, mask_cpr(c.cpr), c.phone)


def search(ctx: ServiceContext, text: str) -> list[CitizenSummary]:
    """Find citizens by name, CPR (with or without dash) or phone. Every search is audited."""
    ctx.require(Permission.CITIZEN_BASIC)
    query = (text or "").strip()
    if not query:
        return []
    digits = query.replace("-", "").replace(" ", "")
    stmt = select(Citizen)
    conditions = []
    if digits.isdigit():
        conditions.append(Citizen.cpr.startswith(digits))
        conditions.append(func.replace(Citizen.phone, " ", "").contains(digits))
    else:
        for word in query.casefold().split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(Citizen.search_name.like(f"%{escaped}%", escape="\\"))
    if digits.isdigit():
        stmt = stmt.where(or_(*conditions))
    else:
        for cond in conditions:
            stmt = stmt.where(cond)
    stmt = stmt.order_by(Citizen.last_name, Citizen.first_name).limit(SEARCH_LIMIT)
    with ctx.transaction() as session:
        rows = [_summary(c) for c in session.execute(stmt).scalars()]
        audit.record(ctx, session, AuditAction.SEARCH, object_type="citizen",
                     detail=f"søgning ({len(query)} tegn), {len(rows)} fundet")
    return rows


def get(ctx: ServiceContext, citizen_id: uuid.UUID) -> CitizenDetail:
    """The citizen's record header. Every read writes an audit row naming the citizen."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        citizen = get_or_raise(session, Citizen, citizen_id, N_("Borgeren findes ikke."))
        course = session.execute(
            select(Course).where(Course.citizen_id == citizen_id)
            .order_by(Course.started_on.desc()).limit(1)
        ).scalar_one_or_none()
        audit.record(ctx, session, AuditAction.READ, object_type="citizen",
                     object_id=citizen.id, citizen_id=citizen.id)
        return CitizenDetail(
            citizen.id, citizen.first_name, citizen.last_name, mask_cpr(citizen.cpr),
            citizen.birth_date, citizen.phone, citizen.email, citizen.address, citizen.language,
            citizen.interpreter_needed, citizen.benefit_type, citizen.activity_ready,
            course.status if course else None, course.current_step if course else None,
        )


def reveal_cpr(ctx: ServiceContext, citizen_id: uuid.UUID) -> str:
    """The full CPR number, shown on request; the reveal is audited."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        citizen = get_or_raise(session, Citizen, citizen_id, N_("Borgeren findes ikke."))
        audit.record(ctx, session, AuditAction.REVEAL_CPR, object_type="citizen",
                     object_id=citizen.id, citizen_id=citizen.id)
        return parse_cpr(citizen.cpr).formatted if citizen.cpr else ""


def create(
    ctx: ServiceContext,
    *,
    first_name: str,
    last_name: str = "",
    cpr: str | None = None,
    phone: str = "",
    language: str = "dansk",
    interpreter_needed: bool = False,
    benefit_type: BenefitType | None = None,
) -> CitizenSummary:
    ctx.require(Permission.CASE_WRITE)
    first = clean_text(first_name, field="first_name", label="Fornavn", required=True,
                       max_length=100)
    last = clean_text(last_name, field="last_name", label="Efternavn", max_length=100)
    phone = clean_text(phone, field="phone", label="Telefon", max_length=30)
    language = clean_text(language, field="language", label="Sprog", max_length=50) or "dansk"
    number = parse_cpr(cpr, ctx.today()) if cpr else None
    with ctx.transaction() as session:
        if number is not None:
            existing = session.execute(
                select(Citizen.id).where(Citizen.cpr == number.digits)
            ).scalar_one_or_none()
            if existing is not None:
                raise DuplicateError("Der findes allerede en borger med dette CPR-nummer.",
                                     existing, field="cpr")
        citizen = Citizen(
            cpr=number.digits if number else None,
            first_name=first,
            last_name=last,
            birth_date=number.birth_date if number else None,
            phone=phone,
            language=language,
            interpreter_needed=interpreter_needed,
            benefit_type=benefit_type,
        )
        session.add(citizen)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="citizen",
                     object_id=citizen.id, citizen_id=citizen.id)
        return _summary(citizen)


def set_provider(ctx: ServiceContext, citizen_id: uuid.UUID, is_provider: bool) -> None:
    """Forsørger: the citizen provides for children (seed 004: the family department takes
    part in a step-up only "hvis borgeren er forsørger")."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        citizen = get_or_raise(session, Citizen, citizen_id, N_("Borgeren findes ikke."))
        citizen.is_provider = bool(is_provider)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="citizen",
                     object_id=citizen.id, citizen_id=citizen.id,
                     detail=f"forsørger: {'ja' if is_provider else 'nej'}")


def list_contacts(ctx: ServiceContext, citizen_id: uuid.UUID) -> list[ContactView]:
    """The contact log (case notes): never for the counter."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        rows = session.execute(
            select(ContactEntry).where(ContactEntry.citizen_id == citizen_id)
            .order_by(ContactEntry.occurred_at.desc())
        ).scalars().all()
        audit.record(ctx, session, AuditAction.READ, object_type="contact_entry",
                     citizen_id=citizen_id, detail=f"{len(rows)} kontakter")
        return [ContactView(r.id, r.occurred_at, r.kind, r.channel, r.place, r.note,
                            r.next_contact_on) for r in rows]
