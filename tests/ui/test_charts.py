"""The charts' computed geometry (issue 15 point 17, issue 17 point 12): every bar is exactly
as high as its value on the axis (so proportional to it, within 1 px), and the value axis has
whole-number tick labels standing at their true height."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsTextItem

from app.ui.charts import BAR_COLOUR, BarChart, PaidHoursChart, integer_axis


def _geometry(view) -> tuple[list[float], dict[int, float], float, float]:
    """(bar heights left to right, {tick label: its centre's y}, y of 0, px per unit)."""
    view.resize(640, 420)
    view.show()
    chart = view.chart()
    series = chart.series()[0]
    zero = chart.mapToPosition(QPointF(0, 0), series).y()
    unit = zero - chart.mapToPosition(QPointF(0, 1), series).y()
    bars, ticks = [], {}
    left = chart.plotArea().left()
    for item in view.scene().items():
        if isinstance(item, QGraphicsRectItem) and item.brush().color() == QColor(BAR_COLOUR):
            rect = item.mapRectToScene(item.rect())
            if rect.height() > 0 and rect.width() > 20:  # not the legend's marker
                assert abs(rect.bottom() - zero) <= 1  # every bar stands on 0
                bars.append((rect.left(), rect.height()))
        elif isinstance(item, QGraphicsTextItem) and item.toPlainText() and (
                item.sceneBoundingRect().right() < left
                and item.toPlainText() != view.unit):
            text = item.toPlainText()
            assert text.isdigit(), text  # tick labels are whole numbers
            ticks[int(text)] = item.sceneBoundingRect().center().y()
    return [h for _x, h in sorted(bars)], ticks, zero, unit


@pytest.mark.parametrize("values", [[3, 7, 10], [1, 2], [0, 4, 13, 2], [41, 120, 87, 5],
                                    [1]])
def test_visit_bars_are_as_high_as_their_values(qtbot, values) -> None:
    view = BarChart("Besøg pr. dag", "besøg", "visitsPerDay")
    qtbot.addWidget(view)
    view.set_values([f"{i + 1}.6" for i in range(len(values))], values)
    heights, ticks, zero, unit = _geometry(view)
    assert len(heights) == sum(1 for v in values if v)
    for height, value in zip(heights, [v for v in values if v], strict=True):
        assert abs(height - value * unit) <= 1, (height, value, unit)
    # the ticks are whole numbers at their true place: label 8 stands at the height of 8
    assert 0 in ticks and len(ticks) >= 2
    for number, y in ticks.items():
        assert abs(y - (zero - number * unit)) <= 1, (number, y)
    # the axis reaches above the highest bar (room for its value label), but not far above
    top = max(ticks)
    assert max(values) < top <= 2 * max(values) + 1


def test_paid_hours_bars_are_proportional_and_the_axis_reaches_30(qtbot) -> None:
    view = PaidHoursChart()
    qtbot.addWidget(view)
    months = [SimpleNamespace(month=dt.date(2026, m, 1), hours=Decimal(h))
              for m, h in ((3, "6"), (4, "12.5"), (5, "29.75"), (6, "44"))]
    view.set_months(months)
    heights, ticks, zero, unit = _geometry(view)
    assert view.values == [6.0, 12.5, 29.75, 44.0]
    for height, value in zip(heights, view.values, strict=True):
        assert abs(height - value * unit) <= 1
    assert abs(heights[3] / heights[0] - 44 / 6) < 0.05
    for number, y in ticks.items():
        assert abs(y - (zero - number * unit)) <= 1
    assert 30 in ticks  # Trin 3's mark is a tick of its own

    view.set_months(months[:1])  # a low month still shows the 30-hour mark
    _heights, ticks, _zero, _unit = _geometry(view)
    assert max(ticks) > 30


def test_integer_axis_steps() -> None:
    assert integer_axis(0) == (2, 1)
    assert integer_axis(10) == (12, 2)
    assert integer_axis(29.75) == (30, 5)
    assert integer_axis(30) == (40, 10)
    assert integer_axis(151) == (200, 50)
    for highest in (1, 3, 7, 9.5, 17, 58, 333, 4999):
        top, step = integer_axis(highest)
        assert top > highest and top % step == 0 and top // step <= 6
