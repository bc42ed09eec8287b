"""The jobcenter's referral list (issue 19 point 1): every row validated, a list with a bad row
refused whole with every bad row named, unless the bad rows are skipped; Excel's semicolon
variant and a byte order mark are read; a file that is not a list is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import BenefitType
from app.sync.referral_csv import (
    HEADER,
    ReferralFileError,
    ReferralRowsRefused,
    parse_referrals,
    validated,
)

TODAY = dt.date(2026, 11, 27)
HEAD = ",".join(HEADER)
GOOD = "0101901234,Şükrü,Öztürk,Bygaden 4,kontanthjælp,ja,Lise Sagsbehandler,2026-11-02,"


def csv(*rows: str, head: str = HEAD, sep: str = ",") -> bytes:
    lines = [head.replace(",", sep), *(r.replace(",", sep) for r in rows)]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def test_a_good_list_in_every_accepted_form() -> None:
    plain = csv(GOOD, "020285-5678,Bo,Hansen,,Integrationsydelse,nej,,2026-10-30,\"Tolk, arabisk\"")
    semicolon = ("\ufeff" + HEAD.replace(",", ";") + "\r\n"
                 + GOOD.replace(",", ";") + "\r\n"
                 + "020285-5678;Bo;Hansen;;Integrationsydelse;nej;;2026-10-30;Tolk, arabisk"
                 + "\r\n\r\n").encode("utf-8")  # Excel: BOM, semicolons, a blank line
    for data in (plain, b"\xef\xbb\xbf" + plain, semicolon):
        good, bad = validated(data, TODAY)
        assert bad == []
        assert [r.cpr for r in good] == ["0101901234", "0202855678"]
        first, second = good
        assert (first.first_name, first.last_name, first.benefit, first.activity_ready) == (
            "Şükrü", "Öztürk", BenefitType.KONTANTHJAELP, True)
        assert (second.benefit, second.activity_ready, second.note, second.line) == (
            BenefitType.INTEGRATIONSYDELSE, False, "Tolk, arabisk", 3)
        assert first.referred_on == dt.date(2026, 11, 2)


BAD_ROWS = {
    "bad CPR (letters)": ("01019O1234,A,B,,kontanthjælp,ja,,2026-11-02,", "10 cifre"),
    "short CPR": ("010190123,A,B,,kontanthjælp,ja,,2026-11-02,", "10 cifre"),
    "CPR with an impossible date": ("3102901234,A,B,,kontanthjælp,ja,,2026-11-02,",
                                    "fødselsdato"),
    "unknown benefit": ("0101901234,A,B,,dagpenge,ja,,2026-11-02,", "dagpenge"),
    "missing first name": ("0101901234,,B,,kontanthjælp,ja,,2026-11-02,", "fornavn mangler"),
    "missing last name": ("0101901234,A,,,kontanthjælp,ja,,2026-11-02,", "efternavn mangler"),
    "aktivitetsparat not ja/nej": ("0101901234,A,B,,kontanthjælp,måske,,2026-11-02,",
                                   "ja eller nej"),
    "date in Danish form": ("0101901234,A,B,,kontanthjælp,ja,,02-11-2026,", "ÅÅÅÅ-MM-DD"),
    "impossible date": ("0101901234,A,B,,kontanthjælp,ja,,2026-02-30,", "ÅÅÅÅ-MM-DD"),
    "referred in the future": ("0101901234,A,B,,kontanthjælp,ja,,2027-01-01,", "fremtiden"),
    "too few fields": ("0101901234,A,B,kontanthjælp,ja,2026-11-02", "6 felter"),
    "too long a field": ("0101901234," + "A" * 101 + ",B,,kontanthjælp,ja,,2026-11-02,",
                         "længere end 100"),
    "control character": ("0101901234,A\x07,B,,kontanthjælp,ja,,2026-11-02,", "kontroltegn"),
}


@pytest.mark.parametrize("kind", list(BAD_ROWS))
def test_each_kind_of_bad_row_refuses_the_list_and_is_named(kind: str) -> None:
    row, reason = BAD_ROWS[kind]
    data = csv("0202855678,Bo,Hansen,,kontanthjælp,nej,,2026-10-30,", row)
    with pytest.raises(ReferralRowsRefused) as caught:
        validated(data, TODAY)
    assert caught.value.params["count"] == 1
    [problem] = caught.value.rows
    assert problem.line == 3 and problem.message.startswith("Linje 3: ")
    assert reason in problem.message, problem.message


def test_every_bad_row_is_named_and_skip_bad_keeps_the_good() -> None:
    rows = [row for row, _reason in BAD_ROWS.values()]
    data = csv(GOOD, *rows, GOOD)  # the duplicate CPR at the end is bad too
    with pytest.raises(ReferralRowsRefused) as caught:
        validated(data, TODAY)
    lines = [p.line for p in caught.value.rows]
    assert lines == list(range(3, 3 + len(rows) + 1))
    assert "står allerede i linje 2" in caught.value.rows[-1].message
    good, bad = validated(data, TODAY, skip_bad=True)
    assert [r.line for r in good] == [2] and len(bad) == len(rows) + 1


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "tom"),
    (b"\r\n \r\n", "tom"),
    (HEAD.encode() + b"\r\n", "ingen henvisninger"),
    (csv("0101901234,Søren,Ærø,,kontanthjælp,ja,,2026-11-02,").decode().encode("cp1252"),
     "ikke UTF-8 (linje 2)"),  # Excel's plain "CSV" on Windows
    (csv(GOOD, head="cpr,navn,ydelse"), "kolonnenavnene"),
    (csv(GOOD).replace(b"Bygaden", b"\"Bygaden"), "citationstegn"),
    (b"\x00\x01binary" * 10, "ikke en tekstfil"),
])
def test_a_file_that_is_not_a_referral_list_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ReferralFileError) as caught:
        validated(data, TODAY, skip_bad=True)
    assert reason in caught.value.message, caught.value.message


def test_parse_keeps_good_and_bad_apart() -> None:
    good, bad = parse_referrals(csv(GOOD, "0101901234,A,B,,kontanthjælp,ja,,2026-11-02,"),
                                TODAY)
    assert len(good) == 1 and [b.line for b in bad] == [3]
