"""The facts the rules read for every open course (and completed ones still in aftercare),
in a few bulk queries per table so the office's whole caseload loads at once: per course its
step, job goal, exemptions, agreements, paid hours and step-ups; per citizen the barriers and
contacts."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from app.db import models as m
from app.domain.enums import AgreementStatus, CourseStatus, CvItemKind, FollowUpFrequency
from app.domain.rules import CourseFacts, Period
from app.services.contact_facts import NOT_CONTACT, PERSONAL, ContactFacts, contact_facts

_FREQUENCY_ORDER = [FollowUpFrequency.WEEKLY, FollowUpFrequency.BIWEEKLY,
                    FollowUpFrequency.MONTHLY]


def open_or_aftercare(today: dt.date):
    """Open courses, and completed ones still in aftercare on `today`."""
    return or_(
        m.Course.status.in_([CourseStatus.ACTIVE, CourseStatus.VISITATION]),
        and_(m.Course.status == CourseStatus.COMPLETED, m.Course.aftercare_until >= today),
    )


def load_facts(session, today: dt.date, course_ids: list[uuid.UUID] | None = None
               ) -> dict[uuid.UUID, tuple[Any, CourseFacts]]:
    """Facts for the rules of every open course (and completed ones still in aftercare), each
    with its course row (ids, status, staff, the citizen's name and contact details)."""
    stmt = (select(m.Course.id, m.Course.citizen_id, m.Course.status, m.Course.started_on,
                   m.Course.current_step, m.Course.visitation_group, m.Course.caseworker_id,
                   m.Course.jobformidler_id, m.Course.ended_on, m.Course.completion_reason,
                   m.Course.aftercare_until, m.Course.visitation_date, m.Citizen.first_name,
                   m.Citizen.last_name,
                   m.Citizen.cpr, m.Citizen.phone, m.Citizen.search_name)
            .join(m.Citizen, m.Citizen.id == m.Course.citizen_id)
            .where(open_or_aftercare(today)))
    if course_ids is not None:
        stmt = stmt.where(m.Course.id.in_(course_ids))
    courses = session.execute(stmt).all()
    wanted = {c.id for c in courses} if course_ids is not None else None
    citizen_ids = None if wanted is None else {c.citizen_id for c in courses}
    of_course = _course_side(session, _only(wanted))
    of_citizen = _citizen_side(session, _only(citizen_ids))
    return {c.id: (c, _course_facts(c, of_course, of_citizen)) for c in courses}


def _only(ids: set[uuid.UUID] | None) -> Callable[[Select], Select]:
    """Narrow a query whose first column is a course or citizen id to `ids` (None: all)."""
    def narrow(query: Select) -> Select:
        return query if ids is None else query.where(query.selected_columns[0].in_(ids))
    return narrow


@dataclass
class _CourseSide:
    """What load_facts reads per course, each keyed by the course id."""

    step_start: dict[uuid.UUID, dt.date]
    goals: dict[uuid.UUID, tuple[dt.date | None, str]]
    exemptions: dict[uuid.UUID, list[Period]]
    agreements: dict[uuid.UUID, tuple[bool, bool]]  # (has a contact person, has a plan)
    frequency: dict[uuid.UUID, FollowUpFrequency]
    paid: dict[uuid.UUID, tuple[dt.date, Decimal]]  # the latest month and its hours
    step_ups: set[uuid.UUID]
    closed_step_ups: dict[uuid.UUID, dt.date]
    follow_ups: dict[uuid.UUID, list[tuple[dt.date, str]]]


@dataclass
class _CitizenSide:
    """What load_facts reads per citizen, each keyed by the citizen id."""

    barriers: set[uuid.UUID]
    last_contact: dict[uuid.UUID, dt.datetime]
    contacts: ContactFacts
    next_contact: dict[uuid.UUID, dt.date]


def _course_side(session, for_courses: Callable[[Select], Select]) -> _CourseSide:
    step_start = dict(session.execute(for_courses(
        select(m.StepPeriod.course_id, func.max(m.StepPeriod.started_on))
        .where(m.StepPeriod.ended_on.is_(None)).group_by(m.StepPeriod.course_id))).all())
    goals = {row[0]: (row[1], row[2]) for row in session.execute(for_courses(
        select(m.JobGoal.course_id, m.JobGoal.cv_started_on, m.JobGoal.direction)))}
    exemptions: dict[uuid.UUID, list[Period]] = defaultdict(list)
    for course_id, start, end in session.execute(for_courses(select(
            m.ExemptionPeriod.course_id, m.ExemptionPeriod.starts_on,
            m.ExemptionPeriod.ends_on))):
        exemptions[course_id].append(Period(start, end))
    agreements, frequency = _agreement_side(session, for_courses)
    # domain.md: a month's paid hours are summed over every agreement of the course; the
    # latest registered month wins (seed 001, trin 3)
    paid = {course_id: (month, hours) for course_id, month, hours in session.execute(
        for_courses(select(m.Agreement.course_id, m.PaidHoursMonth.month,
                           func.sum(m.PaidHoursMonth.hours))
                    .join(m.PaidHoursMonth, m.PaidHoursMonth.agreement_id == m.Agreement.id)
                    .group_by(m.Agreement.course_id, m.PaidHoursMonth.month)
                    .order_by(m.PaidHoursMonth.month)))}
    step_ups: set[uuid.UUID] = set(session.execute(for_courses(
        select(m.StepUp.course_id).where(m.StepUp.closed_on.is_(None)))).scalars())
    closed_step_ups = dict(session.execute(for_courses(
        select(m.StepUp.course_id, func.max(m.StepUp.closed_on))
        .where(m.StepUp.closed_on.is_not(None)).group_by(m.StepUp.course_id))).all())
    follow_ups: dict[uuid.UUID, list[tuple[dt.date, str]]] = defaultdict(list)
    # seed 002, c): the agreement document's follow-ups stay due until done, also after the
    # step-up is closed
    for course_id, on, agreement_text in session.execute(for_courses(
            select(m.StepUp.course_id, m.StepUpAgreementRow.follow_up_on,
                   m.StepUpAgreementRow.agreement)
            .join(m.StepUpAgreementRow, m.StepUpAgreementRow.step_up_id == m.StepUp.id)
            .where(m.StepUpAgreementRow.follow_up_done_on.is_(None),
                   m.StepUpAgreementRow.follow_up_on.is_not(None)))):
        follow_ups[course_id].append((on, agreement_text[:80]))
    return _CourseSide(step_start, goals, exemptions, agreements, frequency, paid, step_ups,
                       closed_step_ups, follow_ups)


def _agreement_side(session, for_courses: Callable[[Select], Select]
                    ) -> tuple[dict[uuid.UUID, tuple[bool, bool]],
                               dict[uuid.UUID, FollowUpFrequency]]:
    """Per course with an active agreement: (has a company contact, has a follow-up plan),
    and the follow-up frequency agreed."""
    agreements: dict[uuid.UUID, tuple[bool, bool]] = {}
    frequency: dict[uuid.UUID, FollowUpFrequency] = {}
    for course_id, contact_id, plan, often in session.execute(for_courses(
            select(m.Agreement.course_id, m.Agreement.contact_person_id,
                   m.Agreement.followup_plan, m.Agreement.followup_frequency)
            .where(m.Agreement.status == AgreementStatus.ACTIVE))):
        has_contact, has_plan = agreements.get(course_id, (False, False))
        agreements[course_id] = (has_contact or contact_id is not None,
                                 has_plan or bool(plan.strip()))
        # two concurrent agreements: the most frequent follow-up holds
        if _FREQUENCY_ORDER.index(often) < _FREQUENCY_ORDER.index(
                frequency.get(course_id, FollowUpFrequency.MONTHLY)):
            frequency[course_id] = often
        frequency.setdefault(course_id, often)
    return agreements, frequency


def _citizen_side(session, for_citizens: Callable[[Select], Select]) -> _CitizenSide:
    barriers = set(session.execute(for_citizens(
        select(m.CvItem.citizen_id).where(m.CvItem.kind.in_(
            [CvItemKind.BARRIER_HEALTH, CvItemKind.BARRIER_FAMILY])).distinct())).scalars())
    last_contact = dict(session.execute(for_citizens(
        select(m.ContactEntry.citizen_id, func.max(m.ContactEntry.occurred_at))
        .where(PERSONAL)
        .group_by(m.ContactEntry.citizen_id))).all())
    contacts = contact_facts(session, for_citizens)
    latest = (select(m.ContactEntry.citizen_id, m.ContactEntry.next_contact_on,
                     func.row_number().over(partition_by=m.ContactEntry.citizen_id,
                                            order_by=m.ContactEntry.occurred_at.desc())
                     .label("rn"))
              .where(m.ContactEntry.kind.not_in(NOT_CONTACT)))
    latest = for_citizens(latest).subquery()
    next_contact = dict(session.execute(
        select(latest.c.citizen_id, latest.c.next_contact_on)
        .where(latest.c.rn == 1, latest.c.next_contact_on.is_not(None))).all())
    return _CitizenSide(barriers, last_contact, contacts, next_contact)


def _course_facts(c, co: _CourseSide, ci: _CitizenSide) -> CourseFacts:
    goal = co.goals.get(c.id)
    contact_at = ci.last_contact.get(c.citizen_id)
    has_contact, has_plan = co.agreements.get(c.id, (False, False))
    paid = co.paid.get(c.id)
    return CourseFacts(
        status=c.status, started_on=c.started_on, step=c.current_step,
        step_started_on=co.step_start.get(c.id),
        visitation_group=c.visitation_group,
        jobformidler_assigned=c.jobformidler_id is not None,
        cv_started=bool(goal and goal[0]),
        job_goal_has_direction=bool(goal and goal[1].strip()),
        agreement_exists=c.id in co.agreements, followup_plan_exists=has_plan,
        company_contact_exists=has_contact,
        health_or_family_barriers=c.citizen_id in ci.barriers,
        last_contact_on=contact_at.astimezone().date() if contact_at else None,
        agreed_next_contact_on=ci.next_contact.get(c.citizen_id),
        exemptions=tuple(co.exemptions.get(c.id, ())),
        ended_on=c.ended_on, completion_reason=c.completion_reason,
        aftercare_until=c.aftercare_until, step_up_open=c.id in co.step_ups,
        step_up_follow_ups=tuple(sorted(co.follow_ups.get(c.id, ()))),
        latest_paid_hours=paid[1] if paid else None,
        latest_paid_month=paid[0] if paid else None,
        first_conversation_on=ci.contacts.first_on_or_after(c.citizen_id, c.started_on),
        visitation_date=c.visitation_date,
        follow_up_frequency=co.frequency.get(c.id),
        step_up_closed_on=co.closed_step_ups.get(c.id),
        hearings=ci.contacts.hearings_since(c.citizen_id, c.started_on),
    )
