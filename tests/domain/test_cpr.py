import datetime as dt

import pytest

from app.domain.cpr import mask_cpr, parse_cpr
from app.domain.errors import ValidationError

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("0101901234", dt.date(1990, 1, 1)),  # no modulus-11 check since 2007
        ("010190-1234", dt.date(1990, 1, 1)),
        (" 070761-4285 ", dt.date(1961, 7, 7)),  # an old number with a valid check digit
        ("2902004123", dt.date(2000, 2, 29)),  # 2000 is a leap year; digit 4, yy<=36 -> 2000s
        ("2902964123", dt.date(1996, 2, 29)),  # digit 4, yy>=37 -> 1900s
        ("0101584000", dt.date(1958, 1, 1)),
        ("0101585000", dt.date(1858, 1, 1)),  # digit 5-8, yy>=58 -> 1800s
        ("0101105000", dt.date(2010, 1, 1)),  # digit 5-8, yy<=57 -> 2000s
        ("0101379000", dt.date(1937, 1, 1)),  # digit 9, yy>=37 -> 1900s
    ],
)
def test_valid_cpr_numbers_and_their_century(text: str, birth: dt.date) -> None:
    assert parse_cpr(text, TODAY).birth_date == birth


def test_century_digit_can_put_the_birth_in_the_future() -> None:
    # digit 5 with yy <= 57 means the 2000s: 2057 has not happened yet
    with pytest.raises(ValidationError, match="fremtiden"):
        parse_cpr("0101575000", TODAY)


def test_post_2007_numbers_without_modulus_11_are_accepted() -> None:
    weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    number = "1503104237"
    assert sum(w * int(d) for w, d in zip(weights, number, strict=True)) % 11 != 0
    assert parse_cpr(number, TODAY).birth_date == dt.date(2010, 3, 15)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3102901234", "fødselsdato"),  # 31 February
        ("2902011234", "fødselsdato"),  # 1901 is no leap year
        ("2902014123", "fødselsdato"),  # 2001 is no leap year either
        ("0013901234", "fødselsdato"),  # month 13
        ("0000901234", "fødselsdato"),  # day 0
        ("010190123", "10 cifre"),
        ("01019012345", "10 cifre"),
        ("01019O1234", "10 cifre"),  # letter O
        ("", "mangler"),
        ("0101304123", "fremtiden"),  # 2030
    ],
)
def test_impossible_numbers_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_cpr(text, TODAY)
    assert message in err.value.message
    assert err.value.field == "cpr"


def test_birthday_today_is_accepted_and_tomorrow_refused() -> None:
    assert parse_cpr("2311264123", TODAY).birth_date == TODAY
    with pytest.raises(ValidationError):
        parse_cpr("2411264123", TODAY)


def test_masking_never_shows_the_serial() -> None:
    assert mask_cpr("0101901234") == "010190-****"
    assert mask_cpr("010190-1234") == "010190-****"
    assert mask_cpr(None) == ""
    cpr = parse_cpr("0101901234", TODAY)
    assert str(cpr) == "010190-****"
    assert "1234" not in repr(cpr)
    assert cpr.formatted == "010190-1234"
