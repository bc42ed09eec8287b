"""Step-up through the services: consent gate, questions by barrier kind, participants,
meetings, agreement rows on the caseload, and the printed sheets."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry
from app.domain.enums import (
    AuditAction,
    BarrierKind,
    ParticipantRole,
    StepUpInitiator,
    VisitationGroup,
)
from app.domain.errors import ValidationError
from app.domain.rules import DueKind
from app.domain.stepup import FAMILY_QUESTIONS, HEALTH_QUESTIONS, participant_warnings
from app.services import caseload, citizens, course, stepup
from tests.conftest import FixedClock

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def trin2(office):
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = course.new_citizen(ctx, first_name="Nguyễn Thị", last_name="Hương",
                                 cpr="0101901234", caseworker_id=ctx.user.id,
                                 jobformidler_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    course.next_step(ctx, course_id, override_reason="Test")
    return ctx, citizen, course_id


def _pdf_text(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is installed by .ci/run")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_participant_rules() -> None:
    base = [ParticipantRole.CITIZEN, ParticipantRole.CASEWORKER, ParticipantRole.JOBFORMIDLER]
    assert participant_warnings(BarrierKind.HEALTH, [*base, ParticipantRole.HEALTH]) == []
    assert participant_warnings(BarrierKind.FAMILY,
                                [*base, ParticipantRole.FAMILY_DEPARTMENT]) == []
    warnings = participant_warnings(BarrierKind.HEALTH,
                                    [*base, ParticipantRole.HEALTH, ParticipantRole.TEACHER])
    assert len(warnings) == 1 and "så lille som muligt" in warnings[0]
    assert any("Borger skal deltage" in w for w in participant_warnings(
        BarrierKind.HEALTH, [*base[1:], ParticipantRole.HEALTH]))
    assert any("sundhedsfaglig" in w for w in participant_warnings(BarrierKind.FAMILY, [
        *base, ParticipantRole.FAMILY_DEPARTMENT, ParticipantRole.HEALTH]))


def test_health_step_up_with_consent_gate(trin2, tmp_path) -> None:
    ctx, citizen, course_id = trin2
    step_up_id = stepup.start(ctx, course_id, barrier_kind=BarrierKind.HEALTH,
                              initiated_by=StepUpInitiator.STAFF,
                              reason="Mange afbud pga. rygsmerter")
    with pytest.raises(ValidationError, match="allerede et åbent"):
        stepup.start(ctx, course_id, barrier_kind=BarrierKind.FAMILY,
                     initiated_by=StepUpInitiator.CITIZEN, reason="x")
    view = stepup.for_course(ctx, course_id)[0]
    assert [p.role for p in view.participants] == [ParticipantRole.CITIZEN,
                                                   ParticipantRole.CASEWORKER,
                                                   ParticipantRole.JOBFORMIDLER]
    assert any("sundhedsfaglig" in w for w in view.warnings)
    assert "Aktuelle og relevante lægedokumenter" in [d.label for d in view.documents]

    # the consent gate: nothing printed or sent before consent; withdrawn blocks again
    with pytest.raises(stepup.ConsentMissing):
        stepup.sheet(ctx, step_up_id, "preparation")
    with pytest.raises(stepup.ConsentMissing):
        stepup.mark_sent(ctx, step_up_id, ctx.today())
    consent = stepup.record_consent(ctx, step_up_id, scope="Dele og indhente oplysninger",
                                    recipients="Sundhedsafdelingen", given_on=ctx.today())
    stepup.save_answers(ctx, step_up_id, {HEALTH_QUESTIONS[0][0]: "Tunge løft går ikke"})
    with pytest.raises(ValidationError):
        stepup.save_answers(ctx, step_up_id, {FAMILY_QUESTIONS[0][0]: "hører ikke til"})
    stepup.add_participant(ctx, step_up_id, role=ParticipantRole.HEALTH, name="Lene Sygeplejerske",
                           organisation="Sundhedshuset")
    assert stepup.for_course(ctx, course_id)[0].warnings == ()
    warnings = stepup.add_participant(ctx, step_up_id, role=ParticipantRole.TEACHER,
                                      name="Lærer")
    assert any("så lille som muligt" in w for w in warnings)
    pdf = stepup.sheet(ctx, step_up_id, "preparation")
    text = _pdf_text(pdf, tmp_path)
    assert "Nguyễn Thị Hương" in text and "Fortroligt" in text and "010190-****" in text
    assert "0101901234" not in text and "010190-1234" not in text
    assert "Har borger behov for støtte til helbredsmestring?" in text
    assert "Tunge løft går ikke" in text
    assert "fritidsjob" not in text and "støttekontaktperson" not in text
    full = _pdf_text(stepup.sheet(ctx, step_up_id, "preparation", full_cpr=True), tmp_path)
    assert "010190-1234" in full
    stepup.mark_sent(ctx, step_up_id, ctx.today())

    # meetings: the citizen must attend; at most two
    view = stepup.for_course(ctx, course_id)[0]
    ids = {p.role: p.id for p in view.participants}
    with pytest.raises(ValidationError, match="Borgeren skal deltage"):
        stepup.add_meeting(ctx, step_up_id, held_on=ctx.today(),
                           attendee_ids=[ids[ParticipantRole.CASEWORKER]])
    for _ in range(2):
        stepup.add_meeting(ctx, step_up_id, held_on=ctx.today(),
                           attendee_ids=[ids[ParticipantRole.CITIZEN],
                                         ids[ParticipantRole.HEALTH]])
    with pytest.raises(ValidationError, match="højst to"):
        stepup.add_meeting(ctx, step_up_id, held_on=ctx.today(),
                           attendee_ids=[ids[ParticipantRole.CITIZEN]])

    # agreement rows: follow-up dates become due items; hensyn reach the company agreement
    stepup.add_agreement_row(ctx, step_up_id, agreement="Praktik 3 dage om ugen",
                             responsible="Jobformidler", follow_up_on=dt.date(2026, 3, 20),
                             considerations="Ingen tunge løft")
    row = next(r for r in caseload.caseload(ctx) if r.citizen_key == citizen.hex)
    items = course.get_record(ctx, citizen).due
    assert ("Opfølgning på step-up-aftale", dt.date(2026, 3, 20)) in [(i.what, i.due)
                                                                      for i in items]
    assert row.next_due_on <= dt.date(2026, 3, 20)
    assert stepup.considerations_for_course(ctx, course_id) == ["Ingen tunge løft"]
    agreement_text = _pdf_text(stepup.sheet(ctx, step_up_id, "agreement"), tmp_path)
    assert "Praktik 3 dage om ugen" in agreement_text and "20.03.2026" in agreement_text

    # withdrawn consent blocks the pack again
    course.withdraw_consent(ctx, consent, ctx.today())
    with pytest.raises(stepup.ConsentMissing):
        stepup.sheet(ctx, step_up_id, "meeting_pack")
    with ctx.store.sessions() as session:
        prints = session.execute(select(AuditEntry).where(
            AuditEntry.action == AuditAction.PRINT)).scalars().all()
    assert len(prints) == 3 and any("fuldt CPR" in p.detail for p in prints)


def test_family_step_up_sheets(trin2, tmp_path) -> None:
    ctx, citizen, course_id = trin2
    citizens.set_provider(ctx, citizen, True)  # seed 004: family department for a forsørger
    step_up_id = stepup.start(ctx, course_id, barrier_kind=BarrierKind.FAMILY,
                              initiated_by=StepUpInitiator.CITIZEN,
                              reason="Alene med tre børn")
    stepup.record_consent(ctx, step_up_id, scope="Dele oplysninger", recipients="Familieafdelingen",
                          given_on=ctx.today())
    view = stepup.for_course(ctx, course_id)[0]
    assert any("familiefaglig" in w for w in view.warnings)
    text = _pdf_text(stepup.sheet(ctx, step_up_id, "meeting_pack"), tmp_path)
    assert "Har borgeren børn over 13 år" in text
    assert "helbredsmestring" not in text
    assert "Step-up: mødepakke" in text and "CV og jobmål" in text


def test_step_up_only_in_group_1_after_visitation(office) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = course.new_citizen(ctx, first_name="Ali", last_name="Omar", cpr="0202901234",
                                 caseworker_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen).course_id
    with pytest.raises(ValidationError, match="gruppe 1 efter visitationen"):
        stepup.start(ctx, course_id, barrier_kind=BarrierKind.HEALTH,
                     initiated_by=StepUpInitiator.STAFF, reason="Ryggen")
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    assert stepup.start(ctx, course_id, barrier_kind=BarrierKind.HEALTH,
                        initiated_by=StepUpInitiator.STAFF, reason="Ryggen")


@pytest.mark.parametrize(("kind", "provider", "warned"), [
    (BarrierKind.FAMILY, True, False), (BarrierKind.FAMILY, False, True),
    (BarrierKind.HEALTH, True, True)])
def test_family_department_only_for_a_provider_naming_family_barriers(kind, provider,
                                                                      warned) -> None:
    roles = [ParticipantRole.CITIZEN, ParticipantRole.CASEWORKER, ParticipantRole.JOBFORMIDLER,
             ParticipantRole.FAMILY_DEPARTMENT]
    if kind == BarrierKind.HEALTH:
        roles.append(ParticipantRole.HEALTH)
    warnings = participant_warnings(kind, roles, provider=provider)
    assert any("forsørger" in w for w in warnings) is warned


def test_one_person_with_two_roles_appears_once_in_the_pack(trin2, tmp_path) -> None:
    ctx, _citizen, course_id = trin2
    step_up_id = stepup.start(ctx, course_id, barrier_kind=BarrierKind.HEALTH,
                              initiated_by=StepUpInitiator.STAFF, reason="Ryggen")
    stepup.record_consent(ctx, step_up_id, scope="Dele oplysninger", recipients="Sundhed",
                          given_on=ctx.today())
    stepup.save_citizen_words(ctx, step_up_id, barriers="Jeg kan ikke sidde længe",
                              resources="Jeg er god til at lave mad")
    text = _pdf_text(stepup.sheet(ctx, step_up_id, "meeting_pack"), tmp_path)
    # the admin is both caseworker and jobformidler: one line with both roles
    cover = text.split("Deltagere")[1].split("Side 1")[0]
    assert "Sagsbehandler og\nJobformidler" in cover
    assert cover.count("Anna Administrator") == 1
    assert "Jeg kan ikke sidde længe" in text and "Jeg er god til at lave mad" in text
    assert "udskrevet 02.03.2026" in text  # the app's clock, not the machine's


def test_closed_step_up_keeps_its_follow_ups_due_until_done(trin2) -> None:
    ctx, _citizen, course_id = trin2
    step_up_id = stepup.start(ctx, course_id, barrier_kind=BarrierKind.HEALTH,
                              initiated_by=StepUpInitiator.STAFF, reason="Ryggen")
    stepup.add_agreement_row(ctx, step_up_id, agreement="Samtale med egen læge",
                             responsible="Sagsbehandler", follow_up_on=dt.date(2026, 3, 20))
    stepup.close(ctx, step_up_id, ctx.today())

    def follow_ups() -> list[dt.date]:
        return [i.due for i in caseload.course_due_items(ctx, course_id)
                if i.kind == DueKind.STEP_UP_FOLLOW_UP]

    assert follow_ups() == [dt.date(2026, 3, 20)]
    row_id = stepup.for_course(ctx, course_id)[0].rows[0].id
    stepup.follow_up_done(ctx, row_id, ctx.today())
    assert follow_ups() == []
