"""The central jobcenter's monthly report for its leadership (issue 19 point 8): the
programme's measures per outreach office and for all offices, side by side, with the
offices' paid-hours share over the year and each measure's definition. Counts only: no
citizen's name and no CPR number is in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from app.domain.measure_figures import FigureKey, Measure
from app.domain.measures import FSM_REQUIREMENT_1, FSM_REQUIREMENT_2
from app.domain.month_measures import Share
from app.reports.common import FONT_BOLD, Paragraph, Table, render, styles
from app.reports.monthly import WIDTH, share_chart
from app.services.central_report import CentralReport, OfficeFigures
from app.services.measure_texts import headline_lines, month_name, number, percent


@dataclass(frozen=True)
class _Series:
    """What share_chart reads of a view: the months and their shares."""

    series: tuple[tuple[dt.date, Share], ...]


def _table(rows: list[list[str]], widths: list[float], bold_last: bool = False) -> Table:
    s = styles()
    cells = [[Paragraph(escape(str(v)), s["small"]) for v in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#CCCCCC")),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]
    if bold_last:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F4F4F4")))
    table.setStyle(TableStyle(commands))
    return table


def _yes(share: Share, requirement) -> str:
    return "ja" if share.meets(requirement) else "nej"


def _row(o: OfficeFigures) -> list[str]:
    f = o.figures
    share = f.paid_share
    retained = f.share(FigureKey.RETAINED, FigureKey.RETENTION)
    change = f.change_percent
    return [o.name, number(o.courses, 0), number(f.count(FigureKey.GROUP), 0),
            f"{share.count} ({percent(share)})",
            f"{_yes(share, FSM_REQUIREMENT_1)} / {_yes(share, FSM_REQUIREMENT_2)}",
            number(f.count(FigureKey.PROGRESSION), 0),
            "–" if change is None else f"{int(change):+d} %",
            f"{retained.count} af {retained.of}", number(f.count(FigureKey.OPEN), 0)]


def _overview(report: CentralReport) -> Table:
    header = ["Kontor", "Forløb", "Indsats- gruppe", "Løntimer el. uddannelse",
              "FSM II krav 1 / 2", "Med løntimer", "Ændring i timer", "Fastholdt 6 mdr.",
              "Åbne forløb"]
    rows = [header, *(_row(o) for o in report.offices), _row(report.total)]
    widths = [26 * mm, 14 * mm, 17 * mm, 23 * mm, 16 * mm, 18 * mm, 19 * mm, 21 * mm, 16 * mm]
    return _table(rows, widths, bold_last=True)


def central_pdf(report: CentralReport, jobcenter: str = "Jobcentret",
                printed_at: dt.datetime | None = None) -> bytes:
    """The report as PDF bytes: the overview, the share chart for all offices, each office's
    figures in words, and how they are counted."""
    s = styles()
    title = f"Fremskudt beskæftigelsesindsats – {month_name(report.month)}"

    def h2(text: str) -> Paragraph:
        return Paragraph(escape(text), s["h2"])

    runs_bir = report.total.runs_bir
    story = [
        Paragraph(escape(title), s["title"]),
        Paragraph(escape(
            "Tal fra de fremskudte kontorers egne registreringer, som de er indlæst hos "
            "jobcentret, talt pr. forløb med forløbets egne datoer og med de samme regler som "
            "kontorernes Ledelsesinformation. De officielle tal beregner jobcentret fra de "
            "nationale registre."), s["small"]),
        h2("Kontorerne side om side"), _overview(report),
        KeepTogether([h2("Alle kontorer: andel med løntimer eller uddannelse pr. måned"),
                      share_chart(_Series(report.total.series))]),
    ]
    for o in (*report.offices, report.total):
        story.append(KeepTogether([h2(o.name), _table(
            [["Månedens tal"], *([line] for line in headline_lines(o.figures, runs_bir))],
            [WIDTH])]))
    definitions = [Measure.GROUP, Measure.PAID_SHARE, *([Measure.BIR] if runs_bir else []),
                   Measure.PROGRESSION, Measure.RETENTION, Measure.PATHWAYS, Measure.STEPS]
    story += [h2("Sådan er tallene beregnet"), Spacer(1, 1 * mm),
              _table([["Mål", "Definition"], *([m.title, m.definition] for m in definitions)],
                     [40 * mm, 130 * mm])]
    return render(story, title=title, office=jobcenter, confidential=False,
                  printed_at=printed_at)
