"""Åben rådgivning at the counter: register a walk-in in a few keystrokes, the live queue for
the desk, and the public display for a second screen (app/ui/public_display.py)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import DropInOutcome, DropInReason, ReferralTarget
from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services import citizens, dropin_calls, dropins
from app.services.context import ServiceContext
from app.ui.common import error_label, name_widget, show_label_error
from app.ui.forms import Field, FormDialog, enum_choices
from app.ui.i18n import core_text, vocab
from app.ui.languages import fill_language_combo, language_text, language_value
from app.ui.pdf_preview import open_pdf_dialog
from app.ui.public_display import PublicDisplay
from app.ui.sync_status import SyncStatus
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view

# a desk hears within seconds that another desk called the same ticket (issue 23)
REFRESH_MS = 5_000
# narrower than this, the queue goes under the registration (logical pixels)
SIDE_BY_SIDE_WIDTH = 1000


class QueueModel(RowsTableModel):
    """The queue; a cell cut short in its column (name, reason, language, Hos) shows whole
    in its tooltip, Hos with the workstation's full name."""

    FULL = (1, 4, 5)
    HOS = 6

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid()
                and index.column() in (*self.FULL, self.HOS)):
            row: dropins.VisitRow = self.row_at(index.row())
            if index.column() == self.HOS:
                return " · ".join(x for x in (row.staff, row.called_on) if x) or None
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


def called_at(row: dropins.VisitRow) -> str:
    """Who called, and at which workstation, by its letter: "Line Sørensen · B" (the name
    when the workstation has no letter)."""
    return " · ".join(x for x in (row.staff, row.called_letter or row.called_on) if x)


class CounterPage(QWidget):
    """Left: registration. Right: today's queue."""

    make_citizen = Signal(object)  # a VisitRow of an unknown visitor

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.known_id: uuid.UUID | None = None
        self.last_ticket: dropins.Ticket | None = None
        self.form: FormDialog | None = None
        self.display_window: PublicDisplay | None = None
        self.pending_select: str | None = None  # a ticket to select after a lost call
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._search)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.load)
        # a batch from another workstation (a registration, a call): read the queue at once,
        # not at the next tick (issue 23: the desk sees the visitor within seconds)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(lambda: self.load() if self.isVisible() else None)
        self._followed: SyncStatus | None = None
        self._build()
        self.load()
        self._refresh.start()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self._build_register(), 2)
        self.body.addWidget(self._build_queue(), 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Åben rådgivning")))
        layout.addLayout(self.body, 1)

    def resizeEvent(self, event) -> None:
        # a narrow window (a laptop at 150 %) puts the queue under the registration; the
        # room is the scroll area's (the parent's) width, the page may be wider than that
        room = self.parentWidget().width() if self.parentWidget() else event.size().width()
        wide = room >= SIDE_BY_SIDE_WIDTH
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if wide
                               else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def _build_register(self) -> QGroupBox:
        """The left half: find a known citizen or name an unknown visitor, reasons, ticket."""
        register = QGroupBox(self.tr("Registrér besøgende"))
        form = QVBoxLayout(register)
        self.find = name_widget(QLineEdit(), "counterFind", self.tr("Find borger"))
        self.find.setPlaceholderText(self.tr("Kendt borger: navn, CPR-nummer eller telefon"))
        self.find.textEdited.connect(lambda _t: self._search_timer.start())
        self.find.returnPressed.connect(self._pick_first)
        self.matches = name_widget(QListWidget(), "counterMatches", self.tr("Fundne borgere"))
        self.matches.setMaximumHeight(110)
        self.matches.itemActivated.connect(self._pick)
        self.matches.itemClicked.connect(self._pick)
        self.chosen = name_widget(QLabel(), "counterChosen", self.tr("Valgt borger"))
        self.label = name_widget(QLineEdit(), "counterLabel",
                                 self.tr("Ukendt besøgende: fornavn eller initialer"))
        self.label.setPlaceholderText(self.tr("… eller ukendt: fornavn eller initialer"))
        self.label.textEdited.connect(lambda _t: self._clear_known())
        self.phone = name_widget(QLineEdit(), "counterPhone", self.tr("Telefon (valgfrit)"))
        self.phone.setPlaceholderText(self.tr("Telefon (valgfrit)"))
        unknown = QHBoxLayout()
        unknown.addWidget(self.label, 2)
        unknown.addWidget(self.phone, 1)
        reasons = self._build_reasons()
        self.language = name_widget(QComboBox(), "counterLanguage", self.tr("Sprog"))
        fill_language_combo(self.language)  # shown in the UI's language, stored in Danish
        self.interpreter = name_widget(QCheckBox(self.tr("Ønsker &tolk")),
                                       "counterInterpreter")
        extra = QHBoxLayout()
        extra.addWidget(QLabel(self.tr("Sprog:")))
        extra.addWidget(self.language, 1)
        extra.addWidget(self.interpreter)
        self.register_button = name_widget(QPushButton(self.tr("&Registrér og giv nummer")),
                                           "registerVisit")
        self.register_button.clicked.connect(self.register)
        self.register_button.setDefault(True)
        self.error = error_label("counterError")
        self.ticket_label = name_widget(QLabel(), "ticketNumber", self.tr("Kønummer"))
        big = QFont()
        big.setPointSize(28)
        big.setBold(True)
        self.ticket_label.setFont(big)
        self.ticket_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_ticket = name_widget(QPushButton(self.tr("&Udskriv billet …")),
                                        "printTicket")
        self.print_ticket.setEnabled(False)
        self.print_ticket.clicked.connect(self.show_ticket)
        form.addWidget(self.find)
        form.addWidget(self.matches)
        form.addWidget(self.chosen)
        form.addLayout(unknown)
        form.addWidget(QLabel(self.tr("Hvorfor kommer borgeren? (vælg en eller flere)")))
        form.addLayout(reasons)
        form.addLayout(extra)
        form.addWidget(self.register_button)
        form.addWidget(self.error)
        form.addWidget(self.ticket_label)
        form.addWidget(self.print_ticket)
        form.addStretch(1)
        return register

    def _build_reasons(self) -> QGridLayout:
        """One toggle button per reason for the visit, two to a row."""
        reasons = QGridLayout()
        self.reason_buttons: dict[DropInReason, QPushButton] = {}
        for i, reason in enumerate(DropInReason):
            button = name_widget(QPushButton(vocab(reason)), f"reason_{reason.value}",
                                 vocab(reason))
            button.setCheckable(True)
            button.setStyleSheet("QPushButton:checked { background: #2e6fb7; color: white; }")
            reasons.addWidget(button, i // 2, i % 2)
            self.reason_buttons[reason] = button
        return reasons

    def _build_queue(self) -> QGroupBox:
        """The right half: today's queue with the buttons that move a visit along."""
        self.model = QueueModel([
            Column(self.tr("Nr."), lambda r: r.ticket, align_right=True,
                   sort=lambda r: (r.letter, r.queue_number)),
            Column(self.tr("Navn"), lambda r: r.name),
            Column(self.tr("Status"), lambda r: core_text(r.state)),
            Column(self.tr("Venter"), lambda r: self._waited(r), align_right=True,
                   sort=lambda r: r.waiting_minutes(self.ctx.now()) or 0),
            Column(self.tr("Grund"), lambda r: ", ".join(vocab(x) for x in r.reasons)),
            Column(self.tr("Sprog"), lambda r: language_text(r.language) + (
                self.tr(" (tolk)") if r.interpreter_needed else "")),
            # who called, and at which workstation: where the visitor is to go
            Column(self.tr("Hos"), called_at),
        ], self)
        self.view, self.proxy = table_view("queueTable", self.model)
        self._fit_queue()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        desk = self.ctx.user.can(Permission.CASE_WRITE)
        self.buttons: dict[str, QPushButton] = {}
        rows = QGridLayout()  # two rows of buttons: the queue stays narrow enough for a laptop
        for i, (name, text, slot, visible) in enumerate((
                ("callNext", self.tr("&Kald næste"), self.call_next, True),
                ("callChosen", self.tr("Kald &valgte"), self.call_chosen, True),
                ("startVisit", self.tr("&Start samtale"), self.start_visit, desk),
                ("endVisit", self.tr("&Afslut …"), self.end_visit, desk),
                ("leftVisit", self.tr("&Gået"), self.left_visit, True),
                ("visitToCitizen", self.tr("Opret som &borger …"), self._make_citizen, desk),
                ("publicDisplay", self.tr("Offentlig &skærm"), self.open_display, True))):
            button = name_widget(QPushButton(text), name)
            button.clicked.connect(slot)
            button.setVisible(visible)
            rows.addWidget(button, i // 4, i % 4)
            self.buttons[name] = button
        self.hide_done = name_widget(QCheckBox(self.tr("Skjul &færdige")), "hideDone")
        self.hide_done.setChecked(True)
        self.hide_done.toggled.connect(lambda _c: self.load())
        rows.addWidget(self.hide_done, 1, 3, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addLayout(rows)
        row.addStretch(1)
        self.summary = name_widget(QLabel(), "queueSummary")
        self.notice = name_widget(QLabel(), "queueNotice", self.tr("Besked om kaldet"))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff3c4; color: #3d2e00; "
                                  "padding: 6px; font-weight: bold; }")
        self.notice.setVisible(False)
        queue = QGroupBox(self.tr("Køen i dag"))
        queue_layout = QVBoxLayout(queue)
        queue_layout.addWidget(self.notice)
        queue_layout.addLayout(row)
        queue_layout.addWidget(self.view, 1)
        queue_layout.addWidget(self.summary)
        return queue

    def _fit_queue(self) -> None:
        """The queue fits its half (or the page at 150 %) with no sideways scrolling: one line
        a visit; name and reason share the room, cut with "…" (whole in the tooltip); the
        short columns and Hos ("Line Sørensen · B") as wide as their text; at least five
        visits in sight."""
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in (1, 4)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        rows = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(header.sizeHint().height() + 5 * rows + 4)

    # -- registration -------------------------------------------------------------------------
    def _search(self) -> None:
        text = self.find.text().strip()
        self.matches.clear()
        if len(text) < 2:
            return
        try:
            found = citizens.search(self.ctx, text)
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        for person in found[:20]:
            item = QListWidgetItem(f"{person.name}  {person.masked_cpr}", self.matches)
            item.setData(Qt.ItemDataRole.UserRole, person.id)

    def _pick_first(self) -> None:
        self._search_timer.stop()
        self._search()
        if self.matches.count():
            self._pick(self.matches.item(0))

    def _pick(self, item: QListWidgetItem) -> None:
        self.known_id = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.setText(self.tr("Kendt borger: <b>{name}</b>").format(
            name=item.text().split("  ")[0]))
        self.label.clear()
        self.phone.clear()

    def _clear_known(self) -> None:
        self.known_id = None
        self.chosen.clear()

    def register(self) -> dropins.Ticket | None:
        reasons = [r for r, b in self.reason_buttons.items() if b.isChecked()]
        try:
            ticket = dropins.register(
                self.ctx, reasons=reasons, citizen_id=self.known_id,
                visitor_label=self.label.text(), phone=self.phone.text(),
                language=language_value(self.language.currentText()),
                interpreter_needed=self.interpreter.isChecked())
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return None
        show_label_error(self.error, "")
        self.last_ticket = ticket
        self.ticket_label.setText(self.tr("Nr. {n}").format(n=ticket.label))
        self.print_ticket.setEnabled(True)
        for widget in (self.find, self.label, self.phone):
            widget.clear()
        self.matches.clear()
        self._clear_known()
        for button in self.reason_buttons.values():
            button.setChecked(False)
        self.language.setCurrentIndex(0)
        self.interpreter.setChecked(False)
        self.find.setFocus()
        self.load()
        return ticket

    def show_ticket(self) -> QDialog | None:
        if self.last_ticket is None:
            return None
        return open_pdf_dialog(self, self.tr("Billet"),
                               dropins.ticket(self.ctx, self.last_ticket.visit_id),
                               "ticketPreview", allow_save=False, size=(420, 420))

    # -- queue ----------------------------------------------------------------------------------
    def _waited(self, row: dropins.VisitRow) -> str:
        minutes = row.waiting_minutes(self.ctx.now())
        return "" if minutes is None else self.tr("%n min", "", minutes)

    def load(self) -> None:
        try:
            lost = dropin_calls.settle_lost_calls(self.ctx)
            rows = dropins.visits_on(self.ctx, self.ctx.today())
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        if lost:
            self._tell_lost(lost)
        selected = self.selected()
        shown = rows
        if self.hide_done.isChecked():
            # an unknown visitor seen today stays: the desk may still make a citizen of them
            shown = [r for r in rows
                     if r.state not in (dropins.STATE_DONE, dropins.STATE_LEFT)
                     or (r.state == dropins.STATE_DONE and not r.known)
                     or (selected is not None and r.id == selected.id)]
        self.model.set_rows(shown)
        if self.pending_select is not None:
            self.select_number(self.pending_select)
            self.pending_select = None
        elif selected is not None:
            for i in range(self.proxy.rowCount()):
                if self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row()).id \
                        == selected.id:
                    self.view.selectRow(i)
        waiting = sum(1 for r in rows if r.state == dropins.STATE_WAITING)
        self.summary.setText(self.tr("%n besøg i dag", "", len(rows))
                             + self.tr(" · %n venter", "", waiting))
        self._enable()
        if self.display_window is not None:
            self.display_window.load()

    def _tell_lost(self, lost: list[dropin_calls.LostCall]) -> None:
        """Another desk called this desk's ticket at the same moment and won: say so, and
        point at the visitor this desk got instead."""
        lines = []
        for call in lost:
            if call.next is not None:
                lines.append(self.tr("Nummer {lost} blev kaldt på {station} samtidig. Du har "
                                     "fået næste: {next}.").format(
                    lost=call.lost, station=call.station, next=call.next.ticket))
            else:
                lines.append(self.tr("Nummer {lost} blev kaldt på {station} samtidig. Der "
                                     "venter ikke flere.").format(lost=call.lost,
                                                                   station=call.station))
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(True)
        self.pending_select = lost[-1].next.ticket if lost[-1].next is not None else None

    def selected(self) -> dropins.VisitRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_number(self, ticket: str) -> None:
        """Select the row of a ticket ("A-12")."""
        for i in range(self.proxy.rowCount()):
            row = self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
            if row.ticket == ticket:
                self.view.selectRow(i)
                return

    def _enable(self) -> None:
        row = self.selected()
        state = row.state if row else None
        waiting = state in (dropins.STATE_WAITING,)
        self.buttons["callChosen"].setEnabled(waiting)
        self.buttons["startVisit"].setEnabled(state in (dropins.STATE_WAITING,
                                                        dropins.STATE_CALLED))
        self.buttons["endVisit"].setEnabled(state in (dropins.STATE_WAITING,
                                                      dropins.STATE_CALLED,
                                                      dropins.STATE_IN_CONVERSATION))
        self.buttons["leftVisit"].setEnabled(state in (dropins.STATE_WAITING,
                                                       dropins.STATE_CALLED))
        self.buttons["visitToCitizen"].setEnabled(row is not None and not row.known)

    def _do(self, action) -> bool:
        try:
            action()
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return False
        show_label_error(self.error, "")
        self.notice.setVisible(False)
        self.load()
        return True

    def call_next(self) -> None:
        called: list = []
        if self._do(lambda: called.append(dropins.call(self.ctx))) and called[0] is None:
            show_label_error(self.error, self.tr("Der er ingen, der venter."))
        elif called and called[0] is not None:
            self.select_number(called[0].ticket)

    def call_chosen(self) -> None:
        row = self.selected()
        if row is not None:
            self._do(lambda: dropins.call(self.ctx, row.id))

    def start_visit(self) -> None:
        row = self.selected()
        if row is not None:
            self._do(lambda: dropins.start(self.ctx, row.id))

    def left_visit(self) -> None:
        row = self.selected()
        if row is not None:
            self._do(lambda: dropins.left(self.ctx, row.id))

    def end_visit(self) -> FormDialog | None:
        row = self.selected()
        if row is None:
            return None
        outcomes = [o for o in DropInOutcome if o != DropInOutcome.LEFT]
        dialog = FormDialog(self.tr("Afslut besøg nr. {n}").format(n=row.ticket), [
            Field("outcome", self.tr("Udfald"), "choice", enum_choices(outcomes)),
            Field("referred", self.tr("Henvist til"), "choice",
                  enum_choices(list(ReferralTarget), none=self.tr("(ikke henvist)"))),
            Field("note", self.tr("Kort note"), "multiline"),
        ], lambda v: dropins.end(self.ctx, row.id, outcome=v["outcome"],
                                 referred_to=v["referred"], note=v["note"]),
            ok_text=self.tr("&Afslut besøg"), today=self.ctx.today(), parent=self)
        dialog.accepted.connect(self.load)
        dialog.open()
        self.form = dialog
        return dialog

    def _make_citizen(self) -> None:
        row = self.selected()
        if row is not None and not row.known:
            self.make_citizen.emit(row)

    def open_display(self) -> PublicDisplay:
        if self.display_window is None:
            self.display_window = PublicDisplay(self.ctx)
            # a display deleted elsewhere is not loaded again by the queue's refresh
            self.display_window.destroyed.connect(self._display_gone)
        self.display_window.show()
        self.display_window.load()
        return self.display_window

    def _display_gone(self) -> None:
        self.display_window = None

    def hideEvent(self, event) -> None:
        self._refresh.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        self._refresh.start()
        status = self.window().findChild(SyncStatus, "syncStatus")
        if status is not None and status is not self._followed:
            status.changed.connect(self._soon.start, Qt.ConnectionType.QueuedConnection)
            self._followed = status
        super().showEvent(event)

