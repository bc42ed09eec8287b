"""The programme's rules at their boundaries: the day before, the day of and the day after."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from app.domain.enums import CompletionReason, CourseStatus, Step, VisitationGroup
from app.domain.rules import (
    CourseFacts,
    Mark,
    Period,
    active_exemption,
    add_months,
    aftercare_end,
    completion_conditions,
    default_visitation_group,
    due_items,
    mark,
    paid_hours_complete_trin3,
    step_after_dropout,
    step_target,
    step_up_suggested_on,
    trin1_exit_conditions,
    trin2_exit_conditions,
    unmet,
)

D = dt.date


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def item(facts: CourseFacts, today: dt.date, what: str):
    return next((i for i in due_items(facts, today) if i.what == what), None)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [("2026-01-15", 1, "2026-02-15"), ("2026-01-31", 1, "2026-02-28"),
     ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"),
     ("2026-12-31", 1, "2027-01-31"), ("2026-08-31", 6, "2027-02-28")],
)
def test_add_months_clamps_to_month_end_and_knows_leap_years(start, months, expected) -> None:
    assert add_months(day(start), months) == day(expected)


@pytest.mark.parametrize(
    ("birth", "on", "ready", "expected"),
    [("1996-11-24", "2026-11-23", True, None),  # the day before the 30th birthday
     ("1996-11-23", "2026-11-23", True, VisitationGroup.INDSATS),  # the birthday
     ("1996-11-22", "2026-11-23", True, VisitationGroup.INDSATS),
     ("1980-01-01", "2026-11-23", False, None),  # not activity-ready: the caseworker decides
     ("1996-02-29", "2026-02-28", True, None),  # leap-day birthday: 30 only on 1 March
     ("1996-02-29", "2026-03-01", True, VisitationGroup.INDSATS)],
)
def test_group_1_by_default_over_30(birth, on, ready, expected) -> None:
    assert default_visitation_group(day(birth), day(on), ready) == expected


def test_exemption_periods() -> None:
    periods = (Period(day("2026-03-01"), day("2026-03-31")), Period(day("2026-06-01")))
    assert active_exemption(periods, day("2026-02-28")) is None
    assert active_exemption(periods, day("2026-03-01")) == periods[0]
    assert active_exemption(periods, day("2026-03-31")) == periods[0]
    assert active_exemption(periods, day("2026-04-01")) is None
    assert active_exemption(periods, day("2030-01-01")) == periods[1]  # until lifted


TRIN1 = CourseFacts(status=CourseStatus.ACTIVE, started_on=day("2024-01-31"),
                    step=Step.AFKLARING, step_started_on=day("2024-01-31"),
                    visitation_group=VisitationGroup.INDSATS)


@pytest.mark.parametrize(
    ("today", "expected_mark"),
    [("2024-02-21", Mark.GREEN), ("2024-02-22", Mark.AMBER), ("2024-02-28", Mark.AMBER),
     ("2024-02-29", Mark.AMBER), ("2024-03-01", Mark.RED)],
)
def test_trin1_target_is_one_month_leap_year(today, expected_mark) -> None:
    found = item(TRIN1, day(today), "Afslut trin 1")
    assert found.due == day("2024-02-29")
    assert found.rule == "seed 004"
    assert mark(found.due, day(today)) == expected_mark


def test_trin1_exit_conditions_name_what_is_missing() -> None:
    assert [c.met for c in trin1_exit_conditions(TRIN1)] == [True, False, False, False]
    done = replace(TRIN1, jobformidler_assigned=True, cv_started=True,
                   job_goal_has_direction=True)
    assert unmet(trin1_exit_conditions(done)) == []
    assert "jobformidler" in item(TRIN1, day("2024-02-01"), "Afslut trin 1").why
    assert "intet" in item(done, day("2024-02-01"), "Afslut trin 1").why
    not_visited = replace(done, visitation_group=None)
    assert [c.label for c in unmet(trin1_exit_conditions(not_visited))] == [
        "Visitation er gennemført (gruppe 1)"]


TRIN2 = CourseFacts(status=CourseStatus.ACTIVE, started_on=day("2026-01-05"),
                    step=Step.PAA_VEJ_MOD_JOB, step_started_on=day("2026-02-02"),
                    visitation_group=VisitationGroup.INDSATS, jobformidler_assigned=True)


@pytest.mark.parametrize(
    ("today", "red"),
    [("2026-05-03", False), ("2026-05-04", False), ("2026-05-05", True)],
)
def test_trin2_target_is_13_weeks(today, red) -> None:
    found = item(TRIN2, day(today), "Afslut trin 2")
    assert found.due == day("2026-05-04")  # 2 Feb + 91 days
    assert step_target(Step.PAA_VEJ_MOD_JOB, day("2026-02-02")) == day("2026-05-04")
    assert (mark(found.due, day(today)) == Mark.RED) is red


@pytest.mark.parametrize(
    ("last_contact", "today", "due", "overdue"),
    [(None, "2026-02-08", "2026-02-09", False),  # no contact yet: a week from the step start
     (None, "2026-02-10", "2026-02-09", True),
     ("2026-03-02", "2026-03-08", "2026-03-09", False),
     ("2026-03-02", "2026-03-09", "2026-03-09", False),
     ("2026-03-02", "2026-03-10", "2026-03-09", True),
     ("2026-01-20", "2026-02-05", "2026-02-09", False)],  # contact before the step began
)
def test_weekly_contact_in_trin2_until_matched(last_contact, today, due, overdue) -> None:
    facts = replace(TRIN2, last_contact_on=day(last_contact) if last_contact else None)
    found = item(facts, day(today), "Ugentlig kontakt")
    assert found.due == day(due)
    assert (mark(found.due, day(today)) == Mark.RED) is overdue
    matched = replace(facts, agreement_exists=True)
    assert item(matched, day(today), "Ugentlig kontakt") is None


def test_trin2_exit_conditions() -> None:
    assert len(unmet(trin2_exit_conditions(TRIN2))) == 3
    ready = replace(TRIN2, agreement_exists=True, followup_plan_exists=True,
                    company_contact_exists=True)
    assert unmet(trin2_exit_conditions(ready)) == []


TRIN3 = CourseFacts(status=CourseStatus.ACTIVE, started_on=day("2025-01-06"),
                    step=Step.VIRKSOMHEDSFORLOEB, step_started_on=day("2025-05-31"),
                    visitation_group=VisitationGroup.INDSATS)


@pytest.mark.parametrize(
    ("last_contact", "today", "due"),
    [(None, "2025-06-01", "2025-06-30"),  # 31 May + 1 month = 30 June
     ("2025-07-31", "2025-08-15", "2025-08-31"),
     ("2026-04-30", "2026-05-15", "2026-05-30"),  # 30 May 2026 is within the first year
     ("2026-05-01", "2026-05-15", None)],  # 1 June 2026 is after the first year
)
def test_monthly_contact_in_trin3_during_the_first_year(last_contact, today, due) -> None:
    facts = replace(TRIN3, last_contact_on=day(last_contact) if last_contact else None)
    found = item(facts, day(today), "Månedlig opfølgning")
    assert (found.due if found else None) == (day(due) if due else None)


@pytest.mark.parametrize(
    ("hours", "suggest"),
    [(Decimal("29.99"), False), (Decimal("30"), True), (Decimal("30.01"), True), (None, False)],
)
def test_thirty_paid_hours_suggest_completing_trin3(hours, suggest) -> None:
    assert paid_hours_complete_trin3(hours) is suggest
    facts = replace(TRIN3, latest_paid_hours=hours, latest_paid_month=day("2025-06-01"))
    found = item(facts, day("2025-07-01"), "Overvej at afslutte trin 3")
    assert (found is not None) is suggest
    if found:
        assert found.due == day("2025-07-01")  # when the June payslip is in
    conditions = completion_conditions(CompletionReason.PAID_HOURS, hours)
    assert conditions[0].met is suggest
    assert completion_conditions(CompletionReason.JOB, None) == []


def test_dropout_returns_to_trin2_unless_rehab() -> None:
    assert step_after_dropout(to_rehab=False) == Step.PAA_VEJ_MOD_JOB
    assert step_after_dropout(to_rehab=True) is None


def test_step_up_suggestion_trin2_past_13_weeks_with_barriers() -> None:
    barriers = replace(TRIN2, health_or_family_barriers=True, started_on=day("2026-02-01"))
    # 2 Feb + 91 days = 4 May is the last day of the 13 weeks; "past" is 5 May
    assert step_up_suggested_on(barriers) == day("2026-05-05")
    assert item(barriers, day("2026-05-04"), "Overvej step-up") is None
    assert item(barriers, day("2026-05-05"), "Overvej step-up").rule == "seed 002"
    assert step_up_suggested_on(replace(barriers, step_up_open=True)) is None


@pytest.mark.parametrize(
    ("today", "suggested"),
    [("2026-07-05", False), ("2026-07-06", True), ("2026-07-07", True)],
)
def test_step_up_suggestion_26_weeks_after_start(today, suggested) -> None:
    facts = replace(TRIN2, started_on=day("2026-01-05"), step_started_on=day("2026-06-01"),
                    health_or_family_barriers=True)
    assert step_up_suggested_on(facts) == day("2026-07-06")  # 5 Jan + 182 days
    assert (item(facts, day(today), "Overvej step-up") is not None) is suggested


def test_an_active_exemption_removes_every_deadline() -> None:
    facts = replace(TRIN2, exemptions=(Period(day("2026-03-01"), day("2026-03-31")),),
                    agreed_next_contact_on=day("2026-03-05"))
    assert due_items(facts, day("2026-02-28")) != []
    assert due_items(facts, day("2026-03-01")) == []
    assert due_items(facts, day("2026-03-31")) == []
    assert due_items(facts, day("2026-04-01")) != []


@pytest.mark.parametrize(
    ("last_contact", "today", "due"),
    [(None, "2026-02-01", "2026-02-28"),  # ended 31 Jan: a month later, clamped
     ("2026-06-15", "2026-06-20", "2026-07-15"),
     ("2026-06-30", "2026-07-05", "2026-07-30"),  # the day before the end
     ("2026-07-01", "2026-07-05", None)],  # 1 Aug is after 31 July: aftercare is over
)
def test_aftercare_monthly_for_up_to_six_months(last_contact, today, due) -> None:
    ended = day("2026-01-31")
    assert aftercare_end(ended) == day("2026-07-31")
    assert aftercare_end(day("2026-02-28"), 6) == day("2026-08-28")
    assert aftercare_end(ended, 3) == day("2026-04-30")
    assert aftercare_end(ended, 12) == day("2026-07-31")
    facts = CourseFacts(status=CourseStatus.COMPLETED, started_on=day("2025-01-01"),
                        ended_on=ended, completion_reason=CompletionReason.JOB,
                        aftercare_until=aftercare_end(ended, 6),
                        last_contact_on=day(last_contact) if last_contact else None)
    found = item(facts, day(today), "Efterværn: månedlig opfølgning")
    assert (found.due if found else None) == (day(due) if due else None)
    rehab = replace(facts, completion_reason=CompletionReason.REHAB)
    assert due_items(rehab, day(today)) == []


def test_visitation_is_due_within_a_month_and_items_are_sorted() -> None:
    facts = CourseFacts(status=CourseStatus.VISITATION, started_on=day("2026-11-02"),
                        agreed_next_contact_on=day("2026-11-10"))
    items = due_items(facts, day("2026-11-05"))
    assert [(i.what, i.due) for i in items] == [("Aftalt kontakt", day("2026-11-10")),
                                                ("Visitation", day("2026-12-02"))]


def test_mark_boundaries() -> None:
    today = day("2026-11-23")
    assert mark(day("2026-11-22"), today) == Mark.RED
    assert mark(today, today) == Mark.AMBER
    assert mark(day("2026-11-30"), today) == Mark.AMBER
    assert mark(day("2026-12-01"), today) == Mark.GREEN
