"""The demo office's week of meetings (issue 20): for every caseworker and jobformidler,
meetings with their own citizens from Monday of last week to Friday of next week. Meetings
before yesterday have their outcome (held, now and then a no-show, a cancellation) and the
contact entry it became; yesterday's and today's earlier ones wait for their outcome, so a
new user can record one on "I dag". The office's phone, address, opening hours and open
counselling hours are set, so letters and the calendar have them."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.appointments import (
    AppointmentKind,
    AppointmentOutcome,
    PlaceKind,
    held_contact,
    no_show_contact,
)
from app.domain.enums import CourseStatus, InterpreterUse
from app.services.demo_rows import LOCAL_TZ, BulkRows
from app.services.office_settings import (
    ADDRESS,
    DROP_IN_HOURS,
    OPENING_HOURS,
    PHONE,
    setting_id,
)

PER_DAY = (1, 4)  # meetings per person and working day
SETTINGS = {PHONE: "33 17 40 00", ADDRESS: "Ruten 4, st., 2700 Brønshøj",
            OPENING_HOURS: "mandag-torsdag 9-15, fredag 9-12",
            DROP_IN_HOURS: "mandag 09.00-12.00; torsdag 13.00-16.00"}
_KINDS = ([AppointmentKind.FOLLOW_UP] * 6 + [AppointmentKind.HOME_VISIT] * 2
          + [AppointmentKind.COMPANY_VISIT] * 2 + [AppointmentKind.START_MEETING,
                                                    AppointmentKind.JOB_INTERVIEW])
_PLACE = {AppointmentKind.HOME_VISIT: PlaceKind.HOME,
          AppointmentKind.COMPANY_VISIT: PlaceKind.COMPANY,
          AppointmentKind.JOB_INTERVIEW: PlaceKind.COMPANY}


def _working_days(today: dt.date) -> list[dt.date]:
    monday = today - dt.timedelta(days=today.weekday() + 7)
    return [monday + dt.timedelta(days=i) for i in range(19) if (i % 7) < 5]


def add_week_of_meetings(session: Session, rows: BulkRows, rng: random.Random,
                         today: dt.date, now: dt.datetime,
                         keep_clear: frozenset | set = frozenset()) -> None:
    """A realistic week of meetings; none with the citizens in `keep_clear` (the worked
    cases, whose due items the demo shows as they are: a held meeting would meet them)."""
    for key, value in SETTINGS.items():
        rows.add(m.OfficeSetting, id=setting_id(key), key=key, value=value)
    own: dict[uuid.UUID, list[tuple[uuid.UUID, uuid.UUID]]] = {}
    for citizen_id, course_id, caseworker, formidler in session.execute(
            select(m.Course.citizen_id, m.Course.id, m.Course.caseworker_id,
                   m.Course.jobformidler_id).where(m.Course.status == CourseStatus.ACTIVE)
            .order_by(m.Course.id)):
        for staff_id in (caseworker, formidler):
            if staff_id is not None and citizen_id not in keep_clear:
                own.setdefault(staff_id, []).append((citizen_id, course_id))
    # meetings already held are with citizens seen lately: a held meeting is a contact,
    # and an office's overdue citizens are the ones nobody has met (the caseload's spread)
    seen = set(session.execute(select(m.ContactEntry.citizen_id).where(
        m.ContactEntry.occurred_at >= dt.datetime.combine(
            today - dt.timedelta(days=10), dt.time(), LOCAL_TZ))).scalars())
    for staff_id, citizens in sorted(own.items()):
        recent = [c for c in citizens if c[0] in seen] or citizens
        for day in _working_days(today):
            hours = rng.sample([9, 10, 11, 13, 14], rng.randint(*PER_DAY))
            for hour in sorted(hours):
                citizen_id, course_id = rng.choice(recent if day < today else citizens)
                _meeting(rows, rng, staff_id, citizen_id, course_id, day, hour, today, now)


def _meeting(rows: BulkRows, rng: random.Random, staff_id: uuid.UUID, citizen_id: uuid.UUID,
             course_id: uuid.UUID, day: dt.date, hour: int, today: dt.date,
             now: dt.datetime) -> None:
    kind = rng.choice(_KINDS)
    place = _PLACE.get(kind, rng.choice([PlaceKind.OFFICE] * 5 + [PlaceKind.PHONE]))
    start = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 30])), LOCAL_TZ)
    end = start + dt.timedelta(minutes=rng.choice([30, 45, 60]))
    outcome, entry_id = None, None
    if day < today - dt.timedelta(days=1) and end < now:
        outcome = rng.choices(list(AppointmentOutcome), [80, 8, 8, 4])[0]
        if outcome in (AppointmentOutcome.HELD, AppointmentOutcome.NO_SHOW):
            shape = (held_contact(kind, place) if outcome == AppointmentOutcome.HELD
                     else no_show_contact(place))
            entry_id = rows.add(
                m.ContactEntry, citizen_id=citizen_id, course_id=course_id, staff_id=staff_id,
                occurred_at=start, kind=shape.kind, channel=shape.channel, place=shape.place,
                participants="", interpreter_used=False, interpreter=InterpreterUse.NOT_NEEDED,
                interpreter_reason="", note=f"{kind.label}: "
                + ("afholdt som booket." if outcome == AppointmentOutcome.HELD
                   else "borgeren kom ikke til det bookede møde."))
    appointment_id = rows.add(
        m.Appointment, citizen_id=citizen_id, kind=kind, place_kind=place,
        place_text="", starts_at=start, ends_at=end, interpreter_needed=False,
        interpreter_language="", note="", bring="", booked_by_id=staff_id, outcome=outcome,
        outcome_at=end if outcome else None, outcome_by_id=staff_id if outcome else None,
        contact_entry_id=entry_id, letter_entry_id=None)
    rows.add(m.AppointmentStaff, appointment_id=appointment_id, staff_id=staff_id)
