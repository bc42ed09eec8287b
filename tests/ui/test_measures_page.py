"""Ledelsesinformation as a leader uses it (issue 21): the page loads off the GUI thread, a
month is picked, each figure shows with its definition, the charts carry accessible names and
whole-number ticks, a figure's citizens open (and a record from them), the monthly report is
previewed and printed, and the figures are exported."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.domain.measure_figures import FigureKey, Measure
from app.domain.roles import Role
from app.ui.measures_page import MeasuresPage
from tests.services.test_measures import build_courses

JUL = dt.date(2026, 7, 1)


def _page(qtbot, ctx) -> MeasuresPage:
    page = MeasuresPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 1400)
    page.show()
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    return page


def test_leader_picks_a_month_opens_citizens_and_prints_the_report(qtbot, office, tmp_path
                                                                    ) -> None:
    _office, ctx, citizen, _other = build_courses(office)
    page = _page(qtbot, ctx)
    assert page.chosen()[0] == JUL  # the latest whole month before 10 August
    page.month.setCurrentIndex(page.month.findData("2026-02-01"))
    qtbot.waitUntil(lambda: page.view.month == dt.date(2026, 2, 1), timeout=10_000)
    assert page.cards[Measure.GROUP].value.text() == "2 forløb"  # Bo exempt all February
    page.month.setCurrentIndex(page.month.findData(JUL.isoformat()))
    qtbot.waitUntil(lambda: page.view.month == JUL, timeout=10_000)
    card = page.cards[Measure.PAID_SHARE]
    assert card.value.text() == "33,3 % (1 af 3)"
    assert "FSM II-krav: 15 %" in card.definition.text()
    assert page.cards[Measure.RETENTION].value.text() == "100 % har løntimer 6 måneder senere"
    for chart in (page.share_chart, page.progression_chart, page.caseload_chart,
                  page.pathways_chart):
        assert chart.accessibleName() and chart.accessibleDescription()
    assert "07.26: 33,3 %" in page.share_chart.accessibleDescription()
    axis = page.caseload_chart.chart().axes(Qt.Orientation.Vertical)[0]
    assert axis.labelFormat() == "%d" and axis.tickInterval() == int(axis.tickInterval())
    assert [page.scope.itemText(i) for i in range(page.scope.count())][:1] == ["Hele kontoret"]
    assert page.scope_model.rowCount() == 2

    # the citizens behind "Løntimer eller uddannelse", then the record from the list
    qtbot.mouseClick(card.buttons[FigureKey.PAID], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.citizens is not None, timeout=10_000)
    dialog = page.citizens
    assert dialog.model.rowCount() == 1 and dialog.model.row_at(0).masked_cpr == "010190-****"
    with qtbot.waitSignal(page.open_citizen) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [citizen.hex]
    dialog.close()

    page.print_report()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    preview = page.preview.preview
    qtbot.waitUntil(lambda: preview.page_count() >= 1, timeout=5000)
    assert preview.page_count() <= 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.printed):
        preview.print_to(printer)
    page.preview.close()

    target = tmp_path / "tal.xlsx"
    page.export("xlsx", str(target))
    qtbot.waitUntil(lambda: "Gemt:" in page.status.text(), timeout=10_000)
    assert target.stat().st_size > 1000
    qtbot.waitUntil(lambda: page.drop_in is not None, timeout=10_000)  # open counselling
    assert "besøg" in page.cards[Measure.DROP_IN].value.text()


def test_figures_open_citizens_only_for_a_leader(qtbot, office) -> None:
    _office, _ctx, _citizen, _other = build_courses(office)
    consultant = office.add_staff("mette", {Role.JOBKONSULENT}, "Mette Jensen")
    consultant.clock = office.admin.clock
    page = _page(qtbot, consultant)
    button = page.cards[Measure.PAID_SHARE].buttons[FigureKey.PAID]
    assert not button.isEnabled()
    assert button.text() == "Løntimer eller uddannelse: 1"
    qtbot.waitUntil(lambda: page.drop_in is not None, timeout=10_000)
