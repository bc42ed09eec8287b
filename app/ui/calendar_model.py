"""The calendar's table model: half-hour slots (rows) × days (columns), each cell the
meetings that start in it; a meeting's later slots and the open counselling hours are
shaded. Read-only, fed by app.services.appointment_views.between."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.appointments import AppointmentOutcome, OpenHours
from app.services.appointment_views import AppointmentRow, CalendarWeek
from app.ui.i18n import vocab

Index = QModelIndex | QPersistentModelIndex
SLOT_MINUTES = 30
FIRST_HOUR, LAST_HOUR = 7, 18  # the day shown; earlier or later meetings go to the edges
DAY_NAMES = (QT_TRANSLATE_NOOP("CalendarModel", "Man"), QT_TRANSLATE_NOOP("CalendarModel", "Tir"),
             QT_TRANSLATE_NOOP("CalendarModel", "Ons"), QT_TRANSLATE_NOOP("CalendarModel", "Tor"),
             QT_TRANSLATE_NOOP("CalendarModel", "Fre"), QT_TRANSLATE_NOOP("CalendarModel", "Lør"),
             QT_TRANSLATE_NOOP("CalendarModel", "Søn"))
MEETING = QColor("#d6e6fb")
MEETING_DONE = QColor("#e4e4e4")
DROP_IN = QColor("#e3f4e1")
TODAY = QColor("#fff7d6")


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part)[:3].upper()


class CalendarModel(QAbstractTableModel):
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's meetings (list of AppointmentRow)
    SLOTS = (LAST_HOUR - FIRST_HOUR) * 60 // SLOT_MINUTES

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.days: list[dt.date] = []
        self.today: dt.date | None = None
        self.show_staff = False
        self._starts: dict[tuple[int, int], list[AppointmentRow]] = {}
        self._covered: dict[tuple[int, int], AppointmentRow] = {}
        self._drop_in: set[tuple[int, int]] = set()
        self._counts: dict[tuple[int, int], int] = {}  # counts only: too many to show each

    def slot_time(self, row: int) -> dt.time:
        minutes = FIRST_HOUR * 60 + row * SLOT_MINUTES
        return dt.time(minutes // 60, minutes % 60)

    def slot_start(self, index: Index) -> dt.datetime:
        return dt.datetime.combine(self.days[index.column()],
                                   self.slot_time(index.row())).astimezone()

    def _slot_of(self, when: dt.datetime) -> int:
        local = when.astimezone()
        minutes = local.hour * 60 + local.minute - FIRST_HOUR * 60
        return min(max(minutes // SLOT_MINUTES, 0), self.SLOTS - 1)

    def set_week(self, days: list[dt.date], week: CalendarWeek,
                 drop_in: tuple[OpenHours, ...], today: dt.date, show_staff: bool) -> None:
        self.beginResetModel()
        self.days, self.today, self.show_staff = days, today, show_staff
        column = {day: i for i, day in enumerate(days)}
        starts: dict[tuple[int, int], list[AppointmentRow]] = defaultdict(list)
        covered: dict[tuple[int, int], AppointmentRow | None] = {}
        counts: dict[tuple[int, int], int] = defaultdict(int)
        items = week.rows if week.rows is not None else week.times
        for item in items:
            start, end = (item.starts_at, item.ends_at) if week.rows is not None else item[:2]
            col = column.get(start.astimezone().date())
            if col is None:
                continue
            first = self._slot_of(start)
            if week.rows is not None:
                starts[(first, col)].append(item)
            counts[(first, col)] += 1
            for slot in range(first + 1, self._slot_of(end - dt.timedelta(minutes=1)) + 1):
                covered.setdefault((slot, col), item if week.rows is not None else None)
        self._starts, self._covered = dict(starts), covered
        self._counts = dict(counts) if week.rows is None else {}
        self._drop_in = {(slot, col) for col, day in enumerate(days) for h in drop_in
                         if h.weekday == day.weekday() for slot in range(self.SLOTS)
                         if h.start <= self.slot_time(slot) < h.end}
        self.endResetModel()

    def meetings_at(self, index: Index) -> list[AppointmentRow]:
        key = (index.row(), index.column())
        found = list(self._starts.get(key, ()))
        if not found and self._covered.get(key) is not None:
            found = [self._covered[key]]
        return found

    @property
    def counts_only(self) -> bool:
        return bool(self._counts)

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.SLOTS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            day = self.days[section]
            return f"{self.tr(DAY_NAMES[day.weekday()])} {day:%d.%m}"
        return f"{self.slot_time(section):%H.%M}"

    def _line(self, row: AppointmentRow) -> str:
        text = f"{row.starts_at.astimezone():%H.%M}"
        if self.show_staff:  # whose meeting, before the text that may be cut
            text += f" {'/'.join(_initials(n) for n in row.staff_names)}"
        text += f" {vocab(row.kind)} · {row.citizen_name}"
        if row.outcome is not None:
            text += f" – {vocab(row.outcome).lower()}"
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        key = (index.row(), index.column())
        starts = self._starts.get(key)
        if role == Qt.ItemDataRole.DisplayRole and self._counts:
            count = self._counts.get(key)
            if not count:
                return ""
            return self.tr("1 møde") if count == 1 else self.tr("%n møder", "", count)
        if role == Qt.ItemDataRole.DisplayRole:
            if not starts:
                return "⋮" if key in self._covered else ""
            # one line a slot: more meetings in it are counted after the time, before the
            # text a narrow column cuts (the tooltip lists them all)
            line = self._line(starts[0])
            return f"{line[:5]} +{len(starts) - 1}{line[5:]}" if len(starts) > 1 else line
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [self._line(r) for r in self.meetings_at(index)]
            if self._counts.get(key):
                parts.append(self.tr("Vælg en medarbejder eller et makkerskab for at se "
                                     "møderne."))
            if key in self._drop_in:
                parts.append(self.tr("Åben rådgivning"))
            return "\n".join(parts) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._counts and (key in self._counts or key in self._covered):
                return QBrush(MEETING)
            shown = starts or ([self._covered[key]] if key in self._covered else [])
            if shown:
                return QBrush(MEETING if any(r.is_open or r.outcome == AppointmentOutcome.HELD
                                             for r in shown) else MEETING_DONE)
            if key in self._drop_in:
                return QBrush(DROP_IN)
            if self.days and self.days[index.column()] == self.today:
                return QBrush(TODAY)
            return None
        if role == Qt.ItemDataRole.FontRole and starts and all(r.cancelled for r in starts):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == self.ROW_ROLE:
            return self.meetings_at(index)
        return None
