"""The evaluation's measures computed from the office's own records (domain.md, measures;
seed 003, chapter 2)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from app.domain.values import FULL_TIME_HOURS_PER_MONTH, TRIN3_EXIT_PAID_HOURS_PER_MONTH


@dataclass(frozen=True)
class Progression:
    """Paid hours in the first and the latest month with paid hours, and the change
    (seed 003: "gennemsnitligt månedligt timetal fra første til seneste måned med løntimer")."""

    first_month: dt.date
    first_hours: Decimal
    latest_month: dt.date
    latest_hours: Decimal

    @property
    def change(self) -> Decimal:
        return self.latest_hours - self.first_hours

    @property
    def change_percent(self) -> Decimal | None:
        if self.first_hours == 0:
            return None
        return (self.change / self.first_hours * 100).quantize(Decimal("1"))

    @property
    def direction(self) -> str:
        """More, same or fewer hours (the evaluation's three groups)."""
        if self.change > 0:
            return "flere"
        if self.change < 0:
            return "færre"
        return "uændret"


def progression(months: Iterable[tuple[dt.date, Decimal]]) -> Progression | None:
    """Over the months that had at least one paid hour (seed 003: "løntimer" means at least
    one paid hour in a month); None when there is none."""
    paid = sorted((month, hours) for month, hours in months if hours >= 1)
    if not paid:
        return None
    (first, first_hours), (latest, latest_hours) = paid[0], paid[-1]
    return Progression(first, first_hours, latest, latest_hours)


def is_full_time(hours: Decimal) -> bool:
    """seed 003, chapter 2: more than 150 hours in a month count as full-time work."""
    return hours > FULL_TIME_HOURS_PER_MONTH


def completes_trin3(hours: Decimal) -> bool:
    """seed 001, trin 3: at least 30 ordinary hours in a month."""
    return hours >= TRIN3_EXIT_PAID_HOURS_PER_MONTH


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


# --- the programme's measures per month (issue 21; seed 003, chapter 2) -----------------------

# seed 003, faktaboks "Forventninger til resultater": FSM II "at 15 pct. [krav 1] / 20 pct.
# [krav 2] af kommunens indsatsgruppe har været berørt af løntimer eller uddannelse i en given
# måned"; BIR "mindst 35 pct. ... beskæftigelse, uddannelse, løntimer, fleksjob eller
# virksomhedsrettet indsats" and "mindst 15 pct. ... beskæftigelse, uddannelse, løntimer eller
# fleksjob"
FSM_REQUIREMENT_1 = Decimal("0.15")
FSM_REQUIREMENT_2 = Decimal("0.20")
BIR_REQUIREMENT_1 = Decimal("0.35")
BIR_REQUIREMENT_2 = Decimal("0.15")
# seed 003, figur 0.8 (anm.): "løntimer defineret som mindst én time i lønregistret"
MIN_PAID_HOURS = Decimal(1)
# seed 003, figur 0.17: "status 6 måneder efter første måned med løntimer"
RETENTION_MONTHS = 6
# seed 003 (domain.md, users): caseloads of 25-35 citizens for a jobformidler with authority
CASELOAD_BAND = (25, 35)


def has_paid_hours(hours: Decimal | None) -> bool:
    """seed 003, figur 0.8: a month "with løntimer" has at least one paid hour (summed over
    every agreement of the course, domain.md)."""
    return hours is not None and hours >= MIN_PAID_HOURS


def counted_hours(hours: Decimal) -> Decimal:
    """seed 003, figur 0.12: "Kun løntimer op til 15.000 kr. /150 timer om måneden indgår, da
    det betragtes som fuldtidsjob": a month above 150 hours is full-time and counts as 150 in
    averages, so a full-time job is neither more nor less than another full-time month."""
    return min(hours, FULL_TIME_HOURS_PER_MONTH)


@functools.cache
def shift_month(month: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after `month`'s."""
    index = month.year * 12 + month.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@functools.cache
def month_end(month: dt.date) -> dt.date:
    return shift_month(month, 1) - dt.timedelta(days=1)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every month from `first`'s to `last`'s, both included."""
    start, stop = month_start(first), month_start(last)
    result = []
    while start <= stop:
        result.append(start)
        start = shift_month(start, 1)
    return result


def sum_by_month(rows: Iterable[tuple[dt.date, Decimal]]) -> dict[dt.date, Decimal]:
    """domain.md: a month's paid hours are summed over every agreement of the course."""
    total: dict[dt.date, Decimal] = {}
    for month, hours in rows:
        key = month_start(month)
        total[key] = total.get(key, Decimal(0)) + hours
    return total


class Span(NamedTuple):
    """A period of days, both ends included; `ends_on` None while it lasts (a tuple: tens of
    thousands are made for every count)."""

    starts_on: dt.date
    ends_on: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


def covered_all(first: dt.date, last: dt.date, spans: Iterable[Span]) -> bool:
    """Every day from `first` to `last` lies in one of `spans` (an exemption all month)."""
    day = first
    for span in sorted(spans, key=lambda s: s.starts_on):
        if span.starts_on > day:
            return False
        if span.ends_on is None or span.ends_on >= last:
            return True
        day = max(day, span.ends_on + dt.timedelta(days=1))
    return day > last


def covered_days(first: dt.date, last: dt.date, spans: Iterable[Span]) -> int:
    """How many days from `first` to `last` lie in at least one of `spans`."""
    days: set[dt.date] = set()
    for span in spans:
        start = max(first, span.starts_on)
        end = last if span.ends_on is None else min(last, span.ends_on)
        days.update(start + dt.timedelta(days=i) for i in range((end - start).days + 1))
    return len(days)
