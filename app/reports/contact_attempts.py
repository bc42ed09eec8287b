"""Dokumentation af kontaktforsøg: every contact attempt, the written hearing and the
assessment of reasonable grounds on one sheet, for the sanction decision made in the central
system (seed 001, kerneelement 5: "Inden kommunen må give borgeren en sanktion, skal kommunen
altid have udnyttet alle rimelige muligheder for at komme i personlig kontakt med borgeren")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from app.reports.common import FONT, Paragraph, Table, render, styles

TITLE = "Dokumentation af kontaktforsøg"


@dataclass(frozen=True)
class AttemptLine:
    at: dt.datetime
    kind: str  # the entry's kind, as a label ("Kontaktforsøg", "Partshøring", "Samtale")
    channel: str
    place: str
    staff: str
    note: str


@dataclass(frozen=True)
class HearingLine:
    sent_at: dt.datetime
    answer_deadline: dt.date | None
    answered_on: dt.date | None
    ground: str  # the assessed reasonable ground's label, "" when not assessed
    ground_text: str
    assessed_on: dt.date | None


@dataclass(frozen=True)
class ContactAttemptsDocument:
    office: str
    citizen_name: str
    masked_cpr: str
    hearings: tuple[HearingLine, ...]
    attempts: tuple[AttemptLine, ...]
    printed_at: dt.datetime


def _day(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else "-"


def _table(rows: list[list[str]], widths: list[float], s) -> Table:
    table = Table([[Paragraph(f"<b>{escape(h)}</b>", s["small"]) for h in rows[0]]]
                  + [[Paragraph(escape(cell), s["small"]) for cell in row] for row in rows[1:]],
                  colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                colors.HexColor("#CCCCCC")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def contact_attempts_pdf(d: ContactAttemptsDocument) -> bytes:
    s = styles()
    hearings = [["Sendt", "Svarfrist", "Besvaret", "Rimelig grund", "Vurderet"]] + [
        [f"{h.sent_at.astimezone():%d.%m.%Y}", _day(h.answer_deadline),
         _day(h.answered_on) if h.answered_on else "Ikke besvaret",
         (h.ground + (f": {h.ground_text}" if h.ground_text else "")) if h.ground
         else "Ikke vurderet", _day(h.assessed_on)] for h in d.hearings]
    attempts = [["Tidspunkt", "Hvad", "Kanal", "Sted", "Medarbejder", "Note"]] + [
        [f"{a.at.astimezone():%d.%m.%Y %H:%M}", a.kind, a.channel, a.place, a.staff, a.note]
        for a in d.attempts]
    story = [
        Paragraph(TITLE, s["title"]),
        Paragraph(f"{escape(d.citizen_name)}, {escape(d.masked_cpr)}", s["body"]),
        Paragraph("Til brug for afgørelsen om sanktion i det centrale system: alle forsøg på "
                  "personlig kontakt, partshøringen og vurderingen af rimelig grund.", s["body"]),
        Paragraph("Partshøring", s["h2"]),
        _table(hearings, [25, 25, 28, 70, 22], s) if d.hearings
        else Paragraph("Ingen partshøring registreret.", s["body"]),
        Paragraph("Kontaktforsøg og kontakter efter partshøringen", s["h2"]),
        _table(attempts, [28, 25, 22, 22, 30, 43], s) if d.attempts
        else Paragraph("Ingen kontaktforsøg registreret.", s["body"]),
        Spacer(1, 4 * mm),
    ]
    return render(story, title=TITLE, office=d.office, printed_at=d.printed_at)
