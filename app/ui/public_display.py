"""The public display of åben rådgivning: a window for a screen in the waiting room with the
numbers called ("A-12", the newest first) and how many wait. No names, ever.

The numbers carry the workstation's letter (issue 23), so four of them make a long line; the
font of the numbers is fitted to the window's width and height whenever the window or the
numbers change, so they fit a 1366×768 screen at 100 % and 150 % and fill a big one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain.errors import FremskudtError
from app.services import dropins
from app.services.context import ServiceContext
from app.ui.common import name_widget

REFRESH_MS = 5_000
GAP = "   "  # between two numbers: read as separate numbers across the room
MAX_PIXELS = 220  # the numbers' font on a big screen (logical pixels)
MIN_PIXELS = 16
WIDTH_SHARE = 0.92  # of the window's inner width the line of numbers may take
HEIGHT_SHARE = 0.45  # of the window's inner height
FOUR_NUMBERS = GAP.join(["A-88", "B-88", "C-88", "D-88"])  # the most the screen shows


def fitted_pixel_size(font: QFont, text: str, width: int, height: int) -> int:
    """The largest pixel size (MIN_PIXELS..MAX_PIXELS) at which `text` in `font` is at most
    `width` wide and `height` high."""
    probe = QFont(font)
    low, high = MIN_PIXELS, MAX_PIXELS
    while low < high:
        middle = (low + high + 1) // 2
        probe.setPixelSize(middle)
        metrics = QFontMetrics(probe)
        if metrics.horizontalAdvance(text) <= width and metrics.height() <= height:
            low = middle
        else:
            high = middle - 1
    return low


class PublicDisplay(QWidget):
    """For a second screen in the waiting room. F11 or a double click: full screen."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("publicDisplay")
        self.setWindowTitle(self.tr("Åben rådgivning"))
        self.setToolTip(self.tr("F11 eller dobbeltklik: fuld skærm"))
        self.setStyleSheet("background: #10233f; color: white;")
        self.title = QLabel(self.tr("Åben rådgivning"))
        self.now_label = QLabel(self.tr("Nu kalder vi"))
        self.called = name_widget(QLabel(), "displayCalled", self.tr("Kaldte numre"))
        self.waiting = name_widget(QLabel(), "displayWaiting", self.tr("Venter"))
        for label, size in ((self.title, 28), (self.now_label, 24), (self.called, 96),
                            (self.waiting, 28)):
            font = QFont()
            font.setPointSize(size)
            font.setBold(label is not self.now_label)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the fitted font decides the numbers' size, never the other way round: the label
        # must not widen the window to its text
        self.called.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.called.setStyleSheet("color: #ffd75e;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.now_label)
        layout.addWidget(self.called)
        layout.addStretch(1)
        layout.addWidget(self.waiting)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.load)
        self.timer.start()
        self.resize(960, 600)

    def load(self) -> None:
        try:
            state = dropins.display(self.ctx)
        except FremskudtError:
            return  # the screen keeps what it shows; the desk sees the error
        self.called.setText(GAP.join(state.called) or "–")
        self.waiting.setText(self.tr("%n venter", "", state.waiting))
        self._fit()

    def _fit(self) -> None:
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        height = self.height() - margins.top() - margins.bottom()
        font = self.called.font()
        # never larger than four numbers would be, so the numbers do not jump in size as
        # the list fills up in the morning; smaller when the numbers run longer ("A-123")
        size = min(fitted_pixel_size(font, text, int(width * WIDTH_SHARE),
                                     int(height * HEIGHT_SHARE))
                   for text in (self.called.text(), FOUR_NUMBERS))
        font.setPixelSize(size)
        self.called.setFont(font)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def keyPressEvent(self, event) -> None:
        leave = event.key() == Qt.Key.Key_Escape and self.isFullScreen()
        if event.key() == Qt.Key.Key_F11 or leave:
            self.toggle_full_screen()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        self.toggle_full_screen()
        super().mouseDoubleClickEvent(event)

    def closeEvent(self, event) -> None:
        self.timer.stop()
        super().closeEvent(event)
