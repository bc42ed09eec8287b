"""Health and family step-ups through real widgets: consent gate, participant warning,
meetings, agreement rows and their follow-up dates on the caseload, printed sheets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import BarrierKind, ParticipantRole, StepUpInitiator, VisitationGroup
from app.domain.stepup import FAMILY_QUESTIONS, HEALTH_QUESTIONS
from app.services import caseload, citizens, course
from app.ui.record.window import CitizenRecordWindow
from tests.conftest import FixedClock
from tests.ui.helpers import fill as _fill
from tests.ui.helpers import press_ok as _ok

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _citizen_in_trin2(ctx, cpr: str, first: str):
    citizen = course.new_citizen(ctx, first_name=first, last_name="Öztürk", cpr=cpr,
                                 caseworker_id=ctx.user.id, jobformidler_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    course.next_step(ctx, course_id, override_reason="Videre")
    return citizen


@pytest.mark.parametrize(
    ("kind", "own", "other", "specialist", "wrong"),
    [(BarrierKind.HEALTH, HEALTH_QUESTIONS, FAMILY_QUESTIONS, ParticipantRole.HEALTH,
      ParticipantRole.FAMILY_DEPARTMENT),
     (BarrierKind.FAMILY, FAMILY_QUESTIONS, HEALTH_QUESTIONS,
      ParticipantRole.FAMILY_DEPARTMENT, ParticipantRole.HEALTH)],
)
def test_step_up_from_start_to_agreement(qtbot, office, kind, own, other, specialist,
                                         wrong) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = _citizen_in_trin2(ctx, "0101901234", "Şükrü")
    if kind == BarrierKind.FAMILY:  # the family department only for a forsørger (issue 15)
        citizens.set_provider(ctx, citizen, True)
    record = CitizenRecordWindow(ctx, citizen)
    qtbot.addWidget(record)
    record.show()
    qtbot.mouseClick(record.course_tab.course_buttons["stepUpButton"], Qt.MouseButton.LeftButton)
    tab = record.stepup_tab
    assert record.current_tab() is tab
    assert tab.start_button.isVisible() and not tab.body.isVisible()

    form = tab.form  # the Forløb tab's button opened the start form (issue 17, point 11)
    assert form.isVisible() and form.windowTitle() == "Start step-up"
    form.set_value("kind", kind)
    form.set_value("by", StepUpInitiator.CITIZEN)
    _ok(qtbot, form)
    assert "skal udfyldes" in form.error.text()  # why the match drags is required
    _fill(qtbot, form, reason="Matchet traekker ud")
    _ok(qtbot, form)
    assert tab.body.isVisible()
    assert "Intet gældende samtykke" in tab.consent_label.text()

    # the consent gate
    tab.show_sheet("preparation")  # rendered off the GUI thread: refused there
    qtbot.waitUntil(lambda: "samtykke" in tab.error.text(), timeout=5000)
    assert tab.preview is None
    qtbot.mouseClick(tab.findChild(type(tab.start_button), "markSent"),
                     Qt.MouseButton.LeftButton)
    assert "samtykke" in tab.error.text()
    assert tab.view.preparation_sent_on is None
    form = tab.record_consent()
    _fill(qtbot, form, recipients="Jobcentret og forvaltningen")
    _ok(qtbot, form)
    assert tab.view.consent_ok

    # A: the questions of this barrier kind only
    form = tab.answer()
    assert set(form.widgets) == {key for key, _text in own}
    _fill(qtbot, form, **{own[0][0]: "Borgerens eget svar"})
    _ok(qtbot, form)
    assert "Borgerens eget svar" in tab.answers_label.text()
    tab.documents.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: tab.view.documents[0].included, timeout=2000)

    # participants: the warning follows the barrier kind
    assert tab.warnings.text()  # the specialist is missing
    form = tab.add_participant()
    form.set_value("role", specialist)
    _fill(qtbot, form, name="Fagperson", organisation="Kommunen")
    _ok(qtbot, form)
    assert tab.warnings.text() == ""
    form = tab.add_participant()
    form.set_value("role", wrong)
    _fill(qtbot, form, name="Forkert fagperson")
    _ok(qtbot, form)
    assert "så lille som muligt" in tab.warnings.text()
    wrong_row = next(i for i in range(tab.people.rowCount())
                     if tab.people.row_at(i).role == wrong)
    tab.people_view.selectRow(
        tab.people_proxy.mapFromSource(tab.people.index(wrong_row, 0)).row())
    tab.remove_participant()
    assert tab.warnings.text() == ""

    # B: a meeting; the citizen must take part
    form = tab.add_meeting()
    form.set_value("p_0", False)
    _ok(qtbot, form)
    assert "Borgeren skal deltage" in form.error.text()
    form.set_value("p_0", True)
    _ok(qtbot, form)
    assert tab.meetings.rowCount() == 1

    # C: an agreement row whose follow-up date shows on the caseload
    form = tab.add_row()
    _fill(qtbot, form, agreement="Mentor to timer om ugen", responsible="Sagsbehandler",
          considerations="Korte dage i starten")
    form.set_value("follow_up_on", dt.date(2026, 3, 9))
    _ok(qtbot, form)
    assert tab.rows.rowCount() == 1
    row = next(r for r in caseload.caseload(ctx) if r.citizen_key == citizen.hex)
    assert (row.next_due_on, row.next_due_what) == (dt.date(2026, 3, 9),
                                                    "Opfølgning på step-up-aftale")

    # the printed sheets
    for which in ("preparation", "agreement", "meeting_pack"):
        tab.show_sheet(which)
        qtbot.waitUntil(lambda: tab.preview is not None or bool(tab.error.text()),
                        timeout=5000)
        assert tab.preview is not None, tab.error.text()
        dialog = tab.preview
        qtbot.waitUntil(lambda d=dialog: d.preview.page_count() >= 1, timeout=3000)
        dialog.close()
    qtbot.mouseClick(tab.findChild(type(tab.start_button), "markSent"),
                     Qt.MouseButton.LeftButton)
    assert tab.view.preparation_sent_on == START.date()
    # the considerations reach the company agreement form
    form = record.match_tab.new_agreement()
    assert any("Korte dage i starten" in label.text()
               for label in form.findChildren(type(record.name_label)))
    form.reject()
    record.close()
