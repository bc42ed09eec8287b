"""Marking the core's Danish texts for translation, without Qt.

The UI shows texts the core makes: error messages, vocabulary labels, conditions,
suggestions. Each is written as a literal template with named placeholders inside `N_()` (or
as the literal message of a typed error), so scripts/translations.py can collect it and the
UI can translate it back from the finished text (app/ui/i18n.py).
"""

from __future__ import annotations


def N_(template: str, /, **values: object) -> str:
    """The Danish text, with `values` filled into its `{placeholders}`."""
    return template.format(**values) if values else template
