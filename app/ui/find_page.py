"""Sagsstamme for roles without the caseload: find a citizen by name, CPR or phone."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services import citizens
from app.services.context import ServiceContext
from app.ui.common import name_widget, show_error
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view


class FindCitizenPage(QWidget):
    """Sagsstamme: find a citizen by name, CPR or phone as you type. Searches are audited."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self._build()

    def _build(self) -> None:
        self.search = name_widget(QLineEdit(), "citizenSearch", self.tr("Søg borger"))
        self.search.setPlaceholderText(self.tr("Søg på navn, CPR-nummer eller telefon (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.model = RowsTableModel([
            Column(self.tr("Navn"), lambda r: r.name),
            Column(self.tr("CPR-nummer"), lambda r: r.masked_cpr),
            Column(self.tr("Telefon"), lambda r: r.phone),
        ], self)
        self.view, self.proxy = table_view("citizenTable", self.model)
        self.status = name_widget(QLabel(self.tr("Skriv mindst to tegn for at søge.")),
                                  "citizenSearchStatus")
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        find.setWhatsThis(self.tr("Søg efter en borger"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sagsstamme – find borger")))
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def run_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.model.set_rows([])
            self.status.setText(self.tr("Skriv mindst to tegn for at søge."))
            return
        try:
            rows = citizens.search(self.ctx, text)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if len(rows) >= citizens.SEARCH_LIMIT:
            self.status.setText(self.tr("Mere end %n fundet – skriv mere for at indsnævre.", "",
                                        citizens.SEARCH_LIMIT))
        else:
            self.status.setText(self.tr("%n borger(e) fundet.", "", len(rows)))
