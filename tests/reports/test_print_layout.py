"""Where text lands on the printed page: right-to-left names in reading order (issue 17, point 5)
and a page footer whose title never runs into the page number (point 6). Checked on the words'
boxes from `pdftotext -bbox`; the Arabic page was also rendered with pdftoppm and looked at."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.reports.cv import cv_pdf
from app.reports.recovery_sheet import recovery_sheet_pdf
from app.services.views import CvView

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is installed by .ci/run")

PRINTED = dt.datetime(2025, 3, 14, 10, 30)
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


@dataclass(frozen=True)
class Word:
    text: str  # as typed: see _words
    x_min: float
    y_min: float
    x_max: float


def _cv(tmp_path: Path, name: str, direction: str = "") -> Path:
    path = tmp_path / "cv.pdf"
    path.write_bytes(cv_pdf(CvView(office="Kontoret i Tingbjerg", name=name, phone="", email="",
                                   position="Kok", field="", functions="",
                                   direction=direction, items=()), printed_at=PRINTED))
    return path


def _words(path: Path) -> list[Word]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    pattern = (r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">'
               r"(.*?)</word>")
    return [Word(_typed(html.unescape(t)), float(a), float(b), float(c))
            for a, b, c, t in re.findall(pattern, out)]


def _typed(glyphs: str) -> str:
    """`pdftotext -bbox` gives a word's glyphs left to right as they stand on the page, in
    Arabic's joined presentation forms: a right-to-left word is turned back to reading order and
    NFKC gives the letters as typed."""
    glyphs = glyphs.translate(BIDI_CONTROLS)
    rtl = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in glyphs)
    return unicodedata.normalize("NFKC", glyphs[::-1] if rtl else glyphs)  # then the lam-alef


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return unicodedata.normalize("NFKC", out).translate(BIDI_CONTROLS)


def _at(words: list[Word], text: str) -> Word:
    found = [w for w in words if w.text == text]
    assert found, (text, [w.text for w in words])
    return found[0]


def test_an_arabic_name_prints_right_to_left_in_reading_order(tmp_path: Path) -> None:
    name = "محمد عبد الله"
    path = _cv(tmp_path, name)
    words = _words(path)
    first, middle, last = (_at(words, w) for w in name.split())
    # on paper the first word of the name stands rightmost, on the title's line
    assert first.x_min > middle.x_max > middle.x_min > last.x_max
    assert first.y_min == middle.y_min == last.y_min
    # and a reader that follows the right-to-left run (pdftotext) gets the name back as typed
    assert name in _text(path)


def test_an_arabic_run_inside_danish_text_keeps_its_place(tmp_path: Path) -> None:
    path = _cv(tmp_path, "Sara Holm", direction="Arbejde hos مطعم الشام i Nørrebro.")
    words = _words(path)
    line = [w for w in words if abs(w.y_min - _at(words, "hos").y_min) < 2]
    hos, restaurant, sham, i = (_at(line, w) for w in ("hos", "مطعم", "الشام", "i"))
    assert hos.x_max < sham.x_min < sham.x_max < restaurant.x_min < restaurant.x_max < i.x_min
    # pdftotext puts the spaces around a right-to-left run oddly; the words' order holds
    assert "Arbejdehosمطعمالشامi Nørrebro.".replace(" ", "") in "".join(_text(path).split())


def test_a_long_arabic_paragraph_keeps_its_lines_in_order(tmp_path: Path) -> None:
    """Lines are reordered one by one: the paragraph's last word is on its last line."""
    path = _cv(tmp_path, "Sara Holm", direction=" ".join(["بداية", *["سلام"] * 80, "نهاية"]))
    words = _words(path)
    start, end = _at(words, "بداية"), _at(words, "نهاية")
    assert end.y_min > start.y_min
    arabic = [w for w in words if w.text == "سلام"]
    first_line = [w for w in arabic if abs(w.y_min - start.y_min) < 2]
    assert first_line and all(w.x_max < start.x_min for w in first_line)  # starts at the right


def _footer(words: list[Word]) -> tuple[list[Word], Word]:
    bottom = max(w.y_min for w in words)
    line = sorted((w for w in words if w.y_min == bottom), key=lambda w: w.x_min)
    side = _at(line, "Side")
    return [w for w in line if w.x_min < side.x_min], side


@pytest.mark.parametrize("length", [70, 200])
def test_the_cv_footer_never_runs_into_the_page_number(tmp_path: Path, length: int) -> None:
    name = ("Maria-Josefine Alexandra Christiansen-Østergaard Bjerregaard Kristensen "
            * 3)[:length].strip()
    path = _cv(tmp_path, name)
    left, side = _footer(_words(path))
    assert [w.text for w in left][:2] == ["CV", "–"]
    assert " ".join(w.text for w in left).endswith("udskrevet 14.03.2025 10:30")
    assert max(w.x_max for w in left) < side.x_min - 10  # a visible gap, never overlap
    if length == 70:
        assert name in " ".join(w.text for w in left)  # fits whole
    else:
        assert "..." in " ".join(w.text for w in left)  # "…" after NFKC


def test_the_header_cuts_a_long_office_name_before_confidential(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    office = "Jobcentrets fremskudte kontor i " + "Gellerup-Toveshøj " * 11
    path.write_bytes(recovery_sheet_pdf(office_name=office.strip(), municipality="Aarhus",
                                        recovery_key_text="-".join(["ABCD"] * 13),
                                        store_id="1", created_at=PRINTED))
    words = _words(path)
    line = sorted((w for w in words if w.y_min < 50), key=lambda w: w.x_min)  # the header
    confidential = _at(line, "Fortroligt")
    assert max(w.x_max for w in line if w is not confidential) < confidential.x_min - 10
