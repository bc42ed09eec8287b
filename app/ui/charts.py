"""Charts: løntimer per month for one agreement."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from app.domain.values import TRIN3_EXIT_PAID_HOURS_PER_MONTH


class BarChart(QChartView):
    """A plain bar chart with the value on each bar."""

    def __init__(self, title: str, unit: str, name: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.title = title
        self.unit = unit
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
        bars.setColor(QColor("#2e6fb7"))
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
        axis_y = QValueAxis()
        axis_y.setRange(0, max([*self.values, 1.0]) * 1.15)
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(self.unit)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class PaidHoursChart(QChartView):
    """Bars of paid hours per month, with the value on each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paidHoursChart")
        self.setAccessibleName(self.tr("Løntimer pr. måned"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.values: list[float] = []
        self.set_months(())

    def set_months(self, months: Sequence) -> None:  # rows with .month and .hours
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(self.tr("Løntimer pr. måned"))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QBarSeries()
        bars = QBarSet(self.tr("Løntimer"))
        bars.setColor(QColor("#2e6fb7"))
        self.values = [float(m.hours) for m in months]
        for value in self.values:
            bars.append(value)
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{m.month:%m.%y}" for m in months] or [""])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        # the axis always reaches above 30 hours, the mark that ends Trin 3 (seed 001)
        axis_y.setRange(0, max([*self.values, float(TRIN3_EXIT_PAID_HOURS_PER_MONTH)]) * 1.15)
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(self.tr("timer"))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
