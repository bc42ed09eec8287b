"""A declarative form dialog: fields in, a submit function that raises the core's typed errors,
the error shown in Danish beside the form and nothing saved."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DuplicateError, FremskudtError, NeedsChoice, ValidationError
from app.ui.common import error_label, name_widget, show_label_error
from app.ui.geometry import scrolling
from app.ui.i18n import core_text, error_text, vocab


@dataclass
class Field:
    key: str
    label: str
    kind: str = "text"  # text, multiline, date, optional_date, datetime, choice, check, int
    choices: Sequence[tuple[str, Any]] = ()
    default: Any = None
    minimum: int = 0
    maximum: int = 100
    extra: dict = field(default_factory=dict)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FormDialog(QDialog):
    """`submit(values)` does the work; a FremskudtError keeps the dialog open with its message."""

    def __init__(self, title: str, fields: Sequence[Field],
                 submit: Callable[[dict[str, Any]], object], *, intro: str = "",
                 ok_text: str | None = None, today: dt.date | None = None,
                 now: dt.datetime | None = None, parent: QWidget | None = None,
                 labels_above: bool = False) -> None:
        """`labels_above`: long questions stand above their answers, which then get the
        form's whole width (the step-up preparation, issue 17 point 11)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("formDialog")
        self._submit = submit
        self._fields = list(fields)
        self.result_value: object = None
        self.widgets: dict[str, QWidget] = {}
        # called with the existing record's id when a duplicate is refused (a link is shown)
        self.on_duplicate: Callable[[object], None] | None = None
        # called with the chosen key when the core asks the user to choose (NeedsChoice)
        self.on_choice: Callable[[str], object] | None = None
        self._now = (now or dt.datetime.now(dt.UTC)).astimezone()
        today = today or self._now.date()
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        body = QWidget()
        body.setObjectName("formBody")
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        if labels_above:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for f in self._fields:
            widget = self._make(f, today)
            self.widgets[f.key] = widget
            if f.kind == "check":
                form.addRow(widget)
            else:
                # a question keeps its own mark: "Hvorfor trækker matchet ud?" gets no colon
                label = QLabel(f.label if f.label.endswith(("?", ":")) else f.label + ":")
                label.setWordWrap(labels_above)
                label.setBuddy(widget)
                form.addRow(label, widget)
        # a long form scrolls between its intro and its buttons on a small screen
        area = scrolling(body, "formScroll")
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMinimumHeight(min(body.sizeHint().height(), 160))
        area.setMinimumWidth(body.minimumSizeHint().width())
        layout.addWidget(area, 1)
        self.error = error_label("formError")
        self.error.linkActivated.connect(self._link)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("&Gem"))
        self.ok_button.setObjectName("formOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annullér"))
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        # the whole form when the screen has room (a scroll area's own hint stops at ~24
        # lines); the application's screen fitter shrinks it to the screen when shown
        natural = self.sizeHint().height() - area.sizeHint().height() \
            + body.sizeHint().height() + 2 * area.frameWidth()
        self.resize(max(self.sizeHint().width(), 520), natural)

    def _make(self, f: Field, today: dt.date) -> QWidget:
        if f.kind == "multiline":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setPlainText(f.default or "")
            widget.setMinimumHeight(90)
        elif f.kind in ("date", "optional_date"):
            widget = QDateEdit()
            widget.setCalendarPopup(True)
            widget.setDisplayFormat("dd.MM.yyyy")
            if f.kind == "optional_date":
                widget.setMinimumDate(QDate(1900, 1, 1))
                widget.setSpecialValueText(self.tr("(ingen)"))
                widget.setDate(to_qdate(f.default) if f.default else widget.minimumDate())
            else:
                widget.setDate(to_qdate(f.default or today))
        elif f.kind == "datetime":
            widget = QDateTimeEdit()
            widget.setCalendarPopup(True)
            widget.setDisplayFormat("dd.MM.yyyy HH:mm")
            now = f.default or self._now
            widget.setDateTime(QDateTime(to_qdate(now.date()), QTime(now.hour, now.minute)))
        elif f.kind == "choice":
            widget = QComboBox()
            for label, value in f.choices:
                widget.addItem(label, value)
            if f.default is not None:
                widget.setCurrentIndex(max(_find(widget, f.default), 0))
        elif f.kind == "check":
            widget = QCheckBox(f.label)
            widget.setChecked(bool(f.default))
        elif f.kind == "int":
            widget = QSpinBox()
            widget.setRange(f.minimum, f.maximum)
            widget.setValue(int(f.default or f.minimum))
        else:
            widget = QLineEdit()
            widget.setText(f.default or "")
            if "placeholder" in f.extra:
                widget.setPlaceholderText(f.extra["placeholder"])
        return name_widget(widget, f"field_{f.key}", f.label)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for f in self._fields:
            w = self.widgets[f.key]
            if f.kind == "multiline":
                result[f.key] = w.toPlainText()
            elif f.kind == "date":
                result[f.key] = from_qdate(w.date())
            elif f.kind == "optional_date":
                result[f.key] = None if w.date() == w.minimumDate() else from_qdate(w.date())
            elif f.kind == "datetime":
                value = w.dateTime()
                local = dt.datetime(value.date().year(), value.date().month(),
                                    value.date().day(), value.time().hour(),
                                    value.time().minute())
                result[f.key] = local.astimezone()
            elif f.kind == "choice":
                result[f.key] = w.currentData()
            elif f.kind == "check":
                result[f.key] = w.isChecked()
            elif f.kind == "int":
                result[f.key] = w.value()
            else:
                result[f.key] = w.text()
        return result

    def set_value(self, key: str, value: Any) -> None:
        w = self.widgets[key]
        if isinstance(w, QComboBox):
            w.setCurrentIndex(_find(w, value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
        elif isinstance(w, QDateEdit):
            w.setDate(to_qdate(value) if value else w.minimumDate())
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        else:
            w.setText(value)

    def _show_links(self, error: FremskudtError, links: list[tuple[str, str]]) -> None:
        items = "".join(f"<br>• <a href='{escape(key)}'>{escape(core_text(label))}</a>"
                        for key, label in links)
        self.error.setText(f"{escape(error_text(error))}{items}")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.error.show()

    def _link(self, key: str) -> None:
        if key == "open" and self.on_duplicate is not None:
            self.reject()
            self.on_duplicate(self._existing)
        elif self.on_choice is not None:
            self.result_value = self.on_choice(key)
            self.accept()

    def try_submit(self) -> bool:
        try:
            self.result_value = self._submit(self.values())
        except DuplicateError as exc:
            if self.on_duplicate is not None and exc.existing_id is not None:
                self._existing = exc.existing_id
                self._show_links(exc, [("open", self.tr("Åbn borgeren"))])
            else:
                show_label_error(self.error, exc)
            return False
        except NeedsChoice as exc:
            self._show_links(exc, exc.choices)
            return False
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            if isinstance(exc, ValidationError) and exc.field in self.widgets:
                self.widgets[exc.field].setFocus()
            return False
        self.accept()
        return True


def _find(combo: QComboBox, value: Any) -> int:
    """The index whose data equals `value` (compared in Python: UUIDs and enums included)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def enum_choices(values: Sequence[enum.Enum], *, none: str | None = None
                 ) -> list[tuple[str, Any]]:
    choices: list[tuple[str, Any]] = [(none, None)] if none is not None else []
    choices += [(vocab(v), v) for v in values]
    return choices


def open_form(parent: QWidget, title: str, fields: Sequence[Field],
              submit: Callable[[dict[str, Any]], object], *, today: dt.date, now: dt.datetime,
              on_saved: Callable[[], None] | None = None, **kwargs: Any) -> FormDialog:
    """Open a form window-modal over `parent`; `on_saved` runs once the submit succeeded."""
    dialog = FormDialog(title, fields, submit, today=today, now=now, parent=parent, **kwargs)
    if on_saved is not None:
        dialog.accepted.connect(on_saved)
    dialog.open()
    return dialog
