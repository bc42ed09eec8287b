"""The jobcenter's referral list (henvisninger, issue 19 point 1; seed 001, kerneelement 3):
a CSV file read whole, every row validated before anything is used.

Format (documented for the jobcenter's IT in README.md, "Den centrale side"): the header row
`cpr,fornavn,efternavn,adresse,ydelse,aktivitetsparat,sagsbehandler,henvist,note`, separated
by commas or by semicolons (Excel's Danish CSV), UTF-8 with or without a byte order mark.
ydelse is kontanthjælp, uddannelseshjælp or integrationsydelse; aktivitetsparat ja or nej;
henvist YYYY-MM-DD. cpr, fornavn, efternavn, ydelse, aktivitetsparat and henvist are required.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from dataclasses import dataclass

from app.domain.cpr import parse_cpr
from app.domain.enums import BenefitType
from app.domain.errors import FremskudtError

HEADER = ("cpr", "fornavn", "efternavn", "adresse", "ydelse", "aktivitetsparat",
          "sagsbehandler", "henvist", "note")
FILE_LIMIT = 32 * 1024 * 1024
ROW_LIMIT = 100_000
FIELD_LIMITS = {"cpr": 11, "fornavn": 100, "efternavn": 100, "adresse": 200, "ydelse": 40,
                "aktivitetsparat": 10, "sagsbehandler": 200, "henvist": 10, "note": 2000}
REQUIRED = ("cpr", "fornavn", "efternavn", "ydelse", "aktivitetsparat", "henvist")
BENEFITS = {"kontanthjælp": BenefitType.KONTANTHJAELP,
            "uddannelseshjælp": BenefitType.UDDANNELSESHJAELP,
            "integrationsydelse": BenefitType.INTEGRATIONSYDELSE}
YES_NO = {"ja": True, "nej": False}


class ReferralFileError(FremskudtError):
    """The file as a whole cannot be read: nothing of it is used."""


class BadRow(FremskudtError):
    """One row that breaks the format; `line` is the line number in the file (each template
    begins with it)."""

    def __init__(self, template: str, line: int, **params: object) -> None:
        super().__init__(template, line=line, **params)
        self.line = line


class ReferralRowsRefused(FremskudtError):
    """Rows of the file are bad: the file is refused whole (`rows` names each one)."""

    def __init__(self, template: str, /, rows: list[BadRow], **params: object) -> None:
        super().__init__(template, **params)
        self.rows = rows


@dataclass(frozen=True)
class Referral:
    """One validated referral of the list."""

    line: int
    cpr: str  # ten digits
    first_name: str
    last_name: str
    address: str
    benefit: BenefitType
    activity_ready: bool
    caseworker: str
    referred_on: dt.date
    note: str


def _text(data: bytes) -> str:
    if not data.strip():
        raise ReferralFileError("Filen er tom.")
    if len(data) > FILE_LIMIT:
        raise ReferralFileError("Filen er større end {limit} MB.", limit=FILE_LIMIT >> 20)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ReferralFileError(
            "Filen er ikke UTF-8 (linje {line}). Gem den som \u201eCSV UTF-8\u201c, fx i "
            "Excel: Gem som > CSV UTF-8 (kommasepareret).", line=line) from None
    if "\x00" in text:
        raise ReferralFileError("Filen er ikke en tekstfil.")
    return unicodedata.normalize("NFC", text)


def _dialect(first_line: str) -> str:
    """Comma or semicolon, from the header row."""
    return ";" if first_line.count(";") > first_line.count(",") else ","


def read_rows(data: bytes) -> list[tuple[int, dict[str, str]]]:
    """(line, fields) of every data row; ReferralFileError for a file that is not a
    referral list at all (empty, not UTF-8, a wrong header, too many rows)."""
    text = _text(data)
    first = text.splitlines()[0] if text.splitlines() else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect(first), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ReferralFileError("Filen er tom.") from None
    except csv.Error:
        raise ReferralFileError("Filens første linje kan ikke læses som CSV.") from None
    if tuple(header) != HEADER:
        raise ReferralFileError("Første linje skal være kolonnenavnene {header}.",
                                header=",".join(HEADER))
    rows = []
    try:
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue  # a blank line (Excel adds them at the end)
            if len(rows) >= ROW_LIMIT:
                raise ReferralFileError("Filen har flere end {limit} rækker.",
                                        limit=ROW_LIMIT)
            rows.append((line, fields))
    except csv.Error:
        raise ReferralFileError("Linje {line} kan ikke læses som CSV (et citationstegn, der "
                                "ikke lukkes?).", line=reader.line_num) from None
    return rows


def _check(line: int, fields: list[str], today: dt.date) -> Referral:
    if len(fields) != len(HEADER):
        raise BadRow("Linje {line}: rækken har {found} felter, men skal have {wanted}.", line,
                     found=len(fields), wanted=len(HEADER))
    row = {name: value.strip() for name, value in zip(HEADER, fields, strict=True)}
    for name, value in row.items():
        if len(value) > FIELD_LIMITS[name]:
            raise BadRow("Linje {line}: feltet {field} er længere end {limit} tegn.", line,
                         field=name, limit=FIELD_LIMITS[name])
        if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in value):
            raise BadRow("Linje {line}: feltet {field} indeholder kontroltegn.", line, field=name)
    for name in REQUIRED:
        if not row[name]:
            raise BadRow("Linje {line}: feltet {field} mangler.", line, field=name)
    try:
        cpr = parse_cpr(row["cpr"], today)
    except FremskudtError as exc:
        raise BadRow("Linje {line}: {reason}", line, reason=exc.message) from None
    benefit = BENEFITS.get(row["ydelse"].lower())
    if benefit is None:
        raise BadRow("Linje {line}: ydelsen \u201e{value}\u201c er ukendt; brug kontanthjælp, "
                     "uddannelseshjælp eller integrationsydelse.", line, value=row["ydelse"])
    ready = YES_NO.get(row["aktivitetsparat"].lower())
    if ready is None:
        raise BadRow("Linje {line}: aktivitetsparat skal være ja eller nej.", line)
    try:
        referred = dt.date.fromisoformat(row["henvist"])
        if len(row["henvist"]) != 10:
            raise ValueError
    except ValueError:
        raise BadRow("Linje {line}: datoen henvist \u201e{value}\u201c er ikke en dato som "
                     "ÅÅÅÅ-MM-DD.", line, value=row["henvist"]) from None
    if referred > today:
        raise BadRow("Linje {line}: datoen henvist ({value}) ligger i fremtiden.", line,
                     value=row["henvist"])
    return Referral(line, cpr.digits, row["fornavn"], row["efternavn"], row["adresse"],
                    benefit, ready, row["sagsbehandler"], referred, row["note"])


def parse_referrals(data: bytes, today: dt.date) -> tuple[list[Referral], list[BadRow]]:
    """The good referrals and the bad rows of a list. A CPR number twice in the list is bad
    in its second row (a list refers each citizen once)."""
    good: list[Referral] = []
    bad: list[BadRow] = []
    seen: dict[str, int] = {}
    for line, fields in read_rows(data):
        try:
            referral = _check(line, fields, today)
            if referral.cpr in seen:
                raise BadRow("Linje {line}: CPR-nummeret står allerede i linje {first}.", line,
                             first=seen[referral.cpr])
        except BadRow as exc:
            bad.append(exc)
            continue
        seen[referral.cpr] = line
        good.append(referral)
    return good, bad


def validated(data: bytes, today: dt.date, skip_bad: bool = False
              ) -> tuple[list[Referral], list[BadRow]]:
    """The referrals of a list; a list with a bad row is refused whole
    (ReferralRowsRefused naming every bad row) unless `skip_bad`."""
    good, bad = parse_referrals(data, today)
    if bad and not skip_bad:
        raise ReferralRowsRefused("Henvisningslisten er afvist: {count} rækker er "
                                  "fejlbehæftede, og intet er indlæst. Ret rækkerne, eller "
                                  "brug --skip-bad.", rows=bad, count=len(bad))
    if not good and not bad:
        raise ReferralFileError("Filen har ingen henvisninger, kun kolonnenavnene.")
    return good, bad
