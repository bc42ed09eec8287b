"""CPR numbers (det centrale personregister): validation and masking.

Since 1 October 2007 CPR numbers are issued without the modulus-11 check (CPR-kontoret,
"Personnummeret i CPR"), so the check digit is not tested; the embedded date and the century
rule from the seventh digit are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stdnum import exceptions as stdnum_exc
from stdnum.dk import cpr as stdnum_cpr

from app.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Cpr:
    """A validated CPR number, held as its ten digits."""

    digits: str

    @property
    def birth_date(self) -> dt.date:
        return stdnum_cpr.get_birth_date(self.digits)

    @property
    def formatted(self) -> str:
        return stdnum_cpr.format(self.digits)

    @property
    def masked(self) -> str:
        return mask_cpr(self.digits)

    def __str__(self) -> str:  # never print the full number by accident
        return self.masked

    def __repr__(self) -> str:
        return f"Cpr({self.masked!r})"


def parse_cpr(text: str, today: dt.date | None = None) -> Cpr:
    """Validate a CPR number written as DDMMYYSSSS or DDMMYY-SSSS; raise ValidationError."""
    today = today or dt.date.today()
    raw = (text or "").strip()
    if not raw:
        raise ValidationError("CPR-nummer mangler.", field="cpr")
    number = stdnum_cpr.compact(raw)
    if not number.isdigit() or len(number) != 10:
        raise ValidationError(
            "CPR-nummeret skal have 10 cifre, fx 010190-1234.", field="cpr"
        )
    try:
        birth = stdnum_cpr.get_birth_date(number)
    except stdnum_exc.ValidationError:
        raise ValidationError(
            "CPR-nummeret indeholder ikke en gyldig fødselsdato.", field="cpr"
        ) from None
    if birth > today:
        raise ValidationError("CPR-nummerets fødselsdato ligger i fremtiden.", field="cpr")
    return Cpr(number)


def is_valid_cpr(text: str, today: dt.date | None = None) -> bool:
    try:
        parse_cpr(text, today)
    except ValidationError:
        return False
    return True


def mask_cpr(digits: str | None) -> str:
    """`0101901234` -> `010190-****`; an empty value masks to an empty string."""
    if not digits:
        return ""
    number = stdnum_cpr.compact(digits)
    return f"{number[:6]}-****"

