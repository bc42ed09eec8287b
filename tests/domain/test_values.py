import datetime as dt
from decimal import Decimal

import pytest

from app.domain.cvr import parse_cvr
from app.domain.errors import ValidationError
from app.domain.roles import Permission, Role, format_roles, parse_roles, permissions_for
from app.domain.values import check_date, check_period, clean_text, monthly_hours, weekly_hours

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("text", ["10150817", "DK 10150817", "10 15 08 17"])
def test_valid_cvr(text: str) -> None:
    assert parse_cvr(text) == "10150817"


@pytest.mark.parametrize(
    ("text", "message"),
    [("10150818", "kontrolcifferet"), ("1015081", "8 cifre"), ("01234567", "8 cifre"),
     ("abcdefgh", "8 cifre"), ("", "mangler")],
)
def test_invalid_cvr(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_cvr(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", Decimal("0.00")), ("12,5", Decimal("12.50")), (744, Decimal("744.00")),
     ("30", Decimal("30.00")), (Decimal("743.99"), Decimal("743.99"))],
)
def test_monthly_hours_accepted(value: object, expected: Decimal) -> None:
    assert monthly_hours(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [("-1", "negativ"), ("744.01", "højst være 744"), ("745", "højst være 744"), ("abc", "et tal"),
     ("", "mangler"), ("1.234", "to decimaler"), ("NaN", "et tal"), ("Infinity", "et tal")],
)
def test_monthly_hours_refused(value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        monthly_hours(value)


def test_weekly_hours_bounds() -> None:
    assert weekly_hours("60") == Decimal("60.00")
    with pytest.raises(ValidationError, match="højst være 60"):
        weekly_hours("60.5")


def test_dates_and_periods() -> None:
    assert check_date(TODAY, field="d", label="Dato", today=TODAY) == TODAY
    with pytest.raises(ValidationError, match="før 1900"):
        check_date(dt.date(1899, 12, 31), field="d", label="Dato", today=TODAY)
    with pytest.raises(ValidationError, match="fremtiden"):
        check_date(TODAY + dt.timedelta(days=1), field="d", label="Dato", today=TODAY,
                   allow_future_days=0)
    with pytest.raises(ValidationError, match="mangler"):
        check_date(None, field="d", label="Dato", today=TODAY)
    assert check_date(None, field="d", label="Dato", today=TODAY, required=False) is None
    check_period(TODAY, TODAY)
    with pytest.raises(ValidationError, match="før startdatoen"):
        check_period(TODAY, TODAY - dt.timedelta(days=1))


@pytest.mark.parametrize(
    "text", ["Robert'); DROP TABLE citizen;--", "مرحبا بالعالم", "Nguyễn Thị Hương", "Şükrü"]
)
def test_text_is_kept_exactly(text: str) -> None:
    assert clean_text(text, field="f", label="Felt") == text


def test_text_refusals() -> None:
    with pytest.raises(ValidationError, match="ugyldige tegn"):
        clean_text("a\x00b", field="f", label="Felt")
    with pytest.raises(ValidationError, match="ugyldige tegn"):
        clean_text("a\nb", field="f", label="Felt")
    assert clean_text("a\nb", field="f", label="Felt", multiline=True) == "a\nb"
    with pytest.raises(ValidationError, match="højst være 5 tegn"):
        clean_text("abcdef", field="f", label="Felt", max_length=5)
    with pytest.raises(ValidationError, match="udfyldes"):
        clean_text("  ", field="f", label="Felt", required=True)


def test_roles_round_trip_and_permissions() -> None:
    roles = {Role.SKRANKE, Role.JOBFORMIDLER}
    assert parse_roles(format_roles(roles)) == roles
    with pytest.raises(ValueError):
        parse_roles("skranke hacker")
    counter = permissions_for({Role.SKRANKE})
    assert Permission.QUEUE in counter
    assert Permission.CASE_READ not in counter
    assert Permission.CASE_READ in permissions_for({Role.SKRANKE, Role.JOBKONSULENT})


def test_every_vocabulary_member_has_its_own_label() -> None:
    from app.domain import enums

    vocabularies = [v for v in vars(enums).values()
                    if isinstance(v, type) and issubclass(v, enums.Labelled)
                    and v is not enums.Labelled]
    for vocabulary in vocabularies:
        for member in vocabulary:
            assert member.label != member.value, (vocabulary.__name__, member)
    # members of different vocabularies share the value "both"; their labels differ
    assert enums.AgreementType.BOTH.label == "Løntimer og praktik"
    assert enums.BarrierKind.BOTH.label == "Helbred og familie"
