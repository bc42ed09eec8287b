"""Issue 15 on the record through real widgets: the visitation form's target-group reason, the
completion form without an aftercare default, a second course with "Tidligere forløb", and
the contacts tab's hearing, answer, reasonable ground and interpreter use."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from app.domain.enums import (
    BenefitType,
    CompletionReason,
    ContactChannel,
    ContactKind,
    CourseStatus,
    InterpreterUse,
    ReasonableGround,
)
from app.services import course
from app.ui.record.window import CitizenRecordWindow
from tests.conftest import FixedClock
from tests.ui.helpers import fill as _fill
from tests.ui.helpers import press_ok as _ok

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _texts(form) -> str:
    return " ".join(label.text() for label in form.findChildren(QLabel))


def _window(qtbot, ctx, citizen) -> CitizenRecordWindow:
    window = CitizenRecordWindow(ctx, citizen)
    qtbot.addWidget(window)
    window.show()
    return window


def test_visitation_completion_and_a_second_course(qtbot, office) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = course.new_citizen(ctx, first_name="Sara", last_name="Ali", cpr="0101901234",
                                 benefit_type=BenefitType.RESSOURCEFORLOEB)
    window = _window(qtbot, ctx, citizen)
    tab = window.course_tab
    form = tab.visit()
    assert "hverken kontanthjælp" in _texts(form)
    _ok(qtbot, form)
    assert "uden for målgruppen" in form.error.text()
    _fill(qtbot, form, reason="Overgaar til kontanthjaelp")
    _ok(qtbot, form)
    assert tab.record.target_group_override == "Overgaar til kontanthjaelp"

    assert not tab.course_buttons["newCourseButton"].isEnabled()
    form = tab.complete()
    assert "ingen måned" in _texts(form)
    form.set_value("reason", CompletionReason.JOB)
    _ok(qtbot, form)
    assert "ja eller nej" in form.error.text()
    form.set_value("aftercare", False)
    _ok(qtbot, form)
    assert tab.record.status == CourseStatus.COMPLETED
    assert tab.earlier_box.isHidden()

    ctx.clock.advance(days=40)
    assert tab.course_buttons["newCourseButton"].isEnabled()
    form = tab.new_course()
    _ok(qtbot, form)
    assert tab.record.status == CourseStatus.VISITATION
    assert not tab.earlier_box.isHidden()
    assert tab.earlier_model.rowCount() == 1
    assert tab.earlier_model.row_at(0).completion_reason == CompletionReason.JOB


def test_contacts_tab_hearing_answer_ground_and_interpreter(qtbot, office) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = course.new_citizen(ctx, first_name="Amal", last_name="Hassan", cpr="0101901234")
    window = _window(qtbot, ctx, citizen)
    tab = window.contacts_tab
    assert not tab.buttons["hearingAnswerButton"].isEnabled()

    form = tab.new_contact()
    form.set_value("kind", ContactKind.SAMTALE)
    form.set_value("channel", ContactChannel.PERSONLIGT)
    form.set_value("interpreter", InterpreterUse.OFFERED_DECLINED)
    _ok(qtbot, form)
    assert [c.interpreter for c in tab.record.contacts] == [InterpreterUse.OFFERED_DECLINED]

    form = tab.new_hearing()
    form.set_value("deadline", dt.date(2026, 3, 12))
    _ok(qtbot, form)
    hearing = next(c for c in tab.record.contacts if c.kind == ContactKind.PARTSHOERING)
    assert hearing.answer_deadline == dt.date(2026, 3, 12)
    assert tab.buttons["reasonableGroundButton"].isEnabled()

    form = tab.reasonable_ground()
    form.set_value("ground", ReasonableGround.OTHER)
    _ok(qtbot, form)
    assert "anden rimelige grund" in form.error.text()
    _fill(qtbot, form, text="Indlagt")
    _ok(qtbot, form)
    form = tab.hearing_answer()
    _ok(qtbot, form)
    hearing = next(c for c in tab.record.contacts if c.kind == ContactKind.PARTSHOERING)
    assert (hearing.reasonable_ground, hearing.answered_on) == (ReasonableGround.OTHER,
                                                                START.date())
    assert tab.attempt_model.rowCount() == 1
