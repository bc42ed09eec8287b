"""Kalender (issue 20, point 3): a day or a week of meetings for me, a colleague, a
makkerskab or the whole office, with the open counselling hours shaded. Keyboard: the arrow
keys move between slots, Page Up/Page Down go to the previous/next week (day), Home to
today, Enter books a meeting in an empty slot or opens the meeting in it (its outcome once
it has begun). The meetings of a person export as an iCalendar file for Outlook."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.appointments import week_of
from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services import appointment_letters, appointment_views, office_settings
from app.services.appointment_views import AppointmentRow
from app.services.context import ServiceContext
from app.ui.appointment_dialogs import BookingDialog, OutcomeDialog
from app.ui.calendar_model import FIRST_HOUR, CalendarModel
from app.ui.common import Operation, name_widget, run_for, show_error
from app.ui.files import save_file_name
from app.ui.forms import from_qdate, to_qdate

MODE_WEEK, MODE_DAY = range(2)
ICAL_DAYS_BACK, ICAL_DAYS_AHEAD = 31, 366


class CalendarPage(QWidget):
    def __init__(self, ctx: ServiceContext, open_citizen: Callable[[uuid.UUID], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_citizen = open_citizen
        self.day = ctx.today()
        self.dialog: QDialog | None = None
        self.operation: Operation | None = None
        self.exported: str = ""
        self._bookable = appointment_views.bookable(ctx)
        self._build()
        self.reload()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.scope = name_widget(QComboBox(), "calendarScope", self.tr("Vis kalender for"))
        self.scope.addItem(self.tr("Mig"), frozenset({self.ctx.user.id}))
        for name, members in self._bookable.partnerships:
            self.scope.addItem(self.tr("Makkerskab: {name}").format(name=name), members)
        for staff_id, name in self._bookable.staff:
            if staff_id != self.ctx.user.id:
                self.scope.addItem(name, frozenset({staff_id}))
        self.scope.addItem(self.tr("Hele kontoret"), None)
        self.scope.currentIndexChanged.connect(self.reload)
        self.mode = name_widget(QComboBox(), "calendarMode", self.tr("Visning"))
        self.mode.addItems([self.tr("Uge"), self.tr("Dag")])
        self.mode.currentIndexChanged.connect(self.reload)
        self.previous = name_widget(QPushButton(self.tr("◀ &Forrige")), "calendarPrevious")
        self.previous.clicked.connect(lambda: self.step(-1))
        self.today_button = name_widget(QPushButton(self.tr("I &dag")), "calendarToday")
        self.today_button.clicked.connect(self.go_today)
        self.next = name_widget(QPushButton(self.tr("&Næste ▶")), "calendarNext")
        self.next.clicked.connect(lambda: self.step(1))
        self.date = name_widget(QDateEdit(), "calendarDate", self.tr("Dato"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.dateChanged.connect(self._date_picked)
        self.book_button = name_widget(QPushButton(self.tr("&Book møde …")), "calendarBook")
        self.book_button.clicked.connect(self.book)
        self.open_button = name_widget(QPushButton(self.tr("Åbn &borger")), "calendarOpen")
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = name_widget(QPushButton(self.tr("Til &Outlook …")),
                                         "calendarExport")
        self.export_button.setToolTip(self.tr("Gem møderne som iCalendar-fil: tider, mødets "
                                              "art og sted, aldrig navn eller CPR-nummer."))
        self.export_button.clicked.connect(self.export_ical)
        self.book_button.setVisible(self.ctx.user.can(Permission.CASE_WRITE))
        bar = QHBoxLayout()
        for widget in (self.scope, self.mode, self.previous, self.today_button, self.next,
                       self.date):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.book_button, self.open_button, self.export_button):
            bar.addWidget(widget)
        self.model = CalendarModel(self)
        self.view = name_widget(QTableView(), "calendarTable", self.tr("Kalender"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.doubleClicked.connect(lambda _i: self.activate())
        # the table's own keys move a page or to the first row: here they move in time
        self._keys = {Qt.Key.Key_Return: self.activate, Qt.Key.Key_Enter: self.activate,
                      Qt.Key.Key_PageUp: lambda: self.step(-1),
                      Qt.Key.Key_PageDown: lambda: self.step(1), Qt.Key.Key_Home: self.go_today}
        self.view.installEventFilter(self)
        self.summary = name_widget(QLabel(), "calendarSummary")
        self.legend = QLabel(self.tr("<span style='background:#d6e6fb'>&nbsp;møde&nbsp;</span> "
                                     "<span style='background:#e4e4e4'>&nbsp;aflyst eller kom "
                                     "ikke&nbsp;</span> "
                                     "<span style='background:#e3f4e1'>&nbsp;åben rådgivning"
                                     "&nbsp;</span> <span style='background:#fff7d6'>&nbsp;i dag"
                                     "&nbsp;</span> · PgUp/PgDn · Enter: book/åbn"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Kalender</h2>")))
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.legend)
        layout.addLayout(bottom)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier):
            action = self._keys.get(Qt.Key(event.key()))
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    # -- data -----------------------------------------------------------------------------
    def days(self) -> list[dt.date]:
        if self.mode.currentIndex() == MODE_DAY:
            return [self.day]
        monday = week_of(self.day)
        return [monday + dt.timedelta(days=i) for i in range(5)]

    def staff_scope(self) -> set[uuid.UUID] | None:
        members = self.scope.currentData()
        return None if members is None else set(members)

    def reload(self) -> None:
        days = self.days()
        try:
            week = appointment_views.week(self.ctx, days[0], days[-1] + dt.timedelta(
                days=2 if len(days) == 5 else 0), staff_ids=self.staff_scope())
            hours = office_settings.office_settings(self.ctx).drop_in_hours
        except FremskudtError as exc:
            show_error(self, exc)
            return
        if len(days) == 5 and any(t[0].astimezone().weekday() >= 5 for t in week.times):
            days += [days[-1] + dt.timedelta(days=1), days[-1] + dt.timedelta(days=2)]
        self.date.blockSignals(True)
        self.date.setDate(to_qdate(self.day))
        self.date.blockSignals(False)
        self.model.set_week(days, week, hours, self.ctx.today(),
                            show_staff=self.staff_scope() != {self.ctx.user.id})
        now = self.ctx.now()
        waiting = sum(1 for start, _end, outcome in week.times if outcome is None
                      and start <= now)
        coming = sum(1 for start, _end, outcome in week.times if outcome is None
                     and start > now)
        total = len(week.times)
        self.summary.setText((self.tr("1 møde") if total == 1
                              else self.tr("%n møder", "", total))
                             + self.tr(" · %n uden udfald", "", waiting)
                             + self.tr(" · %n kommende", "", coming)
                             + (self.tr(" · vælg en medarbejder for at se de enkelte møder")
                                if week.rows is None else ""))
        self.export_button.setEnabled(self.staff_scope() is not None
                                      and len(self.staff_scope()) == 1)
        self._select_default(days)

    def _select_default(self, days: list[dt.date]) -> None:
        if self.view.currentIndex().isValid():
            return
        column = days.index(self.ctx.today()) if self.ctx.today() in days else 0
        hour = max(self.ctx.now().astimezone().hour, FIRST_HOUR)
        row = min((hour - FIRST_HOUR) * 2, self.model.rowCount() - 1)
        self.view.setCurrentIndex(self.model.index(row, column))

    def step(self, direction: int) -> None:
        keep = self.view.currentIndex()
        self.day += dt.timedelta(days=direction * (1 if self.mode.currentIndex() == MODE_DAY
                                                   else 7))
        self.reload()
        if keep.isValid():
            self.view.setCurrentIndex(self.model.index(keep.row(), min(
                keep.column(), self.model.columnCount() - 1)))

    def go_today(self) -> None:
        self.day = self.ctx.today()
        self.view.setCurrentIndex(self.model.index(-1, -1))
        self.reload()

    def _date_picked(self, value: QDate) -> None:
        self.day = from_qdate(value)
        self.reload()

    # -- actions --------------------------------------------------------------------------
    def selected_meeting(self) -> AppointmentRow | None:
        index = self.view.currentIndex()
        found = self.model.meetings_at(index) if index.isValid() else []
        return found[0] if found else None

    def activate(self) -> QDialog | None:
        row = self.selected_meeting()
        if row is None:
            return self.book()
        if not row.is_open or not self.ctx.user.can(Permission.CASE_WRITE):
            self.open_citizen(row.citizen_id)
            return None
        if row.awaits_outcome(self.ctx.now()):
            self.dialog = OutcomeDialog(self.ctx, row, self)
            self.dialog.recorded.connect(self.reload)
        else:
            self.dialog = BookingDialog(self.ctx, appointment=row, parent=self)
            self.dialog.saved.connect(lambda _id: self.reload())
        self.dialog.open()
        return self.dialog

    def book(self) -> BookingDialog | None:
        if not self.ctx.user.can(Permission.CASE_WRITE):
            return None
        index = self.view.currentIndex()
        start = self.model.slot_start(index) if index.isValid() else None
        members = self.staff_scope()
        self.dialog = BookingDialog(self.ctx, start=start, staff_ids=set(members) if members
                                    else None, parent=self)
        self.dialog.saved.connect(lambda _id: self.reload())
        self.dialog.open()
        return self.dialog

    def open_selected(self) -> None:
        row = self.selected_meeting()
        if row is not None:
            self.open_citizen(row.citizen_id)

    def export_ical(self, path: str | None = None) -> Operation | None:
        members = self.staff_scope()
        if not members or len(members) != 1:
            return None
        staff_id = next(iter(members))
        if path is None:
            path = save_file_name(self, self.tr("Gem kalender til Outlook"),
                                  "fremskudt-kalender.ics", self.tr("iCalendar (*.ics)"))
        if not path:
            return None
        ctx, today = self.ctx, self.ctx.today()
        first = today - dt.timedelta(days=ICAL_DAYS_BACK)
        last = today + dt.timedelta(days=ICAL_DAYS_AHEAD)

        def job(_progress) -> str:
            Path(path).write_bytes(appointment_letters.calendar_ical(ctx, staff_id, first, last))
            return path

        self.operation = run_for(self, job, self._exported, lambda e: show_error(self, e),
                                 busy=self.export_button)
        return self.operation

    def _exported(self, path: object) -> None:
        self.exported = str(path)
        self.summary.setText(self.tr("Kalenderen er gemt som {path}. Åbn filen i Outlook; "
                                     "den har kun tider, mødets art og sted.").format(path=path))
