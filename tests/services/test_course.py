"""A whole course through the services: new citizen, visitation, steps, exemption, completion."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import (
    CompletionReason,
    ContactChannel,
    ContactKind,
    CourseStatus,
    CvItemKind,
    ExemptionReason,
    Step,
    VisitationGroup,
)
from app.domain.errors import DuplicateError, ValidationError
from app.domain.rules import Mark
from app.services import caseload, course
from tests.conftest import FixedClock

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock(office) -> FixedClock:
    fixed = FixedClock(START)
    office.admin.clock = fixed
    return fixed


def _row(ctx, citizen_id):
    return next(r for r in caseload.caseload(ctx) if r.citizen_key == citizen_id.hex)


def test_a_whole_course(office, clock) -> None:
    ctx = office.admin
    citizen_id = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                    cpr="0101901234", caseworker_id=ctx.user.id)
    with pytest.raises(DuplicateError) as dup:
        course.new_citizen(ctx, first_name="Amal", last_name="H", cpr="010190-1234")
    assert dup.value.existing_id == citizen_id
    record = course.get_record(ctx, citizen_id)
    assert record.status == CourseStatus.VISITATION
    assert record.next_due.what == "Visitation"
    course_id = record.course_id

    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    with pytest.raises(ValidationError, match="Betingelserne"):
        course.next_step(ctx, course_id)
    course.assign(ctx, course_id, caseworker_id=ctx.user.id, jobformidler_id=ctx.user.id)
    course.save_job_goal(ctx, course_id, position="Køkkenmedhjælper",
                         direction="Arbejde i et køkken", cv_started_on=START.date())
    course.add_cv_item(ctx, citizen_id, kind=CvItemKind.BARRIER_HEALTH, title="Ondt i ryggen")
    record = course.get_record(ctx, citizen_id)
    assert all(c.met for c in record.conditions)
    clock.advance(days=14)
    assert course.next_step(ctx, course_id) == Step.PAA_VEJ_MOD_JOB

    # Trin 2: weekly contact, overdue after a week without contact
    row = _row(ctx, citizen_id)
    assert (row.step_label, row.next_due_what) == ("Trin 2", "Ugentlig kontakt")
    assert row.next_due_on == dt.date(2026, 3, 23)
    assert row.mark == Mark.AMBER
    course.log_contact(ctx, citizen_id, occurred_at=clock.now, kind=ContactKind.SAMTALE,
                       channel=ContactChannel.PERSONLIGT, note="CV gennemgået")
    assert _row(ctx, citizen_id).next_due_on == dt.date(2026, 3, 23)
    clock.advance(days=8)
    assert _row(ctx, citizen_id).mark == Mark.RED

    # an exemption removes the deadlines while it lasts
    exemption = course.add_exemption(ctx, course_id, reason=ExemptionReason.ILLNESS,
                                     starts_on=clock.now.date(), reason_text="Lægeerklæring")
    row = _row(ctx, citizen_id)
    assert row.mark is None and row.next_due_what == "Fritaget"
    assert course.get_record(ctx, citizen_id).due == ()
    course.end_exemption(ctx, exemption, clock.now.date())
    clock.advance(days=1)
    assert _row(ctx, citizen_id).mark == Mark.RED

    # forced on without an agreement: the reason is recorded
    course.next_step(ctx, course_id, override_reason="Løntimer aftalt mundtligt")
    record = course.get_record(ctx, citizen_id)
    assert record.step == Step.VIRKSOMHEDSFORLOEB
    assert record.steps[-1].override_reason == "Løntimer aftalt mundtligt"
    assert course.dropout(ctx, course_id, to_rehab=False) == Step.PAA_VEJ_MOD_JOB
    course.next_step(ctx, course_id, override_reason="Ny praktik")

    with pytest.raises(ValidationError, match="30"):
        course.complete(ctx, course_id, reason=CompletionReason.PAID_HOURS)
    course.complete(ctx, course_id, reason=CompletionReason.JOB, aftercare_months=6,
                    aftercare_consent=True)
    record = course.get_record(ctx, citizen_id)
    assert record.status == CourseStatus.COMPLETED
    assert record.aftercare_until == dt.date(2026, 9, 25)
    assert [p.step for p in record.steps] == [Step.AFKLARING, Step.PAA_VEJ_MOD_JOB,
                                              Step.VIRKSOMHEDSFORLOEB, Step.PAA_VEJ_MOD_JOB,
                                              Step.VIRKSOMHEDSFORLOEB]
    assert record.steps[3].dropout
    row = _row(ctx, citizen_id)
    assert row.step_label == "Efterværn"
    assert row.next_due_what == "Efterværn: månedlig opfølgning"


def test_group_2_leaves_the_course(office, clock) -> None:
    ctx = office.admin
    citizen_id = course.new_citizen(ctx, first_name="Bo", last_name="Berg", cpr="0202801234")
    record = course.get_record(ctx, citizen_id)
    course.visit(ctx, record.course_id, VisitationGroup.REHAB, note="Ressourceforløb")
    record = course.get_record(ctx, citizen_id)
    assert record.status == CourseStatus.TO_REHAB
    assert record.due == ()
    assert all(r.citizen_key != citizen_id.hex for r in caseload.caseload(ctx))


def test_contact_log_checks_its_input(office, clock) -> None:
    ctx = office.admin
    citizen_id = course.new_citizen(ctx, first_name="Bo", last_name="Berg", cpr="0202801234")
    bad = [
        dict(occurred_at=START + dt.timedelta(days=2)),  # in the future
        dict(occurred_at=START, interpreter_used=True),  # no reason for the interpreter
        dict(occurred_at=START, next_contact_on=dt.date(2026, 3, 1)),  # before the contact
        dict(occurred_at=START.replace(tzinfo=None)),
    ]
    for values in bad:
        with pytest.raises(ValidationError):
            course.log_contact(ctx, citizen_id, kind=ContactKind.TELEFON,
                               channel=ContactChannel.TELEFON, **values)
    course.log_contact(ctx, citizen_id, occurred_at=START, kind=ContactKind.KONTAKTFORSOEG,
                       channel=ContactChannel.TELEFON, note="Intet svar")
    course.log_contact(ctx, citizen_id, occurred_at=START, kind=ContactKind.PARTSHOERING,
                       channel=ContactChannel.BREV, note="Partshøring sendt",
                       next_contact_on=dt.date(2026, 3, 16), next_contact_who="Borgeren svarer")
    record = course.get_record(ctx, citizen_id)
    assert len(record.contacts) == 2
    assert [c.kind for c in record.attempts] == [ContactKind.KONTAKTFORSOEG,
                                                 ContactKind.PARTSHOERING]
