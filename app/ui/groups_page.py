"""Gruppeforløb (issue 20, point 7): the office's jobcafé, CV-værksted, informationsmøde and
virksomhedsdag; sign citizens up within the capacity, tick attendance on the day (it lands in
each citizen's contact log), print the attendance list (names only)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.roles import Role
from app.domain.team import GroupKind
from app.services import citizens, groups, staff
from app.services.context import ServiceContext
from app.ui.check_model import CheckRowsModel
from app.ui.common import (
    Operation,
    error_label,
    name_widget,
    run_for,
    show_error,
    show_label_error,
)
from app.ui.forms import Field, FormDialog, enum_choices, open_form
from app.ui.i18n import vocab
from app.ui.pdf_preview import open_pdf_dialog
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view


def when_text(view: groups.GroupSessionView) -> str:
    start, end = view.starts_at.astimezone(), view.ends_at.astimezone()
    return f"{start:%d.%m.%Y %H:%M}–{end:%H:%M}"


class CitizenPicker(QDialog):
    """Find a citizen by name, CPR or phone and choose one (sign-up from the session)."""

    def __init__(self, ctx: ServiceContext, title: str, action: str,
                 choose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._choose = choose
        self.setObjectName("citizenPicker")
        self.setWindowTitle(title)
        self.search = name_widget(QLineEdit(), "pickerSearch", self.tr("Søg borger"))
        self.search.setPlaceholderText(self.tr("Navn, CPR-nummer eller telefon"))
        self._enter_taken = False  # this Enter searched or signed up: not the Ok button too
        self.search.returnPressed.connect(self._search_pressed)
        self.model = RowsTableModel([
            Column(self.tr("Navn"), lambda r: r.name),
            Column(self.tr("CPR"), lambda r: r.masked_cpr),
            Column(self.tr("Telefon"), lambda r: r.phone),
        ], self)
        self.view, self.proxy = table_view("pickerTable", self.model)
        self.view.activated.connect(self._activated)
        self.error = error_label("pickerError")
        self.signed_up = name_widget(QLabel(), "pickerDone")
        self.signed_up.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Close)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(action)
        self.ok.setObjectName("pickerOk")
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        buttons.accepted.connect(self._ok_pressed)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.signed_up)
        layout.addWidget(buttons)
        self.resize(560, 420)

    # Enter in the search searches and in the list signs up; the dialog's default button
    # sees the same key press afterwards and must not act on it again
    def _take_enter(self) -> None:
        self._enter_taken = True
        QTimer.singleShot(0, self._enter_done)

    def _enter_done(self) -> None:
        self._enter_taken = False

    def _search_pressed(self) -> None:
        self._take_enter()
        self.find()

    def _activated(self, _index) -> None:
        self._take_enter()
        self.accept_choice()

    def _ok_pressed(self) -> None:
        if not self._enter_taken:
            self.accept_choice()

    def find(self) -> None:
        try:
            self.model.set_rows(citizens.search(self.ctx, self.search.text()))
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return
        self.view.resizeColumnsToContents()
        if self.model.rowCount():
            self.view.selectRow(0)

    def accept_choice(self) -> bool:
        index = self.view.currentIndex()
        if not index.isValid():
            show_label_error(self.error, self.tr("Søg, og vælg en borger på listen."))
            return False
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        try:
            self._choose(row.id)
        except FremskudtError as exc:
            self.signed_up.clear()
            show_label_error(self.error, exc)
            return False
        show_label_error(self.error, "")
        self.signed_up.setText(self.tr("Tilmeldt: {name}. Søg efter den næste, eller luk.")
                               .format(name=row.name))
        self.search.selectAll()
        self.search.setFocus()
        return True


class GroupsPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDialog | None = None
        self.picker: CitizenPicker | None = None
        self.preview: QDialog | None = None
        self.operation: Operation | None = None
        self._build()
        self.load()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.sessions = RowsTableModel([
            Column(self.tr("Tid"), when_text, sort=lambda v: v.starts_at),
            Column(self.tr("Art"), lambda v: vocab(v.kind)),
            Column(self.tr("Titel"), lambda v: v.title),
            Column(self.tr("Sted"), lambda v: v.place),
            Column(self.tr("Vært"), lambda v: v.host_name),
            Column(self.tr("Tilmeldte"), lambda v: f"{v.signed_up}/{v.capacity}",
                   align_right=True, sort=lambda v: v.signed_up),
            Column(self.tr("Mødt"), lambda v: v.attended if v.starts_at.astimezone().date()
                   <= self.ctx.today() else "", align_right=True),  # none before the day
        ], self)
        self.session_view, self.session_proxy = table_view("groupSessionTable", self.sessions)
        self.session_view.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.show_signups())
        self.signups = CheckRowsModel([
            Column(self.tr("Mødt"), lambda s: ""),
            Column(self.tr("Navn"), lambda s: s.name),
        ], key=lambda s: s.id, initial=lambda s: bool(s.attended), parent=self)
        self.signup_view, self.signup_proxy = table_view("groupSignupTable", self.signups)
        self.signup_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.title = name_widget(QLabel(), "groupSessionTitle")
        self.title.setWordWrap(True)
        self.status = error_label("groupStatus")
        self.saved = name_widget(QLabel(), "groupSaved")
        self.saved.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Gruppeforløb")))
        top.addStretch(1)
        self.new_button = self._button(top, "newGroupSession",
                                       self.tr("&Nyt gruppeforløb …"), self.new_session)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.title)
        side.addWidget(self.signup_view, 1)
        row = QHBoxLayout()
        self.sign_up_button = self._button(row, "signUpCitizen", self.tr("&Tilmeld borger …"),
                                           self.sign_up)
        self.remove_button = self._button(row, "removeSignup", self.tr("&Fjern tilmelding"),
                                          self.remove_signup)
        side.addLayout(row)
        row2 = QHBoxLayout()
        self.attendance_button = self._button(row2, "saveAttendance",
                                              self.tr("&Gem fremmøde"), self.save_attendance)
        self.print_button = self._button(row2, "printAttendance",
                                         self.tr("&Udskriv deltagerliste …"), self.print_list)
        side.addLayout(row2)
        side.addWidget(self.status)
        side.addWidget(self.saved)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.session_view)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([880, 380])  # the session's columns whole; names need little room
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _button(self, row: QHBoxLayout, name: str, text: str, slot) -> QPushButton:
        button = name_widget(QPushButton(text), name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- data -----------------------------------------------------------------------------
    def load(self, keep: uuid.UUID | None = None) -> None:
        current = keep or (self.current().id if self.current() else None)
        try:
            rows = groups.list_sessions(self.ctx)
        except FremskudtError as exc:
            show_error(self, exc)
            return
        self.sessions.set_rows(rows)
        self.session_view.resizeColumnsToContents()
        target = next((i for i, r in enumerate(rows) if r.id == current), None)
        if target is None:  # the next session to come, else the last one
            today = self.ctx.today()
            target = next((i for i, r in enumerate(rows)
                           if r.starts_at.astimezone().date() >= today), len(rows) - 1)
        if rows:
            self.session_view.selectRow(self.session_proxy.mapFromSource(
                self.sessions.index(target, 0)).row())
        self.show_signups()

    def current(self) -> groups.GroupSessionView | None:
        index = self.session_view.currentIndex()
        if not index.isValid():
            return None
        return self.sessions.row_at(self.session_proxy.mapToSource(index).row())

    def show_signups(self) -> None:
        view = self.current()
        self.saved.clear()
        show_label_error(self.status, "")
        for button in (self.sign_up_button, self.remove_button, self.attendance_button,
                       self.print_button):
            button.setEnabled(view is not None)
        if view is None:
            self.title.setText(self.tr("Opret et gruppeforløb for at tilmelde borgere."))
            self.signups.set_rows([])
            return
        today = self.ctx.today()
        on_day = view.starts_at.astimezone().date() <= today
        self.attendance_button.setEnabled(on_day)
        self.sign_up_button.setEnabled(view.ends_at.astimezone().date() >= today)
        how = self.tr("Sæt flueben ved dem, der kom, og gem.") if on_day else \
            self.tr("Fremmødet krydses af på dagen.")
        self.title.setText(self.tr("<b>{kind}</b> {when}, {place}<br>{free} ledige af {cap} "
                                   "pladser. {how}").format(
            kind=vocab(view.kind), when=when_text(view), place=view.place, free=view.free,
            cap=view.capacity, how=how))
        self.signups.set_rows(groups.signups(self.ctx, view.id))
        self.signup_view.resizeColumnsToContents()

    # -- actions --------------------------------------------------------------------------
    def new_session(self) -> FormDialog:
        hosts = [(a.full_name, a.id) for a in staff.list_accounts(self.ctx)
                 if a.active and a.roles & {Role.JOBKONSULENT, Role.JOBFORMIDLER, Role.LEDER}]
        start = dt.datetime.combine(self.ctx.today() + dt.timedelta(days=1), dt.time(10, 0))
        fields = [
            Field("kind", self.tr("Art"), "choice", enum_choices(list(GroupKind))),
            Field("title", self.tr("Titel (valgfri)")),
            Field("starts_at", self.tr("Start"), "datetime", default=start),
            Field("minutes", self.tr("Varighed i minutter"), "int", default=120, minimum=15,
                  maximum=600),
            Field("place", self.tr("Sted")),
            Field("capacity", self.tr("Antal pladser"), "int", default=12, minimum=1,
                  maximum=groups.MAX_CAPACITY),
            Field("host", self.tr("Vært"), "choice", hosts, default=self.ctx.user.id),
        ]

        def submit(v: dict) -> uuid.UUID:
            return groups.create_session(
                self.ctx, kind=v["kind"], title=v["title"], starts_at=v["starts_at"],
                ends_at=v["starts_at"] + dt.timedelta(minutes=v["minutes"]),
                place=v["place"], capacity=v["capacity"], host_id=v["host"])

        self.form = open_form(self, self.tr("Nyt gruppeforløb"), fields, submit,
                              today=self.ctx.today(), now=self.ctx.now(),
                              on_saved=lambda: self.load(self.form.result_value))
        return self.form

    def sign_up(self) -> CitizenPicker | None:
        view = self.current()
        if view is None:
            return None

        def choose(citizen_id: uuid.UUID) -> None:
            groups.sign_up(self.ctx, view.id, citizen_id)
            self.load(view.id)

        self.picker = CitizenPicker(self.ctx, self.tr("Tilmeld borger"), self.tr("&Tilmeld"),
                                    choose, self)
        self.picker.open()
        return self.picker

    def _current_signup(self):
        index = self.signup_view.currentIndex()
        if not index.isValid():
            return None
        return self.signups.row_at(self.signup_proxy.mapToSource(index).row())

    def remove_signup(self) -> None:
        signup, view = self._current_signup(), self.current()
        if signup is None or view is None:
            show_label_error(self.status, self.tr("Vælg en tilmelding."))
            return
        try:
            groups.cancel_signup(self.ctx, signup.id)
        except FremskudtError as exc:
            show_label_error(self.status, exc)
            return
        show_label_error(self.status, "")
        self.load(view.id)

    def save_attendance(self) -> None:
        view = self.current()
        if view is None:
            return
        try:
            came = groups.record_attendance(self.ctx, view.id, dict(self.signups.ticks))
        except FremskudtError as exc:
            show_label_error(self.status, exc)
            return
        self.load(view.id)
        self.saved.setText(self.tr("Fremmøde gemt: %n mødt. Det står nu i borgernes "
                                   "kontaktlog.", "", came))

    def print_list(self) -> Operation | None:
        view = self.current()
        if view is None:
            return None
        ctx, session_id = self.ctx, view.id
        title = self.tr("Deltagerliste – {kind}").format(kind=vocab(view.kind))
        self.operation = run_for(
            self, lambda _p: groups.attendance_list(ctx, session_id),
            lambda pdf: setattr(self, "preview", open_pdf_dialog(
                self, title, pdf, "attendancePreview")),
            lambda error: show_error(self, error), busy=self.print_button)
        return self.operation
