"""CVR numbers (Det Centrale Virksomhedsregister): eight digits with a modulus-11 check."""

from __future__ import annotations

from stdnum import exceptions as stdnum_exc
from stdnum.dk import cvr as stdnum_cvr

from app.domain.errors import ValidationError


def parse_cvr(text: str) -> str:
    """Return the eight digits of a valid CVR number; raise ValidationError otherwise."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError("CVR-nummer mangler.", field="cvr")
    try:
        return stdnum_cvr.validate(raw)
    except stdnum_exc.InvalidChecksum:
        raise ValidationError(
            "CVR-nummeret er ikke gyldigt (kontrolcifferet passer ikke).", field="cvr"
        ) from None
    except stdnum_exc.ValidationError:
        raise ValidationError("CVR-nummeret skal have 8 cifre, fx 10150817.", field="cvr") from None
