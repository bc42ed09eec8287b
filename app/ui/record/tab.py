"""What every tab of the citizen's record shares: the record it shows, its last form, a
`changed` signal, a row of buttons and PDFs rendered off the GUI thread. No texts here: a
text's translation context is the class that shows it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from app.services.context import ServiceContext
from app.services.course import CitizenRecord
from app.ui.common import Operation, name_widget, run_for
from app.ui.forms import Field, FormDialog, open_form
from app.ui.pdf_preview import open_pdf_dialog


def day_text(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def button_row(*specs: tuple[str, str, Callable[[], object]]
               ) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """A row of named buttons, (objectName, text, slot) each, with a stretch at the end."""
    row = QHBoxLayout()
    made = {}
    for name, text, slot in specs:
        button = name_widget(QPushButton(text), name)
        button.clicked.connect(slot)
        row.addWidget(button)
        made[name] = button
    row.addStretch(1)
    return row, made


def render_pdf(owner: QWidget, render: Callable[[], bytes], title: str, name: str,
               on_done: Callable[[QDialog], None], on_error: Callable[[object], None]
               ) -> Operation:
    """Render a PDF off the GUI thread, then open its preview over `owner` (`name` is the
    preview's objectName). The operation belongs to the application, not to `owner`: closing
    the record while a PDF renders must not destroy a running thread; the result is dropped
    when `owner` is gone."""
    return run_for(owner, lambda _progress: render(),
                   lambda pdf: on_done(open_pdf_dialog(owner, title, pdf, name)), on_error)


class RecordTab(QWidget):
    """A tab of the record. `changed` asks the window to reload the record (and the caseload)."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, citizen_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.citizen_id = citizen_id
        self.record: CitizenRecord | None = None
        self.form: FormDialog | None = None
        self.operation: Operation | None = None
        self.preview: QDialog | None = None

    def reload(self, record: CitizenRecord) -> None:
        self.record = record
        self.show_record(record)

    def show_record(self, record: CitizenRecord) -> None:
        """Fill the tab's widgets from `record` (each tab its own)."""
        raise NotImplementedError

    def open_form(self, title: str, fields: list[Field], submit: Callable[[dict], object],
                  **kwargs: Any) -> FormDialog:
        self.form = open_form(self, title, fields, submit, today=self.ctx.today(),
                              now=self.ctx.now(), on_saved=self.changed.emit, **kwargs)
        return self.form

    def render_pdf(self, render: Callable[[], bytes], title: str, name: str,
                   on_error: Callable[[object], None]) -> Operation:
        self.preview = None
        self.operation = render_pdf(self, render, title, name, self._previewed, on_error)
        return self.operation

    def _previewed(self, dialog: QDialog) -> None:
        self.preview = dialog
