"""The English UI translates choice values and writes decimals its own way (issue 17 point 13):
the counter's languages ("dansk" is "Danish", stored as "dansk"), the queue's language column,
hours in tables and in the core's texts."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.rules import _danish
from app.domain.text import N_, number
from app.ui.application import install_translations
from app.ui.common import num
from app.ui.counter_page import CounterPage
from app.ui.i18n import core_text
from app.ui.languages import language_text, language_value


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    install_translations(qapp, "en")
    yield qapp
    install_translations(qapp, "da")


def test_languages_show_in_english_and_are_stored_in_danish(qtbot, english, office) -> None:
    assert language_text("dansk") == "Danish"
    assert language_text("Urdu") == "Urdu"  # typed by the office: shown as typed
    assert language_value("Arabic") == "arabisk"
    page = CounterPage(office.admin)
    qtbot.addWidget(page)
    combo = page.language
    assert combo.itemText(0) == "Danish" and combo.itemData(0) == "dansk"
    assert "dansk" not in [combo.itemText(i) for i in range(combo.count())]
    page.label.setText("Amal")
    next(iter(page.reason_buttons.values())).setChecked(True)
    combo.setCurrentIndex(combo.findData("arabisk"))
    page.interpreter.setChecked(True)
    page.register()
    row = page.model.row_at(0)
    assert row.language == "arabisk"
    column = next(i for i in range(page.model.columnCount())
                  if page.model.headerData(i, Qt.Orientation.Horizontal) == "Language")
    assert page.model.data(page.model.index(0, column)).startswith("Arabic")


def test_decimals_follow_the_ui_language(qapp) -> None:
    install_translations(qapp, "da")
    assert num(Decimal("29.75")) == "29,75"
    assert core_text(N_("Seneste måned: {hours} løntimer (mindst 30 afslutter trin 3)",
                        hours=_danish(Decimal("29.75")))) == \
        "Seneste måned: 29,75 løntimer (mindst 30 afslutter trin 3)"
    install_translations(qapp, "en")
    try:
        assert num(Decimal("29.75")) == "29.75" and num(30) == "30"
        english = core_text(N_("Seneste måned: {hours} løntimer (mindst 30 afslutter trin 3)",
                               hours=number(Decimal("29.75"))))
        assert "29.75" in english and "29,75" not in english
        assert english != "Seneste måned: 29.75 løntimer (mindst 30 afslutter trin 3)"
    finally:
        install_translations(qapp, "da")
    assert str(number(Decimal("12.50"))) == "12,5"  # the core and the CLI stay Danish
