"""Appointments (møder, issue 20 points 1 and 4): book, reschedule, cancel and record the
outcome after the time. A held meeting becomes a contact entry with the channel its place
gives (personal contact); a missed one becomes a contact attempt that the sanction sheet
shows. Overlaps for the same staff member are returned before saving: the caller shows them
and saves anyway or changes the time.

Lists for the calendar and "I dag" are in app.services.appointment_views; the invitation
letter and the iCalendar export in app.services.appointment_letters."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.appointments import (
    CANCELLED,
    MAX_DAYS_AHEAD,
    AppointmentKind,
    AppointmentOutcome,
    ContactShape,
    PlaceKind,
    check_times,
    held_contact,
    no_show_contact,
)
from app.domain.enums import AuditAction, InterpreterUse
from app.domain.errors import NeedsChoice, ValidationError
from app.domain.roles import Permission
from app.domain.text import N_
from app.domain.values import LONG_TEXT, clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.context import ServiceContext
from app.services.course._common import latest_course, refresh_citizen

SAVE_ANYWAY = "save_anyway"


@dataclass(frozen=True)
class Overlap:
    """Another appointment of one of the staff at the same time."""

    appointment_id: uuid.UUID
    staff_name: str
    kind: AppointmentKind
    starts_at: dt.datetime
    ends_at: dt.datetime


def _overlaps(session: Session, staff_ids: Iterable[uuid.UUID], starts_at: dt.datetime,
              ends_at: dt.datetime, exclude: uuid.UUID | None) -> list[Overlap]:
    a, s = m.Appointment, m.AppointmentStaff
    query = (select(a.id, m.StaffAccount.full_name, a.kind, a.starts_at, a.ends_at)
             .join(s, s.appointment_id == a.id)
             .join(m.StaffAccount, m.StaffAccount.id == s.staff_id)
             .where(s.staff_id.in_(list(staff_ids)), a.starts_at < ends_at,
                    a.ends_at > starts_at, a.outcome.is_(None) | a.outcome.not_in(CANCELLED))
             .order_by(a.starts_at))
    if exclude is not None:
        query = query.where(a.id != exclude)
    return [Overlap(*row) for row in session.execute(query)]


def overlaps(ctx: ServiceContext, staff_ids: Iterable[uuid.UUID], starts_at: dt.datetime,
             ends_at: dt.datetime, exclude: uuid.UUID | None = None) -> list[Overlap]:
    """The staff's other appointments (not cancelled) that overlap the time."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        return _overlaps(session, staff_ids, starts_at, ends_at, exclude)


def _refuse_overlap(found: list[Overlap]) -> None:
    first = found[0]
    local = first.starts_at.astimezone()
    raise NeedsChoice(
        "{name} har allerede et møde {day} kl. {start}-{end} ({kind}). Gem alligevel, eller "
        "vælg et andet tidspunkt.", choices=[(SAVE_ANYWAY, N_("Gem alligevel"))],
        field="starts_at", name=first.staff_name, day=f"{local:%d.%m.%Y}",
        start=f"{local:%H.%M}", end=f"{first.ends_at.astimezone():%H.%M}", kind=first.kind.label)


def _check_staff(session: Session, staff_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    unique = list(dict.fromkeys(staff_ids))
    if not unique:
        raise ValidationError("Vælg mindst én medarbejder til mødet.", field="staff")
    active = set(session.execute(select(m.StaffAccount.id).where(
        m.StaffAccount.id.in_(unique), m.StaffAccount.active.is_(True))).scalars())
    if len(active) != len(unique):
        raise ValidationError("Vælg en aktiv medarbejder.", field="staff")
    return unique


def _check_when(ctx: ServiceContext, starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    check_times(starts_at, ends_at)
    if starts_at.astimezone().date() > ctx.today() + dt.timedelta(days=MAX_DAYS_AHEAD):
        raise ValidationError("Mødet ligger for langt ude i fremtiden.", field="starts_at")
    if ends_at < ctx.now() - dt.timedelta(days=31):
        raise ValidationError("Et møde kan ikke bookes mere end en måned tilbage i tiden.",
                              field="starts_at")


def _texts(place_text: str, interpreter_language: str, note: str, bring: str
           ) -> tuple[str, str, str, str]:
    return (clean_text(place_text, field="place_text", label="Sted", max_length=300),
            clean_text(interpreter_language, field="interpreter_language", label="Tolkesprog",
                       max_length=50),
            clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True),
            clean_text(bring, field="bring", label="Tag med", max_length=500))


def book(ctx: ServiceContext, citizen_id: uuid.UUID, *, kind: AppointmentKind,
         staff_ids: list[uuid.UUID], place_kind: PlaceKind, starts_at: dt.datetime,
         ends_at: dt.datetime, place_text: str = "", interpreter_needed: bool = False,
         interpreter_language: str = "", note: str = "", bring: str = "",
         allow_overlap: bool = False) -> uuid.UUID:
    """Book a meeting. When one of the staff already has a meeting at that time, NeedsChoice
    is raised (nothing saved) unless `allow_overlap`; `overlaps()` lists them beforehand."""
    ctx.require(Permission.CASE_WRITE)
    kind, place_kind = AppointmentKind(kind), PlaceKind(place_kind)
    _check_when(ctx, starts_at, ends_at)
    place_text, language, note, bring = _texts(place_text, interpreter_language, note, bring)
    if interpreter_needed and not language:
        raise ValidationError("Skriv hvilket sprog tolken skal tale.",
                              field="interpreter_language")
    with ctx.transaction() as session:
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        staff = _check_staff(session, staff_ids)
        found = _overlaps(session, staff, starts_at, ends_at, None)
        if found and not allow_overlap:
            _refuse_overlap(found)
        row = m.Appointment(
            citizen_id=citizen_id, kind=kind, place_kind=place_kind, place_text=place_text,
            starts_at=starts_at, ends_at=ends_at, interpreter_needed=interpreter_needed,
            interpreter_language=language if interpreter_needed else "", note=note,
            bring=bring, booked_by_id=ctx.user.id,
            staff=[m.AppointmentStaff(staff_id=s) for s in staff])
        session.add(row)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="appointment",
                     object_id=row.id, citizen_id=citizen_id,
                     detail=f"møde booket: {kind.label}")
        return row.id


def _open_appointment(session: Session, appointment_id: uuid.UUID) -> m.Appointment:
    row = get_or_raise(session, m.Appointment, appointment_id, N_("Mødet findes ikke."))
    if row.outcome is not None:
        raise ValidationError("Mødet har allerede et udfald: {outcome}.", field="outcome",
                              outcome=row.outcome.label)
    return row


def reschedule(ctx: ServiceContext, appointment_id: uuid.UUID, *, starts_at: dt.datetime,
               ends_at: dt.datetime, staff_ids: list[uuid.UUID] | None = None,
               place_kind: PlaceKind | None = None, place_text: str | None = None,
               allow_overlap: bool = False) -> None:
    """Move a meeting (and change who and where); overlaps as for `book`. A letter sent for
    the old time no longer stands: the next letter is logged again."""
    ctx.require(Permission.CASE_WRITE)
    _check_when(ctx, starts_at, ends_at)
    with ctx.transaction() as session:
        row = _open_appointment(session, appointment_id)
        staff = _check_staff(session, staff_ids if staff_ids is not None
                             else [s.staff_id for s in row.staff])
        found = _overlaps(session, staff, starts_at, ends_at, row.id)
        if found and not allow_overlap:
            _refuse_overlap(found)
        if starts_at != row.starts_at or place_kind is not None or place_text is not None:
            row.letter_entry_id = None
        row.starts_at, row.ends_at = starts_at, ends_at
        if place_kind is not None:
            row.place_kind = PlaceKind(place_kind)
        if place_text is not None:
            row.place_text = _texts(place_text, "", "", "")[0]
        current = {s.staff_id: s for s in row.staff}
        row.staff = [current.get(s) or m.AppointmentStaff(staff_id=s) for s in staff]
        audit.record(ctx, session, AuditAction.CHANGE, object_type="appointment",
                     object_id=row.id, citizen_id=row.citizen_id, detail="møde flyttet")


def cancel(ctx: ServiceContext, appointment_id: uuid.UUID, *, by_citizen: bool) -> None:
    """Cancel a meeting, recording by whom. Nothing enters the contact log."""
    outcome = (AppointmentOutcome.CANCELLED_BY_CITIZEN if by_citizen
               else AppointmentOutcome.CANCELLED_BY_OFFICE)
    record_outcome(ctx, appointment_id, outcome)


def record_contact_from_outcome(ctx: ServiceContext, session: Session, *,
                                citizen_id: uuid.UUID, occurred_at: dt.datetime,
                                shape: ContactShape, staff_id: uuid.UUID | None, note: str = "",
                                interpreter_language: str = "") -> m.ContactEntry:
    """Write the contact entry a meeting's outcome becomes, in the caller's transaction, and
    refresh the citizen's due items. Shared with other planned activities (a group
    session's attendance does the same with its own `shape`).

    `shape` is the contact's kind, channel and place (app.domain.appointments.held_contact
    for a held meeting, no_show_contact for a missed one); whether it is personal contact
    follows from it by the rules (app.domain.course_facts.is_personal_contact). An
    `interpreter_language` records that an interpreter was booked for the contact."""
    course = latest_course(session, citizen_id)
    interpreter = InterpreterUse.USED if interpreter_language else InterpreterUse.NOT_NEEDED
    entry = m.ContactEntry(
        citizen_id=citizen_id, course_id=course.id if course else None, staff_id=staff_id,
        occurred_at=occurred_at, kind=shape.kind, channel=shape.channel, place=shape.place,
        interpreter_used=bool(interpreter_language), interpreter=interpreter,
        interpreter_reason=(f"Tolk på {interpreter_language} bestilt til mødet"
                            if interpreter_language else ""), note=note)
    session.add(entry)
    refresh_citizen(ctx, session, citizen_id)
    audit.record(ctx, session, AuditAction.CREATE, object_type="contact_entry",
                 object_id=entry.id, citizen_id=citizen_id)
    return entry


def record_outcome(ctx: ServiceContext, appointment_id: uuid.UUID,
                   outcome: AppointmentOutcome, *, note: str = "") -> uuid.UUID | None:
    """After the meeting's time: held (a contact entry with the channel of its place,
    personal contact), no-show (a contact attempt, shown on the sanction sheet), or
    cancelled by the citizen or the office (any time, nothing logged). Returns the contact
    entry's id when one was made."""
    ctx.require(Permission.CASE_WRITE)
    outcome = AppointmentOutcome(outcome)
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        row = _open_appointment(session, appointment_id)
        now = ctx.now()
        if outcome not in CANCELLED and now < row.starts_at:
            raise ValidationError("Udfaldet kan først registreres, når mødet er begyndt.",
                                  field="outcome")
        row.outcome, row.outcome_at, row.outcome_by_id = outcome, now, ctx.user.id
        entry_id = None
        if outcome not in CANCELLED:
            held = outcome == AppointmentOutcome.HELD
            shape = (held_contact(row.kind, row.place_kind) if held
                     else no_show_contact(row.place_kind))
            staff = [s.staff_id for s in row.staff]
            default = (f"{row.kind.label}: afholdt som booket." if held
                       else f"{row.kind.label}: borgeren kom ikke til det bookede møde.")
            entry = record_contact_from_outcome(
                ctx, session, citizen_id=row.citizen_id, occurred_at=row.starts_at,
                shape=shape, staff_id=ctx.user.id if ctx.user.id in staff else staff[0],
                note=note or default,
                interpreter_language=row.interpreter_language if held else "")
            row.contact_entry_id = entry_id = entry.id
        audit.record(ctx, session, AuditAction.CHANGE, object_type="appointment",
                     object_id=row.id, citizen_id=row.citizen_id,
                     detail=f"udfald: {outcome.label}")
        return entry_id
