""""I dag" (issue 20, point 2): the desk roles' landing page. My meetings today in time
order, with one click for the outcome once a meeting has begun; my overdue and
due-this-week items, with the booking that will meet one, and "Book møde" for the rest; the
open counselling queue while it is open; what changed in my citizens since I was last here
(also from the other workstations)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.appointments import AppointmentKind, AppointmentOutcome, suggested_kind
from app.domain.roles import Permission
from app.domain.rules import Mark
from app.services import today
from app.services.appointment_views import AppointmentRow
from app.services.context import ServiceContext
from app.services.today import DueLine, TodayView
from app.ui.appointment_dialogs import BookingDialog, record_outcome_now
from app.ui.common import Operation, name_widget, run_for, show_error
from app.ui.i18n import core_text, vocab
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view

MARK_COLOURS = {Mark.RED: "#c62828", Mark.AMBER: "#ef8f00", Mark.GREEN: "#2e7d32"}
MARK_TEXT = {Mark.RED: QT_TRANSLATE_NOOP("TodayPage", "Overskredet"),
             Mark.AMBER: QT_TRANSLATE_NOOP("TodayPage", "Snart"),
             Mark.GREEN: QT_TRANSLATE_NOOP("TodayPage", "I god tid")}
_WEEKDAYS = (QT_TRANSLATE_NOOP("TodayPage", "mandag"), QT_TRANSLATE_NOOP("TodayPage", "tirsdag"),
             QT_TRANSLATE_NOOP("TodayPage", "onsdag"), QT_TRANSLATE_NOOP("TodayPage", "torsdag"),
             QT_TRANSLATE_NOOP("TodayPage", "fredag"), QT_TRANSLATE_NOOP("TodayPage", "lørdag"),
             QT_TRANSLATE_NOOP("TodayPage", "søndag"))


class FullTextModel(RowsTableModel):
    """A cell cut short in its column shows its whole text in the tooltip."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class DueModel(FullTextModel):
    """The due items, the mark (or the booking) coloured as on the caseload."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and index.column() == 3 and role in (
                Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            line: DueLine = self.row_at(index.row())
            colour = "#1565c0" if line.booked_at is not None else MARK_COLOURS[line.mark]
            return QBrush(QColor(colour if role == Qt.ItemDataRole.BackgroundRole
                                 else "white"))
        return super().data(index, role)


class TodayPage(QWidget):
    """`open_citizen(citizen_id)` opens a record (the main window's)."""

    def __init__(self, ctx: ServiceContext, open_citizen: Callable[[uuid.UUID], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_citizen = open_citizen
        self.view_data: TodayView | None = None
        self.dialog: QDialog | None = None
        self.operation: Operation | None = None
        self._again = False  # a reload asked for while one runs: run once more after it
        # changes since the previous visit (the first load moves the mark); kept while the
        # page lives (this login)
        self.since: int | None = None
        self._visited = False
        self._build()
        self.reload()
        self._first_show = True  # loading just now: the first show needs no second load

    # -- layout ---------------------------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        """The day's title, the counselling queue, the quiet "Henter …" while the day is read,
        and "Opdatér": one line, so the lists below get the height."""
        self.title = name_widget(QLabel(), "todayTitle")
        self.refresh = name_widget(QPushButton(self.tr("&Opdatér")), "todayRefresh")
        self.refresh.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload
                  ).setWhatsThis(self.tr("Opdatér I dag"))
        self.loading = name_widget(QLabel(self.tr("Henter …")), "todayLoading")
        self.loading.setStyleSheet("color: #666;")
        self.loading.hide()
        self.queue = name_widget(QLabel(), "todayQueue", self.tr("Åben rådgivning"))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.queue, 1)
        top.addWidget(self.loading)
        top.addWidget(self.refresh)
        return top

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self._meetings_box(), 3)  # the day's meetings get the room
        # the due items and the changes share the rest as two tabs
        self.tabs = name_widget(QTabWidget(), "todayTabs")
        self.tabs.addTab(self._due_tab(), "")
        self.tabs.addTab(self._changes_tab(), "")
        # "Book møde" beside the tabs (a line of height saved), shown with the due items
        self.tabs.setCornerWidget(self.book_button)
        self.tabs.currentChanged.connect(lambda tab: self.book_button.setVisible(
            tab == 0 and self.ctx.user.can(Permission.CASE_WRITE)))
        layout.addWidget(self.tabs, 2)
        self.body = layout
        self._fit_columns()

    def _meetings_box(self) -> QGroupBox:
        self.meeting_model = FullTextModel([
            Column(self.tr("Tid"), self.time_text, sort=lambda a: a.starts_at),
            Column(self.tr("Borger"), lambda a: a.citizen_name),
            Column(self.tr("Møde"), lambda a: vocab(a.kind)),
            Column(self.tr("Sted"), lambda a: ", ".join(
                x for x in (vocab(a.place_kind), a.place_text) if x)),
            Column(self.tr("Tolk"), lambda a: a.interpreter_language),
            Column(self.tr("Udfald"), lambda a: vocab(a.outcome) if a.outcome else ""),
        ], self)
        self.meetings, _ = table_view("todayMeetings", self.meeting_model)
        self.meetings.setSortingEnabled(False)
        self.meetings.doubleClicked.connect(lambda i: self._open_row(self.meetings, i))
        self.meetings.verticalHeader().setDefaultSectionSize(34)
        self.no_meetings = QLabel(self.tr("Ingen møder i dag."))
        meetings = QGroupBox(self.tr("Mine møder i dag (og tidligere uden udfald)"))
        box = QVBoxLayout(meetings)
        box.setContentsMargins(6, 4, 6, 4)
        box.addWidget(self.meetings)
        box.addWidget(self.no_meetings)
        self.outcome_done = name_widget(QLabel(), "todayOutcomeDone")
        self.outcome_done.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_done.hide()
        box.addWidget(self.outcome_done)
        return meetings

    def _due_tab(self) -> QWidget:
        self.due_model = DueModel([
            Column(self.tr("Frist"), lambda d: f"{d.due_on:%d.%m.%Y}", sort=lambda d: d.due_on),
            Column(self.tr("Borger"), lambda d: d.name),
            Column(self.tr("Hvad"), lambda d: core_text(d.what)),
            Column(self.tr("Status"), self.due_status),
        ], self)
        self.due, self.due_proxy = table_view("todayDue", self.due_model)
        self.due.doubleClicked.connect(lambda i: self._open_row(self.due, i))
        self.book_button = name_widget(QPushButton(self.tr("&Book møde …")), "todayBook")
        self.book_button.clicked.connect(self.book_for_due)
        self.book_button.setVisible(self.ctx.user.can(Permission.CASE_WRITE))
        self.book_button.setEnabled(False)  # until a due item is chosen
        self.book_button.setToolTip(self.tr("Vælg en frist i listen, og book et møde til den."))
        self.due.selectionModel().selectionChanged.connect(
            lambda *_a: self.book_button.setEnabled(self.due.currentIndex().isValid()))
        due = QWidget()
        due_box = QVBoxLayout(due)
        due_box.setContentsMargins(4, 4, 4, 4)
        due_box.addWidget(self.due)
        return due

    def _changes_tab(self) -> QWidget:
        self.changes_model = FullTextModel([
            Column(self.tr("Hvornår"), lambda c: f"{c.at.astimezone():%d.%m %H.%M}",
                   sort=lambda c: c.at),
            Column(self.tr("Borger"), lambda c: c.name),
            Column(self.tr("Hvad"), lambda c: core_text(c.what)),
            Column(self.tr("Af"), lambda c: c.by),
            Column(self.tr("Arbejdsstation"), lambda c: c.workstation),
        ], self)
        self.changes, _ = table_view("todayChanges", self.changes_model)
        self.changes.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.changes.doubleClicked.connect(lambda i: self._open_row(self.changes, i))
        self.no_changes = QLabel(self.tr("Ingen ændringer fra kolleger."))
        changes = QWidget()
        changes_box = QVBoxLayout(changes)
        changes_box.setContentsMargins(4, 4, 4, 4)
        changes_box.addWidget(self.changes)
        changes_box.addWidget(self.no_changes)
        changes_box.addStretch(1)
        return changes

    def _fit_columns(self) -> None:
        """At 150 % on 1366x768 every column keeps a readable width: the names and the
        place stretch, the short columns are as wide as their text, a text cut short ends
        in "…" and shows whole in its tooltip; the outcome buttons always in sight."""
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        buttons = sum(QPushButton(text).sizeHint().width()
                      for text in (self.tr("Holdt"), self.tr("Kom ikke"))) + 16
        kind = self.fontMetrics().horizontalAdvance(vocab(AppointmentKind.FOLLOW_UP)) + 24
        for view, modes in ((self.meetings, (fit, stretch, kind, stretch, fit, buttons)),
                            (self.due, (fit, stretch, stretch, fit)),
                            (self.changes, (fit, stretch, stretch, stretch, fit))):
            view.setWordWrap(False)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            header = view.horizontalHeader()
            header.setStretchLastSection(False)
            header.setMinimumSectionSize(60)
            for column, mode in enumerate(modes):
                if isinstance(mode, int):  # a width: the outcome buttons fixed, else movable
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed
                                                if column == 5 and view is self.meetings
                                                else QHeaderView.ResizeMode.Interactive)
                    view.setColumnWidth(column, mode)
                else:
                    header.setSectionResizeMode(column, mode)

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> Operation | None:
        """Read the day off the GUI thread; the page keeps what it shows meanwhile and says
        "Henter …". A reload asked for while one runs follows it (None is returned)."""
        if self.operation is not None:
            self._again = True
            return None
        ctx, visited, since = self.ctx, self._visited, self.since

        def job(_progress) -> tuple[int | None, TodayView]:
            mark = since if visited else today.begin_visit(ctx)
            return mark, today.today_view(ctx, mark)

        self.loading.show()
        self.operation = run_for(self, job, self._loaded, self._failed)
        return self.operation

    def is_loading(self) -> bool:
        return self.operation is not None

    def _ended(self) -> bool:
        """The operation is over; True when another load was asked for meanwhile."""
        self.operation = None
        self.loading.hide()
        again, self._again = self._again, False
        if again:
            self.reload()
        return again

    def _failed(self, error: object) -> None:
        if not self._ended():
            show_error(self, error)

    def _loaded(self, result: tuple[int | None, TodayView]) -> None:
        self.since, data = result
        self._visited = True
        if not self._ended():
            self.show_view(data)

    def show_view(self, data: TodayView) -> None:
        self.view_data = data
        day = self.ctx.today()
        self.title.setText(self.tr("<h2>I dag, {weekday} {day}</h2>").format(
            weekday=self.tr(_WEEKDAYS[day.weekday()]), day=f"{day:%d.%m.%Y}"))
        self.meeting_model.set_rows(data.appointments)
        self.no_meetings.setVisible(not data.appointments)
        self._outcome_buttons(data.appointments)
        self.due_model.set_rows(data.due)
        self.book_button.setEnabled(self.due.currentIndex().isValid())
        self._show_queue(data)
        self.changes_model.set_rows(data.changes)
        self.changes.setVisible(bool(data.changes))
        self.no_changes.setVisible(not data.changes)
        self.tabs.setTabText(0, self.tr("Mine frister (%n)", "", len(data.due)))
        self.tabs.setTabToolTip(0, self.tr("Overskredne frister og frister denne uge"))
        self.tabs.setTabText(1, self.tr("Ændringer den seneste uge (%n)", "",
                                        len(data.changes)) if data.first_visit
                             else self.tr("Ændringer siden sidst (%n)", "", len(data.changes)))
        self.tabs.setTabToolTip(1, self.tr("Ændringer i mine borgere, også fra de andre "
                                           "arbejdsstationer"))
        # the height is shared by what there is to see (each part's rows and its frame): a
        # short day leaves no empty rows while the due items scroll, a full day's meetings
        # come first (up to six in sight, the lists below at least three rows)
        meetings = min(max(len(data.appointments), 2), 6) * 34 + 50
        listed = min(max(len(data.due), len(data.changes), 3), 6) * 30 + 70
        self.body.setStretch(1, meetings)
        self.body.setStretch(2, listed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_show:  # issue 22: the start loaded the day twice
            self._first_show = False
        elif self.view_data is not None:
            self.reload()

    def _show_queue(self, data: TodayView) -> None:
        if not self.ctx.user.can(Permission.QUEUE):
            self.queue.hide()
            return
        if data.queue_open:
            hours = self.tr(" ({hours})").format(hours=data.drop_in_today) \
                if data.drop_in_today else ""
            self.queue.setText(self.tr("<b>Åben rådgivning er åben{hours}:</b> %n venter",
                                       "", data.queue_waiting).format(hours=hours))
        elif data.drop_in_today:
            self.queue.setText(self.tr("Åben rådgivning i dag: {hours}").format(
                hours=data.drop_in_today))
        else:
            self.queue.setText(self.tr("Ingen åben rådgivning i dag."))
        self.queue.show()

    def _outcome_buttons(self, rows: list[AppointmentRow]) -> None:
        """One click: "Holdt" and "Kom ikke" in the row of a meeting that has begun."""
        now = self.ctx.now()
        writable = self.ctx.user.can(Permission.CASE_WRITE)
        column = self.meeting_model.columnCount() - 1
        for number, row in enumerate(rows):
            index = self.meetings.model().index(number, column)
            if not (writable and row.awaits_outcome(now)):
                self.meetings.setIndexWidget(index, None)
                continue
            cell = QWidget()
            line = QHBoxLayout(cell)
            line.setContentsMargins(2, 0, 2, 0)
            for outcome, name, text in (
                    (AppointmentOutcome.HELD, "held", self.tr("Holdt")),
                    (AppointmentOutcome.NO_SHOW, "noShow", self.tr("Kom ikke"))):
                button = name_widget(QPushButton(text), f"today_{name}_{number}")
                button.clicked.connect(lambda _c=False, r=row, o=outcome: self.outcome(r, o))
                line.addWidget(button)
            line.addStretch(1)
            self.meetings.setIndexWidget(index, cell)

    def _open_row(self, view: QTableView, index) -> None:
        row = view.model().data(index, RowsTableModel.ROW_ROLE)
        if row is not None:
            self.open_citizen(row.citizen_id)

    def time_text(self, row: AppointmentRow) -> str:
        """"09.00-09.45"; a meeting of an earlier day waiting for its outcome with its date."""
        start, end = row.starts_at.astimezone(), row.ends_at.astimezone()
        text = f"{start:%H.%M}-{end:%H.%M}"
        return text if start.date() == self.ctx.today() else f"{start:%d.%m} {text}"

    # -- actions --------------------------------------------------------------------------
    def due_status(self, line: DueLine) -> str:
        if line.booked_at is not None:
            return self.tr("Møde booket {when}").format(
                when=f"{line.booked_at.astimezone():%d.%m %H.%M}")
        return self.tr(MARK_TEXT[line.mark])

    def outcome(self, row: AppointmentRow, outcome: AppointmentOutcome) -> bool:
        done = record_outcome_now(self, self.ctx, row, outcome)
        if done:
            self.reload()  # the row shows the outcome once the day is read again
            self.outcome_done.setText(self.tr("Registreret: {outcome}, {name} ({kind}).").format(
                outcome=vocab(outcome), name=row.citizen_name, kind=vocab(row.kind)))
            self.outcome_done.show()
        return done

    def book_for_due(self) -> BookingDialog | None:
        index = self.due.currentIndex()
        if not index.isValid():
            return None
        line: DueLine = self.due_proxy.data(index, RowsTableModel.ROW_ROLE)
        self.dialog = BookingDialog(self.ctx, citizen_id=line.citizen_id,
                                    citizen_name=line.name, kind=suggested_kind(line.kind),
                                    parent=self)
        self.dialog.saved.connect(lambda _id: self.reload())
        self.dialog.open()
        return self.dialog
