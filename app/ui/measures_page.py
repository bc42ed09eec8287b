"""Ledelsesinformation (issue 21): the programme's measures for a month, for the office, a
jobformidler or a makkerskab, live from the office's own records: each figure with its short
definition (seed 003, chapter 2), the charts, the figures per person, the citizens behind a
figure (leader only; logged), the monthly report and the exports. Data loads off the GUI
thread (app.ui.common.Operation)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Step
from app.domain.errors import FremskudtError
from app.domain.measure_figures import FigureKey, Measure, MonthFigures
from app.domain.measures import CASELOAD_BAND, month_start, shift_month
from app.domain.pathways import Outcome
from app.domain.roles import Role
from app.services import measure_exports, measures
from app.services.context import ServiceContext
from app.services.measures import MeasuresView
from app.ui.common import Operation, error_label, name_widget, show_label_error
from app.ui.files import save_file_name
from app.ui.i18n import core_text
from app.ui.measure_charts import CountBars, ShareChart, number
from app.ui.measures_citizens import CitizensDialog
from app.ui.pdf_preview import open_pdf_dialog
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view

MONTHS_SHOWN = 36
# the figures a card links to, in the order they are shown
CARD_KEYS: dict[Measure, tuple[FigureKey, ...]] = {
    Measure.GROUP: (FigureKey.GROUP,),
    Measure.PAID_SHARE: (FigureKey.PAID, FigureKey.NOT_PAID),
    Measure.BIR: (FigureKey.BIR_GROUP, FigureKey.BIR_1, FigureKey.BIR_2),
    Measure.PROGRESSION: (FigureKey.PROGRESSION, FigureKey.MORE, FigureKey.SAME,
                          FigureKey.FEWER, FigureKey.FULL_TIME),
    Measure.RETENTION: (FigureKey.RETENTION, FigureKey.RETAINED, FigureKey.SAME_COMPANY),
    Measure.PATHWAYS: (FigureKey.PATH_JOB, FigureKey.PATH_PAID, FigureKey.PATH_INTERNSHIP,
                       FigureKey.PATH_EDUCATION, FigureKey.PATH_REHAB, FigureKey.PATH_DROPOUT),
    Measure.STEPS: (FigureKey.TRIN1_OVER, FigureKey.TRIN2_OVER),
    Measure.CASELOAD: (FigureKey.OPEN,),
    Measure.DROP_IN: (),
}


class FigureCard(QGroupBox):
    """One measure: its figure, its definition, and a link per figure to its citizens."""

    open_figure = Signal(object)  # FigureKey

    def __init__(self, measure: Measure, can_open: bool, parent: QWidget | None = None) -> None:
        super().__init__(core_text(measure.title), parent)
        self.measure = measure
        self.can_open = can_open
        name = f"card_{measure.value}"
        self.setObjectName(name)
        self.setAccessibleName(core_text(measure.title))
        self.value = name_widget(QLabel(), f"{name}_value", core_text(measure.title))
        self.value.setWordWrap(True)
        self.value.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.definition = name_widget(QLabel(core_text(measure.definition)),
                                      f"{name}_definition", self.tr("Definition"))
        self.definition.setWordWrap(True)
        self.definition.setStyleSheet("color: #555555; font-size: 9pt;")
        self.links = QGridLayout()
        self.buttons: dict[FigureKey, QPushButton] = {}
        for i, key in enumerate(CARD_KEYS[measure]):
            button = name_widget(QPushButton(), f"figure_{key.value}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; color: #1f5aa0;")
            button.setEnabled(can_open)
            button.clicked.connect(lambda _c=False, k=key: self.open_figure.emit(k))
            self.buttons[key] = button
            self.links.addWidget(button, i, 0)  # one column: the page fits a laptop
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addLayout(self.links)
        layout.addWidget(self.definition)
        layout.addStretch(1)

    def set_figures(self, value: str, figures: MonthFigures) -> None:
        self.value.setText(value)
        for key, button in self.buttons.items():
            text = self.tr("{label}: {n}").format(label=core_text(key.label),
                                                   n=number(figures.count(key), 0))
            button.setText(text)
            button.setAccessibleName(
                self.tr("Vis borgerne: {figure}").format(figure=text) if self.can_open
                else text)
            button.setToolTip(self.tr("Vis borgerne bag tallet (logges i deres indsigtslog)")
                              if self.can_open else self.tr("Kun en leder kan se borgerne"))


class MeasuresPage(QWidget):
    """Ledelsesinformation for the leader."""

    open_citizen = Signal(str)  # citizen id as hex

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: MeasuresView | None = None
        self.operation: Operation | None = None
        self.drop_in_operation: Operation | None = None
        self.drop_in: object | None = None
        self.preview: QDialog | None = None
        self.citizens: CitizensDialog | None = None
        self._build()
        self.load()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.month = name_widget(QComboBox(), "monthPicker", self.tr("Måned"))
        latest = month_start(self.ctx.today())
        for i in range(MONTHS_SHOWN):
            month = shift_month(latest, -i)
            self.month.addItem(f"{self._month_names()[month.month - 1]} {month.year}",
                               month.isoformat())
        self.month.setCurrentIndex(1)  # the latest whole month: its payslips are in
        self.scope = name_widget(QComboBox(), "scopePicker", self.tr("Vis for"))
        self.scope.addItem(self.tr("Hele kontoret"), measures.OFFICE)
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.report_button = name_widget(QPushButton(self.tr("Måneds&rapport …")),
                                         "monthlyReport")
        self.report_button.clicked.connect(self.print_report)
        self.csv_button = name_widget(QPushButton(self.tr("Eksportér &CSV …")), "exportCsv")
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = name_widget(QPushButton(self.tr("Eksportér &Excel …")),
                                       "exportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        controls = QHBoxLayout()
        for label, widget in ((self.tr("&Måned:"), self.month),
                              (self.tr("&Vis for:"), self.scope)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addStretch(1)
        for button in (self.report_button, self.csv_button, self.xlsx_button):
            controls.addWidget(button)
        self.status = name_widget(QLabel(), "measuresStatus", self.tr("Status"))
        self.error = error_label("measuresError")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Ledelsesinformation")))
        intro = QLabel(self.tr("Programmets mål fra kontorets egne registreringer, talt pr. "
                               "forløb. De officielle tal beregner jobcentret fra de "
                               "nationale registre."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(self._build_cards())
        layout.addLayout(self._build_charts())
        layout.addWidget(self._build_scope_table())

    def _month_names(self) -> tuple[str, ...]:
        return (self.tr("januar"), self.tr("februar"), self.tr("marts"), self.tr("april"),
                self.tr("maj"), self.tr("juni"), self.tr("juli"), self.tr("august"),
                self.tr("september"), self.tr("oktober"), self.tr("november"),
                self.tr("december"))

    def _build_cards(self) -> QGridLayout:
        leader = Role.LEDER in self.ctx.user.roles
        self.cards = {measure: FigureCard(measure, leader) for measure in Measure}
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            card.open_figure.connect(self.open_figure)
            grid.addWidget(card, i // 3, i % 3)
        return grid

    def _build_charts(self) -> QGridLayout:
        self.share_chart = ShareChart(
            self.tr("Andel med løntimer eller uddannelse pr. måned"),
            self.tr("Andel"), [self.tr("FSM II krav 1: 15 %"), self.tr("Krav 2: 20 %")])
        self.progression_chart = CountBars(
            self.tr("Progression: første mod seneste måned med løntimer"), self.tr("forløb"),
            "progressionChart")
        self.caseload_chart = CountBars(
            self.tr("Åbne forløb pr. jobformidler"), self.tr("forløb"), "caseloadChart",
            band=CASELOAD_BAND, band_name=self.tr("Båndet 25-35 borgere"))
        self.pathways_chart = CountBars(
            self.tr("Forløbsveje: første udfald og det næste"), self.tr("forløb"),
            "pathwaysChart", stacked=True)
        grid = QGridLayout()
        for i, chart in enumerate((self.share_chart, self.progression_chart,
                                   self.caseload_chart, self.pathways_chart)):
            grid.addWidget(chart, i // 2, i % 2)
        return grid

    def _build_scope_table(self) -> QWidget:
        def share(f: MonthFigures) -> str:
            value = f.paid_share.value
            return self.tr("{n} ({pct} %)").format(
                n=f.paid_share.count, pct=number(None if value is None else value * 100))

        self.scope_model = RowsTableModel([
            Column(self.tr("Jobformidler / makkerskab"), lambda r: r[0].name),
            Column(self.tr("Indsatsgruppe"), lambda r: r[1].count(FigureKey.GROUP),
                   align_right=True),
            Column(self.tr("Løntimer eller uddannelse"), lambda r: share(r[1]),
                   align_right=True, sort=lambda r: r[1].paid_share.count),
            Column(self.tr("Med løntimer"), lambda r: r[1].count(FigureKey.PROGRESSION),
                   align_right=True),
            Column(self.tr("Fastholdt 6 mdr."), lambda r: self.tr("{n} af {of}").format(
                n=r[1].count(FigureKey.RETAINED), of=r[1].count(FigureKey.RETENTION)),
                align_right=True, sort=lambda r: r[1].count(FigureKey.RETAINED)),
        ], self)
        self.scope_view, _proxy = table_view("scopeTable", self.scope_model)
        self.scope_view.setMinimumHeight(160)
        box = QGroupBox(self.tr("Pr. jobformidler og makkerskab"))
        QVBoxLayout(box).addWidget(self.scope_view)
        return box

    def closeEvent(self, event) -> None:
        """A page closed while its figures load waits for the worker: a running thread must
        never be destroyed with the page."""
        for operation in (self.operation, self.drop_in_operation):
            if operation is not None and operation.is_running():
                operation.wait()
        super().closeEvent(event)

    # -- loading ------------------------------------------------------------------------------
    def chosen(self) -> tuple[dt.date, str]:
        return (dt.date.fromisoformat(self.month.currentData()),
                self.scope.currentData() or measures.OFFICE)

    def _run(self, job: Callable[[], object], done: Callable[[object], None],
             busy_text: str) -> Operation:
        show_label_error(self.error, "")
        self.status.setText(busy_text)
        self.operation = Operation(lambda _progress: job(), self)
        self.operation.finished.connect(done)
        self.operation.failed.connect(self._failed)
        return self.operation.start()

    def _failed(self, error: object) -> None:
        self.status.setText("")
        show_label_error(self.error, error if isinstance(error, FremskudtError)
                         else self.tr("Tallene kunne ikke beregnes."))

    def load(self) -> Operation:
        month, scope = self.chosen()
        ctx = self.ctx
        return self._run(lambda: measures.measures(ctx, month, scope), self.show_view,
                         self.tr("Beregner tallene …"))

    def show_view(self, view: MeasuresView) -> None:
        self.view = view
        self.status.setText(self.tr("Tal for {month} – {scope}").format(
            month=self.month.currentText(), scope=core_text(view.scope.name)))
        if self.scope.count() != len(view.scopes):
            self.scope.blockSignals(True)
            self.scope.clear()
            for scope in view.scopes:
                self.scope.addItem(core_text(scope.name), scope.key)
            self.scope.setCurrentIndex(self.scope.findData(view.scope.key))
            self.scope.blockSignals(False)
        self._fill_cards(view)
        self._fill_charts(view)
        self.drop_in = None
        self._load_drop_ins(view.month)
        self.scope_model.set_rows(list(view.by_scope))
        self.scope_view.resizeColumnsToContents()

    def _fill_cards(self, view: MeasuresView) -> None:
        f = view.figures
        share = f.paid_share
        retained = f.share(FigureKey.RETAINED, FigureKey.RETENTION)
        trin1, trin2 = f.steps[Step.AFKLARING], f.steps[Step.PAA_VEJ_MOD_JOB]
        change = f.change_percent
        values = {
            Measure.GROUP: self.tr("{n} forløb").format(n=number(f.count(FigureKey.GROUP), 0)),
            Measure.PAID_SHARE: self.tr("{pct} % ({n} af {of})").format(
                pct=_pct(share.value), n=share.count, of=share.of),
            Measure.BIR: self.tr("Krav 1: {a} %, krav 2: {b} %").format(
                a=_pct(f.share(FigureKey.BIR_1, FigureKey.BIR_GROUP).value),
                b=_pct(f.share(FigureKey.BIR_2, FigureKey.BIR_GROUP).value)),
            Measure.PROGRESSION: self.tr("{a} → {b} timer ({c} %)").format(
                a=number(f.first_average), b=number(f.latest_average),
                c="–" if change is None else f"{int(change):+d}"),
            Measure.RETENTION: self.tr("{pct} % har løntimer 6 måneder senere").format(
                pct=_pct(retained.value)),
            Measure.PATHWAYS: self.tr("{n} forløb med et udfald").format(
                n=sum(f.pathways.values())),
            Measure.STEPS: self.tr("Median: Trin 1 {a} dage, Trin 2 {b} dage").format(
                a=number(trin1.median_days), b=number(trin2.median_days)),
            Measure.CASELOAD: self.tr("{n} åbne forløb").format(
                n=number(f.count(FigureKey.OPEN), 0)),
            Measure.DROP_IN: self.tr("Henter …"),
        }
        for measure, card in self.cards.items():
            card.set_figures(values[measure], f)
        self.cards[Measure.BIR].setVisible(view.runs_bir)

    def _load_drop_ins(self, month: dt.date) -> Operation:
        """Open counselling after the measures: its visit log is large, so the figures above
        show first."""
        ctx = self.ctx
        self.drop_in_operation = Operation(lambda _p: measures.drop_in_month(ctx, month), self)
        self.drop_in_operation.finished.connect(self._show_drop_ins)
        return self.drop_in_operation.start()

    def _show_drop_ins(self, figures: object) -> None:
        self.drop_in = figures
        self.cards[Measure.DROP_IN].value.setText(
            self.tr("{n} besøg, median ventetid {m} min.").format(
                n=figures.visits, m=number(figures.median_wait, 0)))

    def _fill_charts(self, view: MeasuresView) -> None:
        f = view.figures
        self.share_chart.set_series(
            [f"{m:%m.%y}" for m, _s in view.series],
            [None if s.value is None else float(s.value * 100) for _m, s in view.series])
        self.progression_chart.set_values(
            [core_text(FigureKey.MORE.label), core_text(FigureKey.SAME.label),
             core_text(FigureKey.FEWER.label)],
            [(self.tr("Forløb"), [f.count(FigureKey.MORE), f.count(FigureKey.SAME),
                                  f.count(FigureKey.FEWER)])])
        people = [p for p in view.caseload if p.role == Role.JOBFORMIDLER.value]
        self.caseload_chart.set_values([p.name for p in people],
                                       [(self.tr("Åbne forløb"),
                                         [p.open_courses for p in people])])
        firsts = [o for o in Outcome if any(h == o for h, _t in f.pathways)]
        sets = []
        for then in (None, *Outcome):
            values = [f.pathways.get((o, then), 0) for o in firsts]
            if any(values):
                # the legend names what followed (the chart's title says so)
                sets.append((core_text(then.then_label) if then else self.tr("intet endnu"),
                             values))
        self.pathways_chart.set_values([core_text(o.label) for o in firsts], sets)

    # -- actions ------------------------------------------------------------------------------
    def open_figure(self, key: FigureKey) -> Operation:
        month, scope = self.chosen()
        ctx = self.ctx

        def show(rows: object) -> None:
            self.status.setText("")
            self.citizens = CitizensDialog(core_text(key.label), self.month.currentText(),
                                           rows, self)
            self.citizens.open_citizen.connect(self.open_citizen)
            self.citizens.open()

        return self._run(lambda: measures.figure_citizens(ctx, month, key, scope), show,
                         self.tr("Henter borgerne …"))

    def print_report(self) -> Operation:
        month, scope = self.chosen()
        ctx = self.ctx

        def show(pdf: object) -> None:
            self.status.setText("")
            self.preview = open_pdf_dialog(
                self, self.tr("Ledelsesinformation – {month}").format(
                    month=self.month.currentText()), pdf, "monthlyReportPreview")

        return self._run(lambda: measure_exports.monthly_report(ctx, month, scope), show,
                         self.tr("Laver månedsrapporten …"))

    def export(self, kind: str, path: str | None = None) -> Operation | None:
        month, _scope = self.chosen()
        if path is None:
            suggested = f"ledelsesinformation-{month:%Y-%m}.{kind}"
            path = save_file_name(self, self.tr("Eksportér tallene"), suggested,
                                  "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)")
            if not path:
                return None
        write = measure_exports.export_csv if kind == "csv" else measure_exports.export_xlsx
        ctx, target = self.ctx, Path(path)
        return self._run(lambda: write(ctx, month, target), lambda _r: self.status.setText(
            self.tr("Gemt: {path}").format(path=path)), self.tr("Eksporterer …"))


def _pct(value: object) -> str:
    return number(None if value is None else float(value) * 100)

