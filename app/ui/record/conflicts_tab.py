"""The record's Konflikter tab (issue 18), shown only while the record has open conflicts: two
workstations changed the same thing while apart. Each conflict shows both versions side by
side; "Behold denne", "Behold den anden" or "Ret en samlet tekst" settles it, and every
member shows the same after the next sync."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.errors import FremskudtError
from app.services import peers_review
from app.services.course import CitizenRecord
from app.services.peers_review import ConflictDetail
from app.ui.common import error_label, show_label_error
from app.ui.forms import Field, FormDialog
from app.ui.record.tab import RecordTab, button_row


class ConflictsTab(RecordTab):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.conflicts: list[ConflictDetail] = []
        self.boxes: list[QGroupBox] = []
        self._build()

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "To arbejdsstationer har ændret det samme, mens de ikke var synkroniseret. Den "
            "nyeste ændring gælder nu; den anden er gemt her. Vælg, hvad der skal gælde."))
        intro.setWordWrap(True)
        self.error = error_label("conflictError")
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.list)
        layout.addStretch(1)

    # -- data -----------------------------------------------------------------------------
    def show_record(self, record: CitizenRecord) -> None:
        self.conflicts = peers_review.record_conflicts(self.ctx, self.citizen_id)
        for box in self.boxes:
            box.setParent(None)
            box.deleteLater()
        self.boxes = [self._conflict_box(i, c) for i, c in enumerate(self.conflicts)]
        for box in self.boxes:
            self.list_layout.addWidget(box)

    def _field_label(self, column: str) -> str:
        labels = {"first_name": self.tr("Fornavn"), "last_name": self.tr("Efternavn"),
                  "phone": self.tr("Telefon"), "email": self.tr("E-mail"),
                  "address": self.tr("Adresse"), "language": self.tr("Sprog"),
                  "note": self.tr("Note"), "text": self.tr("Tekst"), "cpr": self.tr("CPR-nummer"),
                  "birth_date": self.tr("Fødselsdato"), "benefit_type": self.tr("Ydelse")}
        return labels.get(column, column)

    def _table_label(self, table: str) -> str:
        labels = {"citizen": self.tr("Borgerens oplysninger"), "course": self.tr("Forløbet"),
                  "contact_entry": self.tr("En kontakt")}
        return labels.get(table, table)

    def _conflict_box(self, index: int, conflict: ConflictDetail) -> QGroupBox:
        box = QGroupBox(self._table_label(conflict.table_name))
        box.setObjectName(f"conflict{index}")
        layout = QVBoxLayout(box)
        if conflict.kind == "delete" or not conflict.fields:
            text = (self.tr("En ændring fra {station} blev kasseret, fordi det ændrede blev "
                            "slettet samtidig.") if conflict.kind == "delete" else
                    self.tr("De to versioner er ens nu."))
            layout.addWidget(QLabel(text.format(station=conflict.other_station)))
        else:
            layout.addLayout(self._versions(index, conflict))
        specs = [(f"keepThis{index}", self.tr("Behold &denne"),
                  lambda _checked=False, c=conflict: self.settle(c, "kept"))]
        if conflict.kind == "edit" and conflict.fields:
            specs.append((f"keepOther{index}", self.tr("Behold den &anden"),
                          lambda _checked=False, c=conflict: self.settle(c, "other")))
        if any(f.text for f in conflict.fields):
            specs.append((f"mergeText{index}", self.tr("&Ret en samlet tekst …"),
                          lambda _checked=False, c=conflict: self.merge(c)))
        row, _buttons = button_row(*specs)
        layout.addLayout(row)
        return box

    def _versions(self, index: int, conflict: ConflictDetail) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Denne version (gælder nu)</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Den anden version (fra {station})</b>").format(
            station=conflict.other_station)), 0, 2)
        for row, field in enumerate(conflict.fields, start=1):
            grid.addWidget(QLabel(self._field_label(field.column) + ":"), row, 0)
            for column, (value, side) in enumerate(((field.ours, "Ours"),
                                                     (field.theirs, "Theirs")), start=1):
                label = QLabel(value or self.tr("(tom)"))
                label.setObjectName(f"conflict{index}{side}_{field.column}")
                label.setAccessibleName(self._field_label(field.column))
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid

    # -- actions --------------------------------------------------------------------------
    def settle(self, conflict: ConflictDetail, choice: str) -> None:
        try:
            peers_review.settle(self.ctx, conflict.id, choice)
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return
        show_label_error(self.error, "")
        self.changed.emit()

    def merge(self, conflict: ConflictDetail) -> FormDialog:
        fields = [Field(f.column, self._field_label(f.column),
                        "multiline" if len(f.ours) + len(f.theirs) > 80 else "text",
                        default=f.ours) for f in conflict.fields if f.text]
        return self.open_form(
            self.tr("Ret en samlet tekst"), fields,
            lambda values: peers_review.settle(self.ctx, conflict.id, "merged", values),
            intro=self.tr("Skriv den tekst, der skal gælde på alle arbejdsstationer. Den anden "
                          "version var: {other}").format(other="; ".join(
                              f.theirs for f in conflict.fields if f.text)),
            ok_text=self.tr("&Gem"))
