"""The record's Møder tab (issue 20): the citizen's booked and past meetings; book, move,
record the outcome after the time, and print the invitation letter (Indkaldelse)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from app.domain.appointments import suggested_kind
from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services import appointment_letters, appointment_views
from app.services.appointment_views import AppointmentRow
from app.services.course import CitizenRecord
from app.ui.appointment_dialogs import BookingDialog, OutcomeDialog, outcome_text
from app.ui.common import Operation, show_error
from app.ui.i18n import vocab
from app.ui.record.tab import RecordTab, button_row
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


def when_text(row: AppointmentRow) -> str:
    start = row.starts_at.astimezone()
    return f"{start:%d.%m.%Y %H.%M}-{row.ends_at.astimezone():%H.%M}"


class MeetingsTab(RecordTab):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.rows: list[AppointmentRow] = []
        self.dialog: QDialog | None = None
        self._build()

    def _build(self) -> None:
        self.model = RowsTableModel([
            Column(self.tr("Tidspunkt"), when_text, sort=lambda r: r.starts_at),
            Column(self.tr("Møde"), lambda r: vocab(r.kind)),
            Column(self.tr("Sted"), lambda r: ", ".join(
                x for x in (vocab(r.place_kind), r.place_text) if x)),
            Column(self.tr("Medarbejdere"), lambda r: ", ".join(r.staff_names)),
            Column(self.tr("Tolk"), lambda r: r.interpreter_language),
            Column(self.tr("Udfald"), outcome_text),
        ], self)
        self.view, self.proxy = table_view("meetingsTable", self.model)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setWordWrap(False)
        for column, width in enumerate((160, 140, 190, 200, 90)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _i: self.record_outcome())
        actions, self.buttons = button_row(
            ("bookMeetingButton", self.tr("&Book møde …"), self.book),
            ("moveMeetingButton", self.tr("&Flyt …"), self.move),
            ("outcomeButton", self.tr("&Udfald …"), self.record_outcome),
            ("letterButton", self.tr("&Indkaldelse …"), self.letter))
        writable = self.ctx.user.can(Permission.CASE_WRITE)
        for button in self.buttons.values():
            button.setVisible(writable)
        self.empty = QLabel(self.tr("Ingen møder booket."))
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def show_record(self, record: CitizenRecord) -> None:
        try:
            self.rows = appointment_views.for_citizen(self.ctx, self.citizen_id)
        except FremskudtError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(self.rows)
        self.empty.setVisible(not self.rows)

    def selected(self) -> AppointmentRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            upcoming = [r for r in self.rows if r.is_open]
            return upcoming[0] if upcoming else None
        return self.proxy.data(index, RowsTableModel.ROW_ROLE)

    def book(self) -> BookingDialog:
        due = self.record.next_due if self.record else None
        self.dialog = BookingDialog(self.ctx, citizen_id=self.citizen_id,
                                    citizen_name=self.record.name if self.record else "",
                                    kind=suggested_kind(due.kind if due else None),
                                    parent=self)
        self.dialog.saved.connect(lambda _id: self.changed.emit())
        self.dialog.open()
        return self.dialog

    def move(self) -> BookingDialog | None:
        row = self.selected()
        if row is None or not row.is_open:
            return None
        self.dialog = BookingDialog(self.ctx, appointment=row, parent=self)
        self.dialog.saved.connect(lambda _id: self.changed.emit())
        self.dialog.open()
        return self.dialog

    def record_outcome(self) -> OutcomeDialog | None:
        row = self.selected()
        if row is None or not row.is_open or not self.ctx.user.can(Permission.CASE_WRITE):
            return None
        self.dialog = OutcomeDialog(self.ctx, row, self)
        self.dialog.recorded.connect(self.changed.emit)
        self.dialog.open()
        return self.dialog

    def letter(self) -> Operation | None:
        row = self.selected()
        if row is None or not row.is_open:
            return None
        ctx, appointment_id = self.ctx, row.id
        operation = self.render_pdf(
            lambda: appointment_letters.invitation_letter(ctx, appointment_id),
            self.tr("Indkaldelse – {name}").format(name=row.citizen_name), "letterPreview",
            lambda error: show_error(self, error))
        operation.finished.connect(lambda _r: self.changed.emit())
        return operation
