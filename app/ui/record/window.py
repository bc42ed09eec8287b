"""The citizen's record: a header (name, CPR, step, jobformidler, next deadline, merge and
access log) over the tabs Forløb, Jobmål og CV, Jobmatch og aftaler, Kontakter, Step-up and
Netværk og samtykker. Each tab is its own module, built and loaded the first time it is shown
(issue 22: building every tab and its tables before the first paint made opening a record slow);
a tab that changes the record says so with its `changed` signal and the window reloads every
tab built so far."""

from __future__ import annotations

import uuid
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.domain.rules import mark
from app.services import citizens, course, dropins
from app.services.context import ServiceContext
from app.services.course import CitizenRecord
from app.ui.caseload_page import MARK_COLOURS
from app.ui.common import Operation, name_widget, show_error
from app.ui.forms import Field, FormDialog, open_form
from app.ui.geometry import make_elided, remember_geometry, scrolling, set_elided_text
from app.ui.i18n import core_text
from app.ui.record.conflicts_tab import ConflictsTab
from app.ui.record.contacts_tab import ContactsTab
from app.ui.record.course_tab import CourseTab
from app.ui.record.goal_cv_tab import GoalCvTab
from app.ui.record.match_tab import MatchTab
from app.ui.record.meetings_tab import MeetingsTab
from app.ui.record.network_tab import NetworkTab
from app.ui.record.stepup_tab import StepUpTab
from app.ui.record.tab import RecordTab, day_text, render_pdf

T = TypeVar("T", bound=RecordTab)


class CitizenRecordWindow(QDialog):
    """One citizen's record. `changed` tells the caseload to reload."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, citizen_id: uuid.UUID,
                 parent: QDialog | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.citizen_id = citizen_id
        self.record: CitizenRecord | None = None
        self.form: FormDialog | None = None
        self.operation: Operation | None = None
        self.preview: QDialog | None = None
        self._pages: dict[type[RecordTab], QWidget] = {}  # each tab's page, built or not
        self._built: dict[type[RecordTab], RecordTab] = {}
        self.setObjectName("citizenRecord")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build()
        remember_geometry(self, ctx.store.paths.windows, "citizenRecord", (1100, 760))
        self.reload()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        # a long name is elided to the window's width, the whole name in its tooltip
        self.name_label = make_elided(name_widget(QLabel(), "recordName", self.tr("Navn")))
        name_font = self.name_label.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.5)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.cpr_label = name_widget(QLabel(), "recordCpr", self.tr("CPR-nummer"))
        self.reveal_button = name_widget(QPushButton(self.tr("Vis &CPR")), "revealCpr")
        self.reveal_button.clicked.connect(self.reveal_cpr)
        self.merge_button = name_widget(QPushButton(self.tr("Læg &sammen …")), "mergeCitizen")
        self.merge_button.setToolTip(self.tr("To registreringer af samme person: besøg, "
                                             "kontakter og forløb samles her."))
        self.merge_button.clicked.connect(self.merge)
        self.step_label = name_widget(QLabel(), "recordStep", self.tr("Trin"))
        self.formidler_label = make_elided(name_widget(QLabel(), "recordFormidler",
                                                       self.tr("Jobformidler")))
        self.due_label = name_widget(QLabel(), "recordNextDue", self.tr("Næste frist"))
        title = QHBoxLayout()  # the name and the next deadline, then the record's facts
        title.addWidget(self.name_label, 1)
        title.addWidget(self.due_label)
        header = QHBoxLayout()
        header.addWidget(self.cpr_label)
        header.addWidget(self.reveal_button)
        header.addWidget(self.merge_button)
        self.access_button = name_widget(QPushButton(self.tr("&Indsigtslog …")), "accessLog")
        self.access_button.clicked.connect(self.show_access_log)
        header.addWidget(self.access_button)
        header.addSpacing(16)
        header.addWidget(self.step_label)
        header.addSpacing(16)
        header.addWidget(self.formidler_label, 1)
        self.tabs = name_widget(QTabWidget(), "recordTabs")
        self.tabs.setUsesScrollButtons(True)
        self._add_tab(CourseTab, self.tr("&Forløb"))
        self._add_tab(GoalCvTab, self.tr("&Jobmål og CV"))
        self._add_tab(MatchTab, self.tr("Jobmatch og &aftaler"))
        self._add_tab(ContactsTab, self.tr("&Kontakter"))
        self._add_tab(MeetingsTab, self.tr("&Møder"))  # issue 20
        self._add_tab(StepUpTab, self.tr("&Step-up"))
        self._add_tab(NetworkTab, self.tr("&Netværk og samtykker"))
        # shown only while there are some: built at once, its load decides whether it shows
        self.conflicts_tab: ConflictsTab | None = None
        if self.ctx.user.can(Permission.CASE_READ):
            self.conflicts_tab = ConflictsTab(self.ctx, self.citizen_id, self)
            self.conflicts_tab.changed.connect(self._after_change)
            self.tabs.addTab(self.conflicts_tab, self.tr("Konflikter"))
        self.tabs.currentChanged.connect(lambda _index: self.current_tab())
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        # the record scrolls inside the window when the screen is smaller than a tab's content
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(content, "recordScroll"))
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.select(ContactsTab).new_contact(),
                  ).setWhatsThis(self.tr("Ny kontakt"))  # listed under Hjælp → Genveje
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close).setWhatsThis(
            self.tr("Luk journalen"))

    def _add_tab(self, tab_class: type[RecordTab], title: str) -> None:
        page = QWidget()  # the tab goes in here when it is first shown
        QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self._pages[tab_class] = page
        self.tabs.addTab(page, title)

    # -- tabs -----------------------------------------------------------------------------
    def tab(self, tab_class: type[T]) -> T:
        """The tab of `tab_class`, built and loaded with the record the first time it is
        asked for (shown, or used by a shortcut)."""
        built = self._built.get(tab_class)
        if built is None:
            built = tab_class(self.ctx, self.citizen_id, self)
            built.changed.connect(self._after_change)
            if isinstance(built, CourseTab):
                built.step_up_requested.connect(self.go_to_step_up)
            self._pages[tab_class].layout().addWidget(built)
            built.show()  # at once: a layout shows a new child of a visible page a frame later
            self._built[tab_class] = built
            if self.record is not None:
                built.reload(self.record)
        return built  # type: ignore[return-value]

    def select(self, tab_class: type[T]) -> T:
        """Show the tab of `tab_class` (built and loaded if it was not yet)."""
        self.tabs.setCurrentWidget(self._pages[tab_class])
        return self.tab(tab_class)

    def current_tab(self) -> RecordTab:
        page = self.tabs.currentWidget()
        if isinstance(page, RecordTab):
            return page
        return self.tab(next(c for c, p in self._pages.items() if p is page))

    def record_tabs(self) -> list[RecordTab]:
        """The tabs built so far (the others load the record when they are first shown)."""
        built: list[RecordTab] = list(self._built.values())
        return built + ([self.conflicts_tab] if self.conflicts_tab is not None else [])

    # the tabs by name, each built on first use
    course_tab = property(lambda self: self.tab(CourseTab))
    goal_tab = property(lambda self: self.tab(GoalCvTab))
    match_tab = property(lambda self: self.tab(MatchTab))
    contacts_tab = property(lambda self: self.tab(ContactsTab))
    meetings_tab = property(lambda self: self.tab(MeetingsTab))
    stepup_tab = property(lambda self: self.tab(StepUpTab))
    network_tab = property(lambda self: self.tab(NetworkTab))

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            record = course.get_record(self.ctx, self.citizen_id)
        except FremskudtError as exc:
            show_error(self, exc)
            return
        self.record = record
        self._show_header(record)
        for tab in self.record_tabs():
            tab.reload(record)
        self.current_tab()  # the tab shown, built and loaded when it is new
        if self.conflicts_tab is not None:
            index = self.tabs.indexOf(self.conflicts_tab)
            self.tabs.setTabVisible(index, bool(self.conflicts_tab.conflicts))
            self.tabs.setTabText(index, self.tr("Konflikter ({n})").format(
                n=len(self.conflicts_tab.conflicts)))

    def _show_header(self, record: CitizenRecord) -> None:
        self.setWindowTitle(self.tr("{name} – Fremskudt").format(name=record.name))
        set_elided_text(self.name_label, record.name)
        self.cpr_label.setText(record.masked_cpr)
        self.reveal_button.setVisible(bool(record.masked_cpr))
        self.merge_button.setVisible(self.ctx.user.can(Permission.CASE_WRITE))
        self.step_label.setText(f"<b>{core_text(record.step_label)}</b>")
        set_elided_text(self.formidler_label, self.tr("Jobformidler: {name}").format(
            name=record.jobformidler or self.tr("ikke tildelt")))
        if record.next_due:
            item = record.next_due
            colour = MARK_COLOURS[mark(item.due, self.ctx.today())]
            self.due_label.setText(f"<span style='color:{colour}; font-weight:600'>"
                                   f"{day_text(item.due)} {core_text(item.what)}</span>")
        else:
            self.due_label.setText(self.tr("Ingen frister"))

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def go_to_step_up(self) -> None:
        """The Forløb tab's Step-up button: the tab, and its start form when one can start."""
        tab = self.select(StepUpTab)
        if not tab.start_button.isHidden():
            tab.start()

    # -- header actions -------------------------------------------------------------------
    def reveal_cpr(self) -> None:
        try:
            self.cpr_label.setText(citizens.reveal_cpr(self.ctx, self.citizen_id))
        except FremskudtError as exc:
            show_error(self, exc)

    def show_access_log(self) -> Operation:
        """Render the access log off the GUI thread; its preview opens when it is ready."""
        ctx, citizen_id = self.ctx, self.citizen_id
        title = self.tr("Indsigtslog – {name}").format(name=self.record.name)
        self.preview = None
        self.operation = render_pdf(self, lambda: course.access_log_document(ctx, citizen_id),
                                    title, "accessLogPreview", self._previewed,
                                    lambda error: show_error(self, error))
        return self.operation

    def _previewed(self, dialog: QDialog) -> None:
        self.preview = dialog

    def _open_form(self, title: str, fields: list[Field], submit, **kwargs) -> FormDialog:
        self.form = open_form(self, title, fields, submit, today=self.ctx.today(),
                              now=self.ctx.now(), on_saved=self._after_change, **kwargs)
        return self.form

    def merge(self) -> FormDialog:
        candidates = dropins.merge_candidates(self.ctx, self.citizen_id)
        if not candidates:
            return self._open_form(self.tr("Læg sammen"), [], lambda _v: None,
                                   intro=self.tr("Der er ingen andre registreringer, der "
                                                 "ligner denne borger."), ok_text=self.tr("OK"))
        return self._open_form(self.tr("Læg sammen"), [
            Field("other", self.tr("Den anden registrering"), "choice",
                  [(f"{c.name} {c.masked_cpr or c.phone} – {core_text(c.why)}", c.citizen_id)
                   for c in candidates]),
        ], lambda v: dropins.merge_citizens(self.ctx, self.citizen_id, v["other"]),
            intro=self.tr("Alle besøg, kontakter, CV-linjer, netværk, samtykker og forløb fra "
                          "den anden registrering flyttes hertil, og den anden slettes."),
            ok_text=self.tr("&Læg sammen"))
