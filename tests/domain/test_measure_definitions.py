"""The measures' definitions at their edges (issue 21; seed 003, chapter 2)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.domain.course_record import AgreementRecord, CourseRecord, StepRecord
from app.domain.enums import BenefitType, CompletionReason, CourseStatus, Step, VisitationGroup
from app.domain.measure_figures import FigureKey, course_month, summarise
from app.domain.measures import Span, covered_all, has_paid_hours, months_between, shift_month
from app.domain.month_measures import (
    caseload_on,
    in_indsatsgruppe,
    paid_share,
    retention_status,
)
from app.domain.pathways import Outcome, pathway, percentile, step_durations

JAN = dt.date(2026, 1, 1)
FEB = dt.date(2026, 2, 1)
MAR = dt.date(2026, 3, 1)
JUL = dt.date(2026, 7, 1)


def _course(key: str = "a", *, hours: dict | None = None, agreements=None, exemptions=(),
            started=dt.date(2025, 12, 1), ended=None, completion=None,
            status=CourseStatus.ACTIVE, group=VisitationGroup.INDSATS, benefit=None,
            steps=(), jobformidler="jf", caseworker="cw") -> CourseRecord:
    if agreements is None:
        rows = tuple((month, Decimal(h)) for month, h in (hours or {}).items())
        agreements = (AgreementRecord("firma", False, started, None, rows),)
    return CourseRecord(key, "borger-" + key, status, started, group, started, ended,
                        completion, benefit, caseworker, jobformidler, tuple(exemptions),
                        tuple(agreements), tuple(steps))


def test_zero_paid_hours_is_not_a_month_with_paid_hours_one_is() -> None:
    # seed 003, figur 0.8: "løntimer defineret som mindst én time i lønregistret"
    assert not has_paid_hours(Decimal(0))
    assert not has_paid_hours(Decimal("0.99"))
    assert has_paid_hours(Decimal(1))
    none, one = _course("a", hours={FEB: 0}), _course("b", hours={FEB: 1})
    share = paid_share([none, one], FEB)
    assert (share.count, share.of) == (1, 2)
    assert share.value == Decimal("0.5")


def test_two_agreements_in_one_month_are_summed() -> None:
    # domain.md: a month's paid hours are summed over every agreement of the course
    # (seed 003: "løntimer ... uanset ... virksomhed")
    course = _course(agreements=[
        AgreementRecord("bager", False, JAN, None, ((FEB, Decimal("0.50")),)),
        AgreementRecord("kantine", False, JAN, None, ((FEB, Decimal("0.50")),))])
    assert course.paid[FEB] == Decimal("1.00")
    assert FigureKey.PAID in course_month(course, FEB).keys
    assert paid_share([course], FEB).count == 1


def test_150_hours_is_not_full_time_150_25_is_and_counts_as_150() -> None:
    # seed 003, figur 0.12: "Kun løntimer op til ... 150 timer om måneden indgår, da det
    # betragtes som fuldtidsjob"
    at_150 = course_month(_course("a", hours={JAN: 40, FEB: 150}), FEB)
    above = course_month(_course("b", hours={JAN: 40, FEB: "150.25"}), FEB)
    assert FigureKey.FULL_TIME not in at_150.keys
    assert FigureKey.FULL_TIME in above.keys
    assert at_150.progression.latest_hours == above.progression.latest_hours == 150
    # from 150 to 160: both full-time months count as 150, so "the same"
    same = course_month(_course("c", hours={JAN: 150, FEB: 160}), FEB)
    assert FigureKey.SAME in same.keys


def test_progression_first_and_latest_month_and_change() -> None:
    # seed 003, figur 0.10: first vs the latest month with paid hours (FSM II 57 -> 79, +39 %)
    rows = [course_month(_course("a", hours={JAN: 57, FEB: 0, MAR: 79}), MAR),
            course_month(_course("b", hours={JAN: 20, FEB: 10}), MAR)]
    figures = summarise(MAR, rows)
    assert figures.count(FigureKey.MORE) == 1
    assert figures.count(FigureKey.FEWER) == 1
    assert figures.first_average == Decimal("38.5")
    assert figures.latest_average == Decimal("44.5")
    assert figures.change_percent == Decimal("16")
    # a month not yet reached does not count: as of February course a has only January
    assert course_month(_course("a", hours={JAN: 57, MAR: 79}), FEB).progression.latest_month \
        == JAN


def test_retention_counts_from_exactly_six_months() -> None:
    # seed 003, figur 0.17: "status 6 måneder efter første måned med løntimer"
    course = _course(agreements=[
        AgreementRecord("bager", False, JAN, None, ((JAN, Decimal(10)), (JUL, Decimal(12))))])
    assert retention_status(course, shift_month(JUL, -1)) is None  # five months: not yet
    status = retention_status(course, JUL)  # exactly six months: counted
    assert status is not None and status.still_paid and status.same_company
    other = _course(agreements=[
        AgreementRecord("bager", False, JAN, None, ((JAN, Decimal(10)),)),
        AgreementRecord("kantine", False, MAR, None, ((JUL, Decimal(12)),))])
    status = retention_status(other, JUL)
    assert status.still_paid and not status.same_company
    lost = retention_status(_course("c", hours={JAN: 10, JUL: 0}), JUL)
    assert not lost.still_paid and not lost.same_company


def test_exemption_all_month_takes_the_course_out_one_day_less_does_not() -> None:
    # seed 004, note 1: a fritagelsesmarkering takes the citizen out of the indsatsgruppe
    all_month = _course("a", exemptions=[Span(dt.date(2026, 1, 20), dt.date(2026, 2, 28))])
    one_day_short = _course("b", exemptions=[Span(dt.date(2026, 2, 2), None)])
    one_day = _course("c", exemptions=[Span(dt.date(2026, 2, 10), dt.date(2026, 2, 10))])
    assert not in_indsatsgruppe(all_month, FEB)
    assert in_indsatsgruppe(one_day_short, FEB)
    assert in_indsatsgruppe(one_day, FEB)
    # two exemptions that together cover the month
    pieced = _course("d", exemptions=[Span(dt.date(2026, 2, 1), dt.date(2026, 2, 14)),
                                      Span(dt.date(2026, 2, 15), dt.date(2026, 3, 5))])
    assert not in_indsatsgruppe(pieced, FEB)
    assert covered_all(dt.date(2026, 2, 1), dt.date(2026, 2, 28), pieced.exemptions)


def test_course_counts_with_its_own_dates() -> None:
    # domain.md: each course keeps its own dates, and measures count courses
    ended = _course("a", ended=dt.date(2026, 1, 31), status=CourseStatus.COMPLETED,
                    completion=CompletionReason.JOB)
    later = _course("b", started=dt.date(2026, 2, 28))
    assert not in_indsatsgruppe(ended, FEB) and in_indsatsgruppe(ended, JAN)
    assert in_indsatsgruppe(later, FEB) and not in_indsatsgruppe(later, JAN)
    # exempt from the course's start to the month's end: exempt on all of its days in it
    exempt_late = _course("c", started=dt.date(2026, 2, 20),
                          exemptions=[Span(dt.date(2026, 2, 20), None)])
    assert not in_indsatsgruppe(exempt_late, FEB)
    rehab = _course("d", group=VisitationGroup.REHAB)
    assert not in_indsatsgruppe(rehab, FEB)


def test_education_counts_in_the_month_it_starts() -> None:
    # seed 003, faktaboks: "berørt af løntimer eller uddannelse i en given måned"
    course = _course(ended=dt.date(2026, 2, 12), status=CourseStatus.COMPLETED,
                     completion=CompletionReason.EDUCATION)
    assert paid_share([course], FEB).count == 1
    assert paid_share([course], JAN).count == 0


def test_bir_requirements() -> None:
    # seed 003, faktaboks: BIR krav 1 (35 %) includes a company-directed effort, krav 2 not
    internship = _course(benefit=BenefitType.RESSOURCEFORLOEB, agreements=[
        AgreementRecord("bager", True, dt.date(2026, 2, 3))])
    keys = course_month(internship, FEB).keys
    assert {FigureKey.BIR_GROUP, FigureKey.BIR_1} <= keys and FigureKey.BIR_2 not in keys
    assert FigureKey.BIR_GROUP not in course_month(_course("x"), FEB).keys


def test_pathways_first_outcome_and_what_followed() -> None:
    # seed 003, figur 0.14: "først opnår ... beskæftigelse ..., løntimer ... eller
    # virksomhedspraktik", then the next step
    internship_then_paid = _course(agreements=[
        AgreementRecord("bager", True, dt.date(2026, 1, 10)),
        AgreementRecord("bager", False, FEB, None, ((MAR, Decimal(8)),))])
    assert pathway(internship_then_paid, dt.date(2026, 3, 31)) == (
        Outcome.INTERNSHIP, Outcome.PAID_HOURS)
    assert pathway(internship_then_paid, dt.date(2026, 2, 28)) == (Outcome.INTERNSHIP, None)
    job = _course("j", agreements=[], ended=dt.date(2026, 2, 3),
                  status=CourseStatus.COMPLETED, completion=CompletionReason.JOB)
    assert pathway(job, dt.date(2026, 2, 28)) == (Outcome.JOB, None)
    assert pathway(_course("n", agreements=[]), dt.date(2026, 2, 28)) is None
    rehab = _course("r", agreements=[], ended=dt.date(2026, 1, 5),
                    status=CourseStatus.TO_REHAB, group=VisitationGroup.REHAB)
    assert pathway(rehab, dt.date(2026, 2, 28)) == (Outcome.REHAB, None)


def test_step_durations_exclude_exemption_days_and_meet_targets() -> None:
    # seed 004: Trin 1 "maksimalt én måned", Trin 2 "maksimalt 13 uger"; note 1: exempt days
    # do not count
    course = _course(steps=[
        StepRecord(Step.AFKLARING, dt.date(2026, 1, 5), dt.date(2026, 2, 10)),
        StepRecord(Step.PAA_VEJ_MOD_JOB, dt.date(2026, 2, 10))],
        exemptions=[Span(dt.date(2026, 1, 20), dt.date(2026, 1, 29))])
    (trin1,) = step_durations(course, FEB, dt.date(2026, 2, 28))
    assert trin1.days == 36 - 10 and trin1.target_days == 31 and trin1.within_target
    over = _course("o", steps=[StepRecord(Step.AFKLARING, dt.date(2026, 1, 5),
                                          dt.date(2026, 2, 6))])
    assert FigureKey.TRIN1_OVER in course_month(over, FEB).keys
    figures = summarise(FEB, [course_month(course, FEB), course_month(over, FEB)])
    summary = figures.steps[Step.AFKLARING]
    assert (summary.ended, summary.within_target, summary.median_days) == (2, 1, 29.0)
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == 9.1


def test_caseload_per_person_at_a_day() -> None:
    courses = [_course("a"), _course("b", jobformidler="jf2"),
               _course("c", ended=dt.date(2026, 2, 1), status=CourseStatus.COMPLETED)]
    caseworkers, formidlere = caseload_on(courses, dt.date(2026, 2, 28))
    assert caseworkers == {"cw": 2} and formidlere == {"jf": 1, "jf2": 1}


def test_makkerskab_membership_and_months() -> None:
    assert _course(jobformidler=None).in_pair("cw", "jf")
    assert not _course(jobformidler="other").in_pair("cw", "jf")
    assert months_between(dt.date(2025, 11, 15), dt.date(2026, 2, 3)) == [
        dt.date(2025, 11, 1), dt.date(2025, 12, 1), JAN, FEB]


def test_the_series_counts_each_month_as_the_single_month_does() -> None:
    from app.domain.month_measures import paid_share_series

    courses = [_course("a", hours={JAN: 5, MAR: 1}),
               _course("b", started=dt.date(2026, 2, 14), hours={FEB: 0}),
               _course("c", exemptions=[Span(dt.date(2026, 1, 1), dt.date(2026, 2, 28))]),
               _course("d", ended=dt.date(2026, 2, 2), status=CourseStatus.COMPLETED,
                       completion=CompletionReason.EDUCATION)]
    months = [JAN, FEB, MAR]
    assert paid_share_series(courses, months) == [paid_share(courses, m) for m in months]
