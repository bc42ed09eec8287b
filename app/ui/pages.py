"""The main window's pages: finding citizens, the day's drop-ins, companies, figures, sync."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CourseStatus
from app.domain.roles import Permission
from app.services import citizens, dropins, office
from app.services.context import ServiceContext
from app.ui.common import name_widget, show_error
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


class DropInDayPage(QWidget):
    """Åben rådgivning: the visits of a chosen day with their queue state and reasons.
    An unknown visitor can be made a citizen in the programme (`make_citizen`)."""

    make_citizen = Signal(object)  # the VisitRow

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build()
        self.load()

    def _build(self) -> None:
        self.day = name_widget(QDateEdit(), "dropInDay", self.tr("Dag"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        today = self.ctx.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.dateChanged.connect(lambda _d: self.load())
        self.model = RowsTableModel([
            Column(self.tr("Nr."), lambda r: r.queue_number, align_right=True),
            Column(self.tr("Navn"), lambda r: r.name),
            Column(self.tr("Kendt borger"), lambda r: self.tr("Ja") if r.known else
                   self.tr("Nej")),
            Column(self.tr("Ankommet"), lambda r: r.arrived_at.astimezone().strftime("%H:%M")
                   if r.arrived_at else ""),
            Column(self.tr("Status"), lambda r: r.state),
            Column(self.tr("Årsager"), lambda r: ", ".join(x.label for x in r.reasons)),
        ], self)
        self.view, self.proxy = _table("dropInTable", self.model)
        self.summary = name_widget(QLabel(), "dropInSummary")
        self.citizen_button = name_widget(QPushButton(self.tr("Opret &som borger …")),
                                          "visitToCitizen")
        self.citizen_button.setEnabled(False)
        self.citizen_button.setVisible(self.ctx.user.can(Permission.CASE_WRITE))
        self.citizen_button.clicked.connect(self._make_citizen)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Dag:")))
        top.itemAt(0).widget().setBuddy(self.day)
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.citizen_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Åben rådgivning")))
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def selected(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _selection(self) -> None:
        row = self.selected()
        self.citizen_button.setEnabled(row is not None and not row.known)

    def _make_citizen(self) -> None:
        row = self.selected()
        if row is not None and not row.known:
            self.make_citizen.emit(row)

    def load(self) -> None:
        qd = self.day.date()
        day = dt.date(qd.year(), qd.month(), qd.day())
        try:
            rows = dropins.visits_on(self.ctx, day)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        waiting = sum(1 for r in rows if r.state == dropins.STATE_WAITING)
        self.summary.setText(self.tr("%n besøg denne dag", "", len(rows))
                             + self.tr(", %n venter.", "", waiting))


class ReportsPage(QWidget):
    """Rapporter: the office's key figures for leaders."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build()
        self.load()

    def _build(self) -> None:
        self.box = QGroupBox(self.tr("Kontorets nøgletal"))
        self.form = QFormLayout(self.box)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Rapporter")))
        layout.addWidget(self.box)
        layout.addStretch(1)

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
            self._row(status.label, figures.courses_by_status.get(status, 0),
                      f"figStatus_{status.value}")
        self._row(self.tr("Virksomheder"), figures.companies, "figCompanies")
        self._row(self.tr("Besøg i åben rådgivning"), figures.drop_in_visits, "figDropIns")


class SyncPage(QWidget):
    """Synkronisering: this workstation's identity as the central jobcenter will enrol it."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        info = office.office_info(ctx)
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
        form.addRow(self.tr("Registrerede ændringer:"),
                    name_widget(QLabel(str(info.change_counter)), "changeCounter"))
        note = QLabel(self.tr("Fingeraftrykket læses op for jobcentrets IT, når "
                              "arbejdsstationen tilmeldes."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Synkronisering")))
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addStretch(1)
