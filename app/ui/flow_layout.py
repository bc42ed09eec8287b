"""A layout that lays its widgets out in rows and wraps to the next row when the width runs
out (Qt's Flow Layout example), so a row of buttons never sets a window's minimum width:
the record's course actions on a 1366×768 laptop at 150 % (issue 17)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget

from app.ui.common import name_widget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """The widest item: the layout can always wrap down to one item a row."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gaps(self) -> tuple[int, int]:
        if self._spacing >= 0:
            return self._spacing, self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6, 6
        button = QSizePolicy.ControlType.PushButton
        return (style.layoutSpacing(button, button, Qt.Orientation.Horizontal),
                style.layoutSpacing(button, button, Qt.Orientation.Vertical))

    def _lay_out(self, rect: QRect, *, move: bool) -> int:
        """Place the items row by row inside `rect`; the height the rows take."""
        m = self.contentsMargins()
        area = rect.marginsRemoved(m)
        across, down = self._gaps()
        x, y, row_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + down, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + across
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + m.bottom()


def flow_buttons(*specs: tuple[str, str, Callable[[], object]]
                 ) -> tuple[FlowLayout, dict[str, QPushButton]]:
    """Named buttons, (objectName, text, slot) each, that wrap to more rows when narrow."""
    row = FlowLayout()
    made = {}
    for name, text, slot in specs:
        button = name_widget(QPushButton(text), name, text.replace("&", "").rstrip(" …"))
        button.clicked.connect(slot)
        row.addWidget(button)
        made[name] = button
    return row, made


