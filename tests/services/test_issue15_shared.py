"""Issue 15 in files shared with other engineers' uncommitted work (app/services/dropins.py,
app/services/course/cv.py): a drop-in visit does not copy the interpreter wish into the
contact (point 12), and the CV, access log and drop-in summary print the app clock's time
(point 16); paid hours summed per calendar month over the course's agreements (point 6)
and the agreement's follow-up frequency (point 14), which need app/services/agreements.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.enums import (
    AgreementType,
    CompletionReason,
    ContactKind,
    DropInOutcome,
    DropInReason,
    FollowUpFrequency,
    VisitationGroup,
)
from app.domain.errors import ValidationError
from app.domain.rules import DueKind
from app.services import agreements, companies, course, dropins
from tests.conftest import FixedClock
from tests.services import test_issue15_course_rules as course_rules
from tests.services.test_issue15_contacts import START, _pdf_text
from tests.services.test_issue15_course_rules import _kinds, _terms, _to_trin3

trin2 = course_rules.trin2  # the same fixture: a citizen in Trin 2 with a company


@pytest.fixture
def citizen(office):
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen_id = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                    cpr="0101901234")
    course.visit(ctx, course.get_record(ctx, citizen_id).course_id, VisitationGroup.INDSATS)
    return ctx, citizen_id


def test_a_drop_in_visit_does_not_copy_the_interpreter_wish(citizen) -> None:
    ctx, citizen_id = citizen
    ticket = dropins.register(ctx, citizen_id=citizen_id, reasons=[DropInReason.AKUT],
                              language="arabisk", interpreter_needed=True)
    entry = dropins.end(ctx, ticket.visit_id, outcome=DropInOutcome.RESOLVED)
    contact = next(c for c in course.get_record(ctx, citizen_id).contacts if c.id == entry)
    assert contact.kind == ContactKind.AABEN_RAADGIVNING
    assert (contact.interpreter_used, contact.interpreter_reason) == (False, "")


def test_documents_print_the_app_clock(citizen, tmp_path) -> None:
    ctx, citizen_id = citizen
    ctx.clock.now = dt.datetime(2026, 3, 5, 7, 5, tzinfo=dt.UTC)
    stamp = f"udskrevet {ctx.now().astimezone():%d.%m.%Y %H:%M}"
    assert stamp in _pdf_text(course.access_log_document(ctx, citizen_id), tmp_path)
    assert stamp in _pdf_text(course.cv_document(ctx, citizen_id), tmp_path)
    summary = dropins.summary(ctx, dt.date(2026, 3, 1), dt.date(2026, 3, 5))
    assert stamp in _pdf_text(summary, tmp_path)


@pytest.mark.parametrize(("second_hours", "completes"), [("9.75", False), ("10.00", True)])
def test_paid_hours_are_summed_over_two_agreements(trin2, second_hours, completes) -> None:
    """29.75 hours summed in the latest month do not complete Trin 3; 30.00 do (seed 001)."""
    ctx, _citizen, course_id, _company, _person = trin2
    first = _to_trin3(trin2)
    other = companies.create_company(ctx, name="Netto", cvr="37144061")
    second = agreements.create_agreement(ctx, course_id, _terms(
        other, None, START.date(), agreement_type=AgreementType.PAID_HOURS,
        internship_purpose=None, paid_hours_per_week="5"))
    ctx.clock = FixedClock(dt.datetime(2026, 6, 2, 9, 0, tzinfo=dt.UTC))
    # the best month ever had 40 hours at one company; the latest month is what counts
    agreements.record_paid_hours(ctx, first, month=dt.date(2026, 3, 1), hours="40")
    agreements.record_paid_hours(ctx, first, month=dt.date(2026, 5, 1), hours="20")
    agreements.record_paid_hours(ctx, second, month=dt.date(2026, 5, 1), hours=second_hours)
    paid = agreements.course_paid_hours(ctx, course_id)
    assert [(p.month, p.hours) for p in paid.months] == [
        (dt.date(2026, 3, 1), Decimal("40.00")),
        (dt.date(2026, 5, 1), Decimal("20.00") + Decimal(second_hours))]
    assert paid.latest.month == dt.date(2026, 5, 1)
    assert paid.completes_trin3 is completes
    assert course.completion_month(ctx, course_id) == (paid.latest.month, paid.latest.hours)
    assert paid.progression.first_month == dt.date(2026, 3, 1)
    assert paid.progression.latest_hours == paid.latest.hours
    due = _kinds(ctx, course_id, ctx.today())
    assert (DueKind.CONSIDER_COMPLETION in due) is completes
    if completes:
        course.complete(ctx, course_id, reason=CompletionReason.PAID_HOURS,
                        aftercare_consent=False)
    else:
        with pytest.raises(ValidationError, match=r"05\.2026") as refused:
            course.complete(ctx, course_id, reason=CompletionReason.PAID_HOURS,
                            aftercare_consent=False)
        assert refused.value.params["hours"] == "29,75"


def test_progression_spans_a_change_of_company(trin2) -> None:
    ctx, _citizen, course_id, _company, _person = trin2
    first = _to_trin3(trin2)
    ctx.clock = FixedClock(dt.datetime(2026, 7, 2, 9, 0, tzinfo=dt.UTC))
    agreements.record_paid_hours(ctx, first, month=dt.date(2026, 3, 1), hours="8")
    agreements.end_agreement(ctx, first, ends_on=dt.date(2026, 4, 30), reason="Ny virksomhed")
    other = companies.create_company(ctx, name="Netto", cvr="37144061")
    second = agreements.create_agreement(ctx, course_id, _terms(
        other, None, dt.date(2026, 5, 1), agreement_type=AgreementType.PAID_HOURS,
        internship_purpose=None, paid_hours_per_week="5"))
    agreements.record_paid_hours(ctx, second, month=dt.date(2026, 6, 1), hours="22")
    progression = agreements.course_paid_hours(ctx, course_id).progression
    assert (progression.first_month, progression.first_hours) == (dt.date(2026, 3, 1),
                                                                  Decimal("8.00"))
    assert (progression.latest_month, progression.latest_hours) == (dt.date(2026, 6, 1),
                                                                    Decimal("22.00"))
    assert progression.direction == "flere"


# --- point 14: follow-up frequency -----------------------------------------------------------


def test_the_agreement_takes_its_follow_up_frequency(trin2) -> None:
    ctx, _citizen, course_id, company, person = trin2
    agreement = agreements.create_agreement(ctx, course_id, _terms(
        company, person, START.date(), followup_frequency=FollowUpFrequency.BIWEEKLY))
    _matches, [view] = agreements.for_course(ctx, course_id)
    assert (view.id, view.followup_frequency) == (agreement, FollowUpFrequency.BIWEEKLY)
    course.next_step(ctx, course_id)
    due = _kinds(ctx, course_id, START.date())
    assert due[DueKind.AGREEMENT_FOLLOW_UP] == START.date() + dt.timedelta(days=14)

