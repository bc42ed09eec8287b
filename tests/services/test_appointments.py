"""Issue 20 points 1-6 through the services with real stores: booking with overlaps, outcomes
into the contact log and the due items, a no-show on the sanction sheet, the caseload's
booking, the letter (text extracted from the PDF, logged once as a letter), the template
refused with the unknown field named, the iCalendar file without a name or CPR number, and
"I dag"."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import icalendar
import pytest

from app.domain.appointments import AppointmentKind, AppointmentOutcome, PlaceKind
from app.domain.enums import ContactChannel, ContactKind, ContactPlace, VisitationGroup
from app.domain.errors import NeedsChoice, ValidationError
from app.domain.roles import Role
from app.domain.rules import DueKind
from app.services import (
    appointment_letters,
    appointment_views,
    appointments,
    caseload,
    course,
    office_settings,
    today,
)
from tests.conftest import FixedClock

MONDAY = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A local time in the week of MONDAY (day 0 = Monday)."""
    local = dt.datetime(2026, 3, 2 + day, hour, minute)
    return local.astimezone()


def _pdf_text(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is installed by .ci/run")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture
def desk(office):
    ctx = office.admin
    ctx.clock = FixedClock(MONDAY)
    citizen_id = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                    cpr="0101901234", phone="20304050")
    record = course.get_record(ctx, citizen_id)
    course.visit(ctx, record.course_id, VisitationGroup.INDSATS)
    course.assign(ctx, record.course_id, caseworker_id=ctx.user.id,
                  jobformidler_id=ctx.user.id)
    return ctx, citizen_id


def _book(ctx, citizen_id, start, minutes=45, **kwargs):
    values = dict(kind=AppointmentKind.FOLLOW_UP, staff_ids=[ctx.user.id],
                  place_kind=PlaceKind.OFFICE, starts_at=start,
                  ends_at=start + dt.timedelta(minutes=minutes))
    values.update(kwargs)
    return appointments.book(ctx, citizen_id, **values)


def test_an_overlap_for_the_same_staff_member_is_shown_before_saving(desk) -> None:
    ctx, citizen_id = desk
    first = _book(ctx, citizen_id, _at(1, 10))
    found = appointments.overlaps(ctx, [ctx.user.id], _at(1, 10, 30), _at(1, 11))
    assert [o.appointment_id for o in found] == [first]
    with pytest.raises(NeedsChoice) as refused:
        _book(ctx, citizen_id, _at(1, 10, 30))
    assert refused.value.choices[0][0] == appointments.SAVE_ANYWAY
    assert "Anna Administrator" in refused.value.message and "10.00" in refused.value.message
    assert len(appointment_views.for_citizen(ctx, citizen_id)) == 1  # nothing saved
    second = _book(ctx, citizen_id, _at(1, 10, 30), allow_overlap=True)
    # touching is no overlap; a cancelled meeting frees its time
    assert appointments.overlaps(ctx, [ctx.user.id], _at(1, 11, 15), _at(1, 12)) == []
    appointments.cancel(ctx, first, by_citizen=True)
    appointments.cancel(ctx, second, by_citizen=False)
    assert appointments.overlaps(ctx, [ctx.user.id], _at(1, 10), _at(1, 11)) == []
    rows = appointment_views.for_citizen(ctx, citizen_id)
    assert [r.outcome for r in rows] == [AppointmentOutcome.CANCELLED_BY_CITIZEN,
                                         AppointmentOutcome.CANCELLED_BY_OFFICE]


def test_bad_bookings_are_refused(desk) -> None:
    ctx, citizen_id = desk
    with pytest.raises(ValidationError, match="slutte efter"):
        _book(ctx, citizen_id, _at(1, 10), minutes=0)
    with pytest.raises(ValidationError, match="sprog"):
        _book(ctx, citizen_id, _at(1, 10), interpreter_needed=True)
    with pytest.raises(ValidationError, match="mindst én"):
        _book(ctx, citizen_id, _at(1, 10), staff_ids=[])
    with pytest.raises(ValidationError, match="højst"):
        _book(ctx, citizen_id, _at(1, 8), minutes=11 * 60)


def test_a_held_meeting_becomes_personal_contact_and_meets_the_due_item(desk, office) -> None:
    ctx, citizen_id = desk
    course_id = course.get_record(ctx, citizen_id).course_id
    before = caseload.course_due_items(ctx, course_id)
    assert any(i.kind == DueKind.WEEKLY_CONTACT or i.kind == DueKind.TRIN1_TARGET
               for i in before) or before
    partner = office.add_staff("bo", {Role.JOBFORMIDLER}, "Bo Jensen")
    meeting = _book(ctx, citizen_id, _at(1, 10), staff_ids=[ctx.user.id, partner.user.id],
                    place_kind=PlaceKind.HOME, interpreter_needed=True,
                    interpreter_language="arabisk", kind=AppointmentKind.HOME_VISIT)
    with pytest.raises(ValidationError, match="begyndt"):
        appointments.record_outcome(ctx, meeting, AppointmentOutcome.HELD)
    ctx.clock.now = _at(1, 11).astimezone(dt.UTC)
    entry_id = appointments.record_outcome(ctx, meeting, AppointmentOutcome.HELD)
    contact = next(c for c in course.get_record(ctx, citizen_id).contacts if c.id == entry_id)
    assert (contact.kind, contact.channel, contact.place) == (
        ContactKind.HJEMMEBESOEG, ContactChannel.PERSONLIGT, ContactPlace.HJEMME)
    assert contact.occurred_at == _at(1, 10)
    with pytest.raises(ValidationError, match="allerede et udfald"):
        appointments.record_outcome(ctx, meeting, AppointmentOutcome.NO_SHOW)
    [row] = appointment_views.for_citizen(ctx, citizen_id)
    assert row.outcome == AppointmentOutcome.HELD
    assert set(row.staff_names) == {"Anna Administrator", "Bo Jensen"}


@pytest.mark.parametrize(("place", "channel"), [(PlaceKind.PHONE, ContactChannel.TELEFON),
                                                (PlaceKind.VIDEO, ContactChannel.VIDEO),
                                                (PlaceKind.COMPANY, ContactChannel.PERSONLIGT)])
def test_the_channel_follows_the_place(desk, place, channel) -> None:
    ctx, citizen_id = desk
    meeting = _book(ctx, citizen_id, _at(0, 9), place_kind=place)
    ctx.clock.now = _at(0, 10).astimezone(dt.UTC)
    entry_id = appointments.record_outcome(ctx, meeting, AppointmentOutcome.HELD)
    contact = next(c for c in course.get_record(ctx, citizen_id).contacts if c.id == entry_id)
    assert contact.channel == channel


def test_a_no_show_is_a_contact_attempt_on_the_sanction_sheet(desk, tmp_path) -> None:
    ctx, citizen_id = desk
    course.log_hearing(ctx, citizen_id, sent_at=MONDAY, answer_deadline=dt.date(2026, 3, 3))
    meeting = _book(ctx, citizen_id, _at(2, 9), place_kind=PlaceKind.HOME,
                    kind=AppointmentKind.HOME_VISIT)
    ctx.clock.now = _at(2, 12).astimezone(dt.UTC)
    course_id = course.get_record(ctx, citizen_id).course_id
    due = caseload.course_due_items(ctx, course_id)
    sanction = next(i for i in due if i.kind == DueKind.PERSONAL_CONTACT_BEFORE_SANCTION)
    assert "forsøg hvor borgeren bor" in sanction.what + sanction.why
    entry_id = appointments.record_outcome(ctx, meeting, AppointmentOutcome.NO_SHOW)
    contact = next(c for c in course.get_record(ctx, citizen_id).contacts if c.id == entry_id)
    assert contact.kind == ContactKind.KONTAKTFORSOEG
    after = next(i for i in caseload.course_due_items(ctx, course_id)
                 if i.kind == DueKind.PERSONAL_CONTACT_BEFORE_SANCTION)
    assert "forsøg hvor borgeren bor" not in after.what + after.why
    text = _pdf_text(course.contact_attempts_document(ctx, citizen_id), tmp_path)
    assert "Kontaktforsøg" in text and "kom ikke" in text


def test_a_booking_before_the_due_date_is_shown_instead_of_the_deadline(office) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(MONDAY)
    citizen_id = course.new_citizen(ctx, first_name="Omar", last_name="Ali", cpr="0202902345")
    course_id = course.get_record(ctx, citizen_id).course_id
    course.assign(ctx, course_id, caseworker_id=ctx.user.id, jobformidler_id=None)
    [row] = [r for r in caseload.caseload(ctx) if r.citizen_id == citizen_id]
    assert row.next_due_kind == DueKind.VISITATION
    ctx.clock.now = dt.datetime.combine(row.next_due_on - dt.timedelta(days=3),
                                        dt.time(8)).astimezone()
    late = dt.datetime.combine(row.next_due_on + dt.timedelta(days=1), dt.time(9)).astimezone()
    _book(ctx, citizen_id, late, kind=AppointmentKind.START_MEETING)
    [line] = [d for d in today.today_view(ctx, None).due if d.citizen_id == citizen_id]
    assert line.booked_at is None  # booked after the deadline: it does not meet it
    start = dt.datetime.combine(row.next_due_on, dt.time(9)).astimezone()
    _book(ctx, citizen_id, start, kind=AppointmentKind.START_MEETING)
    assert appointment_views.next_bookings(ctx)[citizen_id.hex] == start
    [line] = [d for d in today.today_view(ctx, None).due if d.citizen_id == citizen_id]
    assert line.booked_at == start


def test_the_letter_is_printed_in_plain_danish_and_logged_once_as_a_letter(desk, tmp_path
                                                                           ) -> None:
    ctx, citizen_id = desk
    office_settings.save_settings(
        ctx, letter_template=office_settings.office_settings(ctx).letter_template,
        letter_bring="Dit sundhedskort", phone="33 66 77 88", address="Ruten 4, 2700 Brønshøj",
        opening_hours="Mandag-torsdag 9-15", drop_in_hours="man 9-12; tor 13-16")
    meeting = _book(ctx, citizen_id, _at(3, 10), interpreter_needed=True,
                    interpreter_language="somali")
    text = _pdf_text(appointment_letters.invitation_letter(ctx, meeting), tmp_path)
    for expected in ("Indkaldelse til møde", "Amal Hassan", "torsdag den 5. marts 2026",
                     "kl. 10.00", "Ruten 4", "Anna Administrator", "Dit sundhedskort",
                     "33 66 77 88", "Mandag-torsdag 9-15", "somali", "Kontoret i Tingbjerg"):
        assert expected in text, expected
    assert "0101901234" not in text and "010190" not in text
    appointment_letters.invitation_letter(ctx, meeting)  # printed again: not logged again
    letters = [c for c in course.get_record(ctx, citizen_id).contacts
               if c.kind == ContactKind.INDKALDELSE]
    assert len(letters) == 1 and letters[0].channel == ContactChannel.BREV
    appointments.reschedule(ctx, meeting, starts_at=_at(4, 10), ends_at=_at(4, 11))
    appointment_letters.invitation_letter(ctx, meeting)
    assert len([c for c in course.get_record(ctx, citizen_id).contacts
                if c.kind == ContactKind.INDKALDELSE]) == 2


def test_a_template_with_an_unknown_field_is_refused_naming_it(desk) -> None:
    ctx, _citizen_id = desk
    with pytest.raises(ValidationError, match=r"\{adresse\}"):
        office_settings.save_settings(
            ctx, letter_template="Kære {navn}, kom {tid} til {adresse}.", letter_bring="",
            phone="", address="", opening_hours="", drop_in_hours="")
    with pytest.raises(ValidationError, match="kan ikke læses"):
        office_settings.save_settings(
            ctx, letter_template="Kære {navn}", letter_bring="", phone="", address="",
            opening_hours="", drop_in_hours="hver dag")
    assert "{adresse}" not in office_settings.office_settings(ctx).letter_template


def test_the_ical_file_has_times_kind_and_place_but_no_name_or_cpr(desk) -> None:
    ctx, citizen_id = desk
    meeting = _book(ctx, citizen_id, _at(1, 13), place_kind=PlaceKind.HOME,
                    place_text="Ruten 12, 3. tv", note="Har det svært med gæld",
                    kind=AppointmentKind.HOME_VISIT)
    cancelled = _book(ctx, citizen_id, _at(2, 13))
    appointments.cancel(ctx, cancelled, by_citizen=True)
    data = appointment_letters.calendar_ical(ctx, ctx.user.id, dt.date(2026, 3, 2),
                                             dt.date(2026, 3, 8))
    for secret in (b"Amal", b"Hassan", b"0101901234", b"010190", b"Ruten", b"g\xc3\xa6ld"):
        assert secret not in data
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Hjemmebesøg", "Opfølgning"]
    assert str(events[0]["location"]) == "Hjemme hos borgeren"
    assert events[0].decoded("dtstart") == _at(1, 13)
    assert [str(e["status"]) for e in events] == ["CONFIRMED", "CANCELLED"]
    assert str(events[0]["uid"]).startswith(str(meeting))


def test_today_lists_my_meetings_due_items_and_changes_by_others(desk, office) -> None:
    ctx, citizen_id = desk
    other = office.add_staff("bo", {Role.JOBFORMIDLER}, "Bo Jensen")
    other.clock = ctx.clock
    later = _book(ctx, citizen_id, _at(0, 14))
    earlier = _book(ctx, citizen_id, _at(0, 9))
    _book(other, citizen_id, _at(0, 11), staff_ids=[other.user.id])
    assert today.begin_visit(ctx) is None
    mark = today.begin_visit(ctx)
    assert mark is not None
    view = today.today_view(ctx, mark)
    assert [a.id for a in view.appointments] == [earlier, later]
    assert view.changes == []
    course.log_contact(other, citizen_id, occurred_at=MONDAY, kind=ContactKind.TELEFON,
                       channel=ContactChannel.TELEFON)
    view = today.today_view(ctx, mark)
    assert [(c.name, c.what, c.by) for c in view.changes][:1] == [
        ("Amal Hassan", "Kontakt oprettet", "Bo Jensen")]
    assert all(d.due_on <= ctx.today() + dt.timedelta(days=7) for d in view.due)
