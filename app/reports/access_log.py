"""The citizen's access log (GDPR art. 15; Datatilsynet 2024): who read, searched, changed,
printed or exported the citizen's data, and when."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from app.reports.common import FONT, Paragraph, Table, render, styles


def access_log_pdf(office: str, citizen_name: str, masked_cpr: str, rows,
                   printed_at: dt.datetime | None = None) -> bytes:
    s = styles()
    table = Table(
        [[Paragraph(f"<b>{h}</b>", s["small"]) for h in ("Tidspunkt", "Medarbejder",
                                                          "Handling", "Hvad")]]
        + [[Paragraph(f"{r.at.astimezone():%d.%m.%Y %H:%M}", s["small"]),
            Paragraph(escape(r.who), s["small"]), Paragraph(escape(r.action.label), s["small"]),
            Paragraph(escape(r.what), s["small"])] for r in rows],
        colWidths=[32 * mm, 45 * mm, 35 * mm, 58 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                colors.HexColor("#CCCCCC")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Indsigt: hvem har set dine oplysninger", s["title"]),
        Paragraph(f"{escape(citizen_name)}, {escape(masked_cpr)}", s["body"]),
        Paragraph("Listen viser, hvem på kontoret der har læst, søgt efter, ændret, udskrevet "
                  "eller eksporteret oplysninger om dig, og hvornår.", s["body"]),
        Spacer(1, 4 * mm), table,
    ]
    return render(story, title="Indsigtslog", office=office, printed_at=printed_at)
