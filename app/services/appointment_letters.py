"""The invitation letter (Indkaldelse) for a booked meeting and a person's calendar as an
iCalendar file (issue 20, points 5 and 6).

The letter is logged on the record as a letter (channel brev: never personal contact), once
per time: printing it again does not log it again, a moved meeting's next letter does. The
iCalendar file holds times, the kind and the place's kind only: never a citizen's name, CPR
number, address or note (it leaves the encrypted store for Outlook)."""

from __future__ import annotations

import datetime as dt
import uuid

import icalendar
from sqlalchemy import select

from app.db import models as m
from app.domain.appointments import (
    CANCELLED,
    PlaceKind,
    danish_date,
    fill_template,
)
from app.domain.enums import AuditAction, ContactChannel, ContactKind
from app.domain.errors import ValidationError
from app.domain.roles import Permission
from app.domain.text import N_
from app.reports.letters import InvitationLetter, invitation_pdf
from app.services import audit
from app.services._common import get_or_raise
from app.services.appointment_views import local_range
from app.services.context import ServiceContext
from app.services.course._common import latest_course, refresh_citizen
from app.services.office_settings import read_settings

PRODUCT_ID = "-//Fremskudt//Kalender//DA"


def _place(row: m.Appointment, citizen: m.Citizen, address: str) -> str:
    kind = PlaceKind(row.place_kind)
    if kind == PlaceKind.OFFICE:
        return ", ".join(x for x in ("Vores kontor", row.place_text or address) if x)
    if kind == PlaceKind.HOME:
        return ", ".join(x for x in ("Hjemme hos dig", row.place_text or citizen.address) if x)
    if kind == PlaceKind.PHONE:
        return f"Vi ringer til dig på {citizen.phone}" if citizen.phone else "Vi ringer til dig"
    if kind == PlaceKind.VIDEO:
        return ", ".join(x for x in ("Videomøde", row.place_text) if x)
    return row.place_text or "Virksomheden"


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def invitation_letter(ctx: ServiceContext, appointment_id: uuid.UUID) -> bytes:
    """The letter as a PDF; the first letter for this time is logged on the record."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.Appointment, appointment_id, N_("Mødet findes ikke."))
        if row.outcome is not None:
            raise ValidationError("Der sendes ikke indkaldelse til et møde, der er {outcome}.",
                                  field="outcome", outcome=row.outcome.label.lower())
        citizen = session.get(m.Citizen, row.citizen_id)
        office = session.execute(select(m.Office.name)).scalar_one()
        settings = read_settings(session)
        names = [n for (n,) in session.execute(
            select(m.StaffAccount.full_name).join(
                m.AppointmentStaff, m.AppointmentStaff.staff_id == m.StaffAccount.id)
            .where(m.AppointmentStaff.appointment_id == row.id)
            .order_by(m.StaffAccount.full_name))]
        local = row.starts_at.astimezone()
        when = f"{danish_date(local.date())} kl. {local:%H.%M}"
        place = _place(row, citizen, settings.address)
        values = {
            "navn": citizen.full_name, "dato": danish_date(local.date()),
            "klokken": f"{local:%H.%M}", "tid": when, "sted": place,
            "moedetype": row.kind.label.lower(), "medarbejder": _names(names),
            "medbring": row.bring or settings.letter_bring,
            "tolk": (f"Vi har bestilt en tolk, der taler {row.interpreter_language}."
                     if row.interpreter_needed else ""),
            "telefon": settings.phone, "aabningstider": settings.opening_hours,
            "kontor": office}
        letter = InvitationLetter(
            office, settings.address, settings.phone, citizen.full_name, citizen.address,
            when, place, _names(names), fill_template(settings.letter_template, values),
            ctx.now().astimezone())
        if row.letter_entry_id is None:
            course = latest_course(session, row.citizen_id)
            entry = m.ContactEntry(
                citizen_id=row.citizen_id, course_id=course.id if course else None,
                staff_id=ctx.user.id, occurred_at=ctx.now(), kind=ContactKind.INDKALDELSE,
                channel=ContactChannel.BREV,
                note=f"Indkaldelse til {row.kind.label.lower()} {local:%d.%m.%Y kl. %H.%M}.")
            session.add(entry)
            session.flush()
            row.letter_entry_id = entry.id
            refresh_citizen(ctx, session, row.citizen_id)
        audit.record(ctx, session, AuditAction.PRINT, object_type="appointment",
                     object_id=row.id, citizen_id=row.citizen_id, detail="indkaldelse dannet")
    return invitation_pdf(letter)


def calendar_ical(ctx: ServiceContext, staff_id: uuid.UUID, first_day: dt.date,
                  last_day: dt.date) -> bytes:
    """The staff member's meetings first_day..last_day as iCalendar (RFC 5545) for Outlook:
    start, end, the kind as the summary and the place's kind as the location; cancelled
    meetings as cancelled events, so a calendar that imported them before drops them."""
    ctx.require(Permission.CASE_READ)
    start, end = local_range(first_day, last_day)
    a, s = m.Appointment, m.AppointmentStaff
    with ctx.transaction() as session:
        found = session.execute(
            select(a.id, a.kind, a.place_kind, a.starts_at, a.ends_at, a.outcome, a.hlc)
            .join(s, s.appointment_id == a.id)
            .where(s.staff_id == staff_id, a.starts_at >= start, a.starts_at < end)
            .order_by(a.starts_at)).all()
        audit.record(ctx, session, AuditAction.EXPORT, object_type="appointment",
                     detail=f"kalender eksporteret som iCalendar: {len(found)} møder")
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Fremskudt")
    stamp = ctx.now().astimezone(dt.UTC)
    for appointment_id, kind, place, starts_at, ends_at, outcome, hlc in found:
        event = icalendar.Event()
        event.add("uid", f"{appointment_id}@fremskudt")
        event.add("dtstamp", stamp)
        event.add("dtstart", starts_at.astimezone(dt.UTC))
        event.add("dtend", ends_at.astimezone(dt.UTC))
        event.add("summary", str(kind.label))
        event.add("location", str(place.label))
        event.add("sequence", hlc >> 32)  # grows with every change of the row
        event.add("status", "CANCELLED" if outcome in CANCELLED else "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()
