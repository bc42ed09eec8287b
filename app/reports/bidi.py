"""Right-to-left text (Arabic, Hebrew, Persian, Urdu) for reportlab, which draws every string left
to right as it is stored: Arabic letters get their joined forms (arabic-reshaper), and each laid-out
line is reordered into visual order (the Unicode bidirectional algorithm, python-bidi) only when
it is drawn, so line breaking and page splitting still see the text in reading order."""

from __future__ import annotations

import copy
import functools
import unicodedata
from collections.abc import Callable, Hashable

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi import algorithm, get_base_level

_RTL_CLASSES = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def rtl_base(text: str) -> bool:
    """Whether the paragraph reads right to left (its first strong character is RTL)."""
    return has_rtl(text) and get_base_level(text) == 1


@functools.cache
def _reshaper(glyphs: frozenset[int]) -> arabic_reshaper.ArabicReshaper:
    """A reshaper that makes only the ligatures the embedded font can draw (DejaVu Sans lacks
    e.g. the Allah ligature, which would print as an empty box)."""
    config = {name: all(ord(ch) in glyphs for form in forms for ch in form if ch)
              for name, (_match, forms) in LIGATURES}
    return arabic_reshaper.ArabicReshaper(configuration=config)


def shape(text: str, glyphs: frozenset[int]) -> str:
    """Arabic letters in their contextual forms, still in logical (reading) order."""
    if not any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text):
        return text
    return _reshaper(glyphs).reshape(text)


def visual_runs(pieces: list[tuple[str, Hashable]], rtl: bool
                ) -> list[tuple[str, Hashable]]:
    """One line's (text, tag) pieces in logical order -> the same characters in visual order
    (left to right on the page), regrouped into (text, tag) runs. Tags are e.g. the fragments
    that carry bold or a colour, so a bold name stays bold when it moves."""
    text = "".join(t for t, _ in pieces)
    if not has_rtl(text):
        return pieces
    tags = [tag for t, tag in pieces for _ in t]
    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    for step in (algorithm.explicit_embed_and_overrides, algorithm.resolve_weak_types,
                 algorithm.resolve_neutral_types, algorithm.resolve_implicit_levels,
                 algorithm.reorder_resolved_levels, algorithm.apply_mirroring):
        step(storage, False)
    runs: list[tuple[str, Hashable]] = []
    for char in storage["chars"]:
        tag = tags[char["index"]]
        if runs and runs[-1][1] == tag:
            runs[-1] = (runs[-1][0] + char["ch"], tag)
        else:
            runs.append((char["ch"], tag))
    return runs


def visual(text: str, glyphs: frozenset[int]) -> str:
    """A single line (a header, a footer, a table cell string) shaped and in visual order."""
    if not has_rtl(text):
        return text
    shaped = shape(text, glyphs)
    return "".join(t for t, _ in visual_runs([(shaped, 0)], rtl_base(shaped)))


def visual_lines(bl_para, rtl: bool) -> object:
    """A copy of a laid-out reportlab paragraph (its `blPara`) with every line that holds
    right-to-left text in visual order. Kind 0 lines are (extra space, words) of one style;
    other kinds hold fragments, each with its own style."""
    reorder: Callable = _words_line if bl_para.kind == 0 else _frags_line
    lines = [reorder(line, rtl) for line in bl_para.lines]
    result = copy.copy(bl_para)
    result.lines = lines
    return result


def _words_line(line, rtl: bool):
    extra, words = line
    text = " ".join(words)
    if not has_rtl(text):
        return line
    return (extra, "".join(t for t, _ in visual_runs([(text, 0)], rtl)).split(" "))


def _frags_line(line, rtl: bool):
    frags = line.words
    if any(getattr(f, "cbDefn", None) is not None or not isinstance(getattr(f, "text", None), str)
           for f in frags) or not has_rtl("".join(f.text for f in frags)):
        return line
    runs = visual_runs([(f.text, i) for i, f in enumerate(frags)], rtl)
    words = []
    for text, index in runs:
        frag = copy.copy(frags[index])
        frag.text = text
        words.append(frag)
    result = copy.copy(line)
    result.words = words
    return result
