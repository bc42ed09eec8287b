"""Widgets every page and dialog builds the same way: a sortable read-only table and a heading."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from app.ui.common import name_widget
from app.ui.table_model import RowsTableModel


def table_view(name: str, model: RowsTableModel) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, single-row-selection table over `model` behind a sort proxy."""
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


def heading(text: str) -> QLabel:
    """A page's title."""
    return QLabel(f"<h2>{text}</h2>")
