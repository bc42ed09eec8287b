"""The programme's measures for one month, counted per course with the course's own dates
(issue 21; seed 003, chapter 2; domain.md, "Measures"). Pure functions of CourseRecords."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from app.domain.course_record import CourseRecord
from app.domain.enums import BenefitType, CompletionReason, VisitationGroup
from app.domain.measures import (
    RETENTION_MONTHS,
    Progression,
    counted_hours,
    covered_all,
    has_paid_hours,
    month_end,
    month_start,
    progression,
    shift_month,
)


@dataclass(frozen=True)
class Share:
    """`count` of `of`; no value when there is nobody to count."""

    count: int
    of: int

    @property
    def value(self) -> Decimal | None:
        return None if self.of == 0 else Decimal(self.count) / Decimal(self.of)

    def meets(self, requirement: Decimal) -> bool:
        value = self.value
        return value is not None and value >= requirement


# --- indsatsgruppe and the paid-hours share (FSM II) ----------------------------------------


def group_days(c: CourseRecord, month: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days of `month` on which the course is in group 1: from its visitation (its start
    when no date is recorded) to its end, both included; None when there are none."""
    if c.group != VisitationGroup.INDSATS:
        return None
    start = max(month, c.group_from or c.started_on)
    end = month_end(month) if c.ended_on is None else min(month_end(month), c.ended_on)
    return (start, end) if start <= end else None


def in_indsatsgruppe(c: CourseRecord, month: dt.date) -> bool:
    """seed 003, faktaboks: "kommunens indsatsgruppe"; seed 004, note 1: a fritagelsesmarkering
    takes the citizen out of it until lifted. In the month's indsatsgruppe: a group 1 course
    active on at least one day of the month and not exempt on every one of those days."""
    days = group_days(c, month)
    return days is not None and not covered_all(days[0], days[1], c.exemptions)


def ended_in(c: CourseRecord, month: dt.date, reason: CompletionReason) -> bool:
    return c.completion == reason and c.ended_on is not None \
        and month_start(c.ended_on) == month


def paid_or_education(c: CourseRecord, month: dt.date) -> bool:
    """seed 003, faktaboks: "berørt af løntimer eller uddannelse i en given måned": at least
    one paid hour in the month, summed over the course's agreements, or the course ended in
    education that month."""
    return has_paid_hours(c.paid.get(month)) or ended_in(c, month, CompletionReason.EDUCATION)


def is_bir(c: CourseRecord) -> bool:
    """BIR covers citizens in ressourceforløb (seed 003, målgruppe)."""
    return c.benefit == BenefitType.RESSOURCEFORLOEB


def company_directed(c: CourseRecord, month: dt.date) -> bool:
    """A "virksomhedsrettet indsats" in the month: an agreement with a company on any day."""
    last = month_end(month)
    return any(a.starts_on <= last and (a.ends_on is None or a.ends_on >= month)
               for a in c.agreements)


def bir_requirement_2(c: CourseRecord, month: dt.date) -> bool:
    """seed 003, BIR krav 2: "beskæftigelse, uddannelse, løntimer eller fleksjob" (fleksjob is
    not recorded in the office's app; a job is the course ended in a job that month)."""
    return paid_or_education(c, month) or ended_in(c, month, CompletionReason.JOB)


def bir_requirement_1(c: CourseRecord, month: dt.date) -> bool:
    """seed 003, BIR krav 1: krav 2 "eller virksomhedsrettet indsats"."""
    return bir_requirement_2(c, month) or company_directed(c, month)


def paid_share(courses: Iterable[CourseRecord], month: dt.date) -> Share:
    """The FSM II share of the month: paid hours or education over the indsatsgruppe."""
    group = [c for c in courses if in_indsatsgruppe(c, month)]
    return Share(sum(1 for c in group if paid_or_education(c, month)), len(group))


def paid_share_series(courses: Iterable[CourseRecord], months: list[dt.date]) -> list[Share]:
    """`paid_share` for each of `months` (consecutive), in one pass over the courses: each
    course is looked at only in the months its group 1 period reaches."""
    if not months:
        return []
    counts = [0] * len(months)
    groups = [0] * len(months)
    first, last = months[0], month_end(months[-1])
    for c in courses:
        if c.group != VisitationGroup.INDSATS:
            continue
        start = c.group_from or c.started_on
        if start > last or (c.ended_on is not None and c.ended_on < first):
            continue
        for i, month in enumerate(months):
            if start > month_end(month) or (c.ended_on is not None and c.ended_on < month):
                continue
            if c.exemptions and not in_indsatsgruppe(c, month):
                continue
            groups[i] += 1
            if paid_or_education(c, month):
                counts[i] += 1
    return [Share(n, of) for n, of in zip(counts, groups, strict=True)]


# --- progression and retention --------------------------------------------------------------


def course_progression(c: CourseRecord, month: dt.date) -> Progression | None:
    """seed 003, figur 0.10: "gennemsnitligt månedligt timetal fra første måned ... indtil den
    sidst tilgængelige måned, hvor borgeren har løntimer", up to and including `month`; months
    above 150 hours count as 150 (full-time)."""
    if not c.paid:
        return None
    return progression((m, counted_hours(h)) for m, h in c.paid.items() if m <= month)


@dataclass(frozen=True)
class RetentionStatus:
    first_month: dt.date
    still_paid: bool
    same_company: bool


def retention_status(c: CourseRecord, month: dt.date) -> RetentionStatus | None:
    """seed 003, figur 0.17: "status 6 måneder efter første måned med løntimer": for a course
    whose first month with paid hours lies at least six months before `month` (or exactly),
    whether it has paid hours six months later, and from a company that paid in the first
    month; None for a course not (yet) counted."""
    if not c.paid:
        return None
    paid_months = [m for m, h in c.paid.items() if has_paid_hours(h)]
    if not paid_months:
        return None
    first = min(paid_months)
    later = shift_month(first, RETENTION_MONTHS)
    if later > month:
        return None
    still = has_paid_hours(c.paid.get(later))
    same = still and bool(c.companies_paid(first) & c.companies_paid(later))
    return RetentionStatus(first, still, same)


# --- caseload ---------------------------------------------------------------------------


def open_on(c: CourseRecord, day: dt.date) -> bool:
    """The course is open on `day`: started, and not ended before or on it."""
    return c.started_on <= day and (c.ended_on is None or c.ended_on > day)


def caseload_on(courses: Iterable[CourseRecord], day: dt.date
                ) -> tuple[dict[str, int], dict[str, int]]:
    """Open courses per caseworker and per jobformidler on `day` (keys of the staff)."""
    caseworkers: dict[str, int] = {}
    formidlere: dict[str, int] = {}
    for c in courses:
        if not open_on(c, day):
            continue
        if c.caseworker:
            caseworkers[c.caseworker] = caseworkers.get(c.caseworker, 0) + 1
        if c.jobformidler:
            formidlere[c.jobformidler] = formidlere.get(c.jobformidler, 0) + 1
    return caseworkers, formidlere
