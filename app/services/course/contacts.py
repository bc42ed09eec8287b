"""The contact and follow-up log and the citizen's network."""

from __future__ import annotations

import datetime as dt
import uuid

from app.db import models as m
from app.domain.enums import (
    AuditAction,
    ContactChannel,
    ContactKind,
    ContactPlace,
)
from app.domain.errors import ValidationError
from app.domain.roles import Permission
from app.domain.text import N_
from app.domain.values import LONG_TEXT, check_date, clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.context import ServiceContext
from app.services.course._common import (
    latest_course,
    refresh_citizen,
)


def log_contact(
    ctx: ServiceContext,
    citizen_id: uuid.UUID,
    *,
    occurred_at: dt.datetime,
    kind: ContactKind,
    channel: ContactChannel,
    place: ContactPlace | None = None,
    participants: str = "",
    interpreter_used: bool = False,
    interpreter_reason: str = "",
    note: str = "",
    next_contact_on: dt.date | None = None,
    next_contact_who: str = "",
) -> uuid.UUID:
    """One entry of the contact and follow-up log, with the agreed next contact."""
    ctx.require(Permission.CASE_WRITE)
    if occurred_at.tzinfo is None:
        raise ValidationError("Tidspunktet mangler tidszone.", field="occurred_at")
    happened = occurred_at.astimezone().date()
    check_date(happened, field="occurred_at", label="Tidspunktet", today=ctx.today(),
               allow_future_days=0)
    check_date(next_contact_on, field="next_contact_on", label="Næste kontakt",
               today=ctx.today(), allow_future_days=3 * 366, required=False)
    if next_contact_on and next_contact_on < happened:
        raise ValidationError("Næste kontakt kan ikke ligge før denne kontakt.",
                              field="next_contact_on")
    participants = clean_text(participants, field="participants", label="Deltagere",
                              max_length=500)
    reason = clean_text(interpreter_reason, field="interpreter_reason",
                        label="Begrundelse for tolk", max_length=500)
    if interpreter_used and not reason:
        raise ValidationError("Skriv hvorfor der blev brugt tolk; det vurderes i hver sag.",
                              field="interpreter_reason")
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    who = clean_text(next_contact_who, field="next_contact_who", label="Hvem kontakter hvem")
    with ctx.transaction() as session:
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        course = latest_course(session, citizen_id)
        entry = m.ContactEntry(
            citizen_id=citizen_id, course_id=course.id if course else None,
            staff_id=ctx.user.id, occurred_at=occurred_at, kind=ContactKind(kind),
            channel=ContactChannel(channel), place=ContactPlace(place) if place else None,
            participants=participants, interpreter_used=interpreter_used,
            interpreter_reason=reason if interpreter_used else "", note=note,
            next_contact_on=next_contact_on, next_contact_who=who)
        session.add(entry)
        refresh_citizen(ctx, session, citizen_id)
        audit.record(ctx, session, AuditAction.CREATE, object_type="contact_entry",
                     object_id=entry.id, citizen_id=citizen_id)
        return entry.id


def add_network_person(ctx: ServiceContext, citizen_id: uuid.UUID, *, name: str,
                       relation: str = "", phone: str = "", note: str = "") -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    name = clean_text(name, field="name", label="Navn", required=True)
    relation = clean_text(relation, field="relation", label="Relation", max_length=100)
    phone = clean_text(phone, field="phone", label="Telefon", max_length=30)
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        person = m.NetworkPerson(citizen_id=citizen_id, name=name, relation=relation,
                                 phone=phone, note=note)
        session.add(person)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="network_person",
                     object_id=person.id, citizen_id=citizen_id)
        return person.id
