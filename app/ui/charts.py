"""Charts: visits per day on Rapporter, and the course's løntimer per month on the record.

Both draw their bars on a value axis whose ticks are whole numbers at their true place
(issue 15 point 17, issue 17 point 12): the axis runs from 0 to a multiple of a 1-2-5 step,
so a label "8" stands exactly at 8 and a bar of 10 reaches exactly the height of 10."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from app.domain.values import TRIN3_EXIT_PAID_HOURS_PER_MONTH

translate = QCoreApplication.translate
BAR_COLOUR = "#2e6fb7"
MAX_TICK_GAPS = 6


def integer_axis(highest: float, gaps: int = MAX_TICK_GAPS) -> tuple[int, int]:
    """The top of a value axis and its whole-number tick step for bars up to `highest`:
    the smallest 1-2-5 step (1, 2, 5, 10, 20, ...) giving at most `gaps` gaps, and a top
    that leaves room above the highest bar for its value label."""
    need = max(highest, 1.0)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            top = step * (math.floor(need / step) + 1)  # always a gap above the highest bar
            if top // step <= gaps:
                return top, step
        magnitude *= 10


class BarChart(QChartView):
    """A plain bar chart with the value on each bar and whole-number ticks."""

    def __init__(self, title: str, unit: str, name: str, parent: QWidget | None = None,
                 floor: float = 0.0) -> None:
        super().__init__(parent)
        self.title = title
        self.unit = unit
        self.floor = floor  # the axis always reaches at least this high
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.values: list[float] = []
        self.set_values([], [])

    def set_values(self, labels: Sequence[str], values: Sequence[float]) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(self.title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QBarSeries()
        bars = QBarSet(self.title)
        bars.setColor(QColor(BAR_COLOUR))
        self.values = [float(v) for v in values]
        for value in self.values:
            bars.append(value)
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(labels) or [""])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.addAxis(self._value_axis(), Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(chart.axes(Qt.Orientation.Vertical)[0])
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _value_axis(self) -> QValueAxis:
        top, step = integer_axis(max([*self.values, self.floor]))
        axis = QValueAxis()
        axis.setRange(0, top)
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setMinorTickCount(0)
        axis.setLabelFormat("%d")
        axis.setTitleText(self.unit)
        return axis


class PaidHoursChart(BarChart):
    """The course's paid hours per month: one bar a month, summed over every agreement and
    company of the course (domain.md), the value on each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # the axis always reaches above 30 hours, the mark that ends Trin 3 (seed 001)
        super().__init__(translate("PaidHoursChart", "Løntimer pr. måned"),
                         translate("PaidHoursChart", "timer"), "paidHoursChart", parent,
                         floor=float(TRIN3_EXIT_PAID_HOURS_PER_MONTH))

    def set_months(self, months: Sequence) -> None:  # rows with .month and .hours
        self.set_values([f"{m.month:%m.%y}" for m in months], [float(m.hours) for m in months])
