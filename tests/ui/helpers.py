"""Helpers the GUI tests share: filling a FormDialog as a user would and pressing its OK."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def fill(qtbot, dialog, **values) -> None:
    """Type ASCII text into text fields key by key; set every other value directly."""
    for key, value in values.items():
        widget = dialog.widgets[key]
        if isinstance(value, str) and not isinstance(widget, QComboBox) and value.isascii() \
                and hasattr(widget, "clear"):
            widget.clear()
            qtbot.keyClicks(widget, value)
        else:
            dialog.set_value(key, value)


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
