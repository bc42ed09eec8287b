"""Shared set-up for every printed document: embedded DejaVu fonts, styles, page furniture."""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.paths import font_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"


@functools.cache
def register_fonts() -> None:
    """Embed DejaVu (covers Danish, Turkish, Vietnamese letters) instead of the base-14 fonts."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_path("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_MONO, str(font_path("DejaVuSansMono.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11,
                                textColor=colors.HexColor("#444444")),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18,
                                leading=23, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                             spaceBefore=10, spaceAfter=4),
        "mono": ParagraphStyle("mono", parent=base, fontName=FONT_MONO, fontSize=15, leading=22),
    }


def render(
    story: Sequence[Flowable],
    *,
    title: str,
    office: str,
    confidential: bool = True,
    printed_at: dt.datetime | None = None,
) -> bytes:
    """Lay out `story` on A4 with the office header, "Fortroligt" and page numbers."""
    register_fonts()
    printed_at = printed_at or dt.datetime.now()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
        bottomMargin=20 * mm, title=title, author=office, subject=title, creator="Fremskudt",
        initialFontName=FONT, initialFontSize=10.5,
    )
    decorate = _page_furniture(title, office, confidential, printed_at)
    doc.build(list(story), onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _page_furniture(title: str, office: str, confidential: bool,
                    printed_at: dt.datetime) -> Callable:
    def draw(canvas, doc) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(20 * mm, height - 14 * mm, office)
        if confidential:
            canvas.setFont(FONT_BOLD, 9)
            canvas.setFillColor(colors.HexColor("#A00000"))
            canvas.drawRightString(width - 20 * mm, height - 14 * mm, "Fortroligt")
        canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
        canvas.line(20 * mm, height - 16 * mm, width - 20 * mm, height - 16 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(20 * mm, 12 * mm, f"{title} · udskrevet {printed_at:%d.%m.%Y %H:%M}")
        canvas.drawRightString(width - 20 * mm, 12 * mm, f"Side {doc.page}")
        canvas.restoreState()

    return draw
