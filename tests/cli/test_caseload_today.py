"""`fremskudt caseload --json --today D` as a script would run it: the day it is given is the
app's clock, and each row shows its next due item's kind, mark and the rule's explanation.
Checked at the edge of a Trin 2 target (seed 004, trin 2: at most 13 weeks)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from app.db import models as m
from app.domain.enums import AgreementType, AuditAction, InternshipPurpose, Step, VisitationGroup
from app.domain.rules import DueKind
from app.services import agreements, caseload, companies, course
from app.services.agreements import AgreementTerms
from tests.cli.test_commands import run
from tests.conftest import ADMIN_PASSWORD, FixedClock

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _trin2_with_agreement(office):
    """A Trin 2 course with its agreement made (so no weekly contact is due) that has not
    moved on: the Trin 2 target is its only due item."""
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                 cpr="0101901234", jobformidler_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    course.save_job_goal(ctx, course_id, direction="Køkken", cv_started_on=START.date())
    course.next_step(ctx, course_id)
    company = companies.create_company(ctx, name="Køkken ApS", cvr="10150817")
    person = companies.add_contact_person(ctx, company, name="Bo Chef", phone="31415161")
    agreements.create_agreement(ctx, course_id, AgreementTerms(
        company_id=company, contact_person_id=person, agreement_type=AgreementType.INTERNSHIP,
        internship_purpose=InternshipPurpose.REACH_PAID_HOURS, tasks="Opvask",
        hours_per_week="15", paid_hours_per_week="0", paid_hours_plan="", sub_goals="",
        health_considerations="", followup_plan="Hver måned", followup_interval_days=None,
        starts_on=START.date()))
    assert course.get_record(ctx, citizen).step == Step.PAA_VEJ_MOD_JOB
    items = caseload.course_due_items(ctx, course_id, START.date())
    assert [i.kind for i in items] == [DueKind.TRIN2_TARGET]
    return course_id, items[0].due


def test_caseload_json_at_the_edge_of_a_trin2_target(office) -> None:
    course_id, target = _trin2_with_agreement(office)
    assert target == START.date() + dt.timedelta(weeks=13)
    env = {"FREMSKUDT_USER": "admin", "FREMSKUDT_PASSWORD": ADMIN_PASSWORD}
    seen = {}
    for offset in (-8, -1, 0, 1):
        day = target + dt.timedelta(days=offset)
        result = run("caseload", "--data-dir", str(office.paths.root), "--today",
                     day.isoformat(), "--json", env=env)
        assert result.returncode == 0, result.stderr
        [row] = [r for r in json.loads(result.stdout) if r["course_id"] == str(course_id)]
        assert row["step"] == "Trin 2"
        nxt = row["next_due"]
        assert nxt == row["due"][0]
        assert (nxt["kind"], nxt["due"], nxt["rule"]) == ("trin2_target", target.isoformat(),
                                                          "seed 004")
        assert nxt["why"].startswith("Trin 2 højst 13 uger.")
        seen[offset] = nxt["mark"]
    # domain.md "Marks": green more than 7 days before, amber within 7 days (the day itself
    # included), red when overdue
    assert seen == {-8: "green", -1: "amber", 0: "amber", 1: "red"}


def test_today_sets_the_clock_of_the_commands_audit_entry(office) -> None:
    _trin2_with_agreement(office)
    env = {"FREMSKUDT_USER": "admin", "FREMSKUDT_PASSWORD": ADMIN_PASSWORD}
    result = run("caseload", "--data-dir", str(office.paths.root), "--today", "2031-05-07",
                 "--csv", env=env)
    assert result.returncode == 0, result.stderr
    with office.admin.transaction() as session:
        export = session.execute(
            select(m.AuditEntry).where(m.AuditEntry.object_type == "caseload",
                                       m.AuditEntry.action == AuditAction.EXPORT)).scalar_one()
        assert export.at.astimezone().date() == dt.date(2031, 5, 7)
        assert "2031-05-07" in export.detail
