"""The attendance list of a group session (issue 20, point 7): names only, never a CPR number,
with a box to tick for each and the session's kind, time, place and host."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from app.reports.common import FONT, FONT_BOLD, Paragraph, Table, render, styles

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


@dataclass(frozen=True)
class AttendanceSheet:
    office: str
    kind: str  # the kind's Danish label
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str
    host: str
    capacity: int
    names: tuple[str, ...]  # full names, sorted; nothing else about the citizens
    printed_at: dt.datetime


def attendance_pdf(sheet: AttendanceSheet) -> bytes:
    s = styles()
    start, end = sheet.starts_at.astimezone(), sheet.ends_at.astimezone()
    heading = f"{sheet.kind} – {sheet.title}" if sheet.title else sheet.kind
    when = (f"{WEEKDAYS[start.weekday()]} {start:%d.%m.%Y} kl. {start:%H.%M}–{end:%H.%M}")
    rows = [["", "Navn", "Mødt"]]
    rows += [[str(i), escape(name), ""] for i, name in enumerate(sheet.names, start=1)]
    table = Table(rows, colWidths=[12 * mm, 128 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 12),
        ("LEADING", (0, 0), (-1, -1), 15),
        ("TOPPADDING", (0, 1), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999"),
        ("BOX", (2, 1), (2, -1), 0.6, "#444444"),
        ("INNERGRID", (2, 1), (2, -1), 0.6, "#444444"),
    ]))
    story = [
        Paragraph(escape(heading), s["title"]),
        Paragraph(escape(f"{when}, {sheet.place}"), s["body"]),
        Paragraph(escape(f"Vært: {sheet.host} · Tilmeldte: {len(sheet.names)} af "
                         f"{sheet.capacity} pladser"), s["body"]),
        Spacer(1, 6 * mm),
        table if sheet.names else Paragraph("Ingen tilmeldte.", s["body"]),
    ]
    return render(story, title=f"Deltagerliste – {sheet.kind}", office=sheet.office,
                  confidential=True, printed_at=sheet.printed_at)
