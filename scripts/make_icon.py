"""Draw the application icon (resources/icons/fremskudt.png and the Windows .ico with the
sizes Explorer uses). Run once after changing the design; the files are committed."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#12233f"))  # the public display's blue
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    # a path forward: three rising steps (the programme's three trin) and an arrow
    pen = QPen(QColor("#f2b134"), 22 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(44 * s, 204 * s))
    for x, y in ((92, 204), (92, 164), (140, 164), (140, 124), (188, 124), (188, 62)):
        path.lineTo(QPointF(x * s, y * s))
    p.drawPath(path)
    head = QPainterPath(QPointF(160 * s, 88 * s))
    head.lineTo(QPointF(188 * s, 56 * s))
    head.lineTo(QPointF(216 * s, 88 * s))
    p.drawPath(head)
    font_file = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(font_file)))[0]
    font = QFont(family)
    font.setBold(True)
    font.setPixelSize(int(96 * s))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(34 * s, 22 * s, 120 * s, 110 * s), Qt.AlignmentFlag.AlignLeft
               | Qt.AlignmentFlag.AlignTop, "F")
    p.end()
    return image


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(["make_icon"])
    ICONS.mkdir(parents=True, exist_ok=True)
    png = ICONS / "fremskudt.png"
    draw(256).save(str(png))
    Image.open(png).save(ICONS / "fremskudt.ico",
                         sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    del app
    print(png, ICONS / "fremskudt.ico")


if __name__ == "__main__":
    main()
