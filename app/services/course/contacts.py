"""The contact and follow-up log and the citizen's network."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from app.db import models as m
from app.domain.cpr import mask_cpr
from app.domain.enums import (
    AuditAction,
    ContactChannel,
    ContactKind,
    ContactPlace,
    InterpreterUse,
    ReasonableGround,
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
    interpreter: InterpreterUse | None = None,
    answer_deadline: dt.date | None = None,
) -> uuid.UUID:
    """One entry of the contact and follow-up log, with the agreed next contact.

    `interpreter` records the interpreter use at this contact (seed 002: interpreters are
    assessed in each case; used, offered and declined, or not needed); without it the older
    flag `interpreter_used` decides. A partshøring carries its `answer_deadline` (seed 001,
    kerneelement 5)."""
    ctx.require(Permission.CASE_WRITE)
    use = InterpreterUse(interpreter) if interpreter is not None else (
        InterpreterUse.USED if interpreter_used else InterpreterUse.NOT_NEEDED)
    interpreter_used = use == InterpreterUse.USED
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
    if ContactKind(kind) == ContactKind.PARTSHOERING and answer_deadline is not None:
        check_date(answer_deadline, field="answer_deadline", label="Svarfristen",
                   today=ctx.today(), allow_future_days=366)
        if answer_deadline < happened:
            raise ValidationError("Svarfristen kan ikke ligge før partshøringen.",
                                  field="answer_deadline")
    else:
        answer_deadline = None
    with ctx.transaction() as session:
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        course = latest_course(session, citizen_id)
        entry = m.ContactEntry(
            citizen_id=citizen_id, course_id=course.id if course else None,
            staff_id=ctx.user.id, occurred_at=occurred_at, kind=ContactKind(kind),
            channel=ContactChannel(channel), place=ContactPlace(place) if place else None,
            participants=participants, interpreter_used=interpreter_used, interpreter=use,
            interpreter_reason=reason if interpreter_used else "", note=note,
            answer_deadline=answer_deadline,
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


def log_hearing(ctx: ServiceContext, citizen_id: uuid.UUID, *, sent_at: dt.datetime,
                answer_deadline: dt.date, channel: ContactChannel = ContactChannel.BREV,
                note: str = "") -> uuid.UUID:
    """A written partshøring before a sanction, with its answer deadline (seed 001,
    kerneelement 5: "hvis denne ikke reagerer på en skriftlig partshøring")."""
    if answer_deadline is None:
        raise ValidationError("En partshøring skal have en svarfrist.", field="answer_deadline")
    return log_contact(ctx, citizen_id, occurred_at=sent_at, kind=ContactKind.PARTSHOERING,
                       channel=channel, note=note, answer_deadline=answer_deadline)


def _hearing(session, entry_id: uuid.UUID) -> m.ContactEntry:
    entry = get_or_raise(session, m.ContactEntry, entry_id, N_("Partshøringen findes ikke."))
    if entry.kind != ContactKind.PARTSHOERING:
        raise ValidationError("Posten er ikke en partshøring.", field="hearing")
    return entry


def record_hearing_answer(ctx: ServiceContext, entry_id: uuid.UUID, answered_on: dt.date
                          ) -> None:
    """The citizen answered the hearing: no personal contact is then due before a sanction."""
    ctx.require(Permission.CASE_WRITE)
    check_date(answered_on, field="answered_on", label="Svardatoen", today=ctx.today(),
               allow_future_days=0)
    with ctx.transaction() as session:
        entry = _hearing(session, entry_id)
        if answered_on < entry.occurred_at.astimezone().date():
            raise ValidationError("Svaret kan ikke ligge før partshøringen.",
                                  field="answered_on")
        entry.answered_on = answered_on
        refresh_citizen(ctx, session, entry.citizen_id)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="contact_entry",
                     object_id=entry.id, citizen_id=entry.citizen_id,
                     detail="partshøring besvaret")


def assess_reasonable_ground(ctx: ServiceContext, entry_id: uuid.UUID, *,
                             ground: ReasonableGround, text: str = "",
                             on: dt.date | None = None) -> None:
    """The caseworker's assessment of rimelig grund for not reacting to the hearing (seed 001,
    kerneelement 5: "svær psykisk sygdom, hjemløshed eller misbrugsproblemer"); "other" needs
    the ground in words."""
    ctx.require(Permission.CASE_WRITE)
    ground = ReasonableGround(ground)
    day = on or ctx.today()
    check_date(day, field="assessed_on", label="Datoen", today=ctx.today(), allow_future_days=0)
    text = clean_text(text, field="text", label="Vurderingen", max_length=LONG_TEXT,
                      multiline=True)
    if ground == ReasonableGround.OTHER and not text:
        raise ValidationError("Beskriv den anden rimelige grund.", field="text")
    with ctx.transaction() as session:
        entry = _hearing(session, entry_id)
        entry.reasonable_ground = ground
        entry.reasonable_ground_text = text
        entry.reasonable_ground_on = day
        audit.record(ctx, session, AuditAction.CHANGE, object_type="contact_entry",
                     object_id=entry.id, citizen_id=entry.citizen_id,
                     detail=f"rimelig grund vurderet: {ground.label}")


def contact_attempts_document(ctx: ServiceContext, citizen_id: uuid.UUID) -> bytes:
    """"Dokumentation af kontaktforsøg" (seed 001, kerneelement 5): every hearing with its
    deadline, answer and assessment of reasonable grounds, every contact attempt, and the
    personal contacts since the first hearing, on one sheet. Printed at the app's clock."""
    # reportlab: not at start-up (issue 22)
    from app.reports.contact_attempts import (
        AttemptLine,
        ContactAttemptsDocument,
        HearingLine,
        contact_attempts_pdf,
    )

    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        citizen = get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        office = session.execute(select(m.Office.name)).scalar_one()
        staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
        entries = session.execute(select(m.ContactEntry).where(
            m.ContactEntry.citizen_id == citizen_id).order_by(
            m.ContactEntry.occurred_at)).scalars().all()
        hearings = [e for e in entries if e.kind == ContactKind.PARTSHOERING]
        first = hearings[0].occurred_at if hearings else None
        attempts = [e for e in entries if e.kind == ContactKind.KONTAKTFORSOEG or (
            first is not None and e.kind != ContactKind.PARTSHOERING and e.occurred_at >= first)]
        document = ContactAttemptsDocument(
            office=office, citizen_name=citizen.full_name, masked_cpr=mask_cpr(citizen.cpr),
            hearings=tuple(HearingLine(
                h.occurred_at, h.answer_deadline, h.answered_on,
                h.reasonable_ground.label if h.reasonable_ground else "",
                h.reasonable_ground_text, h.reasonable_ground_on) for h in hearings),
            attempts=tuple(AttemptLine(
                e.occurred_at, e.kind.label, e.channel.label, e.place.label if e.place else "",
                staff.get(e.staff_id, ""), e.note) for e in attempts),
            printed_at=ctx.now().astimezone())
        audit.record(ctx, session, AuditAction.PRINT, object_type="contact_entry",
                     citizen_id=citizen_id, detail="dokumentation af kontaktforsøg dannet")
    return contact_attempts_pdf(document)
