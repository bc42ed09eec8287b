"""Translating the core's texts in the UI.

The core (domain, services) is Qt-free and speaks Danish: error messages, vocabulary labels,
conditions and suggestions are literal templates with named placeholders, filled in with
`str.format` (scripts/translations.py collects them into the "Core" context). The UI turns
such a finished text back into its template, translates the template and fills it again with
the (translated) values. Danish, the source language, passes through untouched.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication

CORE = "Core"
_PLACEHOLDER = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")
_templates: list[tuple[re.Pattern[str], str]] = []


def load_core_templates(ts_file: Path | None) -> int:
    """Read the Core templates that have placeholders from the installed .ts catalogue."""
    _templates.clear()
    core_text.cache_clear()
    if ts_file is None or not ts_file.is_file():
        return 0
    for context in ET.parse(ts_file).getroot().iter("context"):
        if context.findtext("name") != CORE:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            pattern = _pattern(source)
            if pattern is not None:
                _templates.append((pattern, source))
    # the most specific template (most literal text) wins
    _templates.sort(key=lambda item: -len(_PLACEHOLDER.sub("", item[1])))
    return len(_templates)


def _pattern(template: str) -> re.Pattern[str] | None:
    if not _PLACEHOLDER.search(template):
        return None
    parts, seen, last = [], set(), 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[last:match.start()]))
        name = match.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        last = match.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=4096)
def core_text(text: str) -> str:
    """The current language's version of a text made by the core."""
    if not text:
        return text
    translated = QCoreApplication.translate(CORE, text)
    if translated != text or not _templates:
        return translated
    for pattern, template in _templates:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        target = QCoreApplication.translate(CORE, template)
        if target == template:
            return text
        values = {name: core_text(value) for name, value in match.groupdict().items()}
        plain = _PLACEHOLDER.sub(lambda m: "{" + m.group(1) + "}", target)
        try:
            return plain.format(**values)
        except (KeyError, IndexError, ValueError):
            return text
    if text[0].islower():  # a label used inside a sentence ("mangler: cv påbegyndt")
        upper = text[0].upper() + text[1:]
        translated = QCoreApplication.translate(CORE, upper)
        if translated != upper:
            return translated[0].lower() + translated[1:]
    for separator in ("; ", ", "):  # a list of labels
        if separator in text:
            parts = [core_text(part) for part in text.split(separator)]
            return separator.join(parts)
    return text


def vocab(member: object) -> str:
    """A vocabulary member's label (app.domain.enums) in the current language."""
    label = getattr(member, "label", None)
    return core_text(label) if isinstance(label, str) else str(getattr(member, "value", member))
