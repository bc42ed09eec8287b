"""Hjælp → Genveje (issue 17 point 16): the keyboard shortcuts, read from the windows' own
QAction and QShortcut objects, so the list cannot go stale. A QShortcut says what it does in
its whatsThis; the main window and every open record are listed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui.common import name_widget
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


@dataclass(frozen=True)
class ShortcutRow:
    where: str
    keys: str
    what: str


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                     for s in sequences if not s.isEmpty())


def _what(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip(" …")


def _owner(thing: QAction | QShortcut) -> QWidget | None:
    """The window a shortcut works in (a record is a child window of the main window)."""
    parent = thing.parent()
    return parent.window() if isinstance(parent, QWidget) else None


def shortcut_rows(windows: list[tuple[str, QWidget]]) -> list[ShortcutRow]:
    """Every shortcut of each (title, window): its menu actions and its QShortcuts, one row
    per thing it does (Return and Enter together)."""
    rows: list[ShortcutRow] = []
    for where, window in windows:
        found: dict[str, list[QKeySequence]] = {}
        for action in window.findChildren(QAction):
            if action.shortcuts() and action.isVisible() and _owner(action) is window:
                found.setdefault(_what(action.text()), []).extend(action.shortcuts())
        for shortcut in window.findChildren(QShortcut):
            if shortcut.isEnabled() and not shortcut.key().isEmpty() \
                    and _owner(shortcut) is window:
                what = _what(shortcut.whatsThis()) or shortcut.objectName()
                found.setdefault(what, []).append(shortcut.key())
        for what, sequences in found.items():
            unique = list(dict.fromkeys(s.toString() for s in sequences))
            rows.append(ShortcutRow(where, _keys([QKeySequence(s) for s in unique]), what))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, windows: list[tuple[str, QWidget]], parent: QWidget | None = None,
                 *, record_open: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Genveje"))
        self.model = RowsTableModel([
            Column(self.tr("Vindue"), lambda r: r.where),
            Column(self.tr("Taster"), lambda r: r.keys),
            Column(self.tr("Gør"), lambda r: r.what),
        ], self)
        self.model.set_rows(shortcut_rows(windows))
        self.view, _ = table_view("shortcutsTable", self.model)
        self.view.setSortingEnabled(False)
        self.view.model().sort(-1)  # as the windows list them
        self.view.resizeColumnsToContents()
        hint = self.tr("Alt og det understregede bogstav vælger en knap, et felt eller en menu. "
                       "Tab går til næste felt.")
        if not record_open:
            hint += " " + self.tr("Journalens genveje står her, når en borger er åben.")
        note = name_widget(QLabel(hint), "shortcutsHint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 440)
