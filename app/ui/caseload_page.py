"""Sagsstamme: the office's open courses with their next due item, filtered and searched as
you type. The rows are loaded once; filtering and sorting happen in memory."""

from __future__ import annotations

import datetime as dt
from operator import attrgetter

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.rules import Mark
from app.services import appointment_views, caseload
from app.services.caseload import CaseloadRow
from app.services.context import ServiceContext
from app.ui.caseload_booking import BOOKED_COLOUR, book_for_row, booked_text, booking_for
from app.ui.common import name_widget, show_error
from app.ui.i18n import core_text

Index = QModelIndex | QPersistentModelIndex

MARK_COLOURS = {Mark.RED: "#c62828", Mark.AMBER: "#ef8f00", Mark.GREEN: "#2e7d32"}
MARK_TEXT = {Mark.RED: QT_TRANSLATE_NOOP("CaseloadModel", "Overskredet"),
             Mark.AMBER: QT_TRANSLATE_NOOP("CaseloadModel", "Snart"),
             Mark.GREEN: QT_TRANSLATE_NOOP("CaseloadModel", "I god tid")}

SCOPE_MINE, SCOPE_PARTNERS, SCOPE_OFFICE = range(3)
_NO_DATE = dt.date.max  # rows without a due date sort last
_MARK_OF = attrgetter("mark")
# roles as plain ints: data() runs for every cell and role of every repaint
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
STEP_FILTERS = ["", "Visitation", "Trin 1", "Trin 2", "Trin 3", "Efterværn"]


class CaseloadModel(QAbstractTableModel):
    """The rows are kept sorted; a filter keeps their order, so typing never sorts. A keystroke
    that extends the search narrows the rows shown, not all of them. The view's rows are
    replaced in place (dataChanged over the rows kept, then the tail removed or added): a
    model reset would make the view lay out all its rows again and paint a second frame."""

    COLUMNS = (QT_TRANSLATE_NOOP("CaseloadModel", "Navn"),
               QT_TRANSLATE_NOOP("CaseloadModel", "CPR-nummer"),
               QT_TRANSLATE_NOOP("CaseloadModel", "Trin"),
               QT_TRANSLATE_NOOP("CaseloadModel", "Dage i trin"),
               QT_TRANSLATE_NOOP("CaseloadModel", "Næste frist"), "",
               QT_TRANSLATE_NOOP("CaseloadModel", "Jobformidler"),
               QT_TRANSLATE_NOOP("CaseloadModel", "Sagsbehandler"))
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[CaseloadRow] = []  # every row, in the current sort order
        self._rows: list[CaseloadRow] = []  # the rows shown
        self._sort = (4, Qt.SortOrder.AscendingOrder)
        self._filter: tuple = ("", None, "", False)
        self.bookings: dict[str, dt.datetime] = {}  # issue 20: each citizen's next meeting
        self._narrowable = False  # the rows shown are the current filter's (not new rows)

    # -- data -----------------------------------------------------------------------------
    def set_rows(self, rows: list[CaseloadRow], *, apply: bool = True) -> None:
        self._all = self._sorted(rows)
        self._narrowable = False
        if apply:
            self._apply(narrow=False)

    def set_filter(self, *, staff: set[str] | None, step: str, overdue_only: bool,
                   text: str) -> None:
        old = self._filter
        self._filter = (text.casefold().replace("-", "").strip(), staff, step, overdue_only)
        # a longer search over the same filters matches a subset of the rows shown now: each
        # old word is a word of the new text or the start of its last word
        narrow = self._narrowable and old[1:] == self._filter[1:] and \
            self._filter[0].startswith(old[0])
        self._apply(narrow=narrow)

    def total(self) -> int:
        return len(self._all)

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def overdue_count(self) -> int:
        return list(map(_MARK_OF, self._rows)).count(Mark.RED)

    def _apply(self, *, narrow: bool) -> None:
        words, staff, step, overdue = self._filter
        rows = self._rows if narrow else self._all
        if not narrow:
            if staff is not None:
                rows = [r for r in rows
                        if r.caseworker_key in staff or r.jobformidler_key in staff]
            if step:
                rows = [r for r in rows if r.step_label == step]
            if overdue:
                rows = [r for r in rows if r.mark == Mark.RED]
        for word in words.split():
            rows = [r for r in rows if word in r.search_text]
        self._replace(rows)
        self._narrowable = True

    def _replace(self, rows: list[CaseloadRow]) -> None:
        """Show `rows` instead: the rows both lists have change their data, the rest are
        removed or inserted at the end (a contract-correct change without a reset)."""
        old, new = len(self._rows), len(rows)
        kept = min(old, new)
        if kept:
            self._rows = rows[:kept] + self._rows[kept:]
            self.dataChanged.emit(self.index(0, 0), self.index(kept - 1, len(self.COLUMNS) - 1))
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._rows = rows
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows = rows
            self.endInsertRows()
        else:
            self._rows = rows

    def _sorted(self, rows: list[CaseloadRow]) -> list[CaseloadRow]:
        column, order = self._sort
        keys = {
            0: lambda r: r.name.casefold(),
            1: lambda r: r.masked_cpr,
            2: lambda r: r.step_label,
            3: lambda r: -1 if r.days_in_step is None else r.days_in_step,
            4: lambda r: r.next_due_on or _NO_DATE,
            5: lambda r: (r.mark is None, [Mark.RED, Mark.AMBER, Mark.GREEN].index(r.mark)
                          if r.mark else 0),
            6: lambda r: r.jobformidler.casefold(),
            7: lambda r: r.caseworker.casefold(),
        }
        return sorted(rows, key=keys[column],
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._all = self._sorted(self._all)
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section]) if self.COLUMNS[section] else ""
        if role == Qt.ItemDataRole.ToolTipRole and section == 5:
            return self.tr("Rød: overskredet. Gul: inden for en uge. Grøn: i god tid.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self._text(self._rows[index.row()], index.column())
        column = index.column()
        if role in (_FOREGROUND, _BACKGROUND):
            row = self._rows[index.row()]
            if column == 5 and row.mark:
                return QBrush(QColor("white") if role == _FOREGROUND else (
                    BOOKED_COLOUR if booking_for(row, self.bookings)
                    else QColor(MARK_COLOURS[row.mark])))
            if role == _FOREGROUND and column == 3 and row.target_days and (
                    row.days_in_step or 0) > row.target_days:
                return QBrush(QColor(MARK_COLOURS[Mark.RED]))
            return None
        if role == _ACCESSIBLE and column == 5:
            row = self._rows[index.row()]
            return self.tr(MARK_TEXT[row.mark]) if row.mark else ""
        if role == self.ROW_ROLE:
            return self._rows[index.row()]
        return None

    def _text(self, row: CaseloadRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.masked_cpr
        if column == 2:
            return core_text(row.step_label)
        if column == 3:
            if row.days_in_step is None:
                return ""
            if row.target_days:
                return f"{row.days_in_step} / {row.target_days}"
            return str(row.days_in_step)
        if column == 4:
            if row.next_due_on is None:
                return core_text(row.next_due_what)
            return f"{row.next_due_on:%d.%m.%Y}  {core_text(row.next_due_what)}"
        if column == 5:
            booked = booking_for(row, self.bookings) if row.mark else None
            if booked is not None:
                return booked_text(booked)
            return self.tr(MARK_TEXT[row.mark]) if row.mark else ""
        if column == 6:
            return row.jobformidler
        return row.caseworker


class CaseloadPage(QWidget):
    """The caseload table with its filters. `open_citizen` asks the window to open a record."""

    open_citizen = Signal(str)  # the citizen's key
    new_citizen = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._partners = caseload.partners_of(ctx)
        self._audit_timer = QTimer(self)
        self._audit_timer.setSingleShot(True)
        self._audit_timer.setInterval(1200)
        self._audit_timer.timeout.connect(self._audit_search)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.search = name_widget(QLineEdit(), "caseloadSearch", self.tr("Søg i sagsstammen"))
        self.search.setPlaceholderText(self.tr("Søg på navn, CPR-nummer eller telefon (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self._open_first)
        self.scope = name_widget(QComboBox(), "caseloadScope", self.tr("Vis"))
        self.scope.addItems([self.tr("Mine borgere"), self.tr("Mit makkerskab"),
                             self.tr("Hele kontoret")])
        self.scope.setCurrentIndex(SCOPE_OFFICE)
        self.scope.currentIndexChanged.connect(self._filter_changed)
        self.step = name_widget(QComboBox(), "caseloadStep", self.tr("Trin"))
        self.step.addItems([self.tr("Alle trin"), *(core_text(s) for s in STEP_FILTERS[1:])])
        self.step.currentIndexChanged.connect(self._filter_changed)
        self.overdue = name_widget(QCheckBox(self.tr("Kun &overskredne")), "caseloadOverdue")
        self.overdue.toggled.connect(self._filter_changed)
        self.new_button = name_widget(QPushButton(self.tr("&Ny borger …")), "newCitizenButton")
        self.new_button.clicked.connect(self.new_citizen)
        self.book_button = name_widget(QPushButton(self.tr("&Book møde …")), "caseloadBook")
        self.book_button.clicked.connect(self.book_meeting)
        self.model = CaseloadModel(self)
        self.view = name_widget(QTableView(), "caseloadTable", self.tr("Sagsstamme"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 105, 85, 90, 300, 95, 150)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # PySide6 drops `context=` when a slot is passed too: a window-wide Return would
            # then swallow Enter in the search field (issue 17, point 7), so set it apart
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(self.tr("Åbn den valgte borger (i listen eller søgningen)"))
            shortcut.activated.connect(self._open_current)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        find.setWhatsThis(self.tr("Søg i sagsstammen"))
        self.summary = name_widget(QLabel(), "caseloadSummary")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.scope, 1)
        filters.addWidget(self.step, 1)
        filters.addWidget(self.overdue)
        filters.addWidget(self.new_button)
        filters.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Sagsstamme</h2>")))
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def reload(self) -> None:
        try:
            rows = caseload.caseload(self.ctx)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.bookings = appointment_views.next_bookings(self.ctx)
        self.model.set_rows(rows, apply=False)
        self._filter_changed()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filter_changed(self) -> None:
        scope = self.scope.currentIndex()
        staff = None
        if scope == SCOPE_MINE:
            staff = {self.ctx.user.id.hex}
        elif scope == SCOPE_PARTNERS:
            staff = self._partners
        shown_before = self.model.rowCount()
        self.model.set_filter(staff=staff, step=STEP_FILTERS[self.step.currentIndex()],
                              overdue_only=self.overdue.isChecked(), text=self.search.text())
        selection = self.view.selectionModel()  # the rows are replaced in place: a selected
        if selection.hasSelection() or selection.currentIndex().isValid():  # row would now
            selection.clear()  # be someone else
        if self.model.rowCount() != shown_before:
            # lay the rows out now, not on the view's zero timer after this frame's paint
            # (which would paint the table a second time)
            self.view.doItemsLayout()
        shown = self.model.rowCount()
        overdue = self.model.overdue_count()
        self.summary.setText(self.tr("%n forløb vist", "", shown)
                             + self.tr(" af %n", "", self.model.total())
                             + self.tr(" · %n overskredne", "", overdue))
        if self.search.text().strip():
            self._audit_timer.start()

    def _audit_search(self) -> None:
        text = self.search.text().strip()
        if text:
            caseload.record_search(self.ctx, len(text), self.model.rowCount())

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._open(index.row())

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.view.selectRow(0)
            self._open(0)

    def book_meeting(self) -> QDialog | None:
        """"Book møde" for the selected row's citizen (issue 20); the caseload shows it."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        self.booking = book_for_row(self, self.ctx, self.model.row_at(index.row()))
        self.booking.saved.connect(lambda _id: self.reload())
        return self.booking

    def _open(self, row: int) -> None:
        self.open_citizen.emit(self.model.row_at(row).citizen_key)
