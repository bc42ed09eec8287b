"""The course services allow exactly what the one domain rule (`allowed_actions`) allows, and
refuse the rest in Danish with nothing changed."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from app.domain.enums import CompletionReason, CourseStatus, ExemptionReason, VisitationGroup
from app.domain.errors import ValidationError
from app.domain.rules import CourseAction, allowed_actions
from app.services import course
from tests.conftest import FixedClock

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock(office) -> FixedClock:
    fixed = FixedClock(START)
    office.admin.clock = fixed
    return fixed


def _actions(record: course.CitizenRecord) -> frozenset[CourseAction]:
    return allowed_actions(record.status, record.step,
                           open_exemption=any(e.ends_on is None for e in record.exemptions))


def test_a_course_waiting_for_visitation(office, clock) -> None:
    ctx = office.admin
    citizen_id = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                    cpr="0101901234")
    record = course.get_record(ctx, citizen_id)
    assert CourseAction.NEXT_STEP not in _actions(record)
    with pytest.raises(ValidationError, match="næste trin herfra") as refused:
        course.next_step(ctx, record.course_id, override_reason="Forsøg")
    assert refused.value.field == "step"
    with pytest.raises(ValidationError, match="Kun et forløb i trin 3"):
        course.dropout(ctx, record.course_id, to_rehab=False)
    with pytest.raises(ValidationError, match="Kun et aktivt forløb"):
        course.complete(ctx, record.course_id, reason=CompletionReason.JOB)
    assert course.get_record(ctx, citizen_id) == record  # nothing changed

    assert CourseAction.VISIT in _actions(record)
    course.visit(ctx, record.course_id, VisitationGroup.INDSATS)
    with pytest.raises(ValidationError, match="allerede visiteret"):
        course.visit(ctx, record.course_id, VisitationGroup.INDSATS)


def test_a_closed_course_refuses_assignment_and_exemption(office, clock) -> None:
    ctx = office.admin
    citizen_id = course.new_citizen(ctx, first_name="Bo", last_name="Berg", cpr="0202801234")
    course_id = course.get_record(ctx, citizen_id).course_id
    exemption = course.add_exemption(ctx, course_id, reason=ExemptionReason.ILLNESS,
                                     starts_on=START.date())
    course.end_exemption(ctx, exemption, START.date())
    with pytest.raises(ValidationError, match="allerede ophævet"):
        course.end_exemption(ctx, exemption, START.date())

    course.visit(ctx, course_id, VisitationGroup.REHAB)
    record = course.get_record(ctx, citizen_id)
    assert record.status == CourseStatus.TO_REHAB
    assert _actions(record) & {CourseAction.ASSIGN, CourseAction.EXEMPTION} == set()
    with pytest.raises(ValidationError, match="sagsbehandler og jobformidler") as refused:
        course.assign(ctx, course_id, caseworker_id=ctx.user.id, jobformidler_id=None)
    assert refused.value.field == "caseworker"
    with pytest.raises(ValidationError, match="afsluttet forløb"):
        course.add_exemption(ctx, course_id, reason=ExemptionReason.ILLNESS,
                             starts_on=START.date())
    assert course.get_record(ctx, citizen_id) == record


def test_refusals_carry_a_template_and_its_values(office, clock) -> None:
    """The English UI translates by template; nothing is built by joining Danish text."""
    ctx = office.admin
    citizen_id = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                    cpr="0101901234")
    course_id = course.get_record(ctx, citizen_id).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    with pytest.raises(ValidationError) as refused:
        course.next_step(ctx, course_id)
    error = refused.value
    assert error.template == ("Betingelserne for at gå videre er ikke opfyldt: {missing}. "
                              "Skriv en begrundelse, hvis forløbet alligevel skal videre.")
    assert error.params["missing"] == ("personlig jobformidler er tildelt; arbejdet med cv er "
                                       "begyndt; jobmålet har en retning")
    assert error.message == error.template.format(**error.params)
    course.next_step(ctx, course_id, override_reason="Aftalt med borgeren")
    course.next_step(ctx, course_id, override_reason="Praktik aftalt mundtligt")
    with pytest.raises(ValidationError) as refused:
        course.complete(ctx, course_id, reason=CompletionReason.PAID_HOURS)
    assert refused.value.params == {"hours": 30}
    assert refused.value.message == "Der er ikke registreret en måned med mindst 30 løntimer."
    with pytest.raises(ValidationError) as refused:
        course.assign(ctx, course_id, caseworker_id=uuid.uuid4(), jobformidler_id=None)
    assert (refused.value.template, refused.value.params) == (
        "Vælg en aktiv {role}.", {"role": "sagsbehandler"})
