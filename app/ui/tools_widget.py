"""Værktøjskassen (issue 20, point 12): the office's branchepakker, sprogkort and other
material, files or links, tagged by industry and language; on the partner page and, filtered
to the citizen's job goal, from the record's Jobmål og CV tab."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.team import TOOL_LANGUAGES
from app.services import tools
from app.services.context import ServiceContext
from app.ui.common import error_label, name_widget, show_label_error
from app.ui.files import open_file_name, save_file_name, size_text
from app.ui.forms import Field, FormDialog, open_form
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


class ToolsWidget(QWidget):
    """The library with an industry and a language filter. `field` (a job goal's field)
    starts the industry filter there: the tools for that industry and the general ones."""

    def __init__(self, ctx: ServiceContext, field: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDialog | None = None
        self.opened: list[str] = []  # what "Åbn" handed to the desktop (links, file paths)
        self._build(field)
        self.load()

    def _build(self, field: str) -> None:
        self.industry = name_widget(QLineEdit(field), "toolIndustry", self.tr("Branche"))
        self.industry.setPlaceholderText(self.tr("Branche, fx rengøring (tom: alle)"))
        self.industry.setClearButtonEnabled(True)
        self.industry.textChanged.connect(lambda _t: self.load())
        self.language = name_widget(QComboBox(), "toolLanguage", self.tr("Sprog"))
        self.language.addItem(self.tr("Alle sprog"), "")
        for language in TOOL_LANGUAGES:
            self.language.addItem(language.capitalize(), language)
        self.language.currentIndexChanged.connect(lambda _i: self.load())
        self.model = RowsTableModel([
            Column(self.tr("Titel"), lambda t: t.title),
            Column(self.tr("Type"), lambda t: self.tr("Link") if t.is_link else self.tr(
                "Fil, {size}").format(size=size_text(t.size))),
            Column(self.tr("Brancher"), lambda t: ", ".join(t.industries) or self.tr("alle")),
            Column(self.tr("Sprog"), lambda t: ", ".join(t.languages)),
            Column(self.tr("Note"), lambda t: t.note),
        ], self)
        self.view, self.proxy = table_view("toolTable", self.model)
        self.view.activated.connect(lambda _i: self.open_tool())
        self.error = error_label("toolError")
        self.summary = name_widget(QLabel(), "toolSummary")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("&Branche:")))
        filters.itemAt(0).widget().setBuddy(self.industry)
        filters.addWidget(self.industry, 2)
        filters.addWidget(self.language, 1)
        buttons = QHBoxLayout()
        for name, text, slot in (("openTool", self.tr("&Åbn"), self.open_tool),
                                 ("saveTool", self.tr("&Gem fil som …"), self.save_tool),
                                 ("addToolLink", self.tr("Tilføj &link …"), self.add_link),
                                 ("addToolFile", self.tr("Tilføj &fil …"), self.add_file),
                                 ("removeTool", self.tr("&Fjern"), self.remove_tool)):
            button = name_widget(QPushButton(text), name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def load(self) -> None:
        text = self.industry.text().strip()
        try:
            rows = tools.list_tools(self.ctx, field=text or None,
                                    language=self.language.currentData() or None)
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.summary.setText(self.tr("%n værktøj(er). Appen laver ikke selv indholdet: her er "
                                     "det, kontoret har lagt ind.", "", len(rows)))

    def current(self) -> tools.ToolView | None:
        index = self.view.currentIndex()
        if not index.isValid():
            show_label_error(self.error, self.tr("Vælg et værktøj på listen."))
            return None
        show_label_error(self.error, "")
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _fields(self) -> list[Field]:
        return [Field("title", self.tr("Titel")),
                Field("industries", self.tr("Brancher (adskilt med komma; tom: alle)")),
                Field("languages", self.tr("Sprog (adskilt med komma)")),
                Field("note", self.tr("Note"), "multiline")]

    def add_link(self) -> FormDialog:
        fields = [Field("url", self.tr("Link (https://…)")), *self._fields()]
        self.form = open_form(self, self.tr("Tilføj link"), fields, lambda v: tools.add_link(
            self.ctx, title=v["title"], url=v["url"], industries=v["industries"],
            languages=v["languages"], note=v["note"]), today=self.ctx.today(),
            now=self.ctx.now(), on_saved=self.load)
        return self.form

    def add_file(self, path: str | None = None) -> FormDialog | None:
        path = path or open_file_name(self, self.tr("Vælg fil til værktøjskassen"), self.tr(
            "Dokumenter og billeder (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt *.png "
            "*.jpg *.jpeg)"))
        if not path:
            return None
        fields = self._fields()
        fields[0].default = Path(path).stem
        self.form = open_form(self, self.tr("Tilføj fil"), fields, lambda v: tools.add_file(
            self.ctx, Path(path), title=v["title"], industries=v["industries"],
            languages=v["languages"], note=v["note"]), today=self.ctx.today(),
            now=self.ctx.now(), on_saved=self.load,
            intro=self.tr("Filen kopieres ind i kontorets krypterede data (højst {mb} MB)."
                          ).format(mb=tools.MAX_FILE_BYTES // (1024 * 1024)))
        return self.form

    def _file(self, tool: tools.ToolView) -> tuple[str, bytes] | None:
        try:
            return tools.tool_file(self.ctx, tool.id)
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return None

    def open_tool(self) -> str | None:
        """A link opens in the browser; a file is written to a temporary folder and opened
        with the program the desktop has for it (office material, not case content)."""
        tool = self.current()
        if tool is None:
            return None
        if tool.is_link:
            target = tool.url
            QDesktopServices.openUrl(QUrl(target))
        else:
            found = self._file(tool)
            if found is None:
                return None
            name, content = found
            path = Path(tempfile.mkdtemp(prefix="fremskudt-")) / name
            path.write_bytes(content)
            target = str(path)
            QDesktopServices.openUrl(QUrl.fromLocalFile(target))
        self.opened.append(target)
        return target

    def save_tool(self, path: str | None = None) -> str | None:
        tool = self.current()
        if tool is None or tool.is_link:
            if tool is not None:
                show_label_error(self.error, self.tr("Et link har ingen fil; brug Åbn."))
            return None
        found = self._file(tool)
        if found is None:
            return None
        name, content = found
        path = path or save_file_name(self, self.tr("Gem fil"), name, self.tr("Alle filer (*)"))
        if not path:
            return None
        Path(path).write_bytes(content)
        return path

    def remove_tool(self) -> uuid.UUID | None:
        tool = self.current()
        if tool is None:
            return None
        try:
            tools.remove_tool(self.ctx, tool.id)
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return None
        self.load()
        return tool.id


class ToolsDialog(QDialog):
    """The library for one job goal's field, opened from the record."""

    def __init__(self, ctx: ServiceContext, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolsDialog")
        self.setWindowTitle(self.tr("Værktøjer til branchen"))
        self.tools = ToolsWidget(ctx, field, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tools, 1)
        layout.addWidget(close)
        self.resize(820, 520)
