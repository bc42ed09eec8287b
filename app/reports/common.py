"""Shared set-up for every printed document: embedded DejaVu fonts, styles, page furniture, a
Paragraph that prints right-to-left text the right way round, and the typed error a document
that cannot be laid out raises."""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, SimpleDocTemplate
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as _Table
from reportlab.platypus.doctemplate import LayoutError

from app.domain.errors import FremskudtError
from app.paths import font_path
from app.reports.bidi import rtl_base, shape, visual, visual_lines

log = logging.getLogger(__name__)

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"


class ReportError(FremskudtError):
    """A document could not be laid out; nothing was printed or saved."""


@functools.cache
def register_fonts() -> None:
    """Embed DejaVu (covers Danish, Turkish, Vietnamese letters) instead of the base-14 fonts."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_path("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_MONO, str(font_path("DejaVuSansMono.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


@functools.cache
def glyphs() -> frozenset[int]:
    """The code points both the regular and the bold font can draw."""
    register_fonts()
    regular = pdfmetrics.getFont(FONT).face.charToGlyph
    bold = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph
    return frozenset(regular.keys() & bold.keys())


class Paragraph(_Paragraph):
    """reportlab's Paragraph, with Arabic letters shaped and every line that holds
    right-to-left text drawn in visual order (app/reports/bidi.py). Lines are broken, and
    paragraphs split across pages, in reading order; only drawing reorders."""

    def __init__(self, text, style=None, *args, **kwargs) -> None:
        if isinstance(text, str):
            text = shape(text, glyphs())
            self._rtl = rtl_base(text)
        super().__init__(text, style, *args, **kwargs)

    def drawPara(self, debug=0):
        logical, style = self.blPara, self.style
        rtl = getattr(self, "_rtl", False)
        self.blPara = visual_lines(logical, rtl)
        if rtl and len(logical.lines) > 1 and style.alignment == TA_LEFT:
            # a right-to-left paragraph's lines start at the right margin (a one-line name
            # stays where the Danish layout puts it)
            self.style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara, self.style = logical, style


class Table(_Table):
    """reportlab's Table, splitting a row too tall for the rest of the page (a long answer, a
    name without spaces) across pages instead of failing with a LayoutError."""

    def __init__(self, data, *args, splitInRow: int = 1, **kwargs) -> None:
        super().__init__(data, *args, splitInRow=splitInRow, **kwargs)


def para(text: str, style: ParagraphStyle, empty: str = "") -> Paragraph:
    """A value typed by a user as a paragraph: markup escaped, line breaks kept."""
    return Paragraph(escape(text or empty).replace("\n", "<br/>"), style)


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
    try:
        doc.build(list(story), onFirstPage=decorate, onLaterPages=decorate)
    except LayoutError as exc:
        # the message names the flowable with its text: never into the log (no names there)
        log.error("a document could not be laid out (%s)", type(exc).__name__)
        raise ReportError("Dokumentet „{title}“ kunne ikke sættes op til udskrift. Forkort den "
                          "længste tekst, og prøv igen.", title=title) from None
    return buffer.getvalue()


def elide(text: str, font: str, size: float, width: float) -> str:
    """`text` cut at the end with "…" so that it fits in `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _page_furniture(title: str, office: str, confidential: bool,
                    printed_at: dt.datetime) -> Callable:
    """The office and "Fortroligt" at the top; the title, the time printed and the page number
    at the bottom. A long office name or title is cut with "…" so it never runs into the text
    beside it."""
    width, height = A4
    left, right, gap = 20 * mm, width - 20 * mm, 6 * mm
    stamp = f" · udskrevet {printed_at:%d.%m.%Y %H:%M}"
    shown_glyphs = glyphs()

    def draw(canvas, doc) -> None:
        canvas.saveState()
        top_right = left
        if confidential:
            top_right = right - stringWidth("Fortroligt", FONT_BOLD, 9) - gap
            canvas.setFont(FONT_BOLD, 9)
            canvas.setFillColor(colors.HexColor("#A00000"))
            canvas.drawRightString(right, height - 14 * mm, "Fortroligt")
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        office_width = (top_right if confidential else right) - left
        canvas.drawString(left, height - 14 * mm,
                          visual(elide(office, FONT, 8.5, office_width), shown_glyphs))
        canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
        canvas.line(left, height - 16 * mm, right, height - 16 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        page = f"Side {doc.page}"
        room = (right - stringWidth(page, FONT, 8) - gap - left
                - stringWidth(stamp, FONT, 8))
        canvas.drawString(left, 12 * mm,
                          visual(elide(title, FONT, 8, room), shown_glyphs) + stamp)
        canvas.drawRightString(right, 12 * mm, page)
        canvas.restoreState()

    return draw
