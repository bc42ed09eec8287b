"""The recovery sheet printed at setup: the key that opens the store when every password is lost."""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from app.reports.common import FONT, FONT_MONO, Paragraph, Table, para, render, styles


def recovery_sheet_pdf(
    *,
    office_name: str,
    municipality: str,
    recovery_key_text: str,
    store_id: str,
    created_at: dt.datetime | None = None,
) -> bytes:
    created_at = created_at or dt.datetime.now()
    s = styles()
    groups = recovery_key_text.split("-")
    rows = [groups[i : i + 4] for i in range(0, len(groups), 4)]
    rows[-1] += [""] * (4 - len(rows[-1]))
    key_table = Table(
        [[Paragraph(g, s["mono"]) for g in row] for row in rows],
        colWidths=[36 * mm] * 4,
    )
    key_table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT_MONO),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    facts = Table(
        [
            [Paragraph("<b>Kontor</b>", s["body"]), para(office_name, s["body"])],
            [Paragraph("<b>Kommune</b>", s["body"]), para(municipality, s["body"])],
            [Paragraph("<b>Oprettet</b>", s["body"]),
             Paragraph(f"{created_at:%d.%m.%Y kl. %H:%M}", s["body"])],
            [Paragraph("<b>Database-id</b>", s["body"]), Paragraph(store_id, s["small"])],
        ],
        colWidths=[35 * mm, 135 * mm],
    )
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    story = [
        Paragraph("Gendannelsesnøgle", s["title"]),
        Paragraph(
            "Med denne nøgle kan kontorets database åbnes, hvis alle adgangskoder er glemt. "
            "Opbevar arket aflåst, fx i kontorets pengeskab, og aldrig sammen med computeren.",
            s["body"],
        ),
        Spacer(1, 6 * mm),
        facts,
        Spacer(1, 8 * mm),
        Paragraph("Nøgle", s["h2"]),
        key_table,
        Spacer(1, 8 * mm),
        Paragraph("Sådan bruges nøglen", s["h2"]),
        Paragraph(
            "1. Start Fremskudt og vælg <b>Glemt adgangskode</b> i login-vinduet.<br/>"
            "2. Skriv de 52 tegn. Store eller små bogstaver og bindestreger er ligegyldige.<br/>"
            "3. Opret en ny adgangskode til din konto.",
            s["body"],
        ),
        Spacer(1, 8 * mm),
        Paragraph(
            "Hvis arket bortkommer, skal en administrator straks lave en ny gendannelsesnøgle; "
            "den gamle holder da op med at virke.",
            s["small"],
        ),
    ]
    return render(story, title="Gendannelsesnøgle", office=office_name, printed_at=created_at)
