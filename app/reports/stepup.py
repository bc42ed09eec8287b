"""The printed step-up sheets: the preparation sheet (A), the agreement document (C) and the
meeting pack for the participants (seed 002, "'Step-up' indsats"). All marked "Fortroligt",
with the CPR number masked unless the user chooses otherwise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, TableStyle

from app.domain.stepup import AGREEMENT_QUESTIONS
from app.reports.common import FONT, Paragraph, Table, render, styles
from app.reports.cv import cv_story
from app.services.views import CvView, RowView

WRITING_LINES = 5


@dataclass(frozen=True)
class StepUpSheetData:
    office: str
    citizen_name: str
    cpr_text: str
    citizen_phone: str
    barrier_label: str
    initiated_label: str
    reason: str
    started_on: dt.date
    caseworker: str
    jobformidler: str
    job_goal: str
    questions: tuple[tuple[str, str], ...]  # (question, answer or "")
    documents: tuple[tuple[str, bool], ...]  # (document, included)
    participants: tuple[tuple[str, str, str], ...]  # (role, name, organisation)
    meetings: tuple[tuple[int, dt.date, str, str], ...]  # (number, date, place, attendees)
    rows: tuple[RowView, ...]
    cv: CvView
    consent_text: str
    # the preparation form in the citizen's own words (seed 004 "borgeren selv oplever")
    citizen_barriers: str = ""
    citizen_resources: str = ""
    printed_at: dt.datetime | None = None  # from the app's clock (ServiceContext.now)


def _p(text: str, style) -> Paragraph:  # reportlab style
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def _d(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def _facts(d: StepUpSheetData) -> Table:
    s = styles()
    rows = [("Borger", d.citizen_name), ("CPR-nummer", d.cpr_text),
            ("Barrierer", d.barrier_label), ("Startet af", d.initiated_label),
            ("Startet", _d(d.started_on)), ("Sagsbehandler", d.caseworker),
            ("Jobformidler", d.jobformidler), ("Jobmål", d.job_goal),
            ("Samtykke", d.consent_text)]
    table = Table([[Paragraph(f"<b>{escape(k)}</b>", s["body"]), _p(v, s["body"])]
                   for k, v in rows], colWidths=[40 * mm, 130 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _writing_space(lines: int = WRITING_LINES) -> Table:
    table = Table([[""] for _ in range(lines)], colWidths=[170 * mm],
                  rowHeights=[8 * mm] * lines)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4,
                                colors.HexColor("#999999")),
                               ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


def preparation_story(d: StepUpSheetData) -> list:
    """A. Forberedelsesskema: what is known is filled in; the rest has room to write."""
    s = styles()
    story: list = [
        Paragraph("Step-up: forberedelsesskema", s["title"]),
        Paragraph("Udfyldes af borgeren sammen med sagsbehandler og jobformidler og sendes "
                  "til deltagerne før den tværfaglige samtale.", s["body"]),
        Spacer(1, 4 * mm), _facts(d),
        Paragraph("Hvorfor trækker matchet ud?", s["h2"]),
    ]
    story.append(_p(d.reason, s["body"]) if d.reason.strip() else _writing_space(3))
    for heading, text in (("Med borgerens egne ord: det, der står i vejen for job",
                           d.citizen_barriers),
                          ("Med borgerens egne ord: ressourcer og det, der går godt",
                           d.citizen_resources)):
        story.append(Paragraph(heading, s["h2"]))
        story.append(_p(text, s["body"]) if text.strip() else _writing_space(3))
    story.append(Paragraph("Spørgsmål til forberedelsen", s["h2"]))
    for question, answer in d.questions:
        block = [Paragraph(f"<b>{escape(question)}</b>", s["body"])]
        block.append(_p(answer, s["body"]) if answer.strip() else _writing_space())
        block.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(block))
    story.append(KeepTogether(
        [Paragraph("Dokumenter, der sendes med", s["h2"])]
        + [Paragraph(f"{'☒' if included else '☐'} {escape(label)}", s["body"])
           for label, included in d.documents]))
    if d.participants:
        story.append(Paragraph("Deltagere", s["h2"]))
        story.append(_participants(d))
    return story


def _participants(d: StepUpSheetData) -> Table:
    s = styles()
    table = Table([[Paragraph("<b>Rolle</b>", s["body"]), Paragraph("<b>Navn</b>", s["body"]),
                    Paragraph("<b>Organisation</b>", s["body"])]]
                  + [[_p(r, s["body"]), _p(n, s["body"]), _p(o, s["body"])]
                     for r, n, o in d.participants],
                  colWidths=[45 * mm, 65 * mm, 60 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                colors.HexColor("#BBBBBB")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def agreement_story(d: StepUpSheetData) -> list:
    """C. Aftaledokument: the agreements, who follows up and when, supplementary efforts and
    their coordination, and the considerations (hensyn)."""
    s = styles()
    story: list = [
        Paragraph("Step-up: aftaledokument", s["title"]),
        Paragraph("Aftalerne skrives også ind i Min Plan. Sagsbehandleren er ansvarlig for, "
                  "at aftalerne om supplerende indsatser sættes i gang hurtigst muligt.",
                  s["body"]),
        Spacer(1, 4 * mm), _facts(d),
    ]
    if d.meetings:
        story.append(Paragraph("Tværfaglige samtaler", s["h2"]))
        for number, day, place, attendees in d.meetings:
            story.append(_p(f"Samtale {number}: {_d(day)}, {place}. Deltog: {attendees}",
                            s["body"]))
    labels = ("Aftale", "Hvem følger op", "Hvornår følges der op", "Supplerende indsats",
              "Indsatsen starter", "Koordinering med den virksomhedsrettede indsats", "Hensyn")
    story.append(Paragraph("Aftaler", s["h2"]))
    if not d.rows:
        for question in AGREEMENT_QUESTIONS:
            story.append(KeepTogether([Paragraph(f"<b>{escape(question)}</b>", s["body"]),
                                       _writing_space(3)]))
    for index, row in enumerate(d.rows, start=1):
        values = (row.agreement, row.responsible, _d(row.follow_up_on),
                  row.supplementary_effort, _d(row.effort_starts_on), row.coordination,
                  row.considerations)
        table = Table([[Paragraph(f"<b>{escape(k)}</b>", s["small"]), _p(v or "–", s["body"])]
                       for k, v in zip(labels, values, strict=True)],
                      colWidths=[55 * mm, 115 * mm])
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(KeepTogether([Paragraph(f"Aftale {index}", s["h2"]), table]))
    story.append(Spacer(1, 12 * mm))
    signatures = Table([["", "", ""], [Paragraph("Borger", s["small"]), "",
                                       Paragraph("Sagsbehandler", s["small"])]],
                       colWidths=[75 * mm, 20 * mm, 75 * mm], rowHeights=[14 * mm, None])
    signatures.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                    ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                                    ("LINEBELOW", (2, 0), (2, 0), 0.8, colors.black)]))
    story.append(KeepTogether([Paragraph("Underskrifter", s["h2"]), signatures]))
    return story


def meeting_cover_story(d: StepUpSheetData) -> list:
    s = styles()
    next_meeting = next((m for m in d.meetings), None)
    when = (f"{_d(next_meeting[1])}, {next_meeting[2]}" if next_meeting
            else "Dato og sted aftales")
    return [
        Paragraph("Step-up: mødepakke", s["title"]),
        Paragraph(f"Tværfaglig samtale med {escape(d.citizen_name)}", s["h2"]),
        _p(when, s["body"]),
        Spacer(1, 4 * mm),
        Paragraph("Pakken indeholder forberedelsesskemaet og borgerens CV og jobmål. Den er "
                  "sendt med borgerens samtykke og må kun bruges til samtalen.", s["body"]),
        Paragraph("Deltagere", s["h2"]), _participants(d),
    ]


def preparation_pdf(d: StepUpSheetData) -> bytes:
    return render(preparation_story(d), title="Step-up: forberedelsesskema", office=d.office,
                  printed_at=d.printed_at)


def agreement_document_pdf(d: StepUpSheetData) -> bytes:
    return render(agreement_story(d), title="Step-up: aftaledokument", office=d.office,
                  printed_at=d.printed_at)


def meeting_pack_pdf(d: StepUpSheetData) -> bytes:
    story = [*meeting_cover_story(d), PageBreak(), *preparation_story(d), PageBreak(),
             *cv_story(d.cv, heading=f"CV og jobmål – {d.cv.name}")]
    return render(story, title="Step-up: mødepakke", office=d.office, printed_at=d.printed_at)
