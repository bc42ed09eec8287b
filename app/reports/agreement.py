"""The printed arbejds- og opfølgningsaftale between citizen, company and jobcenter
(seed 001 kerneelement 7; seed 004 trin 2)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from app.reports.common import FONT, Paragraph, Table, render, styles
from app.services.views import AgreementParties, AgreementView


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text or "–").replace("\n", "<br/>"), style)


def _hours(value: Decimal) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def agreement_pdf(d: AgreementParties, a: AgreementView,
                  printed_at: dt.datetime | None = None) -> bytes:
    s = styles()
    label = s["small"]

    def rows(pairs: list[tuple[str, str]]) -> Table:
        table = Table([[Paragraph(f"<b>{escape(k)}</b>", s["body"]), _p(v, s["body"])]
                       for k, v in pairs], colWidths=[48 * mm, 122 * mm])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#CCCCCC")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        return table

    period = f"{a.starts_on:%d.%m.%Y}" + (f" – {a.ends_on:%d.%m.%Y}" if a.ends_on
                                           else " – indtil videre")
    kind = a.agreement_type.label + (f" (formål: {a.internship_purpose.label.lower()})"
                                     if a.internship_purpose else "")
    cadence = (f"Mindst hver {a.followup_interval_days}. dag"
               if a.followup_interval_days else "")
    story = [
        Paragraph("Arbejds- og opfølgningsaftale", s["title"]),
        Paragraph("Aftalen er indgået mellem borgeren, virksomheden og jobcentret. Den "
                  "beskriver opgaver, timer, løntimer, delmål, hensyn og opfølgning.",
                  s["body"]),
        Paragraph("Parterne", s["h2"]),
        rows([
            ("Borger", f"{d.citizen_name}" + (f", tlf. {d.citizen_phone}"
                                              if d.citizen_phone else "")),
            ("Virksomhed", f"{d.company_name}, CVR {d.company_cvr}"
             + (f"\n{d.company_address}" if d.company_address else "")),
            ("Fast kontaktperson", f"{d.contact_person}" + (f", tlf. {d.contact_phone}"
                                                             if d.contact_phone else "")),
            ("Jobcentret", f"{d.office}\nPersonlig jobformidler: {d.jobformidler}"),
        ]),
        Paragraph("Aftalen", s["h2"]),
        rows([
            ("Type", kind),
            ("Periode", period),
            ("Arbejdsopgaver", a.tasks),
            ("Arbejdstid", f"{_hours(a.hours_per_week)} timer om ugen"),
            ("Løntimer nu", f"{_hours(a.paid_hours_per_week)} timer om ugen"),
            ("Plan for løntimer", a.paid_hours_plan),
            ("Delmål", a.sub_goals),
            ("Hensyn", a.health_considerations),
        ]),
        Paragraph("Opfølgning", s["h2"]),
        rows([("Opfølgningsplan", a.followup_plan), ("Hyppighed", cadence)]),
        Spacer(1, 10 * mm),
    ]
    signatures = Table(
        [["", "", ""],
         [Paragraph("Borger", label), Paragraph("Virksomhed", label),
          Paragraph("Jobcentret", label)],
         [_p(d.citizen_name, label), _p(d.contact_person or d.company_name, label),
          _p(d.jobformidler, label)],
         [Paragraph("Dato:", label)] * 3],
        colWidths=[56 * mm] * 3, rowHeights=[16 * mm, None, None, 8 * mm])
    signatures.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (1, 0), 0.8, colors.black),
        ("LINEBELOW", (2, 0), (2, 0), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(KeepTogether([Paragraph("Underskrifter", s["h2"]), signatures]))
    return render(story, title="Arbejds- og opfølgningsaftale", office=d.office,
                  printed_at=printed_at)
