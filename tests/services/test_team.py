"""The team (issue 20, points 8-10) through the services on a real store: makkerskaber made,
changed and ended by a leader with audit entries; caseload against the 25-35 band; a caseload
handed over (all to one, spread evenly), each move in the audit log and on the record."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import models as m
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.roles import Role
from app.domain.team import CaseloadBand, caseload_band, spread_evenly
from app.services import course, team
from tests.conftest import FixedClock

TODAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def staffed(office):
    ctx = office.admin
    ctx.clock = FixedClock(TODAY)
    ida = office.add_staff("ida", {Role.JOBFORMIDLER}, "Ida Holm")
    ole = office.add_staff("ole", {Role.JOBFORMIDLER}, "Ole Berg")
    kim = office.add_staff("kim", {Role.JOBKONSULENT}, "Kim Lund")
    return ctx, ida.user.id, ole.user.id, kim.user.id


def _audit(ctx, object_type: str) -> list[m.AuditEntry]:
    with ctx.transaction() as session:
        return list(session.execute(select(m.AuditEntry).where(
            m.AuditEntry.object_type == object_type)).scalars())


def test_a_leader_makes_changes_and_ends_a_makkerskab(staffed, office) -> None:
    ctx, ida, ole, kim = staffed
    pid = team.create_partnership(ctx, name="Team Nord", caseworker_id=kim, jobformidler_id=ida)
    with pytest.raises(ValidationError, match="allerede et makkerskab"):
        team.create_partnership(ctx, name="Igen", caseworker_id=kim, jobformidler_id=ida)
    with pytest.raises(ValidationError, match="rollen sagsbehandler"):
        team.create_partnership(ctx, name="Forkert", caseworker_id=ole, jobformidler_id=ida)
    team.change_partnership(ctx, pid, name="Team Nord", caseworker_id=kim, jobformidler_id=ole)
    [view] = team.list_partnerships(ctx)
    assert (view.caseworker_name, view.jobformidler_name) == ("Kim Lund", "Ole Berg")
    team.end_partnership(ctx, pid)
    assert team.list_partnerships(ctx) == []
    assert team.list_partnerships(ctx, include_ended=True)[0].ended_on == TODAY.date()
    assert [e.detail for e in _audit(ctx, "partnership")] == [
        "makkerskab oprettet", "makkerskab ændret", "makkerskab afsluttet 2026-03-02"]
    worker = office.contexts[1]  # ida: a jobformidler, not a leader
    with pytest.raises(PermissionDenied, match="leder"):
        team.create_partnership(worker, name="X", caseworker_id=kim, jobformidler_id=ole)


def test_spread_evenly_counts_what_each_already_holds() -> None:
    assert spread_evenly(["a", "b", "c", "d"], ["x", "y"]) == {
        "a": "x", "b": "y", "c": "x", "d": "y"}
    assert spread_evenly(["a", "b", "c"], ["x", "y"], {"x": 2}) == {
        "a": "y", "b": "y", "c": "x"}
    assert caseload_band(24, (25, 35)) == CaseloadBand.UNDER
    assert caseload_band(25, (25, 35)) == CaseloadBand.WITHIN
    assert caseload_band(36, (25, 35)) == CaseloadBand.OVER


def _citizens(ctx, formidler, caseworker, n: int, first_cpr: int) -> list:
    out = []
    for i in range(n):
        out.append(course.new_citizen(
            ctx, first_name=f"Borger{i:02d}", last_name="Test", cpr=f"{first_cpr + i:06d}1234",
            jobformidler_id=formidler, caseworker_id=caseworker))
    return out


def test_a_caseload_spread_evenly_with_audit_and_record_lines(staffed) -> None:
    ctx, ida, ole, kim = staffed
    admin = ctx.user.id  # jobformidler and jobkonsulent too
    moving = _citizens(ctx, ida, kim, 4, 10190)
    _citizens(ctx, ole, None, 1, 20190)  # ole already holds one
    loads = {s.name: s for s in team.staff_caseloads(ctx)}
    assert loads["Ida Holm"].as_jobformidler == 4
    assert loads["Ida Holm"].band == CaseloadBand.UNDER
    plan = team.plan_handover(ctx, ida, [ole, admin])
    assert [mv.role for mv in plan.moves] == ["jobformidler"] * 4
    taken = [mv.to_staff_id for mv in plan.moves]
    assert (taken.count(admin), taken.count(ole)) == (2, 2)  # ends 2 and 3: as even as can be
    assert team.hand_over(ctx, plan) == 4
    loads = {s.name: s for s in team.staff_caseloads(ctx)}
    assert loads["Ida Holm"].as_jobformidler == 0
    assert loads["Ole Berg"].as_jobformidler == 3
    for citizen_id, mv in zip(moving, plan.moves, strict=True):
        assert course.get_record(ctx, mv.citizen_id).course_id == mv.course_id
        [line] = team.citizen_handovers(ctx, mv.citizen_id)
        assert (line.from_name, line.role) == ("Ida Holm", "jobformidler")
        assert citizen_id in moving
    entries = [e for e in _audit(ctx, "course") if e.detail.startswith("overdraget")]
    assert len(entries) == 4 and all(e.citizen_id in moving for e in entries)
    # the same plan again: the caseload changed, nothing moves
    with pytest.raises(ValidationError, match="ændret siden"):
        team.hand_over(ctx, plan)


def test_all_to_one_moves_both_roles_and_needs_the_role(staffed) -> None:
    ctx, ida, ole, kim = staffed
    _citizens(ctx, ida, kim, 2, 30190)
    with pytest.raises(ValidationError, match="rollen sagsbehandler"):
        team.plan_handover(ctx, kim, [ole])
    plan = team.plan_handover(ctx, kim, [ctx.user.id])
    assert {mv.role for mv in plan.moves} == {"caseworker"}
    team.hand_over(ctx, plan)
    assert all(s.as_caseworker == 0 for s in team.staff_caseloads(ctx) if s.name == "Kim Lund")
    with pytest.raises(ValidationError, match="andre end"):
        team.plan_handover(ctx, ida, [ida])


def test_coming_appointments_follow_the_course_to_its_new_holder(staffed) -> None:
    from app.domain.appointments import AppointmentKind, PlaceKind
    from app.services import appointments

    ctx, ida, ole, _kim = staffed
    [citizen] = _citizens(ctx, ida, None, 1, 40190)
    start = TODAY + dt.timedelta(days=2)
    booked = appointments.book(ctx, citizen, kind=AppointmentKind.FOLLOW_UP, staff_ids=[ida],
                               place_kind=PlaceKind.OFFICE, starts_at=start,
                               ends_at=start + dt.timedelta(hours=1))
    plan = team.plan_handover(ctx, ida, [ole])
    [appointment] = plan.appointments
    assert (appointment.citizen_name, appointment.to_name) == ("Borger00 Test", "Ole Berg")
    assert team.hand_over(ctx, plan) == 2
    with ctx.transaction() as session:
        staff_ids = session.execute(select(m.AppointmentStaff.staff_id).where(
            m.AppointmentStaff.appointment_id == booked)).scalars().all()
    assert staff_ids == [ole]
    assert [e.object_id for e in _audit(ctx, "appointment")
            if e.detail.startswith("overdraget")] == [booked]


def test_a_chosen_taker_without_the_role_is_named_and_given_nothing(staffed) -> None:
    """Issue 23 as tried: Ida's jobformidler courses to Ole (jobformidler) and Kim (only
    jobkonsulent): all go to Ole, and the plan says Kim lacks the role; a coming meeting of a
    citizen whose course does not move goes to Ole too, not to Kim."""
    from app.domain.appointments import AppointmentKind, PlaceKind
    from app.services import appointments

    ctx, ida, ole, kim = staffed
    _citizens(ctx, ida, None, 3, 50190)
    [other] = _citizens(ctx, None, None, 1, 60190)
    start = TODAY + dt.timedelta(days=3)
    appointments.book(ctx, other, kind=AppointmentKind.FOLLOW_UP, staff_ids=[ida],
                      place_kind=PlaceKind.OFFICE, starts_at=start,
                      ends_at=start + dt.timedelta(hours=1))
    loads = {s.name: s for s in team.staff_caseloads(ctx)}
    assert loads["Ida Holm"].handover_roles == {Role.JOBFORMIDLER}
    plan = team.plan_handover(ctx, ida, [ole, kim])
    assert {mv.to_name for mv in plan.moves} == {"Ole Berg"} and len(plan.moves) == 3
    assert plan.left_out == (team.LeftOut(kim, "Kim Lund", (team.JOBFORMIDLER,)),)
    assert [a.to_name for a in plan.appointments] == ["Ole Berg"]
    # the others' lower load: a taker with the role may also get nothing, with no role lacking
    _citizens(ctx, ctx.user.id, None, 5, 70190)  # the administrator holds five
    plan = team.plan_handover(ctx, ida, [ole, ctx.user.id])
    assert plan.left_out == (team.LeftOut(ctx.user.id, "Anna Administrator", ()),)
