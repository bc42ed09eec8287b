"""Indkaldelse: the letter that calls a citizen to a booked meeting (issue 20, point 6). The
office's letterhead, the time and place in large type (at least 13 pt), the text of the
office's template (fields filled in), in plain Danish."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from app.reports.common import FONT, FONT_BOLD, Paragraph, Table, para, render, styles

TITLE = "Indkaldelse til møde"
BODY_SIZE = 13.5  # large type: the letter is read by people with little Danish or poor sight


@dataclass(frozen=True)
class InvitationLetter:
    office: str
    office_address: str
    office_phone: str
    citizen_name: str
    citizen_address: str
    when: str  # "tirsdag den 1. december 2026 kl. 10.00"
    place: str
    meets: str  # who the citizen meets
    body: str  # the template, filled in
    printed_at: dt.datetime


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()["body"]
    return {
        "body": ParagraphStyle("letter", parent=base, fontSize=BODY_SIZE, leading=19),
        "head": ParagraphStyle("letterHead", parent=base, fontName=FONT_BOLD, fontSize=15,
                               leading=20),
        "title": ParagraphStyle("letterTitle", parent=base, fontName=FONT_BOLD, fontSize=20,
                                leading=26, spaceBefore=6, spaceAfter=10),
        "fact": ParagraphStyle("letterFact", parent=base, fontSize=15, leading=20),
        "factBold": ParagraphStyle("letterFactBold", parent=base, fontName=FONT_BOLD,
                                   fontSize=15, leading=20),
        "small": ParagraphStyle("letterSmall", parent=base, fontSize=13, leading=17),
    }


def invitation_pdf(d: InvitationLetter) -> bytes:
    s = _styles()
    sender = [escape(d.office), escape(d.office_address), escape(d.office_phone)]
    recipient = [escape(d.citizen_name), escape(d.citizen_address).replace("\n", "<br/>")]
    head = Table([[Paragraph("<br/>".join(x for x in recipient if x), s["small"]),
                   Paragraph("<br/>".join(x for x in sender if x)
                             + f"<br/>{d.printed_at:%d.%m.%Y}", s["small"])]],
                 colWidths=[95 * mm, 75 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    facts = Table([[Paragraph("Hvornår", s["fact"]), Paragraph(escape(d.when), s["factBold"])],
                   [Paragraph("Hvor", s["fact"]), Paragraph(escape(d.place), s["factBold"])],
                   [Paragraph("Du skal mødes med", s["fact"]),
                    Paragraph(escape(d.meets), s["factBold"])]],
                  colWidths=[62 * mm, 108 * mm])
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#444444")),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F3F3")),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story = [head, Spacer(1, 10 * mm), Paragraph(TITLE, s["title"]), facts,
             Spacer(1, 8 * mm)]
    for block in d.body.split("\n\n"):
        story += [para(block, s["body"]), Spacer(1, 4 * mm)]
    return render(story, title=TITLE, office=d.office, confidential=False,
                  printed_at=d.printed_at)
