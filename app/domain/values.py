"""Value checks for hours, dates and text that every form uses."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal, InvalidOperation

from app.domain.errors import ValidationError

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
            raise ValidationError("{label} mangler.", field=field, label=label)
    try:
        hours = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError("{label} skal være et tal, fx 12,5.", field=field,
                              label=label) from None
    if not hours.is_finite():
        raise ValidationError("{label} skal være et tal, fx 12,5.", field=field, label=label)
    if hours < 0:
        raise ValidationError("{label} kan ikke være negativ.", field=field, label=label)
    if hours > maximum:
        raise ValidationError("{label} kan højst være {maximum} timer.", field=field, label=label,
                              maximum=maximum)
    if hours != hours.quantize(Decimal("0.01")):
        raise ValidationError("{label} kan højst have to decimaler.", field=field, label=label)
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
            raise ValidationError("{label} mangler.", field=field, label=label)
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError("{label} skal være en dato.", field=field, label=label)
    if value < EARLIEST_DATE:
        raise ValidationError("{label} kan ikke ligge før 1900.", field=field, label=label)
    if allow_future_days is not None and value > today + dt.timedelta(days=allow_future_days):
        raise ValidationError("{label} ligger for langt ude i fremtiden.", field=field, label=label)
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
        raise ValidationError("{label} skal udfyldes.", field=field, label=label)
    if len(text) > max_length:
        raise ValidationError("{label} må højst være {max_length} tegn.", field=field, label=label,
                              max_length=max_length)
    allowed = {"\n", "\t"} if multiline else set()
    for ch in text:
        if ch in allowed:
            continue
        if unicodedata.category(ch) == "Cc":
            raise ValidationError("{label} indeholder ugyldige tegn.", field=field, label=label)
    return text
