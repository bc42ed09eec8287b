"""Windows that fit the screen they are on (issue 17: a 1366×768 laptop at 100 % and 150 %,
with a 40 px taskbar): every top-level window is kept inside the screen's free area when it
is shown, long content scrolls inside the window, long one-line texts are elided with the
whole text in a tooltip, and the main windows remember their size and position per screen
in the data folder."""

from __future__ import annotations

import base64
import json
import math
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

# what a taskbar takes when the window system does not say (Xvfb, a bare X11 session), in
# device pixels: Windows' default taskbar is 40 px
TASKBAR_PX = 40
# a title bar and borders before the window system has framed the window (logical pixels)
ASSUMED_FRAME = QMargins(2, 30, 2, 2)
_SKIPPED = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def available_rect(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the primary screen) a window may use: the screen's
    free area, less a taskbar when the window system reserves none."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, 1366, 768 - TASKBAR_PX)
    room = screen.availableGeometry()
    if room == screen.geometry():
        room.setBottom(room.bottom() - math.ceil(TASKBAR_PX / screen.devicePixelRatio()))
    return room


def frame_margins(window: QWidget) -> QMargins:
    """The window's frame, once it is known; a typical title bar before that."""
    frame, inner = window.frameGeometry(), window.geometry()
    if frame == inner:
        return ASSUMED_FRAME
    return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                    frame.right() - inner.right(), frame.bottom() - inner.bottom())


def fit_window(window: QWidget) -> None:
    """Shrink the window to the free area of its screen (frame included) and move it inside."""
    room = available_rect(window)
    m = frame_margins(window)
    width = min(window.width(), room.width() - m.left() - m.right())
    height = min(window.height(), room.height() - m.top() - m.bottom())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    outer_w = window.width() + m.left() + m.right()
    outer_h = window.height() + m.top() + m.bottom()
    frame = window.frameGeometry()
    x = max(room.left(), min(frame.left(), room.right() + 1 - outer_w))
    y = max(room.top(), min(frame.top(), room.bottom() + 1 - outer_h))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def fit_size(window: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, or to what the screen leaves room for."""
    room = available_rect(window)
    m = frame_margins(window)
    window.resize(min(width, room.width() - m.left() - m.right()),
                  min(height, room.height() - m.top() - m.bottom()))


class ScreenFitter(QObject):
    """Installed on the application: every window is fitted to its screen as it is shown, so
    dialogs of every kind (ours, message boxes, file dialogs) stay reachable."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow() and watched.windowType() not in _SKIPPED:
            fit_window(watched)
        return False


def install_screen_fitter(app: QObject) -> ScreenFitter:
    for old in app.findChildren(ScreenFitter):
        app.removeEventFilter(old)
        old.deleteLater()
    fitter = ScreenFitter(app)
    app.installEventFilter(fitter)
    return fitter


def scrolling(widget: QWidget, name: str = "") -> QScrollArea:
    """The widget in a frameless scroll area: it takes the width it is given and scrolls when
    the window is smaller than its content.

    Keyboard: when the content has tab stops of its own, the area is none (Tab goes through
    the content and the area scrolls to the focused control); otherwise it is one, named as
    its content, so a long text can be scrolled with the arrow keys."""
    area = QScrollArea()
    area.setObjectName(name or f"{widget.objectName()}Scroll")
    if any(child.focusPolicy() & Qt.FocusPolicy.TabFocus
           for child in widget.findChildren(QWidget)):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    else:
        area.setAccessibleName(widget.accessibleName() or getattr(widget, "title", str)()
                               or widget.objectName())
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(widget)
    return area


def lines_high(widget: QWidget, lines: int) -> int:
    """The height of `lines` lines of the widget's text, plus a little room."""
    return widget.fontMetrics().lineSpacing() * lines + 12


class _Elider(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            _elide(watched)
        return False


def make_elided(label: QLabel) -> QLabel:
    """A one-line label that takes the width it gets and elides its text to it; the whole
    text is in its tooltip. Set the text with `set_elided_text`."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(False)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(40)
    label.installEventFilter(_Elider(label))
    return label


def set_elided_text(label: QLabel, text: str) -> None:
    label.setProperty("fullText", text)
    _elide(label)


def full_text(label: QLabel) -> str:
    return label.property("fullText") or ""


def _elide(label: QLabel) -> None:
    text = full_text(label)
    shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                           max(label.contentsRect().width(), 0))
    if label.text() != shown:
        label.setText(shown)
    label.setToolTip(text if shown != text else "")


class WindowMemory:
    """Size and position of the named windows, per screen (its name and size), in a small
    JSON file in the data folder. Nothing is written until a window closes."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    @staticmethod
    def key(window: QWidget, name: str) -> str:
        screen = window.screen() or QGuiApplication.primaryScreen()
        size = screen.size() if screen is not None else None
        where = f"{screen.name()} {size.width()}x{size.height()}" if size else "?"
        return f"{name} @ {where}"

    def restore(self, window: QWidget, name: str) -> bool:
        saved = self._read().get(self.key(window, name))
        if not isinstance(saved, str):
            return False
        return window.restoreGeometry(QByteArray(base64.b64decode(saved)))

    def save(self, window: QWidget, name: str) -> None:
        if not self.path.parent.is_dir():
            return  # the data folder is made by the store, never here
        data = self._read()
        data[self.key(window, name)] = base64.b64encode(
            bytes(window.saveGeometry().data())).decode("ascii")
        try:
            self.path.write_text(json.dumps(data, indent=1), encoding="utf-8")
        except OSError:
            return  # a geometry not remembered is no reason to stop closing a window


def remember_geometry(window: QWidget, path: Path, name: str, default: tuple[int, int]
                      ) -> WindowMemory:
    """Give the window its remembered geometry on this screen (else `default`, shrunk to the
    screen) and remember it when it closes."""
    memory = WindowMemory(path)
    if not memory.restore(window, name):
        fit_size(window, *default)
    window.installEventFilter(_Remember(memory, name, window))
    return memory


class _Remember(QObject):
    def __init__(self, memory: WindowMemory, name: str, parent: QObject) -> None:
        super().__init__(parent)
        self.memory = memory
        self.name = name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, QWidget):
            self.memory.save(watched, self.name)
        return False


def inside_scroll_area(widget: QWidget) -> bool:
    """Whether the widget lies in a scroll area's viewport (reachable by scrolling)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
