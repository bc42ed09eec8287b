"""Printed pieces of open counselling: the queue ticket and the one-page summary."""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Spacer, TableStyle

from app.reports.bidi import visual
from app.reports.common import (
    FONT,
    FONT_BOLD,
    Paragraph,
    Table,
    elide,
    glyphs,
    register_fonts,
    render,
    styles,
)

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def ticket_pdf(office: str, number: str, arrived_at: dt.datetime) -> bytes:
    """A small ticket (80 x 60 mm, receipt-printer size): the number and the time. No name."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = 80 * mm, 60 * mm
    c = canvas.Canvas(buffer, pagesize=(width, height))
    c.setTitle(f"Kønummer {number}")
    c.setFont(FONT, 9)
    c.drawCentredString(width / 2, height - 10 * mm,
                        visual(elide(office, FONT, 9, width - 8 * mm), glyphs()))
    c.setFont(FONT, 10)
    c.drawCentredString(width / 2, height - 17 * mm, "Åben rådgivning – dit nummer")
    c.setFont(FONT_BOLD, 40)
    c.drawCentredString(width / 2, height - 35 * mm, str(number))
    c.setFont(FONT, 9)
    local = arrived_at.astimezone()
    c.drawCentredString(width / 2, 10 * mm, f"{local:%d.%m.%Y kl. %H:%M}")
    c.drawCentredString(width / 2, 5 * mm, "Vi kalder dit nummer på skærmen.")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _pct(value: float) -> str:
    return f"{value * 100:.0f} %"


def summary_pdf(office: str, figures, printed_at: dt.datetime | None = None) -> bytes:
    """One page: visits, waiting times, reasons, outcomes and shares for the period."""
    s = styles()

    def minutes(value: float | None) -> str:
        return "–" if value is None else f"{value:.0f} min."

    rows = [
        ("Besøg i alt", str(figures.visits)),
        ("Besøg pr. åbningsdag (gennemsnit)",
         f"{figures.visits / max(1, len(figures.per_day)):.1f}".replace(".", ",")),
        ("Ventetid, median", minutes(figures.median_wait)),
        ("Ventetid, 90 % ventede højst", minutes(figures.p90_wait)),
        ("Kendte borgere", _pct(figures.known_share)),
        ("Borgere i forløb", _pct(figures.programme_share)),
        ("Tolk ønsket", _pct(figures.interpreter_share)),
    ]

    def table(data: list[tuple[str, str]]) -> Table:
        t = Table([[escape(a), escape(b)] for a, b in data], colWidths=[110 * mm, 50 * mm])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#CCCCCC")]))
        return t

    story = [
        Paragraph("Åben rådgivning – oversigt", s["title"]),
        Paragraph(f"Perioden {figures.start:%d.%m.%Y} – {figures.end:%d.%m.%Y}", s["body"]),
        Spacer(1, 4 * mm), table(rows),
        Paragraph("Grunde til besøget", s["h2"]),
        table([(r.label, str(n)) for r, n in figures.reasons.items()] or [("Ingen", "")]),
        Paragraph("Udfald", s["h2"]),
        table([(o.label, str(n)) for o, n in figures.outcomes.items()] or [("Ingen", "")]),
        Paragraph("Besøg pr. dag (de seneste 14 åbningsdage)", s["h2"]),
        table([(f"{WEEKDAYS[d.weekday()]} {d:%d.%m.%Y}", str(n))
               for d, n in list(figures.per_day.items())[-14:]] or [("Ingen", "")]),
    ]
    return render(story, title="Åben rådgivning – oversigt", office=office,
                  confidential=False, printed_at=printed_at)
