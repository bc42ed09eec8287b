"""Translating the core's texts in the UI, by key.

The core (domain, services) is Qt-free and speaks Danish. Its texts are literal templates with
named placeholders, collected into the "Core" context by scripts/translations.py:
- a typed error (`app.domain.errors.FremskudtError`) keeps its `template` and `params`;
  `error_text()` translates the template and fills in the values;
- vocabulary labels, conditions, due items' what/why and suggestions are made with `N_()`,
  which returns an `app.domain.text.Text`: a `str` subclass holding the finished Danish (so
  nothing in the core, the CLI or the tests had to change) that also remembers its template
  and values. `core_text()` translates it the same way. An error's `message` is a `Text` too.

We chose the `Text` class over keeping finished strings because it broke no caller (it *is*
the Danish string) and lets every core text be translated by key. Nothing here parses Danish
back into a template any more: a plain string is looked up as it stands (a literal label), so
a text made by joining strings cannot be translated; scripts/translations.py refuses such a
text at the source (`join_texts()` and `in_sentence()` build lists and lower-case labels as
`Text`s). Values are translated too when they are core texts (a label, a vocabulary member);
anything else (a name, a date, a number) is filled in as it is. Danish, the source language,
passes through untouched.
"""

from __future__ import annotations

import enum
import re

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.errors import FremskudtError
from app.domain.text import Number, Text

CORE = "Core"
_PLACEHOLDER = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")


def _translate(template: str) -> str:
    return QCoreApplication.translate(CORE, template) if template else template


def _value(value: object) -> object:
    """A placeholder's value in the current language (core texts, and a decimal's sign)."""
    if isinstance(value, Number):
        return value.replace(",", decimal_sign())
    if isinstance(value, str):
        return core_text(value)
    if isinstance(value, enum.Enum) and isinstance(getattr(value, "label", None), str):
        return vocab(value)
    return value


def decimal_sign() -> str:
    """The UI language's decimal sign: Danish 29,75, English 29.75 (the English UI keeps
    Danish dates and country, whose locale, en_DK, would write a comma)."""
    return QLocale(QLocale().language()).decimalPoint()


def _fill(template: str, params: dict[str, object], danish: str) -> str:
    target = _translate(template)
    if not params:
        return target
    try:
        return target.format(**{name: _value(value) for name, value in params.items()})
    except (KeyError, IndexError, ValueError):  # a broken translation: show the Danish
        return danish


def core_text(text: str) -> str:
    """The current language's version of a text made by the core."""
    if not text:
        return text
    if isinstance(text, Text):
        result = _fill(text.template, text.params, str(text))
        return result[:1].lower() + result[1:] if text.lowered else result
    return _translate(text)


def error_text(error: FremskudtError) -> str:
    """A core error's message in the current language: its template translated, its values
    filled in."""
    return _fill(error.template, error.params, error.message)


def vocab(member: object) -> str:
    """A vocabulary member's label (app.domain.enums) in the current language."""
    label = getattr(member, "label", None)
    return core_text(label) if isinstance(label, str) else str(getattr(member, "value", member))
