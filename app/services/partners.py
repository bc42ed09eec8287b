"""The partner register and referrals (issue 20, point 11): the housing association's social
workers, the health centre, the language school, the library, clubs, each with contact
persons; a citizen referred to a partner is recorded on the record. A referral that shares
information needs a given, not withdrawn consent of the citizen that names the partner as a
recipient (domain.md: every sharing of information needs an explicit, recorded consent)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import AuditAction
from app.domain.errors import ValidationError
from app.domain.roles import Permission
from app.domain.team import PartnerKind
from app.domain.text import N_
from app.domain.values import LONG_TEXT, check_date, clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.context import ServiceContext

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class PartnerContactView:
    id: uuid.UUID
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class PartnerView:
    id: uuid.UUID
    name: str
    kind: PartnerKind
    phone: str
    email: str
    address: str
    note: str
    contacts: tuple[PartnerContactView, ...]


@dataclass(frozen=True)
class ReferralView:
    id: uuid.UUID
    referred_on: dt.date
    partner_name: str
    contact_name: str
    purpose: str
    shares_information: bool
    consent_scope: str  # the consent it rests on, when it shares information
    staff_name: str


@dataclass(frozen=True)
class ConsentChoice:
    id: uuid.UUID
    scope: str
    recipients: str
    given_on: dt.date


def _email(value: str, field: str) -> str:
    value = clean_text(value, field=field, label="E-mail", max_length=200)
    if value and not _EMAIL.match(value):
        raise ValidationError("E-mailadressen ser ikke rigtig ud.", field=field)
    return value


def list_partners(ctx: ServiceContext) -> list[PartnerView]:
    ctx.require(Permission.CITIZEN_BASIC)
    with ctx.transaction() as session:
        partners = session.execute(select(m.Partner).where(m.Partner.active.is_(True))
                                   .order_by(m.Partner.name)).scalars().all()
        contacts: dict[uuid.UUID, list[PartnerContactView]] = {}
        for c in session.execute(select(m.PartnerContact).order_by(m.PartnerContact.name)
                                 ).scalars():
            contacts.setdefault(c.partner_id, []).append(
                PartnerContactView(c.id, c.name, c.role, c.phone, c.email))
        return [PartnerView(p.id, p.name, p.kind, p.phone, p.email, p.address, p.note,
                            tuple(contacts.get(p.id, ()))) for p in partners]


def _partner_fields(name: str, phone: str, email: str, address: str, note: str
                    ) -> tuple[str, str, str, str, str]:
    return (clean_text(name, field="name", label="Navn", required=True),
            clean_text(phone, field="phone", label="Telefon", max_length=30),
            _email(email, "email"),
            clean_text(address, field="address", label="Adresse", max_length=300),
            clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True))


def save_partner(ctx: ServiceContext, *, name: str, kind: PartnerKind, phone: str = "",
                 email: str = "", address: str = "", note: str = "",
                 partner_id: uuid.UUID | None = None) -> uuid.UUID:
    """Add a partner (no `partner_id`) or change one."""
    ctx.require(Permission.CASE_WRITE)
    name, phone, email, address, note = _partner_fields(name, phone, email, address, note)
    with ctx.transaction() as session:
        if partner_id is None:
            row = m.Partner(name=name, kind=PartnerKind(kind))
            session.add(row)
            action = AuditAction.CREATE
        else:
            row = get_or_raise(session, m.Partner, partner_id,
                               N_("Samarbejdspartneren findes ikke."))
            row.name, row.kind, action = name, PartnerKind(kind), AuditAction.CHANGE
        row.phone, row.email, row.address, row.note = phone, email, address, note
        session.flush()
        audit.record(ctx, session, action, object_type="partner", object_id=row.id)
        return row.id


def add_contact(ctx: ServiceContext, partner_id: uuid.UUID, *, name: str, role: str = "",
                phone: str = "", email: str = "") -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    name = clean_text(name, field="contact_name", label="Navn", required=True)
    role = clean_text(role, field="contact_role", label="Rolle", max_length=100)
    phone = clean_text(phone, field="contact_phone", label="Telefon", max_length=30)
    email = _email(email, "contact_email")
    if not phone and not email:
        raise ValidationError("Skriv telefon eller e-mail, så kontaktpersonen kan nås.",
                              field="contact_phone")
    with ctx.transaction() as session:
        get_or_raise(session, m.Partner, partner_id, N_("Samarbejdspartneren findes ikke."))
        row = m.PartnerContact(partner_id=partner_id, name=name, role=role, phone=phone,
                               email=email)
        session.add(row)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="partner_contact",
                     object_id=row.id)
        return row.id


def remove_contact(ctx: ServiceContext, contact_id: uuid.UUID) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.PartnerContact, contact_id,
                           N_("Kontaktpersonen findes ikke."))
        used = session.execute(select(m.Referral.id).where(
            m.Referral.contact_id == contact_id).limit(1)).first()
        if used is not None:
            raise ValidationError("Kontaktpersonen står på en henvisning og kan ikke fjernes.",
                                  field="contact")
        session.delete(row)
        audit.record(ctx, session, AuditAction.DELETE, object_type="partner_contact",
                     object_id=contact_id)


def active_consents(ctx: ServiceContext, citizen_id: uuid.UUID,
                    on: dt.date | None = None) -> list[ConsentChoice]:
    """The citizen's consents in force on `on` (default today), newest first."""
    ctx.require(Permission.CASE_READ)
    day = on or ctx.today()
    with ctx.transaction() as session:
        return [ConsentChoice(c.id, c.scope, c.recipients, c.given_on)
                for c in _consents_in_force(session, citizen_id, day)]


def _consents_in_force(session: Session, citizen_id: uuid.UUID, day: dt.date
                       ) -> list[m.Consent]:
    rows = session.execute(select(m.Consent).where(
        m.Consent.citizen_id == citizen_id, m.Consent.given_on <= day).order_by(
        m.Consent.given_on.desc())).scalars()
    return [c for c in rows if c.withdrawn_on is None or c.withdrawn_on > day]


def refer(ctx: ServiceContext, citizen_id: uuid.UUID, partner_id: uuid.UUID, *,
          purpose: str, shares_information: bool = False,
          consent_id: uuid.UUID | None = None, contact_id: uuid.UUID | None = None,
          on: dt.date | None = None) -> uuid.UUID:
    """Record a referral on the citizen's record. Sharing information needs the consent
    chosen (`consent_id`), in force on the day, and naming the partner (or its kind) among
    its recipients; otherwise the referral is refused and nothing is saved."""
    ctx.require(Permission.CASE_WRITE)
    day = on or ctx.today()
    check_date(day, field="referred_on", label="Datoen", today=ctx.today(), allow_future_days=0)
    purpose = clean_text(purpose, field="purpose", label="Formål", required=True,
                         max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        partner = get_or_raise(session, m.Partner, partner_id,
                               N_("Samarbejdspartneren findes ikke."))
        if contact_id is not None:
            contact = session.get(m.PartnerContact, contact_id)
            if contact is None or contact.partner_id != partner_id:
                raise ValidationError("Kontaktpersonen hører ikke til samarbejdspartneren.",
                                      field="contact")
        if shares_information:
            _check_consent(session, citizen_id, partner, consent_id, day)
        row = m.Referral(citizen_id=citizen_id, partner_id=partner_id, contact_id=contact_id,
                         referred_on=day, purpose=purpose,
                         shares_information=bool(shares_information),
                         consent_id=consent_id if shares_information else None,
                         staff_id=ctx.user.id)
        session.add(row)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="referral",
                     object_id=row.id, citizen_id=citizen_id,
                     detail="henvist med deling af oplysninger" if shares_information
                     else "henvist uden deling af oplysninger")
        return row.id


def _check_consent(session: Session, citizen_id: uuid.UUID, partner: m.Partner,
                   consent_id: uuid.UUID | None, day: dt.date) -> None:
    in_force = {c.id: c for c in _consents_in_force(session, citizen_id, day)}
    if consent_id is None or consent_id not in in_force:
        raise ValidationError("En henvisning, der deler oplysninger, kræver borgerens "
                              "samtykke. Vælg et gældende samtykke, eller registrér et nyt "
                              "på fanen Netværk.", field="consent")
    recipients = in_force[consent_id].recipients.casefold()
    if (partner.name.casefold() not in recipients
            and str(partner.kind.label).casefold() not in recipients):
        raise ValidationError("Samtykket nævner ikke {partner} som modtager. Registrér et "
                              "samtykke, der dækker henvisningen.", field="consent",
                              partner=partner.name)


def referrals(ctx: ServiceContext, citizen_id: uuid.UUID) -> list[ReferralView]:
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
        partners = dict(session.execute(select(m.Partner.id, m.Partner.name)).all())
        contacts = dict(session.execute(select(m.PartnerContact.id, m.PartnerContact.name)
                                        ).all())
        rows = session.execute(select(m.Referral).where(m.Referral.citizen_id == citizen_id)
                               .order_by(m.Referral.referred_on.desc(),
                                         m.Referral.created_at.desc())).scalars().all()
        scopes = {c.id: c.scope for c in session.execute(select(m.Consent).where(
            m.Consent.citizen_id == citizen_id)).scalars()}
        return [ReferralView(r.id, r.referred_on, partners.get(r.partner_id, ""),
                             contacts.get(r.contact_id, "") if r.contact_id else "",
                             r.purpose, r.shares_information,
                             scopes.get(r.consent_id, "") if r.consent_id else "",
                             staff.get(r.staff_id, "")) for r in rows]
