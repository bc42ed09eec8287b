"""Booking a meeting (from the record, a due item on the caseload or the calendar), moving
it, and recording its outcome. The staff's other meetings at the chosen time are shown while
the time is chosen; saving over one asks first ("Gem alligevel")."""

from __future__ import annotations

import datetime as dt
import uuid
from html import escape

from PySide6.QtCore import QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.appointments import AppointmentKind, AppointmentOutcome, PlaceKind
from app.domain.errors import FremskudtError, NeedsChoice
from app.services import appointment_views, appointments, citizens
from app.services.appointment_views import AppointmentRow
from app.services.context import ServiceContext
from app.ui.common import error_label, name_widget, show_error, show_label_error
from app.ui.forms import to_qdate
from app.ui.i18n import vocab

DEFAULT_MINUTES = 45
FREE_SLOT_TRIES = 5 * 16  # a working week of half hours


def next_slot(now: dt.datetime) -> dt.datetime:
    """The next whole half hour on a working day within 8-16, local time."""
    local = now.astimezone().replace(second=0, microsecond=0)
    local += dt.timedelta(minutes=30 - local.minute % 30)
    while local.weekday() >= 5 or local.hour >= 16 or local.hour < 8:
        local = (local + dt.timedelta(days=1) if local.hour >= 8 else local).replace(
            hour=9, minute=0)
    return local


def _from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()


class BookingDialog(QDialog):
    """Book a new meeting, or move one (`appointment`). `saved` carries the meeting's id."""

    saved = Signal(object)

    def __init__(self, ctx: ServiceContext, *, citizen_id: uuid.UUID | None = None,
                 citizen_name: str = "", start: dt.datetime | None = None,
                 kind: AppointmentKind = AppointmentKind.FOLLOW_UP,
                 staff_ids: set[uuid.UUID] | None = None,
                 appointment: AppointmentRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.citizen_id = appointment.citizen_id if appointment else citizen_id
        self.result_id: uuid.UUID | None = None
        self._searched_now = False
        self.setObjectName("bookingDialog")
        self.setWindowTitle(self.tr("Flyt møde") if appointment else self.tr("Book møde"))
        self._bookable = appointment_views.bookable(ctx)
        chosen = set(appointment.staff_ids) if appointment else (staff_ids or {ctx.user.id})
        self._build(appointment.citizen_name if appointment else citizen_name, chosen)
        when = appointment.starts_at if appointment else (start or self._free_slot(chosen))
        local = when.astimezone()
        self.start.setDateTime(QDateTime(to_qdate(local.date()),
                                         QTime(local.hour, local.minute)))
        if appointment:
            self.minutes.setValue(int((appointment.ends_at - appointment.starts_at)
                                      .total_seconds() // 60))
            self.kind.setCurrentIndex(list(AppointmentKind).index(appointment.kind))
            self.place.setCurrentIndex(list(PlaceKind).index(appointment.place_kind))
            self.place_text.setText(appointment.place_text)
            for w in (self.kind, self.interpreter, self.language, self.bring, self.note):
                w.setEnabled(False)
        else:
            self.kind.setCurrentIndex(list(AppointmentKind).index(kind))
        self._check_overlaps()

    # -- layout ---------------------------------------------------------------------------
    def _build(self, citizen_name: str, chosen: set[uuid.UUID]) -> None:
        form = QFormLayout()
        if self.citizen_id is None:
            self.search = name_widget(QLineEdit(), "bookingCitizenSearch",
                                      self.tr("Søg borger"))
            self.search.setPlaceholderText(self.tr("Navn, CPR-nummer eller telefon – Enter"))
            self.search.returnPressed.connect(self._search)
            self.found = name_widget(QComboBox(), "bookingCitizen", self.tr("Borger"))
            form.addRow(self.tr("Søg borger:"), self.search)
            form.addRow(self.tr("Borger:"), self.found)
        else:
            form.addRow(self.tr("Borger:"), name_widget(QLabel(f"<b>{escape(citizen_name)}</b>"),
                                                        "bookingCitizenName"))
        self.kind = name_widget(QComboBox(), "bookingKind", self.tr("Mødets art"))
        for k in AppointmentKind:
            self.kind.addItem(vocab(k), k)
        form.addRow(self.tr("Mødets art:"), self.kind)
        self.start = name_widget(QDateTimeEdit(), "bookingStart", self.tr("Tidspunkt"))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd dd.MM.yyyy HH:mm")
        self.minutes = name_widget(QSpinBox(), "bookingMinutes", self.tr("Varighed"))
        self.minutes.setRange(5, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min."))
        when = QHBoxLayout()
        when.addWidget(self.start, 1)
        when.addWidget(self.minutes)
        form.addRow(self.tr("Tidspunkt:"), when)
        self.staff = name_widget(QListWidget(), "bookingStaff", self.tr("Medarbejdere"))
        for staff_id, name in self._bookable.staff:
            item = QListWidgetItem(name, self.staff)
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            item.setCheckState(Qt.CheckState.Checked if staff_id in chosen
                               else Qt.CheckState.Unchecked)
        self.staff.setMaximumHeight(110)
        form.addRow(self.tr("Medarbejdere:"), self.staff)
        self.place = name_widget(QComboBox(), "bookingPlace", self.tr("Sted"))
        for p in PlaceKind:
            self.place.addItem(vocab(p), p)
        self.place_text = name_widget(QLineEdit(), "bookingPlaceText", self.tr("Adresse"))
        self.place_text.setPlaceholderText(self.tr("Adresse, lokale eller link (valgfrit)"))
        where = QHBoxLayout()
        where.addWidget(self.place)
        where.addWidget(self.place_text, 1)
        form.addRow(self.tr("Sted:"), where)
        self.interpreter = name_widget(QCheckBox(self.tr("Tolk bestilt, sprog:")),
                                       "bookingInterpreter")
        self.language = name_widget(QLineEdit(), "bookingLanguage", self.tr("Tolkesprog"))
        interpreter = QHBoxLayout()
        interpreter.addWidget(self.interpreter)
        interpreter.addWidget(self.language, 1)
        form.addRow(self.tr("Tolk:"), interpreter)
        self.bring = name_widget(QLineEdit(), "bookingBring", self.tr("Tag med"))
        self.bring.setPlaceholderText(self.tr("Til indkaldelsen; tom: kontorets standardtekst"))
        form.addRow(self.tr("Tag med:"), self.bring)
        self.note = name_widget(QPlainTextEdit(), "bookingNote", self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self._build_buttons(layout)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.overlap = name_widget(QLabel(), "bookingOverlap", self.tr("Overlap"))
        self.overlap.setWordWrap(True)
        self.overlap.setStyleSheet("color: #8a4b00")
        self.error = error_label("bookingError")
        self.anyway = name_widget(QPushButton(self.tr("Gem &alligevel")), "bookingAnyway")
        self.anyway.hide()
        self.anyway.clicked.connect(lambda: self._save(allow_overlap=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Gem"))
        self.ok_button.setObjectName("bookingOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annullér"))
        buttons.addButton(self.anyway, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.overlap)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.start.dateTimeChanged.connect(self._check_overlaps)
        self.minutes.valueChanged.connect(self._check_overlaps)
        self.staff.itemChanged.connect(self._check_overlaps)

    # -- behaviour ------------------------------------------------------------------------
    def _free_slot(self, staff: set[uuid.UUID]) -> dt.datetime:
        """The first half hour from now (working hours) the staff have free, within a week."""
        when = next_slot(self.ctx.now())
        for _ in range(FREE_SLOT_TRIES):
            end = when + dt.timedelta(minutes=DEFAULT_MINUTES)
            if not appointments.overlaps(self.ctx, staff, when, end):
                return when
            when = next_slot(when)
        return next_slot(self.ctx.now())

    def _search(self) -> None:
        self._searched_now = True  # the same Enter reaches the dialog's Gem button next
        QTimer.singleShot(0, lambda: setattr(self, "_searched_now", False))
        try:
            found = citizens.search(self.ctx, self.search.text())
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return
        self.found.clear()
        for c in found:
            self.found.addItem(f"{c.name}  {c.masked_cpr or c.phone}", c.id)
        if not found:
            show_label_error(self.error, self.tr("Ingen borgere fundet."))
        else:
            self.error.hide()
            QTimer.singleShot(0, self.found.setFocus)  # after this Enter has been handled

    def staff_ids(self) -> list[uuid.UUID]:
        return [self.staff.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.staff.count())
                if self.staff.item(i).checkState() == Qt.CheckState.Checked]

    def times(self) -> tuple[dt.datetime, dt.datetime]:
        start = _from_qdatetime(self.start.dateTime())
        return start, start + dt.timedelta(minutes=self.minutes.value())

    def _check_overlaps(self) -> None:
        self.anyway.hide()
        start, end = self.times()
        staff = self.staff_ids()
        found = appointments.overlaps(self.ctx, staff, start, end,
                                      self.appointment.id if self.appointment else None)
        if not found:
            self.overlap.setText("")
            self.overlap.hide()
            return
        lines = [self.tr("{name} har allerede {kind} {start}-{end}").format(
            name=o.staff_name, kind=vocab(o.kind).lower(),
            start=f"{o.starts_at.astimezone():%d.%m %H.%M}",
            end=f"{o.ends_at.astimezone():%H.%M}") for o in found]
        self.overlap.setText("⚠ " + "<br>⚠ ".join(escape(line) for line in lines))
        self.overlap.show()

    def _citizen(self) -> uuid.UUID | None:
        if self.citizen_id is not None:
            return self.citizen_id
        return self.found.currentData()

    def _ok(self) -> None:
        """Enter in the citizen search searches; it does not book the first hit."""
        if not self._searched_now:
            self._save(allow_overlap=False)

    def _save(self, *, allow_overlap: bool) -> None:
        start, end = self.times()
        try:
            if self.appointment is not None:
                appointments.reschedule(
                    self.ctx, self.appointment.id, starts_at=start, ends_at=end,
                    staff_ids=self.staff_ids(), place_kind=self.place.currentData(),
                    place_text=self.place_text.text(), allow_overlap=allow_overlap)
                self.result_id = self.appointment.id
            else:
                citizen_id = self._citizen()
                if citizen_id is None:
                    show_label_error(self.error, self.tr("Søg og vælg borgeren først."))
                    return
                self.result_id = appointments.book(
                    self.ctx, citizen_id, kind=self.kind.currentData(),
                    staff_ids=self.staff_ids(), place_kind=self.place.currentData(),
                    place_text=self.place_text.text(), starts_at=start, ends_at=end,
                    interpreter_needed=self.interpreter.isChecked(),
                    interpreter_language=self.language.text(), note=self.note.toPlainText(),
                    bring=self.bring.text(), allow_overlap=allow_overlap)
        except NeedsChoice as exc:
            show_label_error(self.error, exc)
            self.anyway.show()
            self.anyway.setFocus()
            return
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return
        self.saved.emit(self.result_id)
        self.accept()


class OutcomeDialog(QDialog):
    """After the time: held, the citizen did not come, or cancelled by whom (one click each),
    with an optional note for the contact log."""

    recorded = Signal()

    def __init__(self, ctx: ServiceContext, row: AppointmentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Udfald af mødet"))
        local = row.starts_at.astimezone()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>{kind}</b> med {name}, {when}").format(
            kind=escape(vocab(row.kind)), name=escape(row.citizen_name),
            when=f"{local:%d.%m.%Y %H.%M}")))
        self.note = name_widget(QPlainTextEdit(), "outcomeNote", self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Note til kontaktloggen (valgfri)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        layout.addWidget(self.note)
        self.error = error_label("outcomeError")
        layout.addWidget(self.error)
        row_layout = QHBoxLayout()
        started = row.starts_at <= ctx.now()
        for outcome, name in ((AppointmentOutcome.HELD, "outcomeHeld"),
                              (AppointmentOutcome.NO_SHOW, "outcomeNoShow"),
                              (AppointmentOutcome.CANCELLED_BY_CITIZEN, "outcomeCitizen"),
                              (AppointmentOutcome.CANCELLED_BY_OFFICE, "outcomeOffice")):
            button = name_widget(QPushButton(vocab(outcome)), name)
            button.clicked.connect(lambda _c=False, o=outcome: self.record(o))
            button.setEnabled(started or outcome not in (AppointmentOutcome.HELD,
                                                         AppointmentOutcome.NO_SHOW))
            row_layout.addWidget(button)
        layout.addLayout(row_layout)

    def record(self, outcome: AppointmentOutcome) -> bool:
        try:
            appointments.record_outcome(self.ctx, self.row.id, outcome,
                                        note=self.note.toPlainText())
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return False
        self.recorded.emit()
        self.accept()
        return True


def record_outcome_now(owner: QWidget, ctx: ServiceContext, row: AppointmentRow,
                       outcome: AppointmentOutcome) -> bool:
    """The one-click outcome from a list: recorded at once, an error shown over `owner`."""
    try:
        appointments.record_outcome(ctx, row.id, outcome)
    except FremskudtError as exc:
        show_error(owner, exc)
        return False
    return True


def outcome_text(row: AppointmentRow) -> str:
    return vocab(row.outcome) if row.outcome else ""

