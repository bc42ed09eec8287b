"""Issue 15, contact attempts before a sanction (seed 001, kerneelement 5) and interpreter use
per contact, through the services; the printed sheets carry the app clock's time."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from app.domain.enums import (
    ContactChannel,
    ContactKind,
    ContactPlace,
    InterpreterUse,
    ReasonableGround,
    VisitationGroup,
)
from app.domain.errors import ValidationError
from app.domain.rules import DueKind
from app.services import caseload, course
from tests.conftest import FixedClock

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
SENT = dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC)
DEADLINE = dt.date(2026, 3, 10)


def _pdf_text(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is installed by .ci/run")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture
def citizen(office):
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen_id = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                    cpr="0101901234")
    course.visit(ctx, course.get_record(ctx, citizen_id).course_id, VisitationGroup.INDSATS)
    return ctx, citizen_id


def _sanction_due(ctx, citizen_id, day) -> bool:
    course_id = course.get_record(ctx, citizen_id).course_id
    return any(i.kind == DueKind.PERSONAL_CONTACT_BEFORE_SANCTION
               for i in caseload.course_due_items(ctx, course_id, day))


def test_an_unanswered_hearing_the_day_before_on_and_after_its_deadline(citizen) -> None:
    ctx, citizen_id = citizen
    ctx.clock.now = SENT
    with pytest.raises(ValidationError, match="svarfrist"):
        course.log_hearing(ctx, citizen_id, sent_at=SENT, answer_deadline=None)
    with pytest.raises(ValidationError, match="før partshøringen"):
        course.log_hearing(ctx, citizen_id, sent_at=SENT,
                           answer_deadline=dt.date(2026, 3, 2))
    hearing = course.log_hearing(ctx, citizen_id, sent_at=SENT, answer_deadline=DEADLINE,
                                 note="Partshøring om udeblivelse")
    day = dt.timedelta(days=1)
    assert not _sanction_due(ctx, citizen_id, DEADLINE - day)
    assert not _sanction_due(ctx, citizen_id, DEADLINE)
    assert _sanction_due(ctx, citizen_id, DEADLINE + day)

    # the answer ends it
    ctx.clock.now = dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.UTC)
    course.record_hearing_answer(ctx, hearing, dt.date(2026, 3, 12))
    assert not _sanction_due(ctx, citizen_id, DEADLINE + day)
    entry = next(c for c in course.get_record(ctx, citizen_id).contacts if c.id == hearing)
    assert (entry.answer_deadline, entry.answered_on) == (DEADLINE, dt.date(2026, 3, 12))


def test_phone_and_home_visit_attempts_end_the_due_item(citizen) -> None:
    ctx, citizen_id = citizen
    ctx.clock.now = dt.datetime(2026, 3, 14, 9, 0, tzinfo=dt.UTC)
    course.log_hearing(ctx, citizen_id, sent_at=SENT, answer_deadline=DEADLINE)
    course.log_contact(ctx, citizen_id, occurred_at=ctx.now(), kind=ContactKind.KONTAKTFORSOEG,
                       channel=ContactChannel.TELEFON, note="Intet svar")
    assert _sanction_due(ctx, citizen_id, ctx.today())
    course.log_contact(ctx, citizen_id, occurred_at=ctx.now(), kind=ContactKind.KONTAKTFORSOEG,
                       channel=ContactChannel.PERSONLIGT, place=ContactPlace.HJEMME,
                       note="Ingen hjemme")
    assert not _sanction_due(ctx, citizen_id, ctx.today())


def test_reasonable_ground_and_the_documentation_sheet(citizen, tmp_path) -> None:
    ctx, citizen_id = citizen
    ctx.clock.now = dt.datetime(2026, 3, 14, 9, 0, tzinfo=dt.UTC)
    hearing = course.log_hearing(ctx, citizen_id, sent_at=SENT, answer_deadline=DEADLINE)
    course.log_contact(ctx, citizen_id, occurred_at=ctx.now(), kind=ContactKind.KONTAKTFORSOEG,
                       channel=ContactChannel.TELEFON, note="Telefonen er slukket")
    with pytest.raises(ValidationError, match="anden rimelige grund") as refused:
        course.assess_reasonable_ground(ctx, hearing, ground=ReasonableGround.OTHER)
    assert refused.value.field == "text"
    course.assess_reasonable_ground(ctx, hearing, ground=ReasonableGround.HOMELESSNESS,
                                    text="Bor hos venner, ingen fast adresse")
    entry = next(c for c in course.get_record(ctx, citizen_id).contacts if c.id == hearing)
    assert (entry.reasonable_ground, entry.reasonable_ground_on) == (
        ReasonableGround.HOMELESSNESS, ctx.today())

    ctx.clock.now = dt.datetime(2026, 3, 14, 13, 37, tzinfo=dt.UTC)
    pdf = course.contact_attempts_document(ctx, citizen_id)
    assert pdf.startswith(b"%PDF")
    text = _pdf_text(pdf, tmp_path)
    for expected in ("Dokumentation af kontaktforsøg", "Amal Hassan", "10.03.2026",
                     "Ikke besvaret", "Hjemløshed", "Bor hos venner", "Telefonen er slukket",
                     "Kontaktforsøg"):
        assert expected in text, expected
    printed = ctx.now().astimezone()
    assert f"udskrevet {printed:%d.%m.%Y %H:%M}" in text


def test_interpreter_use_is_recorded_at_the_contact(citizen) -> None:
    ctx, citizen_id = citizen
    for use in InterpreterUse:
        course.log_contact(ctx, citizen_id, occurred_at=START, kind=ContactKind.SAMTALE,
                           channel=ContactChannel.PERSONLIGT, interpreter=use,
                           interpreter_reason="Sanktion forklaret" if use ==
                           InterpreterUse.USED else "")
    with pytest.raises(ValidationError, match="tolk"):
        course.log_contact(ctx, citizen_id, occurred_at=START, kind=ContactKind.SAMTALE,
                           channel=ContactChannel.PERSONLIGT, interpreter=InterpreterUse.USED)
    record = course.get_record(ctx, citizen_id)
    assert sorted(c.interpreter for c in record.contacts) == sorted(InterpreterUse)
    used = next(c for c in record.contacts if c.interpreter == InterpreterUse.USED)
    assert used.interpreter_used and used.interpreter_reason == "Sanktion forklaret"

