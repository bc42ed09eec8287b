"""The caseload's rows carry the next due item's typed kind (issue 14), so nothing has to match
on the (translated) text: a regular item, an exemption, rows recomputed after the migration."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from app.db.migrate import alembic_config
from app.db.store import open_with_password
from app.domain.enums import (
    ContactChannel,
    ContactKind,
    ExemptionReason,
    Step,
    VisitationGroup,
)
from app.domain.rules import DueKind
from app.services import caseload, course
from tests.conftest import ADMIN_PASSWORD, FixedClock

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock(office) -> FixedClock:
    fixed = FixedClock(START)
    office.admin.clock = fixed
    return fixed


def _row(ctx, citizen_id):
    return next(r for r in caseload.caseload(ctx) if r.citizen_key == citizen_id.hex)


def _in_trin2(ctx, clock):
    citizen_id = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                    cpr="0101901234", caseworker_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen_id).course_id
    assert _row(ctx, citizen_id).next_due_kind == DueKind.VISITATION
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    course.assign(ctx, course_id, caseworker_id=ctx.user.id, jobformidler_id=ctx.user.id)
    course.save_job_goal(ctx, course_id, position="Køkkenmedhjælper",
                         direction="Arbejde i et køkken", cv_started_on=START.date())
    clock.advance(days=14)
    assert course.next_step(ctx, course_id) == Step.PAA_VEJ_MOD_JOB
    return citizen_id, course_id


def test_rows_carry_the_kind_of_their_next_due_item(office, clock) -> None:
    ctx = office.admin
    citizen_id, course_id = _in_trin2(ctx, clock)
    row = _row(ctx, citizen_id)
    assert (row.next_due_kind, row.next_due_what) == (DueKind.WEEKLY_CONTACT,
                                                      "Ugentlig kontakt")

    # past 13 weeks in Trin 2: the overdue target comes first
    clock.advance(days=95)
    course.log_contact(ctx, citizen_id, occurred_at=clock.now, kind=ContactKind.SAMTALE,
                       channel=ContactChannel.PERSONLIGT, note="Status")
    assert _row(ctx, citizen_id).next_due_kind == DueKind.TRIN2_TARGET

    # an exemption: nothing is due, so there is no kind
    course.add_exemption(ctx, course_id, reason=ExemptionReason.ILLNESS,
                         starts_on=clock.now.date(), reason_text="Lægeerklæring")
    row = _row(ctx, citizen_id)
    assert (row.next_due_kind, row.next_due_on) == (None, None)


def test_the_migration_drops_the_derived_rows_and_adds_the_kind(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.execute(text(
            "INSERT INTO course_due (course_id, citizen_key, status, step_label, name, "
            "masked_cpr, search_text, phone, next_due_what, exemptions) VALUES "
            "(X'00000000000000000000000000000001', 'a', 'active', 'Trin 2', 'A', '', '', '', "
            "'Ugentlig kontakt', '')"))
        command.upgrade(cfg, "0005")
        assert conn.execute(text("SELECT count(*) FROM course_due")).scalar() == 0
    assert "next_due_kind" in {c["name"] for c in inspect(engine).get_columns("course_due")}
    engine.dispose()


def test_rows_without_a_kind_are_recomputed_on_opening(office, clock) -> None:
    """What the migration leaves: no rows; the first caseload after opening computes them."""
    ctx = office.admin
    citizen_id, _course_id = _in_trin2(ctx, clock)
    store = ctx.store
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM course_due")
    store.close()
    reopened = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    again = type(ctx)(reopened, ctx.user, clock, ctx.case_key)
    office.contexts.append(again)
    row = _row(again, citizen_id)
    assert (row.next_due_kind, row.next_due_what) == (DueKind.WEEKLY_CONTACT,
                                                      "Ugentlig kontakt")
