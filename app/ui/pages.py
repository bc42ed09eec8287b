"""The main window's pages: finding citizens, the day's drop-ins, companies, figures, sync."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CourseStatus
from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services import citizens, dropins, office, sync
from app.services.context import ServiceContext
from app.sync.central_keys import key_fingerprint
from app.ui.charts import BarChart
from app.ui.common import Operation, error_label, name_widget, show_error, show_label_error
from app.ui.i18n import vocab
from app.ui.pdf_preview import open_pdf_dialog
from app.ui.table_model import Column, RowsTableModel


def _table(name: str, model: RowsTableModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(RowsTableModel.SORT_ROLE)
    view = QTableView()
    name_widget(view, name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


def _heading(text: str) -> QLabel:
    label = QLabel(f"<h2>{text}</h2>")
    return label


class FindCitizenPage(QWidget):
    """Sagsstamme: find a citizen by name, CPR or phone as you type. Searches are audited."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self._build()

    def _build(self) -> None:
        self.search = name_widget(QLineEdit(), "citizenSearch", self.tr("Søg borger"))
        self.search.setPlaceholderText(self.tr("Søg på navn, CPR-nummer eller telefon (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.model = RowsTableModel([
            Column(self.tr("Navn"), lambda r: r.name),
            Column(self.tr("CPR-nummer"), lambda r: r.masked_cpr),
            Column(self.tr("Telefon"), lambda r: r.phone),
        ], self)
        self.view, self.proxy = _table("citizenTable", self.model)
        self.status = name_widget(QLabel(self.tr("Skriv mindst to tegn for at søge.")),
                                  "citizenSearchStatus")
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Sagsstamme – find borger")))
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def run_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.model.set_rows([])
            self.status.setText(self.tr("Skriv mindst to tegn for at søge."))
            return
        try:
            rows = citizens.search(self.ctx, text)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if len(rows) >= citizens.SEARCH_LIMIT:
            self.status.setText(self.tr("Mere end %n fundet – skriv mere for at indsnævre.", "",
                                        citizens.SEARCH_LIMIT))
        else:
            self.status.setText(self.tr("%n borger(e) fundet.", "", len(rows)))


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
        drop_in = QGroupBox(self.tr("Åben rådgivning"))
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
        self.hours_view, hours_proxy = _table("visitsPerHour", self.hours_model)
        self.hours_view.setSortingEnabled(False)
        hours_proxy.sort(-1)  # Monday to Sunday, as the model has them
        self.reasons_model = RowsTableModel([
            Column(self.tr("Grund / udfald"), lambda r: r[0]),
            Column(self.tr("Antal"), lambda r: r[1], align_right=True)], self)
        self.reasons_view, _ = _table("reasonsTable", self.reasons_model)
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
        layout.addWidget(_heading(self.tr("Rapporter")))
        layout.addWidget(self.box)
        layout.addWidget(drop_in, 1)

    def _row(self, label: str, value: int, name: str) -> None:
        field = name_widget(QLabel(f"{value:,}".replace(",", ".")), name, label)
        self.form.addRow(label, field)

    def load(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        try:
            figures = office.office_figures(self.ctx)
        except Exception as exc:
            show_error(self, exc)
            return
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

    def load_drop_ins(self) -> None:
        start, end = self.period()
        try:
            f = dropins.figures(self.ctx, start, end)
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        show_label_error(self.error, "")
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

    def print_summary(self) -> QDialog | None:
        start, end = self.period()
        try:
            pdf = dropins.summary(self.ctx, start, end)
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return None
        self.preview = open_pdf_dialog(self, self.tr("Åben rådgivning – oversigt"), pdf,
                                       "figuresPreview")
        return self.preview


class SyncPage(QWidget):
    """Synkronisering: this workstation's identity, the central keys with fingerprints to read
    aloud, the enrollment file, exporting bundles (off the GUI thread) and receipts."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation | None = None
        self.last_export: sync.ExportResult | None = None
        self._build()
        self.load()

    def _build(self) -> None:
        info = office.office_info(self.ctx)
        box = QGroupBox(self.tr("Denne arbejdsstation"))
        form = QFormLayout(box)
        form.addRow(self.tr("Kontor:"), QLabel(f"{info.office_name} ({info.municipality})"))
        form.addRow(self.tr("Arbejdsstation:"), QLabel(info.workstation_name))
        device = name_widget(QLabel(str(info.device_id)), "deviceId", self.tr("Enheds-id"))
        device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Enheds-id:"), device)
        fp = name_widget(QLabel(info.signing_fingerprint), "signingFingerprint",
                         self.tr("Fingeraftryk"))
        fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Signeringsnøglens fingeraftryk:"), fp)
        enrol = name_widget(QPushButton(self.tr("Gem &tilmeldingsfil …")), "saveEnrollment")
        enrol.clicked.connect(self.save_enrollment)
        form.addRow(enrol)

        self.keys = RowsTableModel([
            Column(self.tr("Nøgle-id"), lambda k: k.key_id),
            Column(self.tr("Fingeraftryk (læs op for jobcentrets IT)"),
                   lambda k: k.fingerprint),
            Column(self.tr("Tilføjet"), lambda k: k.added_at.astimezone().strftime(
                "%d.%m.%Y"), sort=lambda k: k.added_at)], self)
        self.keys_view, _ = _table("centralKeys", self.keys)
        add_key = name_widget(QPushButton(self.tr("Indlæs jobcentrets &nøglefil …")),
                              "addCentralKey")
        add_key.clicked.connect(self.add_key)
        add_key.setVisible(self.ctx.user.can(Permission.ADMIN))
        keys_box = QGroupBox(self.tr("Jobcentrets nøgler"))
        keys_layout = QVBoxLayout(keys_box)
        keys_layout.addWidget(self.keys_view)
        keys_layout.addWidget(add_key)

        self.bundles = RowsTableModel([
            Column(self.tr("Nr."), lambda b: b.seq, align_right=True),
            Column(self.tr("Dannet"), lambda b: b.created_at.astimezone().strftime(
                "%d.%m.%Y %H:%M"), sort=lambda b: b.created_at),
            Column(self.tr("Poster"), lambda b: b.records, align_right=True),
            Column(self.tr("Størrelse"), lambda b: f"{b.size / 1e6:.1f} MB".replace(".", ","),
                   sort=lambda b: b.size),
            Column(self.tr("Kvittering"), lambda b: b.acked_at.astimezone().strftime(
                "%d.%m.%Y %H:%M") if b.acked_at else self.tr("afventer")),
            Column(self.tr("Fil"), lambda b: b.file_name)], self)
        self.bundles_view, _ = _table("bundleTable", self.bundles)
        self.bundles_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.export_button = name_widget(QPushButton(self.tr("&Eksportér …")), "exportBundle")
        self.export_button.clicked.connect(self.choose_and_export)
        receipt = name_widget(QPushButton(self.tr("Indlæs &kvittering …")), "importReceipt")
        receipt.clicked.connect(self.choose_receipt)
        self.progress = name_widget(QProgressBar(), "exportProgress")
        self.progress.setVisible(False)
        self.status = name_widget(QLabel(), "syncStatus")
        self.status.setWordWrap(True)
        self.error = error_label("syncError")
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(receipt)
        row.addWidget(self.progress, 1)
        bundles_box = QGroupBox(self.tr("Pakker til jobcentret"))
        bundles_layout = QVBoxLayout(bundles_box)
        bundles_layout.addLayout(row)
        bundles_layout.addWidget(self.status)
        bundles_layout.addWidget(self.error)
        bundles_layout.addWidget(self.bundles_view, 1)
        top = QHBoxLayout()
        top.addWidget(box, 1)
        top.addWidget(keys_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Synkronisering")))
        layout.addLayout(top)
        layout.addWidget(bundles_box, 1)

    def load(self) -> None:
        self.keys.set_rows(sync.central_keys(self.ctx))
        self.bundles.set_rows(sync.bundles(self.ctx))
        self.keys_view.resizeColumnsToContents()
        self.bundles_view.resizeColumnsToContents()

    def _fail(self, error: object) -> None:
        message = error.message if isinstance(error, FremskudtError) else str(error)
        show_label_error(self.error, message)

    def add_key(self, path: str | None = None, confirm=None) -> None:
        """Install the central key file after its fingerprints were compared aloud."""
        path = path or QFileDialog.getOpenFileName(self, self.tr("Jobcentrets nøglefil"), "",
                                                   "JSON (*.json)")[0]
        if not path:
            return
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            keys, _receipt = sync.read_key_file(data)
        except (FremskudtError, OSError) as exc:
            self._fail(exc)
            return
        text = self.tr("Læs fingeraftrykkene op for jobcentrets IT, og sammenlign:") + "\n\n" \
            + "\n".join(key_fingerprint(recipient) for _id, recipient in keys) \
            + "\n\n" + self.tr("Passer de?")
        confirm = confirm or (lambda message: QMessageBox.question(
            self, self.tr("Jobcentrets nøgle"), message) == QMessageBox.StandardButton.Yes)
        if not confirm(text):
            return
        try:
            sync.add_central_keys(self.ctx, data)
        except FremskudtError as exc:
            self._fail(exc)
            return
        show_label_error(self.error, "")
        self.load()

    def save_enrollment(self, path: str | None = None) -> None:
        path = path or QFileDialog.getSaveFileName(self, self.tr("Tilmeldingsfil"),
                                                   "tilmelding.json", "JSON (*.json)")[0]
        if path:
            try:
                sync.write_enrollment(self.ctx, Path(path))
            except (FremskudtError, OSError) as exc:
                self._fail(exc)
                return
            self.status.setText(self.tr("Tilmeldingsfilen er gemt: {p}").format(p=path))

    def choose_and_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Vælg mappe, fx USB-nøglen"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> Operation:
        """Export off the GUI thread with a progress bar (design.md: long work)."""
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        show_label_error(self.error, "")
        ctx = self.ctx

        def job(progress):
            return sync.export_bundle(ctx, folder, progress)

        self.operation = Operation(job, self)
        self.operation.progress.connect(self._progress)
        self.operation.finished.connect(self._exported)
        self.operation.failed.connect(self._export_failed)
        self.operation.start()
        return self.operation

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _exported(self, result: sync.ExportResult) -> None:
        self.last_export = result
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(self.tr("Pakke {n} er gemt: {p} ({r} poster).").format(
            n=result.seq, p=result.path, r=result.records))
        self.load()

    def _export_failed(self, error: object) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self._fail(error)

    def choose_receipt(self) -> None:
        path = QFileDialog.getOpenFileName(self, self.tr("Kvittering fra jobcentret"), "",
                                           "JSON (*.json)")[0]
        if path:
            self.import_receipt(path)

    def import_receipt(self, path: str) -> None:
        try:
            with open(path, "rb") as fh:
                bundle = sync.import_receipt(self.ctx, fh.read())
        except (FremskudtError, OSError) as exc:
            self._fail(exc)
            return
        show_label_error(self.error, "")
        self.status.setText(self.tr("Kvittering for pakke {n} er indlæst.").format(
            n=bundle.seq))
        self.load()
