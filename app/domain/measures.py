"""The evaluation's measures computed from the office's own records (domain.md, measures;
seed 003, chapter 2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

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
