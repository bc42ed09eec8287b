"""Appointments (møder) as the rules see them: their vocabularies, what a held or missed
meeting becomes in the contact log, which due items a booking meets, the invitation letter's
template fields and the office's open counselling hours. Pure Python."""

from __future__ import annotations

import datetime as dt
import enum
import re
import string
from dataclasses import dataclass

from app.domain.enums import ContactChannel, ContactKind, ContactPlace
from app.domain.errors import ValidationError
from app.domain.rules import DueKind
from app.domain.text import N_


class _Vocab(enum.StrEnum):
    """A vocabulary with Danish labels (as app.domain.enums.Labelled, kept beside its rules)."""

    @property
    def label(self) -> str:
        return _LABELS.get((type(self), self.value), self.value)


class AppointmentKind(_Vocab):
    START_MEETING = "start_meeting"  # the first meeting of the course (seed 004, trin 1)
    FOLLOW_UP = "follow_up"
    COMPANY_VISIT = "company_visit"
    HOME_VISIT = "home_visit"
    STEP_UP_MEETING = "step_up_meeting"
    JOB_INTERVIEW = "job_interview"
    OTHER = "other"


class PlaceKind(_Vocab):
    OFFICE = "office"
    HOME = "home"
    COMPANY = "company"
    PHONE = "phone"
    VIDEO = "video"


class AppointmentOutcome(_Vocab):
    HELD = "held"
    NO_SHOW = "no_show"  # the citizen did not come: a contact attempt (seed 001, kerneelement 5)
    CANCELLED_BY_CITIZEN = "cancelled_by_citizen"
    CANCELLED_BY_OFFICE = "cancelled_by_office"


CANCELLED = (AppointmentOutcome.CANCELLED_BY_CITIZEN, AppointmentOutcome.CANCELLED_BY_OFFICE)

_LABELS = {
    (AppointmentKind, "start_meeting"): N_("Opstartsmøde"),
    (AppointmentKind, "follow_up"): N_("Opfølgning"),
    (AppointmentKind, "company_visit"): N_("Virksomhedsbesøg"),
    (AppointmentKind, "home_visit"): N_("Hjemmebesøg"),
    (AppointmentKind, "step_up_meeting"): N_("Step-up-møde"),
    (AppointmentKind, "job_interview"): N_("Jobsamtale"),
    (AppointmentKind, "other"): N_("Andet møde"),
    (PlaceKind, "office"): N_("Kontoret"),
    (PlaceKind, "home"): N_("Hjemme hos borgeren"),
    (PlaceKind, "company"): N_("Virksomheden"),
    (PlaceKind, "phone"): N_("Telefon"),
    (PlaceKind, "video"): N_("Video"),
    (AppointmentOutcome, "held"): N_("Holdt"),
    (AppointmentOutcome, "no_show"): N_("Borgeren kom ikke"),
    (AppointmentOutcome, "cancelled_by_citizen"): N_("Aflyst af borgeren"),
    (AppointmentOutcome, "cancelled_by_office"): N_("Aflyst af kontoret"),
}

# the longest meeting we accept; a typing slip (17:00 to 07:00 the next day) is refused
MAX_DURATION = dt.timedelta(hours=10)
# how far ahead a meeting may be booked
MAX_DAYS_AHEAD = 366

_CHANNEL = {PlaceKind.OFFICE: ContactChannel.PERSONLIGT, PlaceKind.HOME: ContactChannel.PERSONLIGT,
            PlaceKind.COMPANY: ContactChannel.PERSONLIGT, PlaceKind.PHONE: ContactChannel.TELEFON,
            PlaceKind.VIDEO: ContactChannel.VIDEO}
_PLACE = {PlaceKind.OFFICE: ContactPlace.KONTORET, PlaceKind.HOME: ContactPlace.HJEMME,
          PlaceKind.COMPANY: ContactPlace.VIRKSOMHEDEN}
_HELD_KIND = {AppointmentKind.FOLLOW_UP: ContactKind.OPFOELGNING,
              AppointmentKind.COMPANY_VISIT: ContactKind.VIRKSOMHEDSBESOEG,
              AppointmentKind.HOME_VISIT: ContactKind.HJEMMEBESOEG}


@dataclass(frozen=True)
class ContactShape:
    kind: ContactKind
    channel: ContactChannel
    place: ContactPlace | None


def held_contact(kind: AppointmentKind, place: PlaceKind) -> ContactShape:
    """A held meeting as a contact entry. domain.md: a meeting, a phone call that reached the
    citizen, a home visit, a video call or a visit at the company is personal contact, so the
    channel follows the place (office, home, company: personligt; phone; video)."""
    place = PlaceKind(place)
    contact_kind = _HELD_KIND.get(AppointmentKind(kind), ContactKind.SAMTALE)
    if place == PlaceKind.PHONE and contact_kind == ContactKind.SAMTALE:
        contact_kind = ContactKind.TELEFON
    return ContactShape(contact_kind, _CHANNEL[place], _PLACE.get(place))


def no_show_contact(place: PlaceKind) -> ContactShape:
    """A missed meeting as a contact attempt (seed 001, kerneelement 5): it never meets a
    cadence, it shows on the sheet "Dokumentation af kontaktforsøg", and a missed home visit
    or phone appointment counts as the attempt where the citizen lives or by phone."""
    place = PlaceKind(place)
    return ContactShape(ContactKind.KONTAKTFORSOEG, _CHANNEL[place], _PLACE.get(place))


# Due items a booked meeting meets when it lies on or before the due date: every personal
# contact the rules ask for, the visitation meeting and the step-up meeting. Targets for the
# trin and the completion are decisions, not meetings.
MEETING_MEETS = frozenset({
    DueKind.VISITATION, DueKind.WEEKLY_CONTACT, DueKind.MONTHLY_FOLLOW_UP, DueKind.STEP_UP,
    DueKind.AFTERCARE, DueKind.AGREED_CONTACT, DueKind.STEP_UP_FOLLOW_UP,
    DueKind.AGREEMENT_FOLLOW_UP, DueKind.PERSONAL_CONTACT_BEFORE_SANCTION})

_SUGGESTED_KIND = {DueKind.VISITATION: AppointmentKind.START_MEETING,
                   DueKind.STEP_UP: AppointmentKind.STEP_UP_MEETING,
                   DueKind.STEP_UP_FOLLOW_UP: AppointmentKind.STEP_UP_MEETING,
                   DueKind.AGREEMENT_FOLLOW_UP: AppointmentKind.COMPANY_VISIT,
                   DueKind.PERSONAL_CONTACT_BEFORE_SANCTION: AppointmentKind.HOME_VISIT}


def suggested_kind(due: DueKind | None) -> AppointmentKind:
    """The meeting a due item asks for ("Book møde" on the caseload)."""
    return _SUGGESTED_KIND.get(due, AppointmentKind.FOLLOW_UP) if due else \
        AppointmentKind.FOLLOW_UP


def booking_meets(due_kind: DueKind | None, due_on: dt.date | None,
                  booked_on: dt.date | None) -> bool:
    """Does a meeting booked on `booked_on` meet the due item (kind, date)?"""
    return (due_kind in MEETING_MEETS and due_on is not None and booked_on is not None
            and booked_on <= due_on)


def check_times(starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ValidationError("Tidspunktet mangler tidszone.", field="starts_at")
    if ends_at <= starts_at:
        raise ValidationError("Mødet skal slutte efter det begynder.", field="ends_at")
    if ends_at - starts_at > MAX_DURATION:
        raise ValidationError("Et møde kan højst vare {hours} timer.", field="ends_at",
                              hours=int(MAX_DURATION.total_seconds() // 3600))


# --- the invitation letter ("Indkaldelse") ----------------------------------------------

# The fields an administrator may use in the letter's template, in braces: {tid}
TEMPLATE_FIELDS: dict[str, str] = {
    "navn": N_("borgerens navn"),
    "dato": N_("mødets dato, fx tirsdag den 1. december 2026"),
    "klokken": N_("klokkeslættet, fx 10.00"),
    "tid": N_("dato og klokkeslæt"),
    "sted": N_("hvor mødet holdes"),
    "moedetype": N_("mødets art, fx opfølgning"),
    "medarbejder": N_("hvem borgeren skal mødes med"),
    "medbring": N_("hvad borgeren skal have med"),
    "tolk": N_("tolk, hvis der er bestilt en"),
    "telefon": N_("kontorets telefonnummer"),
    "aabningstider": N_("kontorets åbningstider"),
    "kontor": N_("kontorets navn"),
}

DEFAULT_TEMPLATE = (
    "Kære {navn}\n\n"
    "Du er indkaldt til {moedetype} med {medarbejder} {tid}.\n"
    "{tolk}\n\n"
    "Tag med: {medbring}\n\n"
    "Kan du ikke komme, så ring til os på {telefon}, helst dagen før.\n"
    "Vi har åbent: {aabningstider}\n\n"
    "Venlig hilsen\n{kontor}")
DEFAULT_BRING = "Dit sundhedskort (det gule kort) og dit CV, hvis du har et."
MAX_TEMPLATE = 4000


def check_template(text: str) -> str:
    """The letter's template, refused whole when a field in braces is not one we fill in
    or a brace is unmatched; the message names the field."""
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError("Skabelonen er tom.", field="template")
    if len(text) > MAX_TEMPLATE:
        raise ValidationError("Skabelonen er for lang (højst {n} tegn).", field="template",
                              n=MAX_TEMPLATE)
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        raise ValidationError("Skabelonen har en krøllet parentes uden sin makker.",
                              field="template") from None
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in TEMPLATE_FIELDS or spec or conversion:
            raise ValidationError(
                "Skabelonen bruger feltet {{{name}}}, som ikke findes. Brug et af: {known}.",
                field="template", name=name or "",
                known=", ".join(f"{{{k}}}" for k in TEMPLATE_FIELDS))
    return text


def fill_template(text: str, values: dict[str, str]) -> str:
    """The letter's text; empty lines left by an empty field are dropped."""
    filled = text.format(**{k: values.get(k, "") for k in TEMPLATE_FIELDS})
    lines = filled.split("\n")
    kept = [line for i, line in enumerate(lines)
            if line.strip() or (i > 0 and lines[i - 1].strip())]
    return "\n".join(kept).strip()


_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december")


def danish_date(day: dt.date) -> str:
    """"tirsdag den 1. december 2026": plain Danish for a letter."""
    return f"{_WEEKDAYS[day.weekday()]} den {day.day}. {_MONTHS[day.month - 1]} {day.year}"


# --- open counselling hours (åben rådgivning) -------------------------------------------

_DAY_NAMES = {"man": 0, "tir": 1, "ons": 2, "tor": 3, "fre": 4, "lør": 5, "søn": 6}
_SLOT = re.compile(r"^(man|tir|ons|tor|fre|lør|søn)\w*\s+(\d{1,2})(?:[.:](\d{2}))?\s*-\s*"
                   r"(\d{1,2})(?:[.:](\d{2}))?$")


@dataclass(frozen=True, order=True)
class OpenHours:
    weekday: int  # Monday 0
    start: dt.time
    end: dt.time

    def text(self) -> str:
        return f"{_WEEKDAYS[self.weekday]} {self.start:%H.%M}-{self.end:%H.%M}"


def parse_open_hours(text: str) -> tuple[OpenHours, ...]:
    """"man 9-12; tor 13.00-16.00" as opening hours per weekday; refused with the part that
    cannot be read."""
    hours = []
    for part in re.split(r"[;,\n]", (text or "").casefold()):
        part = part.strip()
        if not part:
            continue
        match = _SLOT.match(part)
        if match is None:
            raise ValidationError("„{part}“ kan ikke læses. Skriv fx „man 9-12; tor 13-16“.",
                                  field="open_hours", part=part)
        day, h1, m1, h2, m2 = match.groups()
        try:
            start = dt.time(int(h1), int(m1 or 0))
            end = dt.time(int(h2), int(m2 or 0))
        except ValueError:
            raise ValidationError("„{part}“ har et klokkeslæt, der ikke findes.",
                                  field="open_hours", part=part) from None
        if end <= start:
            raise ValidationError("„{part}“ slutter før det begynder.", field="open_hours",
                                  part=part)
        hours.append(OpenHours(_DAY_NAMES[day[:3]], start, end))
    return tuple(sorted(hours))


def hours_text(hours: tuple[OpenHours, ...]) -> str:
    return "; ".join(h.text() for h in hours)


def week_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())
