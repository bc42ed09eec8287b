"""The citizens behind a figure of Ledelsesinformation (issue 21): a leader's list, opened
through the service that writes each citizen's access log; a row opens the citizen's
record."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.measures import FigureCitizen
from app.ui.common import name_widget
from app.ui.geometry import fit_size
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


class CitizensDialog(QDialog):
    """Name, masked CPR and jobformidler of each course behind the figure."""

    open_citizen = Signal(str)  # citizen id as hex

    def __init__(self, figure: str, month: str, rows: Sequence[FigureCitizen],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCitizens")
        self.setWindowTitle(self.tr("{figure} – {month}").format(figure=figure, month=month))
        intro = name_widget(QLabel(self.tr(
            "%n forløb. At du har åbnet listen, står i hver borgers indsigtslog.", "",
            len(rows))), "figureCitizensIntro")
        intro.setWordWrap(True)
        self.model = RowsTableModel([
            Column(self.tr("Navn"), lambda r: r.name),
            Column(self.tr("CPR-nummer"), lambda r: r.masked_cpr),
            Column(self.tr("Jobformidler"), lambda r: r.jobformidler),
        ], self)
        self.model.set_rows(list(rows))
        self.table, self.proxy = table_view("figureCitizensTable", self.model)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        self.open_button = name_widget(buttons.addButton(
            self.tr("&Åbn sagen"), QDialogButtonBox.ButtonRole.ActionRole), "openCitizen")
        self.open_button.clicked.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        fit_size(self, 640, 520)

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open_citizen.emit(row.citizen_id.hex)
