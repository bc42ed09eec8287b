"""The monthly report for the steering group (styregruppe): Ledelsesinformation on one to
three A4 pages: the figures, reportlab's own charts and each figure's definition (issue 21;
seed 003, chapter 2). Counts only: no citizen's name and no CPR number is in it."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from app.domain.enums import Step
from app.domain.measure_figures import FigureKey, Measure, MonthFigures
from app.domain.measures import CASELOAD_BAND
from app.domain.pathways import Outcome
from app.reports.common import FONT, FONT_BOLD, Paragraph, Table, render, styles
from app.services.measure_texts import headline_lines, month_name, number, percent
from app.services.measures import MeasuresView

BLUE = colors.HexColor("#2e6fb7")
ORANGE = colors.HexColor("#d9822b")
GREEN = colors.HexColor("#3a8f3a")
GREY = colors.HexColor("#888888")
PALETTE = [BLUE, ORANGE, GREEN, colors.HexColor("#8e44ad"), colors.HexColor("#c0392b"), GREY,
           colors.HexColor("#16a085")]
WIDTH = 170 * mm


def _axis_fonts(chart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7


def _legend(drawing: Drawing, items: list[tuple[colors.Color, str]], y: float) -> None:
    """Coloured keys under the chart, on a second line when the first is full."""
    x = 40
    for colour, text in items:
        width = 20 + stringWidth(text, FONT, 7.5)
        if x + width > WIDTH and x > 40:
            x, y = 40, y - 11
        drawing.add(Rect(x, y, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 11, y + 1, text, fontName=FONT, fontSize=7.5))
        x += width


def _top(highest: float) -> tuple[int, int]:
    """A value axis with whole-number steps (1-2-5) above `highest`."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            top = step * (int(max(highest, 1) // step) + 1)
            if top // step <= 6:
                return top, step
        magnitude *= 10


def share_chart(view: MeasuresView) -> Drawing:
    """The paid-hours share per month against FSM II's 15 % and 20 % lines."""
    drawing = Drawing(WIDTH, 62 * mm)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 36, WIDTH - 60, 62 * mm - 56
    values = [float(s.value * 100) if s.value is not None else 0.0 for _m, s in view.series]
    months = [f"{m:%m.%y}" for m, _s in view.series]
    top, step = _top(max([*values, 25.0]))
    chart.data = [values, [15.0] * len(values), [20.0] * len(values)]
    chart.categoryAxis.categoryNames = months
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d %%"
    _axis_fonts(chart)
    for i, (colour, width) in enumerate(((BLUE, 2), (ORANGE, 1), (GREEN, 1))):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = width
        if i:
            chart.lines[i].strokeDashArray = (4, 3)
    drawing.add(chart)
    _legend(drawing, [(BLUE, "Andel med løntimer eller uddannelse"),
                      (ORANGE, "FSM II krav 1: 15 %"), (GREEN, "Krav 2: 20 %")], 6)
    return drawing


def bar_chart(names: list[str], series: list[list[float]], legend: list[str],
              band: tuple[int, int] | None = None, stacked: bool = False) -> Drawing:
    """Bars with whole-number ticks; `band` shades a range of the value axis behind them."""
    drawing = Drawing(WIDTH, 60 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 36, WIDTH - 60, 60 * mm - 54
    chart.data = series or [[0]]
    chart.categoryAxis.categoryNames = names or [""]
    highest = max([sum(col) for col in zip(*series, strict=True)] if stacked and series else
                  [v for row in series for v in row] + [band[1] if band else 0, 1])
    top, step = _top(highest)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labelTextFormat = "%d"
    if stacked:
        chart.categoryAxis.style = "stacked"
    _axis_fonts(chart)
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    if band is not None:
        low, high = (chart.y + v / top * chart.height for v in band)
        drawing.add(Rect(chart.x, low, chart.width, high - low,
                         fillColor=colors.HexColor("#e6f2e6"), strokeColor=None))
        for y in (low, high):
            drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=GREEN,
                             strokeDashArray=(4, 3)))
    drawing.add(chart)
    _legend(drawing, [(PALETTE[i % len(PALETTE)], text) for i, text in enumerate(legend)], 14)
    return drawing


def _progression_chart(f: MonthFigures) -> Drawing:
    return bar_chart(["Første måned", "Seneste måned"],
                     [[float(f.first_average or 0), float(f.latest_average or 0)]],
                     ["Gennemsnitlige løntimer pr. måned"])


def _pathways_chart(f: MonthFigures) -> Drawing:
    firsts = [o for o in Outcome if any(h == o for h, _t in f.pathways)]
    thens: list[Outcome | None] = [None, *Outcome]
    series = [[float(f.pathways.get((o, then), 0)) for o in firsts] for then in thens]
    keep = [i for i, row in enumerate(series) if any(row)]
    return bar_chart([o.label for o in firsts], [series[i] for i in keep],
                     ["Derefter: " + (thens[i].then_label if thens[i] else "intet endnu")
                      for i in keep], stacked=True)


def _caseload_chart(view: MeasuresView) -> Drawing:
    people = [p for p in view.caseload if p.role == "jobformidler"]
    return bar_chart([p.name.split()[0] for p in people],
                     [[float(p.open_courses) for p in people]],
                     ["Åbne forløb pr. jobformidler (båndet: 25-35)"], band=CASELOAD_BAND)


def _table(rows: list[list[str]], widths: list[float], header: bool = True) -> Table:
    s = styles()
    cells = [[Paragraph(escape(str(v)), s["small"]) for v in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#CCCCCC"))]
    if header:
        commands += [("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]
    table.setStyle(TableStyle(commands))
    return table


def _scope_table(view: MeasuresView) -> Table:
    rows = [["Jobformidler / makkerskab", "Indsatsgruppe", "Løntimer eller uddannelse",
             "Med løntimer", "Fastholdt 6 mdr."]]
    for scope, f in view.by_scope:
        retained = f.share(FigureKey.RETAINED, FigureKey.RETENTION)
        rows.append([scope.name, number(f.count(FigureKey.GROUP), 0),
                     f"{f.paid_share.count} ({percent(f.paid_share)})",
                     number(f.count(FigureKey.PROGRESSION), 0),
                     f"{retained.count} af {retained.of}"])
    return _table(rows, [50 * mm, 28 * mm, 37 * mm, 25 * mm, 30 * mm])


def _step_table(f: MonthFigures) -> Table:
    rows = [["Trin", "Afsluttet i måneden", "Median (dage)", "90 % (dage)", "Inden for målet"]]
    for step, name in ((Step.AFKLARING, "Trin 1 (højst én måned)"),
                       (Step.PAA_VEJ_MOD_JOB, "Trin 2 (højst 13 uger)")):
        s = f.steps[step]
        rows.append([name, str(s.ended), number(s.median_days), number(s.p90_days),
                     percent(s.within_share)])
    return _table(rows, [50 * mm, 30 * mm, 28 * mm, 28 * mm, 34 * mm])


def monthly_pdf(view: MeasuresView, office: str, printed_at: dt.datetime | None = None
                ) -> bytes:
    """The steering group's monthly report for `view`'s month and scope."""
    s = styles()
    f = view.figures
    title = f"Ledelsesinformation – {month_name(view.month)}"
    definitions = [Measure.GROUP, Measure.PAID_SHARE, *([Measure.BIR] if view.runs_bir else []),
                   Measure.PROGRESSION, Measure.RETENTION, Measure.PATHWAYS, Measure.STEPS,
                   Measure.CASELOAD]

    def h2(text: str) -> Paragraph:
        return Paragraph(escape(text), s["h2"])

    story = [
        Paragraph(escape(title), s["title"]),
        Paragraph(escape(f"{view.scope.name}. Tal fra kontorets egne registreringer, talt pr. "
                         "forløb med forløbets egne datoer. De officielle tal beregner "
                         "jobcentret fra de nationale registre."), s["small"]),
        h2("Månedens tal"),
        _table([[line] for line in headline_lines(f, view.runs_bir)], [WIDTH], header=False),
        KeepTogether([h2("Andel med løntimer eller uddannelse pr. måned"), share_chart(view)]),
        KeepTogether([h2("Progression i løntimer"), _progression_chart(f)]),
        KeepTogether([h2("Forløbsveje: første udfald og det næste"), _pathways_chart(f)]),
        KeepTogether([h2("Sagsstamme pr. jobformidler"), _caseload_chart(view)]),
        KeepTogether([h2("Tid i Trin 1 og Trin 2"), _step_table(f)]),
    ]
    if view.by_scope:
        story += [KeepTogether([h2("Pr. jobformidler og makkerskab"), _scope_table(view)])]
    story += [h2("Sådan er tallene beregnet"), Spacer(1, 1 * mm),
              _table([[m.title, m.definition] for m in definitions], [40 * mm, 130 * mm],
                     header=False)]
    return render(story, title=title, office=office, confidential=False,
                  printed_at=printed_at)
