"""A read-only table model over a list of rows (dataclasses), one getter per column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

LONG_CELL = 50  # characters: a longer cell text gets a tooltip with the whole text


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], object]
    align_right: bool = False
    sort: Callable[[Any], object] | None = None  # e.g. the date behind a dd.mm.yyyy text


Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:  # a long text, cut in its cell, shows whole
            value = column.value(row)
            text = "" if value is None else str(value)
            return f"<p>{escape(text)}</p>" if len(text) > LONG_CELL else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ROW_ROLE:
            return row
        if role == self.SORT_ROLE:
            value = column.sort(row) if column.sort else column.value(row)
            if hasattr(value, "isoformat"):
                return value.isoformat()
            if isinstance(value, bool) or value is None:
                return str(value or "")
            return value if isinstance(value, int | float) else str(value).casefold()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None
