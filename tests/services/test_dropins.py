"""Open counselling through the services: registration, queue events, outcomes into the
contact log, the public display, duplicates and merging, the counter's limits, the figures."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import models as m
from app.domain.enums import (
    ContactKind,
    DropInEventKind,
    DropInOutcome,
    DropInReason,
    ReferralTarget,
)
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.roles import Role
from app.services import agreements, citizens, course, dropins, stepup
from tests.conftest import FixedClock

MONDAY = dt.datetime(2026, 11, 16, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock(office) -> FixedClock:
    fixed = FixedClock(MONDAY)
    office.admin.clock = fixed
    return fixed


def test_a_day_at_the_counter(office, clock) -> None:
    desk = office.admin
    counter = office.add_staff("sofie", {Role.SKRANKE})
    counter.clock = clock
    known = course.new_citizen(desk, first_name="Amal", last_name="Hassan", cpr="0101901234")
    with pytest.raises(ValidationError, match="mindst én grund"):
        dropins.register(counter, reasons=[], visitor_label="Ali")
    with pytest.raises(ValidationError, match="fornavn eller initialer"):
        dropins.register(counter, reasons=[DropInReason.BREV])
    first = dropins.register(counter, citizen_id=known, reasons=[DropInReason.BREV,
                                                                 DropInReason.YDELSE])
    clock.advance(minutes=5)
    second = dropins.register(counter, visitor_label="Y.A.", phone="31 41 51 61",
                              reasons=[DropInReason.AKUT], interpreter_needed=True,
                              language="arabisk")
    assert (first.queue_number, second.queue_number) == (1, 2)
    assert dropins.display(counter) == dropins.DisplayState((), 2)

    clock.advance(minutes=7)
    called = dropins.call(desk)
    assert called.id == first.visit_id  # the one who waited longest
    assert dropins.display(counter) == dropins.DisplayState(("A-1",), 1)
    dropins.start(desk, first.visit_id)
    clock.advance(minutes=15)
    with pytest.raises(ValidationError, match="hvortil"):
        dropins.end(desk, first.visit_id, outcome=DropInOutcome.REFERRED)
    entry = dropins.end(desk, first.visit_id, outcome=DropInOutcome.REFERRED,
                        referred_to=ReferralTarget.DEBT, note="Hjælp til brev om gæld")
    record = course.get_record(desk, known)
    assert [c.kind for c in record.contacts] == [ContactKind.AABEN_RAADGIVNING]
    assert record.contacts[0].id == entry
    assert "Gældsrådgivning" in record.contacts[0].note

    rows = dropins.visits_on(counter, MONDAY.date())
    assert [(r.queue_number, r.state) for r in rows] == [(1, dropins.STATE_DONE),
                                                         (2, dropins.STATE_WAITING)]
    assert rows[1].waiting_minutes(clock.now) == 22
    assert _event_kinds(office, first.visit_id) == [
        DropInEventKind.ARRIVED, DropInEventKind.CALLED, DropInEventKind.STARTED,
        DropInEventKind.ENDED]

    # the counter may not end visits, read notes or case content
    for call in (lambda: dropins.end(counter, second.visit_id, outcome=DropInOutcome.RESOLVED),
                 lambda: dropins.start(counter, second.visit_id),
                 lambda: dropins.link_visit(counter, second.visit_id, known),
                 lambda: citizens.list_contacts(counter, known),
                 lambda: course.get_record(counter, known),
                 lambda: agreements.for_course(counter, record.course_id),
                 lambda: stepup.for_course(counter, record.course_id),
                 lambda: dropins.figures(counter, MONDAY.date(), MONDAY.date())):
        with pytest.raises(PermissionDenied):
            call()

    # the unknown visitor: duplicate check, then a new citizen with the visit in the log
    dropins.call(desk, second.visit_id)
    dropins.end(desk, second.visit_id, outcome=DropInOutcome.TO_JOBFORMIDLER)
    matches = dropins.possible_matches(desk, phone="31415161")
    assert matches == []
    new = course.new_citizen(desk, first_name="Yusuf", last_name="Ali", cpr="0505851234",
                             phone="31 41 51 61", from_visit_id=second.visit_id)
    assert [c.kind for c in course.get_record(desk, new).contacts] == [
        ContactKind.AABEN_RAADGIVNING]
    matches = dropins.possible_matches(desk, first_name="Yusuf", last_name="Ali",
                                       birth_date=dt.date(1985, 5, 5), phone="31415161")
    assert [(x.citizen_id, x.why) for x in matches] == [
        (new, "samme navn og fødselsdato, samme telefonnummer")]


def _event_kinds(office, visit_id) -> list[DropInEventKind]:
    with office.admin.store.sessions() as session:
        return [e.kind for e in session.execute(
            select(m.DropInEvent).where(m.DropInEvent.visit_id == visit_id)
            .order_by(m.DropInEvent.at, m.DropInEvent.version_counter)).scalars()]


def test_left_without_being_seen_and_merge(office, clock) -> None:
    desk = office.admin
    ticket = dropins.register(desk, visitor_label="Hanne", reasons=[DropInReason.ANDET])
    dropins.left(desk, ticket.visit_id)
    with pytest.raises(ValidationError):
        dropins.call(desk, ticket.visit_id)
    # two records of one person: the visit-made one and the CPR one
    loose = citizens.create(desk, first_name="Hanne", phone="20 30 40 50")
    dropins.link_visit(desk, ticket.visit_id, loose.id)
    real = course.new_citizen(desk, first_name="Hanne", last_name="Holm", cpr="0303701234")
    dropins.merge_citizens(desk, real, loose.id)
    with desk.store.sessions() as session:
        assert session.get(m.Citizen, loose.id) is None
        assert session.get(m.Tombstone, loose.id) is not None
        visit = session.get(m.DropInVisit, ticket.visit_id)
        assert visit.citizen_id == real
        assert session.get(m.Citizen, real).phone == "20 30 40 50"


def _visit(session, day: dt.date, number: int, arrived: dt.datetime, wait: int | None,
           reasons: str, outcome: DropInOutcome | None, citizen_id=None,
           interpreter: bool = False) -> None:
    visit = m.DropInVisit(visit_date=day, queue_number=number, reasons=reasons,
                          outcome=outcome, citizen_id=citizen_id, visitor_label="X",
                          interpreter_needed=interpreter)
    session.add(visit)
    session.flush()
    session.add(m.DropInEvent(visit_id=visit.id, kind=DropInEventKind.ARRIVED, at=arrived))
    if wait is not None:
        session.add(m.DropInEvent(visit_id=visit.id, kind=DropInEventKind.CALLED,
                                  at=arrived + dt.timedelta(minutes=wait)))


def test_figures_on_a_hand_made_fixture(office, clock) -> None:
    """Six visits; waits 2, 4, 5, 10, 30 minutes and one who left before being called.
    Median of (2, 4, 5, 10, 30) = 5. 90th percentile, linear between ranks:
    rank = (5 - 1) * 0.9 = 3.6 -> 10 + 0.6 * (30 - 10) = 22."""
    desk = office.admin
    in_programme = course.new_citizen(desk, first_name="A", last_name="B", cpr="0101901234")
    outside = citizens.create(desk, first_name="C").id
    mon, tue = dt.date(2026, 11, 16), dt.date(2026, 11, 17)
    utc = dt.UTC
    with desk.store.sessions.begin() as session:
        _visit(session, mon, 1, dt.datetime(2026, 11, 16, 9, 0, tzinfo=utc), 2, "brev",
               DropInOutcome.RESOLVED, in_programme)
        _visit(session, mon, 2, dt.datetime(2026, 11, 16, 9, 10, tzinfo=utc), 4, "brev ydelse",
               DropInOutcome.RESOLVED, outside, interpreter=True)
        _visit(session, mon, 3, dt.datetime(2026, 11, 16, 10, 0, tzinfo=utc), 5, "akut",
               DropInOutcome.REFERRED)
        _visit(session, tue, 1, dt.datetime(2026, 11, 17, 9, 30, tzinfo=utc), 10, "brev",
               DropInOutcome.MEETING_BOOKED, in_programme)
        _visit(session, tue, 2, dt.datetime(2026, 11, 17, 13, 0, tzinfo=utc), 30, "andet",
               DropInOutcome.TO_JOBFORMIDLER)
        _visit(session, tue, 3, dt.datetime(2026, 11, 17, 13, 5, tzinfo=utc), None, "akut",
               DropInOutcome.LEFT)
    f = dropins.figures(desk, mon, tue)
    assert f.visits == 6
    assert f.per_day == {mon: 3, tue: 3}
    assert f.median_wait == 5
    assert f.p90_wait == pytest.approx(22)
    assert f.reasons == {DropInReason.BREV: 3, DropInReason.AKUT: 2, DropInReason.YDELSE: 1,
                         DropInReason.ANDET: 1}
    assert f.outcomes[DropInOutcome.RESOLVED] == 2 and f.outcomes[DropInOutcome.LEFT] == 1
    assert f.known_share == pytest.approx(3 / 6)
    assert f.programme_share == pytest.approx(2 / 6)
    assert f.interpreter_share == pytest.approx(1 / 6)
    local = dt.datetime(2026, 11, 16, 9, 0, tzinfo=utc).astimezone()
    assert f.per_weekday_hour[(0, local.hour)] == 2
    assert sum(f.per_weekday_hour.values()) == 6
    assert dropins.figures(desk, tue, tue).median_wait == 20  # median of (10, 30)
    with pytest.raises(ValidationError):
        dropins.figures(desk, tue, mon)
