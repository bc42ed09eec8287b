"""The record's Jobmål og CV tab: the job goal, the CV and resources, and the printed CV."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from app.domain.enums import CvItemKind
from app.domain.errors import FremskudtError
from app.services import course
from app.services.course import CitizenRecord
from app.ui.common import Operation, name_widget, show_error
from app.ui.forms import Field, FormDialog, enum_choices
from app.ui.geometry import lines_high, scrolling
from app.ui.i18n import vocab
from app.ui.record.tab import RecordTab, button_row, day_text
from app.ui.table_model import Column, RowsTableModel
from app.ui.tools_widget import ToolsDialog
from app.ui.widgets import table_view


class GoalCvTab(RecordTab):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._build()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.goal_fields: dict[str, QLabel] = {}
        goal_box = QGroupBox(self.tr("Jobmål"))
        goal_form = QFormLayout(goal_box)
        for key, label in (("position", self.tr("Stilling")), ("field", self.tr("Område")),
                           ("functions", self.tr("Funktioner")),
                           ("direction", self.tr("Retning")),
                           ("cv_started", self.tr("CV påbegyndt"))):
            field = name_widget(QLabel(), f"goal_{key}", label)
            field.setWordWrap(True)
            self.goal_fields[key] = field
            goal_form.addRow(label + ":", field)
        actions, self.cv_buttons = button_row(
            ("editGoalButton", self.tr("Ret &jobmål …"), self.edit_goal),
            ("addCvButton", self.tr("Tilføj til &CV …"), self.add_cv_item),
            ("removeCvButton", self.tr("&Fjern valgte"), self.remove_cv_item),
            ("showCvButton", self.tr("&Vis og udskriv CV …"), self.show_cv),
            ("goalToolsButton", self.tr("&Værktøjer til branchen …"), self.show_tools),
        )
        self.cv_model = RowsTableModel([
            Column(self.tr("Art"), lambda i: vocab(i.kind)),
            Column(self.tr("Overskrift"), lambda i: i.title),
            Column(self.tr("Beskrivelse"), lambda i: i.detail),
        ], self)
        self.cv_view, self.cv_proxy = table_view("cvTable", self.cv_model)
        # a long job goal scrolls in its own box and never squeezes the CV table
        self.goal_scroll = scrolling(goal_box, "goalScroll")
        self.goal_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.goal_scroll.setMaximumHeight(lines_high(goal_box, 12))
        self.cv_view.setMinimumHeight(lines_high(self.cv_view, 8))
        layout = QVBoxLayout(self)
        layout.addWidget(self.goal_scroll)
        layout.addLayout(actions)
        layout.addWidget(self.cv_view, 1)

    # -- data -----------------------------------------------------------------------------
    def show_record(self, record: CitizenRecord) -> None:
        goal = record.job_goal
        for key, value in (("position", goal.position if goal else ""),
                           ("field", goal.field if goal else ""),
                           ("functions", goal.functions if goal else ""),
                           ("direction", goal.direction if goal else ""),
                           ("cv_started", day_text(goal.cv_started_on) if goal else "")):
            self.goal_fields[key].setText(value)
        self.cv_model.set_rows(record.cv_items)
        self.cv_view.resizeColumnsToContents()
        for column in range(self.cv_model.columnCount()):  # a long text: its tooltip
            self.cv_view.setColumnWidth(column, min(self.cv_view.columnWidth(column), 320))
        self.cv_view.horizontalHeader().setStretchLastSection(True)

    # -- actions --------------------------------------------------------------------------
    def edit_goal(self) -> FormDialog:
        record = self.record
        goal = record.job_goal
        return self.open_form(self.tr("Jobmål"), [
            Field("position", self.tr("Stilling"), default=goal.position if goal else ""),
            Field("field", self.tr("Område / branche"), default=goal.field if goal else ""),
            Field("functions", self.tr("Funktioner og opgaver"), "multiline",
                  default=goal.functions if goal else ""),
            Field("direction", self.tr("Retning (med borgerens ord)"), "multiline",
                  default=goal.direction if goal else ""),
            Field("education", self.tr("Målet er uddannelse"), "check",
                  default=goal.education_goal if goal else False),
            Field("cv_started", self.tr("Arbejdet med CV påbegyndt"), "optional_date",
                  default=goal.cv_started_on if goal else None),
        ], lambda v: course.save_job_goal(
            self.ctx, record.course_id, position=v["position"], field=v["field"],
            functions=v["functions"], direction=v["direction"],
            education_goal=v["education"], cv_started_on=v["cv_started"]))

    def add_cv_item(self) -> FormDialog:
        return self.open_form(self.tr("Tilføj til CV og ressourcer"), [
            Field("kind", self.tr("Art"), "choice", enum_choices(list(CvItemKind))),
            Field("title", self.tr("Overskrift")),
            Field("detail", self.tr("Beskrivelse"), "multiline"),
        ], lambda v: course.add_cv_item(self.ctx, self.citizen_id, kind=v["kind"],
                                        title=v["title"], detail=v["detail"]),
            intro=self.tr("Barrierer står kun i sagen, aldrig på det udskrevne CV."))

    def remove_cv_item(self) -> None:
        index = self.cv_view.currentIndex()
        if not index.isValid():
            return
        item = self.cv_model.row_at(self.cv_proxy.mapToSource(index).row())
        try:
            course.remove_cv_item(self.ctx, item.id)
        except FremskudtError as exc:
            show_error(self, exc)
            return
        self.changed.emit()

    def show_tools(self) -> ToolsDialog:
        """The office's tool library for the job goal's field (issue 20, point 12)."""
        goal = self.record.job_goal
        self.tools = ToolsDialog(self.ctx, goal.field if goal else "", self)
        self.tools.open()
        return self.tools

    def show_cv(self) -> Operation:
        """Render the CV off the GUI thread; its preview opens when it is ready."""
        ctx, citizen_id = self.ctx, self.citizen_id
        return self.render_pdf(lambda: course.cv_document(ctx, citizen_id),
                               self.tr("CV – {name}").format(name=self.record.name),
                               "cvPreview", lambda error: show_error(self, error))
