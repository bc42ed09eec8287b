"""The charts of Ledelsesinformation (issue 21): the paid-hours share per month as a line
against FSM II's 15 % and 20 % lines, and bars of counts (progression, caseload per person
against the 25-35 band, pathways stacked by what followed). Counts stand on whole-number
ticks (app.ui.charts.integer_axis); every chart has an accessible name and a description
that reads its values out in Danish number format."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.ui.charts import BAR_COLOUR, integer_axis

DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
PALETTE = ("#2e6fb7", "#d9822b", "#3a8f3a", "#8e44ad", "#c0392b", "#7f8c8d", "#16a085")
REQUIREMENT_COLOURS = ("#d9822b", "#3a8f3a")


def number(value: float | None, decimals: int = 1) -> str:
    """Danish number format: "1.234,5"; no trailing zero decimals; "–" for none."""
    if value is None:
        return "–"
    text = DANISH.toString(float(value), "f", decimals)
    if DANISH.decimalPoint() in text:
        text = text.rstrip("0").rstrip(DANISH.decimalPoint())
    return text


class _Chart(QChartView):
    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setMinimumWidth(360)

    def _new_chart(self, legend: bool) -> QChart:
        chart = QChart()
        chart.setTitle(self.title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setVisible(legend)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _install(self, chart: QChart, description: str) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setAccessibleDescription(description)
        self.setToolTip(description)


class ShareChart(_Chart):
    """The share of the indsatsgruppe with paid hours or education, month by month, against
    the FSM II requirements (seed 003: 15 % and 20 %)."""

    def __init__(self, title: str, share_name: str, requirement_names: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, "shareChart", parent)
        self.share_name = share_name
        self.requirement_names = tuple(requirement_names)
        self.values: list[float | None] = []
        self.set_series([], [])

    def set_series(self, months: Sequence[str], percents: Sequence[float | None]) -> None:
        self.values = list(percents)
        chart = self._new_chart(True)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(months) or [""])
        axis_x.setLabelsAngle(-90)  # twelve "mm.yy" labels never fit side by side
        top, step = integer_axis(max([v or 0 for v in self.values] + [25.0]))
        axis_y = QValueAxis()
        axis_y.setRange(0, top)
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(step)
        axis_y.setLabelFormat("%d %%")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        share = QLineSeries()
        share.setName(self.share_name)
        share.setPen(QPen(QColor(BAR_COLOUR), 3))
        share.setPointsVisible(True)
        for i, value in enumerate(self.values):
            if value is not None:
                share.append(QPointF(i, value))
        lines = [share]
        for level, name, colour in zip((15, 20), self.requirement_names, REQUIREMENT_COLOURS,
                                       strict=True):
            line = QLineSeries()
            line.setName(name)
            pen = QPen(QColor(colour), 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append(QPointF(-0.5, level))
            line.append(QPointF(max(len(self.values), 1) - 0.5, level))
            lines.append(line)
        for line in lines:
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        described = "; ".join(f"{m}: {number(v)} %" for m, v in zip(months, self.values,
                                                                    strict=True))
        self._install(chart, f"{self.title}. {described}")


class CountBars(_Chart):
    """Bars of whole numbers with their value on top; `band` shades a range behind them (the
    25-35 caseload band); several `sets` stack when `stacked`."""

    def __init__(self, title: str, unit: str, name: str, *, band: tuple[int, int] | None = None,
                 band_name: str = "", stacked: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, name, parent)
        self.unit = unit
        self.band = band
        self.band_name = band_name
        self.stacked = stacked
        self.sets: list[tuple[str, list[float]]] = []
        self.set_values([], [])

    def set_values(self, labels: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]]
                   ) -> None:
        self.sets = [(name, [float(v) for v in values]) for name, values in sets]
        chart = self._new_chart(len(self.sets) > 1 or self.band is not None)
        series = QStackedBarSeries() if self.stacked else QBarSeries()
        for i, (name, values) in enumerate(self.sets):
            bars = QBarSet(name)
            bars.setColor(QColor(PALETTE[i % len(PALETTE)]))
            bars.append(values)
            series.append(bars)
        series.setLabelsVisible(not self.stacked)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(labels) or [""])
        columns = list(zip(*(values for _n, values in self.sets), strict=True))
        highest = max([sum(c) if self.stacked else max(c) for c in columns] or [0.0])
        top, step = integer_axis(max(highest, float(self.band[1]) if self.band else 0.0))
        axis_y = QValueAxis()
        axis_y.setRange(0, top)
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(step)
        axis_y.setMinorTickCount(0)
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(self.unit)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        if self.band is not None:
            self._add_band(chart, axis_x, axis_y, max(len(labels), 1))
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        parts = []
        for i, label in enumerate(labels):
            values = ", ".join(f"{name} {number(v[i], 0)}" if len(self.sets) > 1
                               else number(v[i], 0) for name, v in self.sets)
            parts.append(f"{label}: {values}")
        self._install(chart, f"{self.title}. {'; '.join(parts)}")

    def _add_band(self, chart: QChart, axis_x: QBarCategoryAxis, axis_y: QValueAxis,
                  count: int) -> None:
        low, high = QLineSeries(), QLineSeries()
        for x in (-0.5, count - 0.5):
            low.append(QPointF(x, self.band[0]))
            high.append(QPointF(x, self.band[1]))
        area = QAreaSeries(high, low)
        self._band_lines = (high, low)  # the area draws them: they must outlive this call
        area.setName(self.band_name)
        area.setColor(QColor(58, 143, 58, 60))
        area.setBorderColor(QColor("#3a8f3a"))
        chart.addSeries(area)
        area.attachAxis(axis_x)
        area.attachAxis(axis_y)
