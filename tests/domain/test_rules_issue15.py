"""Issue 15's rules at their edges: Trin 1 from the first conversation, targets paused by an
exemption, personal contact only, the agreed follow-up frequency, marks, the step-up
suggestion after a closed step-up, and personal contact before a sanction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.domain.enums import (
    ContactChannel,
    ContactKind,
    CourseStatus,
    FollowUpFrequency,
    Step,
    VisitationGroup,
)
from app.domain.rules import (
    CourseAction,
    CourseFacts,
    DueKind,
    HearingFacts,
    Mark,
    Period,
    allowed_actions,
    due_items,
    effective_target,
    is_personal_contact,
    mark,
    paused_target,
    step_up_suggested_on,
)


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def kinds(facts: CourseFacts, today: str) -> dict[DueKind, dt.date]:
    return {i.kind: i.due for i in due_items(facts, day(today))}


TRIN1 = CourseFacts(status=CourseStatus.ACTIVE, started_on=day("2026-01-05"),
                    step=Step.AFKLARING, step_started_on=day("2026-01-20"),
                    visitation_group=VisitationGroup.INDSATS,
                    visitation_date=day("2026-01-20"))


def test_trin1_counts_from_the_first_conversation_not_the_visitation() -> None:
    facts = replace(TRIN1, first_conversation_on=day("2026-01-12"))
    assert kinds(facts, "2026-01-20")[DueKind.TRIN1_TARGET] == day("2026-02-12")
    # no conversation logged: the visitation date
    assert kinds(TRIN1, "2026-01-20")[DueKind.TRIN1_TARGET] == day("2026-02-20")


@pytest.mark.parametrize(("today", "expected"), [
    ("2026-02-11", Mark.AMBER), ("2026-02-12", Mark.AMBER), ("2026-02-13", Mark.RED)])
def test_trin1_target_boundary_from_the_first_conversation(today, expected) -> None:
    facts = replace(TRIN1, first_conversation_on=day("2026-01-12"))
    due = kinds(facts, today)[DueKind.TRIN1_TARGET]
    assert mark(due, day(today)) == expected


def test_visitation_due_counts_from_the_first_conversation() -> None:
    waiting = CourseFacts(status=CourseStatus.VISITATION, started_on=day("2026-01-05"))
    assert kinds(waiting, "2026-01-06")[DueKind.VISITATION] == day("2026-02-05")
    talked = replace(waiting, first_conversation_on=day("2026-01-15"))
    assert kinds(talked, "2026-01-16")[DueKind.VISITATION] == day("2026-02-15")


TRIN2 = CourseFacts(status=CourseStatus.ACTIVE, started_on=day("2026-01-05"),
                    step=Step.PAA_VEJ_MOD_JOB, step_started_on=day("2026-02-02"),
                    visitation_group=VisitationGroup.INDSATS, jobformidler_assigned=True)


def test_an_exemption_covering_the_target_date_moves_it_by_its_days() -> None:
    # 13 weeks from 2 Feb = 4 May; an exemption 1-10 May (10 days) covers the target
    facts = replace(TRIN2, exemptions=(Period(day("2026-05-01"), day("2026-05-10")),))
    assert effective_target(facts) == day("2026-05-14")
    assert kinds(facts, "2026-04-30")[DueKind.TRIN2_TARGET] == day("2026-05-14")
    assert due_items(facts, day("2026-05-10")) == []  # nothing while it is active
    after = kinds(facts, "2026-05-11")
    assert after[DueKind.TRIN2_TARGET] == day("2026-05-14")
    assert mark(after[DueKind.TRIN2_TARGET], day("2026-05-14")) == Mark.AMBER
    assert mark(after[DueKind.TRIN2_TARGET], day("2026-05-15")) == Mark.RED


def test_an_exemption_before_the_step_does_not_move_it() -> None:
    facts = replace(TRIN2, exemptions=(Period(day("2026-01-10"), day("2026-02-01")),))
    assert effective_target(facts) == day("2026-05-04")
    # one day overlapping the step's first day moves it by one
    one = replace(TRIN2, exemptions=(Period(day("2026-01-10"), day("2026-02-02")),))
    assert effective_target(one) == day("2026-05-05")


def test_a_move_that_reaches_a_later_exemption_moves_again() -> None:
    periods = (Period(day("2026-04-25"), day("2026-05-04")),  # 10 days inside
               Period(day("2026-05-10"), day("2026-05-12")))  # reached by the move
    assert paused_target(day("2026-02-02"), day("2026-05-04"), periods) == day("2026-05-17")


def test_an_exemption_not_yet_lifted_counts_up_to_today() -> None:
    facts = replace(TRIN2, exemptions=(Period(day("2026-04-01")),))
    assert effective_target(facts, day("2026-04-10")) == day("2026-05-14")
    assert due_items(facts, day("2026-04-10")) == []


def test_weekly_contact_restarts_after_a_lifted_exemption() -> None:
    facts = replace(TRIN2, last_contact_on=day("2026-02-20"),
                    exemptions=(Period(day("2026-03-01"), day("2026-03-20")),))
    assert kinds(facts, "2026-02-25")[DueKind.WEEKLY_CONTACT] == day("2026-02-27")
    assert kinds(facts, "2026-03-21")[DueKind.WEEKLY_CONTACT] == day("2026-03-28")


@pytest.mark.parametrize(("kind", "channel", "personal"), [
    (ContactKind.SAMTALE, ContactChannel.PERSONLIGT, True),
    (ContactKind.TELEFON, ContactChannel.TELEFON, True),  # reached by phone
    (ContactKind.HJEMMEBESOEG, ContactChannel.PERSONLIGT, True),
    (ContactKind.SAMTALE, ContactChannel.VIDEO, True),
    (ContactKind.VIRKSOMHEDSBESOEG, ContactChannel.PERSONLIGT, True),
    (ContactKind.OPFOELGNING, ContactChannel.BREV, False),
    (ContactKind.OPFOELGNING, ContactChannel.SMS, False),
    (ContactKind.DIGITAL, ContactChannel.DIGITAL_POST, False),
    (ContactKind.KONTAKTFORSOEG, ContactChannel.TELEFON, False),  # not answered
    (ContactKind.PARTSHOERING, ContactChannel.BREV, False),
])
def test_only_personal_contact_counts(kind, channel, personal) -> None:
    assert is_personal_contact(kind, channel) is personal


TRIN3 = CourseFacts(status=CourseStatus.ACTIVE, started_on=day("2025-01-06"),
                    step=Step.VIRKSOMHEDSFORLOEB, step_started_on=day("2026-03-02"),
                    visitation_group=VisitationGroup.INDSATS, agreement_exists=True)


@pytest.mark.parametrize(("frequency", "kind", "due"), [
    (FollowUpFrequency.WEEKLY, DueKind.AGREEMENT_FOLLOW_UP, "2026-03-17"),
    (FollowUpFrequency.BIWEEKLY, DueKind.AGREEMENT_FOLLOW_UP, "2026-03-24"),
    (FollowUpFrequency.MONTHLY, DueKind.MONTHLY_FOLLOW_UP, "2026-04-10"),
    (None, DueKind.MONTHLY_FOLLOW_UP, "2026-04-10"),
])
def test_the_agreed_follow_up_frequency_drives_the_follow_up(frequency, kind, due) -> None:
    facts = replace(TRIN3, last_contact_on=day("2026-03-10"), follow_up_frequency=frequency)
    found = kinds(facts, "2026-03-11")
    assert found[kind] == day(due)


@pytest.mark.parametrize(("today", "expected"), [
    ("2026-03-16", Mark.AMBER), ("2026-03-17", Mark.AMBER), ("2026-03-18", Mark.RED)])
def test_weekly_follow_up_boundary(today, expected) -> None:
    facts = replace(TRIN3, last_contact_on=day("2026-03-10"),
                    follow_up_frequency=FollowUpFrequency.WEEKLY)
    assert mark(kinds(facts, today)[DueKind.AGREEMENT_FOLLOW_UP], day(today)) == expected


@pytest.mark.parametrize(("days_before", "expected"), [
    (8, Mark.GREEN), (7, Mark.AMBER), (1, Mark.AMBER), (0, Mark.AMBER), (-1, Mark.RED)])
def test_marks_green_amber_red(days_before, expected) -> None:
    due = day("2026-06-15")
    assert mark(due, due - dt.timedelta(days=days_before)) == expected


def test_a_trin2_course_with_ten_weeks_left_has_a_green_target() -> None:
    today = day("2026-02-23")  # 4 May is 10 weeks away
    due = kinds(TRIN2, "2026-02-23")[DueKind.TRIN2_TARGET]
    assert (due - today).days == 70
    assert mark(due, today) == Mark.GREEN


BARRIERS = replace(TRIN2, health_or_family_barriers=True)


def test_step_up_suggestion_needs_a_health_or_family_barrier() -> None:
    assert step_up_suggested_on(TRIN2) is None
    assert step_up_suggested_on(BARRIERS) == day("2026-05-05")


@pytest.mark.parametrize(("closed", "expected"), [
    (None, "2026-05-05"), ("2026-03-01", None), ("2026-02-01", "2026-05-05")])
def test_after_a_closed_step_up_no_new_suggestion_for_the_same_trin2(closed, expected) -> None:
    facts = replace(BARRIERS, step_up_closed_on=day(closed) if closed else None)
    assert step_up_suggested_on(facts) == (day(expected) if expected else None)


def test_after_a_closed_step_up_the_26_week_suggestion_does_not_fire() -> None:
    trin1 = replace(TRIN1, health_or_family_barriers=True)
    assert step_up_suggested_on(trin1) == day("2026-07-06")
    assert step_up_suggested_on(replace(trin1, step_up_closed_on=day("2026-03-01"))) is None


def test_step_up_only_for_an_active_course_after_visitation() -> None:
    assert CourseAction.STEP_UP in allowed_actions(CourseStatus.ACTIVE, Step.AFKLARING)
    assert CourseAction.STEP_UP not in allowed_actions(CourseStatus.VISITATION, None)
    assert CourseAction.STEP_UP not in allowed_actions(CourseStatus.TO_REHAB, None)


HEARING = HearingFacts(sent_on=day("2026-03-02"), answer_deadline=day("2026-03-16"))


@pytest.mark.parametrize(("today", "shown"), [
    ("2026-03-16", False), ("2026-03-17", True), ("2026-03-18", True)])
def test_unanswered_hearing_raises_personal_contact_after_the_deadline(today, shown) -> None:
    facts = replace(TRIN2, hearings=(HEARING,))
    found = kinds(facts, today)
    assert (DueKind.PERSONAL_CONTACT_BEFORE_SANCTION in found) is shown
    if shown:
        assert found[DueKind.PERSONAL_CONTACT_BEFORE_SANCTION] == day("2026-03-17")


@pytest.mark.parametrize(("change", "shown"), [
    ({}, True), ({"answered": True}, False), ({"phone_attempt": True}, True),
    ({"home_visit_attempt": True}, True),
    ({"phone_attempt": True, "home_visit_attempt": True}, False), ({"reached": True}, False)])
def test_the_sanction_item_stays_until_both_attempts_or_reached(change, shown) -> None:
    facts = replace(TRIN2, hearings=(replace(HEARING, **change),))
    items = [i for i in due_items(facts, day("2026-03-20"))
             if i.kind == DueKind.PERSONAL_CONTACT_BEFORE_SANCTION]
    assert bool(items) is shown
    if shown:
        assert items[0].rule == "seed 001" and "16.03.2026" in items[0].why
