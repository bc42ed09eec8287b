"""The demo office exercises each case of issue 15, and each shows on the caseload with the due
item the rules give it: a dropout from Trin 3, a returned citizen on a second course, an active
exemption, an unanswered partshøring past its deadline and two concurrent agreements whose paid
hours are summed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db import models as m
from app.domain.enums import AgreementStatus, ContactKind, CourseStatus, FollowUpFrequency, Step
from app.domain.programme import completes_by_paid_hours, latest_paid_month, monthly_paid_hours
from app.domain.rules import DueKind, Mark
from app.paths import DataPaths
from app.services import caseload
from app.services.demo import create_demo_office
from app.services.demo_cases import CASES
from tests.conftest import FAST

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    result = create_demo_office(DataPaths(tmp_path_factory.mktemp("cases") / "office"),
                                citizens=60, seed=7, username="leder", password="demo-kode-1",
                                kdf=FAST, today=TODAY)
    yield result.ctx
    result.ctx.store.close()


def _open_course_of(session, last_name: str) -> m.Course:
    return session.execute(
        select(m.Course).join(m.Citizen).where(
            m.Citizen.last_name == last_name,
            m.Course.status == CourseStatus.ACTIVE)).scalar_one()


def test_the_cases_are_there_and_count_among_the_citizens(demo) -> None:
    with demo.transaction() as session:
        assert session.scalar(select(func.count()).select_from(m.Citizen)) == 60
        names = set(session.execute(select(m.Citizen.first_name, m.Citizen.last_name)).all())
        assert set(CASES) <= names

        # 1. dropout: the agreement ended "frafald" on the day Trin 3 ended; back in Trin 2
        dropout = _open_course_of(session, "Frafald")
        assert dropout.current_step == Step.PAA_VEJ_MOD_JOB
        [ended] = dropout.agreements
        trin3 = next(p for p in dropout.step_periods if p.step == Step.VIRKSOMHEDSFORLOEB)
        assert (ended.status, ended.end_reason, ended.ends_on) == (
            AgreementStatus.ENDED, "frafald", trin3.ended_on)
        assert any(p.dropout and p.started_on == trin3.ended_on for p in dropout.step_periods)

        # 2. returned: two courses on one record, the first completed
        returned = session.execute(select(m.Citizen).where(
            m.Citizen.last_name == "Genstart")).scalar_one()
        statuses = sorted(c.status for c in returned.courses)
        assert statuses == sorted([CourseStatus.COMPLETED, CourseStatus.ACTIVE])

        # 3. an active exemption
        exempt = _open_course_of(session, "Fritaget")
        assert [e.ends_on for e in exempt.exemptions] == [None]

        # 4. a partshøring whose deadline has passed, unanswered
        hearing = session.execute(select(m.ContactEntry).join(m.Citizen).where(
            m.Citizen.last_name == "Partshøring",
            m.ContactEntry.kind == ContactKind.PARTSHOERING)).scalar_one()
        assert hearing.answer_deadline < TODAY and hearing.answered_on is None

        # 5. two concurrent agreements at two companies
        concurrent = _open_course_of(session, "Totimer")
        active = [a for a in concurrent.agreements if a.status == AgreementStatus.ACTIVE]
        assert len(active) == 2 and len({a.company_id for a in active}) == 2
        assert FollowUpFrequency.WEEKLY in {a.followup_frequency for a in active}


def test_each_case_shows_on_the_caseload_with_its_due_item(demo) -> None:
    with demo.transaction() as session:
        ids = {name: _open_course_of(session, name).id
               for name in ("Frafald", "Genstart", "Fritaget", "Partshøring", "Totimer")}
    rows = {r.course_id: r for r in caseload.caseload(demo, TODAY)}
    expected = {
        "Frafald": (DueKind.WEEKLY_CONTACT, Mark.AMBER),  # seed 004, trin 2, after dropout
        "Genstart": (DueKind.TRIN1_TARGET, Mark.GREEN),  # the second course's own Trin 1
        "Fritaget": (None, None),  # seed 004, note 1: no deadlines while exempted
        "Partshøring": (DueKind.PERSONAL_CONTACT_BEFORE_SANCTION, Mark.AMBER),
        "Totimer": (DueKind.AGREEMENT_FOLLOW_UP, Mark.AMBER),  # weekly, as agreed
    }
    for name, (kind, mark) in expected.items():
        row = rows[ids[name]]
        assert (row.next_due_kind, row.mark) == (kind, mark), name
    assert rows[ids["Fritaget"]].next_due_what == "Fritaget"
    assert rows[ids["Genstart"]].step == Step.AFKLARING

    # the rule's explanation, as the record and `fremskudt caseload` show it
    why = {i.kind: i.why for i in caseload.course_due_items(demo, ids["Partshøring"], TODAY)}
    assert "forsøg hvor borgeren bor" in why[DueKind.PERSONAL_CONTACT_BEFORE_SANCTION]
    assert "telefonisk" not in why[DueKind.PERSONAL_CONTACT_BEFORE_SANCTION]


def test_concurrent_agreements_sum_to_29_75_in_the_latest_month(demo) -> None:
    with demo.transaction() as session:
        course_id = _open_course_of(session, "Totimer").id
        rows = session.execute(
            select(m.PaidHoursMonth.month, m.PaidHoursMonth.hours)
            .join(m.Agreement, m.Agreement.id == m.PaidHoursMonth.agreement_id)
            .where(m.Agreement.course_id == course_id)).all()
    months = dict(monthly_paid_hours(rows))
    assert latest_paid_month(rows)[1] == Decimal("29.75")  # 17.50 + 12.25: not yet 30
    assert max(months.values()) == Decimal("30.00")  # an earlier month
    assert not completes_by_paid_hours(rows)
    kinds = {i.kind for i in caseload.course_due_items(demo, course_id, TODAY)}
    assert DueKind.CONSIDER_COMPLETION not in kinds


def test_small_demos_have_no_cases(tmp_path) -> None:
    result = create_demo_office(DataPaths(tmp_path / "small"), citizens=12, seed=1,
                                username="leder", password="demo-kode-1", kdf=FAST, today=TODAY)
    try:
        with result.ctx.transaction() as session:
            assert session.scalar(select(func.count()).select_from(m.Citizen)) == 12
            assert not session.execute(select(m.Citizen).where(
                m.Citizen.last_name == "Frafald")).first()
    finally:
        result.ctx.store.close()
