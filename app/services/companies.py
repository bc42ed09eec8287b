"""The office's company network (virksomhedsnetværk): companies, contact persons, and the
citizens matched there."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db import models as m
from app.domain.cvr import parse_cvr
from app.domain.enums import AgreementStatus, AuditAction, MatchActivityKind
from app.domain.errors import DuplicateError, ValidationError
from app.domain.roles import Permission
from app.domain.text import N_
from app.domain.values import LONG_TEXT, clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.context import ServiceContext


@dataclass(frozen=True)
class CompanyRow:
    id: uuid.UUID
    name: str
    cvr: str
    industry: str
    address: str
    contacts: int
    agreements: int


@dataclass(frozen=True)
class ContactPersonView:
    id: uuid.UUID
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class MatchHistoryRow:
    """A citizen matched at the company: a visit, a snuse activity or an agreement."""

    on: dt.date
    citizen: str
    what: str
    detail: str


@dataclass(frozen=True)
class CompanyDetail:
    id: uuid.UUID
    name: str
    cvr: str
    industry: str
    address: str
    offers_note: str
    note: str
    contacts: tuple[ContactPersonView, ...]
    history: tuple[MatchHistoryRow, ...]


def search(ctx: ServiceContext, text: str = "", industry: str = "", limit: int = 2000
           ) -> list[CompanyRow]:
    """Companies whose name, CVR or industry contains every word of `text`."""
    ctx.require(Permission.COMPANY)
    contacts = (select(m.CompanyContact.company_id, func.count().label("n"))
                .group_by(m.CompanyContact.company_id).subquery())
    agreements = (select(m.Agreement.company_id, func.count().label("n"))
                  .group_by(m.Agreement.company_id).subquery())
    stmt = (
        select(m.Company, func.coalesce(contacts.c.n, 0), func.coalesce(agreements.c.n, 0))
        .outerjoin(contacts, contacts.c.company_id == m.Company.id)
        .outerjoin(agreements, agreements.c.company_id == m.Company.id)
        .order_by(m.Company.name)
        .limit(limit)
    )
    if industry:
        stmt = stmt.where(m.Company.industry == industry)
    for word in (text or "").strip().casefold().split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        stmt = stmt.where(
            func.lower(m.Company.name).like(pattern, escape="\\")
            | m.Company.cvr.like(pattern, escape="\\")
            | func.lower(m.Company.industry).like(pattern, escape="\\")
        )
    with ctx.transaction() as session:
        return [
            CompanyRow(c.id, c.name, c.cvr or "", c.industry, c.address, n_contacts, n_agree)
            for c, n_contacts, n_agree in session.execute(stmt).all()
        ]


def industries(ctx: ServiceContext) -> list[str]:
    ctx.require(Permission.COMPANY)
    with ctx.transaction() as session:
        return [i for i in session.execute(select(m.Company.industry).distinct()
                                           .order_by(m.Company.industry)).scalars() if i]


def _clean(name: str, industry: str, address: str, offers_note: str, note: str
           ) -> dict[str, str]:
    return {
        "name": clean_text(name, field="name", label="Navn", required=True),
        "industry": clean_text(industry, field="industry", label="Branche"),
        "address": clean_text(address, field="address", label="Adresse", max_length=300),
        "offers_note": clean_text(offers_note, field="offers_note",
                                  label="Hvad virksomheden kan tilbyde", max_length=LONG_TEXT,
                                  multiline=True),
        "note": clean_text(note, field="note", label="Note", max_length=LONG_TEXT,
                           multiline=True),
    }


def create_company(ctx: ServiceContext, *, name: str, cvr: str, industry: str = "",
                   address: str = "", offers_note: str = "", note: str = "") -> uuid.UUID:
    """A company with a valid CVR number; a CVR already in the network is refused."""
    ctx.require(Permission.COMPANY)
    values = _clean(name, industry, address, offers_note, note)
    number = parse_cvr(cvr)
    with ctx.transaction() as session:
        existing = session.execute(select(m.Company.id).where(
            m.Company.cvr == number)).scalar_one_or_none()
        if existing is not None:
            raise DuplicateError("Virksomheden med dette CVR-nummer findes allerede.",
                                 existing, field="cvr")
        company = m.Company(cvr=number, **values)
        session.add(company)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="company",
                     object_id=company.id, detail=values["name"])
        return company.id


def update_company(ctx: ServiceContext, company_id: uuid.UUID, *, name: str, industry: str,
                   address: str, offers_note: str, note: str) -> None:
    ctx.require(Permission.COMPANY)
    values = _clean(name, industry, address, offers_note, note)
    with ctx.transaction() as session:
        company = get_or_raise(session, m.Company, company_id, N_("Virksomheden findes ikke."))
        for key, value in values.items():
            setattr(company, key, value)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="company",
                     object_id=company.id)


def add_contact_person(ctx: ServiceContext, company_id: uuid.UUID, *, name: str,
                       role: str = "", phone: str = "", email: str = "") -> uuid.UUID:
    ctx.require(Permission.COMPANY)
    name = clean_text(name, field="name", label="Navn", required=True)
    role = clean_text(role, field="role", label="Rolle", max_length=100)
    phone = clean_text(phone, field="phone", label="Telefon", max_length=30)
    email = clean_text(email, field="email", label="E-mail")
    if email and ("@" not in email or " " in email):
        raise ValidationError("E-mailadressen ser ikke rigtig ud.", field="email")
    with ctx.transaction() as session:
        get_or_raise(session, m.Company, company_id, N_("Virksomheden findes ikke."))
        person = m.CompanyContact(company_id=company_id, name=name, role=role, phone=phone,
                                  email=email)
        session.add(person)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="company_contact",
                     object_id=person.id)
        return person.id


def contact_persons(ctx: ServiceContext, company_id: uuid.UUID) -> list[ContactPersonView]:
    ctx.require(Permission.COMPANY)
    with ctx.transaction() as session:
        return [ContactPersonView(p.id, p.name, p.role, p.phone, p.email)
                for p in session.execute(select(m.CompanyContact).where(
                    m.CompanyContact.company_id == company_id)
                    .order_by(m.CompanyContact.name)).scalars()]


def detail(ctx: ServiceContext, company_id: uuid.UUID) -> CompanyDetail:
    """The company with its contact persons and the history of citizens matched there.
    The history names citizens, so it needs case access and is audited."""
    ctx.require(Permission.COMPANY)
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        company = get_or_raise(session, m.Company, company_id, N_("Virksomheden findes ikke."))
        contacts = tuple(ContactPersonView(p.id, p.name, p.role, p.phone, p.email)
                         for p in sorted(company.contacts, key=lambda p: p.name))
        history: list[MatchHistoryRow] = []
        for activity, citizen in session.execute(
                select(m.MatchActivity, m.Citizen)
                .join(m.Course, m.Course.id == m.MatchActivity.course_id)
                .join(m.Citizen, m.Citizen.id == m.Course.citizen_id)
                .where(m.MatchActivity.company_id == company_id)):
            history.append(MatchHistoryRow(
                activity.occurred_on, citizen.full_name,
                MatchActivityKind(activity.kind).label,
                f"{activity.tasks_tried} – {activity.citizen_verdict}".strip(" –")))
        for agreement, citizen in session.execute(
                select(m.Agreement, m.Citizen)
                .join(m.Course, m.Course.id == m.Agreement.course_id)
                .join(m.Citizen, m.Citizen.id == m.Course.citizen_id)
                .where(m.Agreement.company_id == company_id)):
            status = AgreementStatus(agreement.status).label
            history.append(MatchHistoryRow(
                agreement.starts_on, citizen.full_name,
                f"Aftale: {agreement.agreement_type.label} ({status.lower()})",
                agreement.tasks))
        history.sort(key=lambda h: h.on, reverse=True)
        audit.record(ctx, session, AuditAction.READ, object_type="company",
                     object_id=company.id, detail=f"{len(history)} match i historikken")
        return CompanyDetail(company.id, company.name, company.cvr or "", company.industry,
                             company.address, company.offers_note, company.note, contacts,
                             tuple(history))
