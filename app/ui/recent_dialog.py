"""Seneste borgere (issue 17 point 16): the last ten records this user opened on this
workstation, newest first; Enter or a double-click opens the record."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import recent
from app.services.context import ServiceContext
from app.ui.common import name_widget


class RecentCitizensDialog(QDialog):
    def __init__(self, ctx: ServiceContext, open_citizen: Callable[[uuid.UUID], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_citizen = open_citizen
        self.setObjectName("recentCitizensDialog")
        self.setWindowTitle(self.tr("Seneste borgere"))
        self._build()
        self.load()

    def _build(self) -> None:
        self.list = name_widget(QListWidget(), "recentCitizens", self.tr("Seneste borgere"))
        self.list.itemActivated.connect(self._open)  # Enter and double-click
        self.empty = name_widget(QLabel(self.tr(
            "Du har ikke åbnet nogen borgere på denne computer endnu.")), "recentEmpty")
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox()
        open_button = buttons.addButton(self.tr("&Åbn"), QDialogButtonBox.ButtonRole.AcceptRole)
        open_button.setObjectName("openRecent")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk"))
        buttons.accepted.connect(lambda: self._open(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("De sidste {n} borgere, du har åbnet. Enter eller "
                                        "dobbeltklik åbner.").format(n=recent.RECENT_COUNT)))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def load(self) -> None:
        self.list.clear()
        for person in recent.recent_citizens(self.ctx):
            details = " · ".join(x for x in (person.masked_cpr, person.phone) if x)
            item = QListWidgetItem(f"{person.name}   {details}" if details else person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.citizen_id)
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.accept()
        self.open_citizen(item.data(Qt.ItemDataRole.UserRole))
