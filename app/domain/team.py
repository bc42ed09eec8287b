"""The office's day around the courses (issue 20, points 7-12): group sessions, the team's
makkerskaber and caseload handover, partners and the tool library. Pure rules, no store."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from app.domain.text import N_


class GroupKind(enum.StrEnum):
    """Group activities the outreach office holds (issue 20, point 7)."""

    JOBCAFE = "jobcafe"
    CV_VAERKSTED = "cv_vaerksted"
    INFORMATIONSMOEDE = "informationsmoede"
    VIRKSOMHEDSDAG = "virksomhedsdag"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    GroupKind.JOBCAFE: N_("Jobcafé"),
    GroupKind.CV_VAERKSTED: N_("CV-værksted"),
    GroupKind.INFORMATIONSMOEDE: N_("Informationsmøde"),
    GroupKind.VIRKSOMHEDSDAG: N_("Virksomhedsdag"),
}


class PartnerKind(enum.StrEnum):
    """The local partners the office works with (seed 001, kerneelement 2: the office sits
    "sammen med eller tæt på lokale samarbejdspartnere, herunder en evt. boligsocial
    indsats")."""

    BOLIGSOCIAL = "boligsocial"
    SUNDHED = "sundhed"
    SPROGSKOLE = "sprogskole"
    BIBLIOTEK = "bibliotek"
    FORENING = "forening"
    ANDET = "andet"

    @property
    def label(self) -> str:
        return _PARTNER_LABELS[self]


_PARTNER_LABELS = {
    PartnerKind.BOLIGSOCIAL: N_("Boligsocial indsats"),
    PartnerKind.SUNDHED: N_("Sundhedscenter"),
    PartnerKind.SPROGSKOLE: N_("Sprogskole"),
    PartnerKind.BIBLIOTEK: N_("Bibliotek"),
    PartnerKind.FORENING: N_("Forening og idræt"),
    PartnerKind.ANDET: N_("Andet"),
}


# seed 002, "Branchepakker, herunder sprogkort": the language cards come in these languages
TOOL_LANGUAGES = ("dansk", "arabisk", "farsi", "tigrinya", "somali", "kurmanji", "spansk",
                  "engelsk")


class CaseloadBand(enum.StrEnum):
    """A person's open courses against the 25-35 band (seed 003, section 3.1.1)."""

    UNDER = "under"
    WITHIN = "within"
    OVER = "over"

    @property
    def label(self) -> str:
        return _BAND_LABELS[self]


_BAND_LABELS = {
    CaseloadBand.UNDER: N_("Under 25"),
    CaseloadBand.WITHIN: N_("Inden for 25-35"),
    CaseloadBand.OVER: N_("Over 35"),
}


def caseload_band(open_courses: int, band: tuple[int, int]) -> CaseloadBand:
    low, high = band
    if open_courses < low:
        return CaseloadBand.UNDER
    return CaseloadBand.OVER if open_courses > high else CaseloadBand.WITHIN


def spread_evenly(items: Sequence[str], takers: Sequence[str],
                  loads: dict[str, int] | None = None) -> dict[str, str]:
    """Give each item (a course key) to one of `takers`, evenly: the next item always goes
    to the taker with the fewest so far, counting what each already holds (`loads`), ties by
    the order of `takers`. Deterministic, so the preview is what the confirmation does."""
    if not takers:
        return {}
    held = {t: (loads or {}).get(t, 0) for t in takers}
    order = {t: i for i, t in enumerate(takers)}
    result: dict[str, str] = {}
    for item in items:
        taker = min(takers, key=lambda t: (held[t], order[t]))
        result[item] = taker
        held[taker] += 1
    return result


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "rengøring, køkken; lager" → ("køkken", "lager", "rengøring"):
    casefolded, without doubles, in order."""
    parts = (p.strip().casefold() for p in text.replace(";", ",").split(","))
    return tuple(sorted({p for p in parts if p}))


def tool_fits(industries: Sequence[str], field: str) -> bool:
    """A tool fits a citizen's job goal field when one of its industry tags is in the field's
    words or the field in the tag ("rengøring" fits "Rengøring og service"); a tool without an
    industry is general and fits every field."""
    if not industries:
        return True
    wanted = field.strip().casefold()
    if not wanted:
        return False
    return any(tag in wanted or wanted in tag for tag in industries)
