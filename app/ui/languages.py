"""The citizen's language: stored in Danish as the office writes it ("dansk", "arabisk"), shown
in the UI's language (issue 17 point 13: choice values such as "dansk" untranslated). A
language the list does not know is shown and stored as it was typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

# the counter's list, most asked first; the stored values
LANGUAGES = ("dansk", "arabisk", "somali", "tyrkisk", "farsi", "tigrinya", "kurmanji",
             "engelsk", "vietnamesisk", "andet")


def _labels() -> dict[str, str]:
    # literal calls, one a language, so the catalogue script finds them
    return {
        "dansk": QCoreApplication.translate("Languages", "dansk"),
        "arabisk": QCoreApplication.translate("Languages", "arabisk"),
        "somali": QCoreApplication.translate("Languages", "somali"),
        "tyrkisk": QCoreApplication.translate("Languages", "tyrkisk"),
        "farsi": QCoreApplication.translate("Languages", "farsi"),
        "tigrinya": QCoreApplication.translate("Languages", "tigrinya"),
        "kurmanji": QCoreApplication.translate("Languages", "kurmanji"),
        "engelsk": QCoreApplication.translate("Languages", "engelsk"),
        "vietnamesisk": QCoreApplication.translate("Languages", "vietnamesisk"),
        "andet": QCoreApplication.translate("Languages", "andet"),
    }


def language_text(value: str) -> str:
    """A stored language in the UI's language."""
    return _labels().get(value.strip().lower(), value)


def language_value(text: str) -> str:
    """What to store for a language the user chose or typed: the Danish value of a known
    language in either language, else the text as typed."""
    wanted = text.strip().casefold()
    for value, label in _labels().items():
        if wanted in (value, label.casefold()):
            return value
    return text.strip()


def fill_language_combo(combo: QComboBox) -> None:
    """An editable list of the known languages, in the UI's language, Danish first."""
    combo.clear()
    combo.setEditable(True)
    combo.lineEdit().setAccessibleName(combo.accessibleName())
    for value in LANGUAGES:
        combo.addItem(language_text(value), value)
