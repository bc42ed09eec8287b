"""Pathways (veje til job) and step durations of a course, as of a day (issue 21; seed 003,
figur 0.14; seed 004, trin 1 and 2)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.course_record import CourseRecord
from app.domain.enums import CompletionReason, CourseStatus, Step
from app.domain.measures import covered_days, has_paid_hours
from app.domain.rules import TRIN2_TARGET_DAYS, add_months
from app.domain.text import N_


class Outcome(enum.StrEnum):
    """seed 003, figur 0.14: the first of "beskæftigelse uden ydelse", "løntimer med ydelse" or
    "virksomhedspraktik", and what followed; the office also sees education, the
    rehabiliteringsteam and dropout (domain.md, the course)."""

    JOB = "job"
    PAID_HOURS = "paid_hours"
    INTERNSHIP = "internship"
    EDUCATION = "education"
    REHAB = "rehab"
    DROPOUT = "dropout"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]

    @property
    def then_label(self) -> str:
        """The outcome as what followed another one."""
        return THEN_LABELS[self]


OUTCOME_LABELS = {
    Outcome.JOB: N_("Job direkte"),
    Outcome.PAID_HOURS: N_("Løntimer først"),
    Outcome.INTERNSHIP: N_("Praktik først"),
    Outcome.EDUCATION: N_("Uddannelse"),
    Outcome.REHAB: N_("Rehabiliteringsteam"),
    Outcome.DROPOUT: N_("Frafald"),
}
THEN_LABELS = {
    Outcome.JOB: N_("job"),
    Outcome.PAID_HOURS: N_("løntimer"),
    Outcome.INTERNSHIP: N_("praktik"),
    Outcome.EDUCATION: N_("uddannelse"),
    Outcome.REHAB: N_("rehabiliteringsteam"),
    Outcome.DROPOUT: N_("frafald"),
}
# the same day: the order the seed reads them in (paid hours and internship together count as
# paid hours: seed 003 leaves such citizens out, the office keeps them under paid hours)
_ORDER = list(Outcome)


def outcome_events(c: CourseRecord, until: dt.date) -> list[tuple[dt.date, Outcome]]:
    """The course's outcomes up to `until`, each kind at its first day, in order."""
    if not (c.paid or c.agreements or c.steps or c.ended_on):
        return []
    first: dict[Outcome, dt.date] = {}

    def seen(kind: Outcome, day: dt.date) -> None:
        if day <= until and (kind not in first or day < first[kind]):
            first[kind] = day

    for month, hours in c.paid.items():
        if has_paid_hours(hours):
            seen(Outcome.PAID_HOURS, month)
    for agreement in c.agreements:
        if agreement.internship:
            seen(Outcome.INTERNSHIP, agreement.starts_on)
    for step in c.steps:
        if step.dropout:
            seen(Outcome.DROPOUT, step.starts_on)
    if c.ended_on is not None:
        end = {CompletionReason.JOB: Outcome.JOB, CompletionReason.EDUCATION: Outcome.EDUCATION,
               CompletionReason.REHAB: Outcome.REHAB}.get(c.completion)  # type: ignore[arg-type]
        if c.status == CourseStatus.TO_REHAB:
            end = Outcome.REHAB
        elif c.status == CourseStatus.INTERRUPTED:
            end = Outcome.DROPOUT
        if end is not None:
            seen(end, c.ended_on)
    return sorted(((day, kind) for kind, day in first.items()),
                  key=lambda e: (e[0], _ORDER.index(e[1])))


def pathway(c: CourseRecord, until: dt.date) -> tuple[Outcome, Outcome | None] | None:
    """The first outcome and the next one after it; None when the course has none yet (seed
    003: "Borgere, som ikke opnår et af udfaldene, indgår ikke")."""
    events = outcome_events(c, until)
    if not events:
        return None
    return events[0][1], events[1][1] if len(events) > 1 else None


@dataclass(frozen=True)
class StepDuration:
    step: Step
    days: int  # exemption days excluded (seed 004, note 1)
    target_days: int

    @property
    def within_target(self) -> bool:
        return self.days <= self.target_days


def step_target_days(step: Step, started_on: dt.date) -> int | None:
    """seed 004: Trin 1 "maksimalt én måned", Trin 2 "maksimalt 13 uger"."""
    if step == Step.AFKLARING:
        return (add_months(started_on, 1) - started_on).days
    if step == Step.PAA_VEJ_MOD_JOB:
        return TRIN2_TARGET_DAYS
    return None


def step_durations(c: CourseRecord, first: dt.date, last: dt.date) -> list[StepDuration]:
    """The Trin 1 and Trin 2 periods of the course that ended from `first` to `last`: days
    from the step's start to its end, less the days under an exemption."""
    result = []
    for s in c.steps:
        if s.ends_on is None or not first <= s.ends_on <= last:
            continue
        target = step_target_days(s.step, s.starts_on)
        if target is None:
            continue
        days = (s.ends_on - s.starts_on).days
        if days > 0 and c.exemptions:
            days -= covered_days(s.starts_on, s.ends_on - dt.timedelta(days=1), c.exemptions)
        result.append(StepDuration(s.step, days, target))
    return result


def percentile(values: Sequence[float], pct: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default); None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)
