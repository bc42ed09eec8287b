"""The record's Kontakter tab: the contact log, with contact attempts and hearings apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from app.domain.enums import (
    ContactChannel,
    ContactKind,
    ContactPlace,
    InterpreterUse,
    ReasonableGround,
)
from app.services import course
from app.services.course import CitizenRecord
from app.ui.common import show_error
from app.ui.flow_layout import flow_buttons
from app.ui.forms import Field, FormDialog, enum_choices
from app.ui.i18n import vocab
from app.ui.record.tab import RecordTab, day_text
from app.ui.record.team_boxes import GroupsBox
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


class ContactsTab(RecordTab):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._build()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        actions, self.buttons = flow_buttons(  # they wrap on a narrow window
            ("newContactButton", self.tr("&Ny kontakt … (Ctrl+N)"), self.new_contact),
            ("hearingButton", self.tr("&Partshøring …"), self.new_hearing),
            ("hearingAnswerButton", self.tr("&Svar på partshøring …"), self.hearing_answer),
            ("reasonableGroundButton", self.tr("&Rimelig grund …"), self.reasonable_ground),
            ("attemptsSheetButton", self.tr("&Dokumentation af kontaktforsøg …"),
             self.attempts_sheet))
        columns = [
            Column(self.tr("Tidspunkt"), lambda c: c.occurred_at.astimezone().strftime(
                "%d.%m.%Y %H:%M"), sort=lambda c: c.occurred_at),
            Column(self.tr("Art"), lambda c: vocab(c.kind)),
            Column(self.tr("Kanal"), lambda c: vocab(c.channel)),
            Column(self.tr("Sted"), lambda c: vocab(c.place) if c.place else ""),
            Column(self.tr("Deltagere"), lambda c: c.participants),
            Column(self.tr("Tolk"), lambda c: " ".join(x for x in (
                vocab(c.interpreter), c.interpreter_reason) if x)),
            Column(self.tr("Svarfrist"), lambda c: " ".join(x for x in (
                day_text(c.answer_deadline),
                self.tr("besvaret {d}").format(d=day_text(c.answered_on)) if c.answered_on
                else "") if x)),
            Column(self.tr("Rimelig grund"), lambda c: " ".join(x for x in (
                vocab(c.reasonable_ground) if c.reasonable_ground else "",
                c.reasonable_ground_text) if x)),
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
        self.groups_box = GroupsBox(self.ctx, self.citizen_id)  # issue 20, point 7
        self.groups_box.changed.connect(self.changed.emit)
        layout.addWidget(self.groups_box, 1)

    # -- data -----------------------------------------------------------------------------
    def show_record(self, record: CitizenRecord) -> None:
        self.contact_model.set_rows(record.contacts)
        self.attempt_model.set_rows(record.attempts)
        self.groups_box.reload()
        self.contact_view.resizeColumnsToContents()
        hearings = any(c.kind == ContactKind.PARTSHOERING for c in record.contacts)
        for name in ("hearingAnswerButton", "reasonableGroundButton"):
            self.buttons[name].setEnabled(hearings)

    # -- actions --------------------------------------------------------------------------
    def new_contact(self) -> FormDialog:
        return self.open_form(self.tr("Ny kontakt"), [
            Field("at", self.tr("Tidspunkt"), "datetime"),
            Field("kind", self.tr("Art"), "choice", enum_choices(list(ContactKind))),
            Field("channel", self.tr("Kanal"), "choice", enum_choices(list(ContactChannel))),
            Field("place", self.tr("Sted"), "choice",
                  enum_choices(list(ContactPlace), none=self.tr("(ikke relevant)"))),
            Field("participants", self.tr("Deltagere")),
            # seed 002: interpreter use is assessed and recorded at each contact
            Field("interpreter", self.tr("Tolk"), "choice", enum_choices(list(InterpreterUse)),
                  default=InterpreterUse.NOT_NEEDED),
            Field("interpreter_reason", self.tr("Hvorfor tolk")),
            Field("note", self.tr("Note"), "multiline"),
            Field("next_on", self.tr("Næste kontakt senest"), "optional_date"),
            Field("next_who", self.tr("Hvem kontakter hvem"),
                  extra={"placeholder": self.tr("fx Jobformidleren ringer til borgeren")}),
        ], lambda v: course.log_contact(
            self.ctx, self.citizen_id, occurred_at=v["at"], kind=v["kind"],
            channel=v["channel"], place=v["place"], participants=v["participants"],
            interpreter=v["interpreter"], interpreter_reason=v["interpreter_reason"],
            note=v["note"], next_contact_on=v["next_on"], next_contact_who=v["next_who"]))

    def _hearings(self) -> list[tuple[str, object]]:
        return [(self.tr("Partshøring {d} (frist {deadline})").format(
            d=h.occurred_at.astimezone().strftime("%d.%m.%Y"),
            deadline=day_text(h.answer_deadline)), h.id)
            for h in self.record.contacts if h.kind == ContactKind.PARTSHOERING]

    def new_hearing(self) -> FormDialog:
        """seed 001, kerneelement 5: a written hearing with an answer deadline."""
        return self.open_form(self.tr("Partshøring"), [
            Field("at", self.tr("Sendt"), "datetime"),
            Field("deadline", self.tr("Svarfrist"), "date"),
            Field("channel", self.tr("Kanal"), "choice", enum_choices(
                [ContactChannel.BREV, ContactChannel.DIGITAL_POST])),
            Field("note", self.tr("Note"), "multiline"),
        ], lambda v: course.log_hearing(self.ctx, self.citizen_id, sent_at=v["at"],
                                        answer_deadline=v["deadline"], channel=v["channel"],
                                        note=v["note"]),
            intro=self.tr("Besvares partshøringen ikke inden fristen, skal der forsøges "
                          "personlig kontakt (telefon og hvor borgeren bor) før en sanktion."))

    def hearing_answer(self) -> FormDialog:
        return self.open_form(self.tr("Svar på partshøring"), [
            Field("hearing", self.tr("Partshøring"), "choice", self._hearings()),
            Field("on", self.tr("Besvaret den"), "date"),
        ], lambda v: course.record_hearing_answer(self.ctx, v["hearing"], v["on"]))

    def reasonable_ground(self) -> FormDialog:
        """seed 001, kerneelement 5: the assessment of rimelig grund before a sanction."""
        return self.open_form(self.tr("Vurdering af rimelig grund"), [
            Field("hearing", self.tr("Partshøring"), "choice", self._hearings()),
            Field("ground", self.tr("Rimelig grund"), "choice",
                  enum_choices(list(ReasonableGround))),
            Field("text", self.tr("Begrundelse"), "multiline"),
            Field("on", self.tr("Vurderet den"), "date"),
        ], lambda v: course.assess_reasonable_ground(self.ctx, v["hearing"], ground=v["ground"],
                                                     text=v["text"], on=v["on"]))

    def attempts_sheet(self):
        """"Dokumentation af kontaktforsøg", rendered off the GUI thread and previewed."""
        ctx, citizen_id = self.ctx, self.citizen_id
        return self.render_pdf(lambda: course.contact_attempts_document(ctx, citizen_id),
                               self.tr("Dokumentation af kontaktforsøg – {name}").format(
                                   name=self.record.name),
                               "contactAttemptsPreview", lambda error: show_error(self, error))
