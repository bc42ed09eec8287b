"""Value checks for hours, dates and text that every form uses."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal, InvalidOperation

from app.domain.errors import ValidationError
from app.domain.text import N_

# A month has at most 31 * 24 = 744 hours.
MAX_HOURS_PER_MONTH = Decimal(744)
# A week has 168 hours; an agreement's weekly hours beyond 60 is not a plausible job.
MAX_HOURS_PER_WEEK = Decimal(60)
# Evaluation, chapter 2: hours above 150 a month count as full-time work.
FULL_TIME_HOURS_PER_MONTH = Decimal(150)
# Seed 001: at least 30 ordinary paid hours a month ends Trin 3.
TRIN3_EXIT_PAID_HOURS_PER_MONTH = Decimal(30)

EARLIEST_DATE = dt.date(1900, 1, 1)
SHORT_TEXT = 200
LONG_TEXT = 20_000


def parse_hours(value: object, *, maximum: Decimal, field: str, label: str) -> Decimal:
    """Hours as a non-negative decimal with at most two decimals, not above `maximum`."""
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
        if not value:
            raise ValidationError(N_("{label} mangler.", label=label), field=field)
    try:
        hours = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError(N_("{label} skal være et tal, fx 12,5.", label=label),
                              field=field) from None
    if not hours.is_finite():
        raise ValidationError(N_("{label} skal være et tal, fx 12,5.", label=label), field=field)
    if hours < 0:
        raise ValidationError(N_("{label} kan ikke være negativ.", label=label), field=field)
    if hours > maximum:
        raise ValidationError(N_("{label} kan højst være {maximum} timer.", label=label,
                                 maximum=maximum), field=field)
    if hours != hours.quantize(Decimal("0.01")):
        raise ValidationError(N_("{label} kan højst have to decimaler.", label=label), field=field)
    return hours.quantize(Decimal("0.01"))


def monthly_hours(value: object, field: str = "hours") -> Decimal:
    return parse_hours(value, maximum=MAX_HOURS_PER_MONTH, field=field, label="Timer i måneden")


def weekly_hours(value: object, field: str = "hours_per_week") -> Decimal:
    return parse_hours(value, maximum=MAX_HOURS_PER_WEEK, field=field, label="Timer om ugen")


def check_date(
    value: dt.date | None,
    *,
    field: str,
    label: str,
    today: dt.date,
    allow_future_days: int | None = None,
    required: bool = True,
) -> dt.date | None:
    """A date not before 1900 and, when `allow_future_days` is set, not further ahead."""
    if value is None:
        if required:
            raise ValidationError(N_("{label} mangler.", label=label), field=field)
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(N_("{label} skal være en dato.", label=label), field=field)
    if value < EARLIEST_DATE:
        raise ValidationError(N_("{label} kan ikke ligge før 1900.", label=label), field=field)
    if allow_future_days is not None and value > today + dt.timedelta(days=allow_future_days):
        raise ValidationError(N_("{label} ligger for langt ude i fremtiden.", label=label),
                              field=field)
    return value


def check_period(start: dt.date, end: dt.date | None, *, field: str = "end") -> None:
    if end is not None and end < start:
        raise ValidationError("Slutdatoen ligger før startdatoen.", field=field)


def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    max_length: int = SHORT_TEXT,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """Trim text, refuse control characters and over-long text; return it otherwise unchanged."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(N_("{label} skal udfyldes.", label=label), field=field)
    if len(text) > max_length:
        raise ValidationError(N_("{label} må højst være {max_length} tegn.", label=label,
                                 max_length=max_length), field=field)
    allowed = {"\n", "\t"} if multiline else set()
    for ch in text:
        if ch in allowed:
            continue
        if unicodedata.category(ch) == "Cc":
            raise ValidationError(N_("{label} indeholder ugyldige tegn.", label=label), field=field)
    return text
