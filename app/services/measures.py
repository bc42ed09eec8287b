"""Ledelsesinformation (issue 21): the programme's measures per month from the office's own
records, for the office, per jobformidler and per makkerskab, and the citizens behind a
figure (leader role only, written to each citizen's access log). Definitions: app/domain
(measure_figures, month_measures, pathways); seed 003, chapter 2."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.course_record import AgreementRecord, CourseRecord, StepRecord
from app.domain.cpr import mask_cpr
from app.domain.enums import (
    AgreementType,
    AuditAction,
    BenefitType,
    CompletionReason,
    CourseStatus,
    Step,
    VisitationGroup,
)
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.measure_figures import (
    CourseMonth,
    FigureKey,
    MonthFigures,
    course_month,
    summarise,
)
from app.domain.measure_figures import (
    select as select_figure,
)
from app.domain.measures import Span, month_end, month_start, months_between, shift_month
from app.domain.month_measures import Share, caseload_on, is_bir, paid_share_series
from app.domain.roles import Permission, Role
from app.domain.text import N_
from app.services import audit
from app.services.bulk_work import cycle_collection_paused
from app.services.context import ServiceContext
from app.services.dropin_figures import Figures as DropInFigures
from app.services.dropin_figures import figures as drop_in_figures

SERIES_MONTHS = 12  # the paid-hours share is drawn for the year up to the chosen month
OFFICE = "office"


@dataclass(frozen=True)
class Scope:
    """The office, one jobformidler ("jf:<staff>") or one makkerskab ("mk:<partnership>")."""

    key: str
    name: str
    caseworker: str | None = None
    jobformidler: str | None = None

    def holds(self, c: CourseRecord) -> bool:
        if self.key == OFFICE:
            return True
        if self.caseworker is None:
            return c.jobformidler == self.jobformidler
        return c.in_pair(self.caseworker, self.jobformidler or "")


@dataclass(frozen=True)
class PersonLoad:
    """Caseload of one person: open courses at the month's end (against the 25-35 band) and
    due items overdue today."""

    key: str
    name: str
    role: str  # Role value: jobformidler or jobkonsulent
    open_courses: int
    overdue: int


@dataclass(frozen=True)
class MeasuresView:
    month: dt.date
    scope: Scope
    scopes: tuple[Scope, ...]
    figures: MonthFigures
    series: tuple[tuple[dt.date, Share], ...]
    by_scope: tuple[tuple[Scope, MonthFigures], ...]  # every jobformidler and makkerskab
    caseload: tuple[PersonLoad, ...]
    runs_bir: bool
    months: tuple[dt.date, ...]  # the months a leader can choose


@dataclass(frozen=True)
class FigureCitizen:
    citizen_id: uuid.UUID
    course_id: uuid.UUID
    name: str
    masked_cpr: str
    jobformidler: str


def parse_month(text: str) -> dt.date:
    """"2026-11" -> 1 November 2026; bad input is a ValidationError."""
    try:
        month = dt.datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        month = None
    if month is None or f"{month:%Y-%m}" != text.strip():  # strptime takes "2026-1" too
        raise ValidationError("Måneden skal skrives som ÅÅÅÅ-MM, fx 2026-11.", field="month")
    return month


_STATUS = {s.value: s for s in CourseStatus}
_GROUP = {str(int(g)): g for g in VisitationGroup}
_REASON = {r.value: r for r in CompletionReason}
_BENEFIT = {b.value: b for b in BenefitType}
_STEP = {str(int(s)): s for s in Step}
_HUNDREDTH = Decimal("0.01")


@functools.cache
def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def load_records(session: Session, steps_ended: tuple[dt.date, dt.date] | None = None
                 ) -> list[CourseRecord]:
    """Every course with what the measures need (no case content), read as raw driver rows:
    ids stay hex text and dates ISO text until used, so 25,000 courses load in a moment.
    `steps_ended` keeps only the step periods the figures of those months look at: Trin 1
    and Trin 2 periods that ended in them, and every dropout."""
    raw = session.connection().connection.dbapi_connection  # plain tuples, no row objects

    def sql(query: str, *params: str) -> list[tuple]:
        cursor = raw.cursor()
        try:
            return cursor.execute(query, params).fetchall()
        finally:
            cursor.close()

    exemptions: dict[str, list[Span]] = defaultdict(list)
    for course_id, start, end in sql(
            "SELECT course_id, starts_on, ends_on FROM exemption_period"):
        exemptions[course_id].append(Span(_day(start), _day(end)))
    hours: dict[str, list] = defaultdict(list)
    months: dict[str, dt.date] = {}
    for agreement_id, month, value in sql(
            "SELECT agreement_id, month, hours FROM paid_hours_month"):
        day = months.get(month) or months.setdefault(
            month, dt.date.fromisoformat(month).replace(day=1))
        hours[agreement_id].append((day, Decimal(value) * _HUNDREDTH))
    agreements: dict[str, list[AgreementRecord]] = defaultdict(list)
    internship = AgreementType.INTERNSHIP.value
    for agreement_id, course_id, company_id, kind, start, end in sql(
            "SELECT id, course_id, company_id, agreement_type, starts_on, ends_on "
            "FROM agreement"):
        agreements[course_id].append(AgreementRecord(
            company_id, kind == internship, _day(start), _day(end),
            tuple(hours.get(agreement_id, ()))))
    steps: dict[str, list[StepRecord]] = defaultdict(list)
    query = "SELECT course_id, step, started_on, ended_on, dropout FROM step_period"
    window: tuple[str, ...] = ()
    if steps_ended is not None:
        query += " WHERE dropout = 1 OR (step IN ('1', '2') AND ended_on BETWEEN ? AND ?)"
        window = (steps_ended[0].isoformat(), steps_ended[1].isoformat())
    for course_id, step, start, end, dropout in sql(query, *window):
        steps[course_id].append(StepRecord(_STEP[str(step)], _day(start), _day(end),
                                           bool(dropout)))
    rows = sql("SELECT c.id, c.citizen_id, c.status, c.started_on, c.visitation_group, "
               "c.visitation_date, c.ended_on, c.completion_reason, z.benefit_type, "
               "c.caseworker_id, c.jobformidler_id FROM course c "
               "JOIN citizen z ON z.id = c.citizen_id")
    return [CourseRecord(
        key, citizen, _STATUS[status], _day(start), _GROUP.get(str(group)), _day(visited),
        _day(ended), _REASON.get(reason), _BENEFIT.get(benefit), caseworker, formidler,
        tuple(exemptions.get(key, ())), tuple(agreements.get(key, ())),
        tuple(steps.get(key, ())))
        for (key, citizen, status, start, group, visited, ended, reason, benefit, caseworker,
             formidler) in rows]


def list_scopes(session: Session) -> tuple[tuple[Scope, ...], dict[str, str]]:
    names = {i.hex: n for i, n in session.execute(
        select(m.StaffAccount.id, m.StaffAccount.full_name))}
    formidlere = sorted({jf.hex for (jf,) in session.execute(
        select(m.Course.jobformidler_id).where(m.Course.jobformidler_id.is_not(None))
        .distinct())}, key=lambda k: names.get(k, k))
    scopes = [Scope(OFFICE, N_("Hele kontoret"))]
    scopes += [Scope(f"jf:{k}", names.get(k, k), None, k) for k in formidlere]
    pairs = session.execute(select(m.Partnership.id, m.Partnership.name,
                                   m.Partnership.caseworker_id,
                                   m.Partnership.jobformidler_id)
                            .order_by(m.Partnership.name)).all()
    scopes += [Scope(f"mk:{p.id.hex}", p.name, p.caseworker_id.hex, p.jobformidler_id.hex)
               for p in pairs]
    return tuple(scopes), names


def _scope(scopes: tuple[Scope, ...], key: str | None) -> Scope:
    for scope in scopes:
        if scope.key == (key or OFFICE):
            return scope
    raise ValidationError("Medarbejderen eller makkerskabet findes ikke.", field="scope")


def _choosable_months(records: list[CourseRecord], today: dt.date) -> tuple[dt.date, ...]:
    first = min((c.started_on for c in records), default=today)
    first = max(month_start(first), shift_month(month_start(today), -35))
    return tuple(reversed(months_between(first, today)))


def _caseload(session: Session, records: list[CourseRecord], month: dt.date,
              today: dt.date, names: dict[str, str]) -> tuple[PersonLoad, ...]:
    day = min(month_end(month), today)
    caseworkers, formidlere = caseload_on(records, day)
    exempt = {c.key for c in records if any(s.covers(today) for s in c.exemptions)}
    overdue: dict[tuple[str, str], int] = defaultdict(int)
    for course_id, cw, jf in session.execute(
            select(m.CourseDue.course_id, m.CourseDue.caseworker_key,
                   m.CourseDue.jobformidler_key)
            .where(m.CourseDue.next_due_on < today,
                   m.CourseDue.status.in_([CourseStatus.ACTIVE.value,
                                           CourseStatus.VISITATION.value]))):
        if course_id.hex in exempt:
            continue
        if cw:
            overdue[(Role.JOBKONSULENT.value, cw)] += 1
        if jf:
            overdue[(Role.JOBFORMIDLER.value, jf)] += 1
    rows = [PersonLoad(k, names.get(k, k), role, n, overdue.get((role, k), 0))
            for role, counts in ((Role.JOBFORMIDLER.value, formidlere),
                                 (Role.JOBKONSULENT.value, caseworkers))
            for k, n in counts.items()]
    return tuple(sorted(rows, key=lambda r: (r.role != Role.JOBFORMIDLER.value, r.name)))


def month_rows(records: list[CourseRecord], month: dt.date) -> list[CourseMonth]:
    return [course_month(c, month) for c in records]


def scope_rows(scope: Scope, by_jobformidler: dict[str | None, list[CourseMonth]]
               ) -> list[CourseMonth]:
    """The rows of a jobformidler's or a makkerskab's courses (Scope.holds), from the rows
    grouped by jobformidler."""
    own = by_jobformidler.get(scope.jobformidler, [])
    if scope.caseworker is None:
        return own
    return [r for r in own if r.course.caseworker in (None, scope.caseworker)] + [
        r for r in by_jobformidler.get(None, []) if r.course.caseworker == scope.caseworker]


def measures(ctx: ServiceContext, month: dt.date, scope_key: str | None = None
             ) -> MeasuresView:
    """The month's measures for the office or one scope, with the paid-hours share of the
    year up to it, the figures per jobformidler and makkerskab and the caseload per person.
    Reading them is logged (no citizen is named in them)."""
    # 25,000 course records and their month rows, without cycles: a quarter of the CPU went
    # to the cycle collector walking them (issue 21)
    with cycle_collection_paused():
        return _measures(ctx, month, scope_key)


def _measures(ctx: ServiceContext, month: dt.date, scope_key: str | None) -> MeasuresView:
    ctx.require(Permission.REPORTS)
    month, today = month_start(month), ctx.today()
    if month > today:
        raise ValidationError("Måneden er ikke begyndt endnu.", field="month")
    with ctx.transaction() as session:
        records = load_records(session, (month, month_end(month)))
        scopes, names = list_scopes(session)
        scope = _scope(scopes, scope_key)
        caseload = _caseload(session, records, month, today, names)
        audit.record(ctx, session, AuditAction.READ, object_type="measures",
                     detail=f"ledelsesinformation {month:%Y-%m} ({scope.key.split(':')[0]})")
    rows = month_rows(records, month)
    by_jobformidler: dict[str | None, list[CourseMonth]] = defaultdict(list)
    for row in rows:
        by_jobformidler[row.course.jobformidler].append(row)
    by_scope = tuple((s, summarise(month, scope_rows(s, by_jobformidler)))
                     for s in scopes if s.key != OFFICE)
    chosen = [c for c in records if scope.holds(c)]
    months = months_between(shift_month(month, 1 - SERIES_MONTHS), month)
    series = tuple(zip(months, paid_share_series(chosen, months), strict=True))
    figures = summarise(month, (r for r in rows if scope.holds(r.course)))
    return MeasuresView(month, scope, scopes, figures, series, by_scope, caseload,
                        any(is_bir(c) for c in records), _choosable_months(records, today))


def drop_in_month(ctx: ServiceContext, month: dt.date) -> DropInFigures:
    """The month's open counselling, the figures the Rapporter page has (seed 001,
    kerneelement 2); loaded apart, as its visit log is large."""
    month = month_start(month)
    return drop_in_figures(ctx, month, min(month_end(month), ctx.today()))


def figure_citizens(ctx: ServiceContext, month: dt.date, key: FigureKey,
                    scope_key: str | None = None) -> list[FigureCitizen]:
    """The citizens (courses) behind one figure of the month. Only a leader may open them,
    and the opening is written to each citizen's access log (GDPR art. 15)."""
    if Role.LEDER not in ctx.user.roles:
        raise PermissionDenied("Kun en leder kan se borgerne bag et tal.")
    month = month_start(month)
    with ctx.transaction() as session:
        records = load_records(session, (month, month_end(month)))
        scopes, names = list_scopes(session)
        scope = _scope(scopes, scope_key)
        chosen = select_figure(month_rows(records, month), key, scope.holds)
        wanted = [uuid.UUID(c.citizen_key) for c in chosen]
        people = {}
        for start in range(0, len(wanted), 500):
            people.update({row.id: row for row in session.execute(
                select(m.Citizen.id, m.Citizen.first_name, m.Citizen.last_name, m.Citizen.cpr)
                .where(m.Citizen.id.in_(wanted[start:start + 500])))})
        result = []
        for c in chosen:
            citizen_id, course_id = uuid.UUID(c.citizen_key), uuid.UUID(c.key)
            p = people[citizen_id]
            result.append(FigureCitizen(
                citizen_id, course_id, f"{p.first_name} {p.last_name}".strip(),
                mask_cpr(p.cpr), names.get(c.jobformidler or "", "")))
            audit.record(ctx, session, AuditAction.READ, object_type="measures",
                         object_id=course_id, citizen_id=citizen_id,
                         detail=f"ledelsesinformation: {key.value} {month:%Y-%m}")
    result.sort(key=lambda r: (r.name.casefold(), str(r.course_id)))
    return result
