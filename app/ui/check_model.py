"""A table of rows whose first column is a box to tick (attendance, who takes a caseload)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app.ui.table_model import Column, RowsTableModel


class CheckRowsModel(RowsTableModel):
    """`ticks` maps each row's `key(row)` to whether its box is ticked; `initial(row)` sets it
    when the rows are set."""

    def __init__(self, columns: Sequence[Column], key: Callable[[Any], object],
                 initial: Callable[[Any], bool] = lambda _row: False, parent=None) -> None:
        super().__init__(columns, parent)
        self._key = key
        self._initial = initial
        self.ticks: dict[object, bool] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.ticks = {self._key(r): bool(self._initial(r)) for r in rows}
        super().set_rows(rows)

    def ticked(self) -> list[Any]:
        return [r for r in self._rows if self.ticks.get(self._key(r))]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            ticked = self.ticks.get(self._key(self.row_at(index.row())))
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            key = self._key(self.row_at(index.row()))
            self.ticks[key] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False
