"""Rapporter: the office's key figures and the open counselling figures for a period."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CourseStatus
from app.domain.errors import FremskudtError
from app.services import dropins, office
from app.services.context import ServiceContext
from app.ui.charts import BarChart
from app.ui.common import (
    Operation,
    error_label,
    name_widget,
    run_for,
    show_error,
    show_label_error,
)
from app.ui.i18n import vocab
from app.ui.pdf_preview import open_pdf_dialog
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view


class ReportsPage(QWidget):
    """Rapporter: the office's key figures and the open counselling figures for a period."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: QDialog | None = None
        self._build()
        self.load()
        self.load_drop_ins()

    def _build(self) -> None:
        self.box = QGroupBox(self.tr("Kontorets nøgletal"))
        self.form = QFormLayout(self.box)
        drop_in = self.drop_in_box = QGroupBox(self.tr("Åben rådgivning"))
        today = self.ctx.today()
        self.start = name_widget(QDateEdit(), "figuresStart", self.tr("Fra"))
        self.end = name_widget(QDateEdit(), "figuresEnd", self.tr("Til"))
        for edit, day in ((self.start, today - dt.timedelta(days=30)), (self.end, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(QDate(day.year, day.month, day.day))
        show = name_widget(QPushButton(self.tr("&Vis")), "showFigures")
        show.clicked.connect(self.load_drop_ins)
        self.print_button = name_widget(QPushButton(self.tr("&Udskriv oversigt …")),
                                        "printFigures")
        self.print_button.clicked.connect(self.print_summary)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Periode:")))
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addWidget(show)
        period.addStretch(1)
        period.addWidget(self.print_button)
        self.stats = name_widget(QLabel(), "dropInStats", self.tr("Nøgletal"))
        self.stats.setWordWrap(True)
        self.error = error_label("figuresError")
        self.chart = BarChart(self.tr("Besøg pr. dag"), self.tr("besøg"), "visitsPerDay")
        self.hours_model = RowsTableModel(
            [Column(self.tr("Dag"), lambda r: r[0])]
            + [Column(f"{h:02d}", lambda r, h=h: r[1].get(h, "") or "", align_right=True)
               for h in range(7, 19)], self)
        self.hours_view, hours_proxy = table_view("visitsPerHour", self.hours_model)
        self.hours_view.setSortingEnabled(False)
        hours_proxy.sort(-1)  # Monday to Sunday, as the model has them
        self.reasons_model = RowsTableModel([
            Column(self.tr("Grund / udfald"), lambda r: r[0]),
            Column(self.tr("Antal"), lambda r: r[1], align_right=True)], self)
        self.reasons_view, _ = table_view("reasonsTable", self.reasons_model)
        grid = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.stats)
        left.addWidget(self.reasons_view, 1)
        grid.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self.chart, 2)
        right.addWidget(self.hours_view, 1)
        grid.addLayout(right, 2)
        drop_layout = QVBoxLayout(drop_in)
        drop_layout.addLayout(period)
        drop_layout.addWidget(self.error)
        drop_layout.addLayout(grid, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Rapporter")))
        layout.addWidget(self.box)
        layout.addWidget(drop_in, 1)

    def _row(self, label: str, value: int, name: str) -> None:
        field = name_widget(QLabel(f"{value:,}".replace(",", ".")), name, label)
        self.form.addRow(label, field)

    def load(self) -> Operation:
        """The office's key figures, counted off the GUI thread."""
        ctx = self.ctx
        self.load_operation = self._run(lambda _progress: office.office_figures(ctx),
                                        self._show_office_figures, self.box)
        return self.load_operation

    def _run(self, job, done, busy: QWidget) -> Operation:
        """The page's long work (design.md): off the GUI thread with `busy` disabled, the
        result to `done`; a core error under the period, anything else as the crash dialog."""
        return run_for(self, job, done, self._failed, busy=busy)

    def _failed(self, error: object) -> None:
        if isinstance(error, FremskudtError):
            show_label_error(self.error, error)
        else:
            show_error(self, error)  # unexpected: the crash dialog (the log has it already)

    def _show_office_figures(self, figures: office.OfficeFigures) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._row(self.tr("Borgere i alt"), figures.citizens, "figCitizens")
        self._row(self.tr("Åbne forløb"), figures.open_courses, "figOpenCourses")
        for status in CourseStatus:
            self._row(vocab(status), figures.courses_by_status.get(status, 0),
                      f"figStatus_{status.value}")
        self._row(self.tr("Virksomheder"), figures.companies, "figCompanies")
        self._row(self.tr("Besøg i åben rådgivning"), figures.drop_in_visits, "figDropIns")

    def period(self) -> tuple[dt.date, dt.date]:
        a, b = self.start.date(), self.end.date()
        return (dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day()))

    def load_drop_ins(self) -> Operation:
        """The open counselling figures for the period, counted off the GUI thread."""
        start, end = self.period()
        ctx = self.ctx
        show_label_error(self.error, "")
        self.figures_operation = self._run(
            lambda _progress: dropins.figures(ctx, start, end), self._show_drop_ins,
            self.drop_in_box)
        return self.figures_operation

    def _show_drop_ins(self, f: dropins.Figures) -> None:
        self.figures = f

        def minutes(value: float | None) -> str:
            return "–" if value is None else self.tr("%n min.", "", round(value))

        def pct(value: float) -> str:
            return f"{value * 100:.0f} %"

        self.stats.setText("<br>".join((
            self.tr("<b>{n}</b> besøg").format(n=f.visits),
            self.tr("Ventetid: median {m}, 90 % ventede højst {p}").format(
                m=minutes(f.median_wait), p=minutes(f.p90_wait)),
            self.tr("Kendte borgere: {a} · i forløb: {b} · tolk: {c}").format(
                a=pct(f.known_share), b=pct(f.programme_share), c=pct(f.interpreter_share)),
        )))
        label = "%d.%m" if len(f.per_day) <= 12 else "%d"
        self.chart.set_values([d.strftime(label) for d in f.per_day], list(f.per_day.values()))
        days = [self.tr("Mandag"), self.tr("Tirsdag"), self.tr("Onsdag"), self.tr("Torsdag"),
                self.tr("Fredag"), self.tr("Lørdag"), self.tr("Søndag")]
        self.hours_model.set_rows([
            (days[w], {h: n for (wd, h), n in f.per_weekday_hour.items() if wd == w})
            for w in range(7) if any(wd == w for wd, _h in f.per_weekday_hour)])
        self.reasons_model.set_rows(
            [(vocab(r), n) for r, n in f.reasons.items()]
            + [(self.tr("Udfald: ") + vocab(o), n) for o, n in f.outcomes.items()])
        self.hours_view.resizeColumnsToContents()
        self.reasons_view.resizeColumnsToContents()

    def print_summary(self) -> Operation:
        """The one-page summary, rendered off the GUI thread, then previewed (`self.preview`)."""
        start, end = self.period()
        ctx = self.ctx
        show_label_error(self.error, "")
        self.print_operation = self._run(lambda _progress: dropins.summary(ctx, start, end),
                                         self._show_summary, self.drop_in_box)
        return self.print_operation

    def _show_summary(self, pdf: bytes) -> None:
        self.preview = open_pdf_dialog(self, self.tr("Åben rådgivning – oversigt"), pdf,
                                       "figuresPreview")
