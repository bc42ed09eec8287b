"""The record's Kontakter tab: the contact log, with contact attempts and hearings apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from app.domain.enums import ContactChannel, ContactKind, ContactPlace
from app.services import course
from app.services.course import CitizenRecord
from app.ui.forms import Field, FormDialog, enum_choices
from app.ui.i18n import vocab
from app.ui.record.tab import RecordTab, button_row, day_text
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


class ContactsTab(RecordTab):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._build()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        actions, _ = button_row(
            ("newContactButton", self.tr("&Ny kontakt … (Ctrl+N)"), self.new_contact))
        columns = [
            Column(self.tr("Tidspunkt"), lambda c: c.occurred_at.astimezone().strftime(
                "%d.%m.%Y %H:%M"), sort=lambda c: c.occurred_at),
            Column(self.tr("Art"), lambda c: vocab(c.kind)),
            Column(self.tr("Kanal"), lambda c: vocab(c.channel)),
            Column(self.tr("Sted"), lambda c: vocab(c.place) if c.place else ""),
            Column(self.tr("Deltagere"), lambda c: c.participants),
            Column(self.tr("Tolk"), lambda c: c.interpreter_reason if c.interpreter_used
                   else ""),
            Column(self.tr("Næste kontakt"), lambda c: " ".join(
                x for x in (day_text(c.next_contact_on), c.next_contact_who) if x)),
            Column(self.tr("Medarbejder"), lambda c: c.staff),
            Column(self.tr("Note"), lambda c: c.note),
        ]
        self.contact_model = RowsTableModel(columns, self)
        self.contact_view, _ = table_view("contactTable", self.contact_model)
        self.contact_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.attempt_model = RowsTableModel(columns, self)
        self.attempt_view, _ = table_view("attemptTable", self.attempt_model)
        self.attempt_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        attempts = QGroupBox(self.tr("Kontaktforsøg og partshøringer (før en eventuel sanktion)"))
        QVBoxLayout(attempts).addWidget(self.attempt_view)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.contact_view, 3)
        layout.addWidget(attempts, 1)

    # -- data -----------------------------------------------------------------------------
    def show_record(self, record: CitizenRecord) -> None:
        self.contact_model.set_rows(record.contacts)
        self.attempt_model.set_rows(record.attempts)
        self.contact_view.resizeColumnsToContents()

    # -- actions --------------------------------------------------------------------------
    def new_contact(self) -> FormDialog:
        return self.open_form(self.tr("Ny kontakt"), [
            Field("at", self.tr("Tidspunkt"), "datetime"),
            Field("kind", self.tr("Art"), "choice", enum_choices(list(ContactKind))),
            Field("channel", self.tr("Kanal"), "choice", enum_choices(list(ContactChannel))),
            Field("place", self.tr("Sted"), "choice",
                  enum_choices(list(ContactPlace), none=self.tr("(ikke relevant)"))),
            Field("participants", self.tr("Deltagere")),
            Field("interpreter", self.tr("Der blev brugt tolk"), "check"),
            Field("interpreter_reason", self.tr("Hvorfor tolk")),
            Field("note", self.tr("Note"), "multiline"),
            Field("next_on", self.tr("Næste kontakt senest"), "optional_date"),
            Field("next_who", self.tr("Hvem kontakter hvem"),
                  extra={"placeholder": self.tr("fx Jobformidleren ringer til borgeren")}),
        ], lambda v: course.log_contact(
            self.ctx, self.citizen_id, occurred_at=v["at"], kind=v["kind"],
            channel=v["channel"], place=v["place"], participants=v["participants"],
            interpreter_used=v["interpreter"], interpreter_reason=v["interpreter_reason"],
            note=v["note"], next_contact_on=v["next_on"], next_contact_who=v["next_who"]))
