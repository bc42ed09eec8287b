"""Sagsstamme: every open course with its step, days in step and due items, in a few bulk
queries so the office's whole caseload loads at once. The facts the rules read are loaded by
app.services.caseload_facts (load_facts, re-exported here)."""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import delete, insert, select

from app.db import models as m
from app.domain.enums import (
    AuditAction,
    CourseStatus,
    Step,
)
from app.domain.roles import Permission
from app.domain.rules import (
    AMBER_DAYS,
    STEP_UP_WHAT,
    DueItem,
    DueKind,
    Mark,
    Period,
    all_due_items,
    due_items,
    effective_target,
)
from app.domain.text import N_
from app.services import audit
from app.services.caseload_facts import load_facts, open_or_aftercare
from app.services.context import ServiceContext

STEP_LABELS = {Step.AFKLARING: N_("Trin 1"), Step.PAA_VEJ_MOD_JOB: N_("Trin 2"),
               Step.VIRKSOMHEDSFORLOEB: N_("Trin 3")}


class CaseloadRow(NamedTuple):
    """One open course. Ids are kept as hex text (the list is large); see the properties."""

    course_key: str
    citizen_key: str
    name: str
    masked_cpr: str
    search_text: str  # casefolded name, CPR digits and phone digits, for search as you type
    phone: str
    status: CourseStatus
    step: Step | None
    step_label: str
    step_started_on: dt.date | None
    days_in_step: int | None
    target_days: int | None
    next_due_on: dt.date | None
    next_due_what: str
    next_due_kind: DueKind | None  # None when nothing is due or the course is exempt
    mark: Mark | None
    caseworker_key: str | None
    caseworker: str
    jobformidler_key: str | None
    jobformidler: str

    @property
    def overdue(self) -> bool:
        return self.mark == Mark.RED

    @property
    def course_id(self) -> uuid.UUID:
        return uuid.UUID(self.course_key)

    @property
    def citizen_id(self) -> uuid.UUID:
        return uuid.UUID(self.citizen_key)


def _step_label(status: CourseStatus, step: Step | None) -> str:
    if status == CourseStatus.VISITATION:
        return N_("Visitation")
    if status == CourseStatus.COMPLETED:
        return N_("Efterværn")
    return STEP_LABELS.get(step, status.label) if step else status.label


def _exemption_text(periods: tuple[Period, ...]) -> str:
    return ";".join(f"{p.starts_on.isoformat()}:{p.ends_on.isoformat() if p.ends_on else ''}"
                    for p in periods)


def _exempt(periods_text: str, today: dt.date) -> bool:
    for part in periods_text.split(";"):
        start, _, end = part.partition(":")
        if dt.date.fromisoformat(start) <= today and (not end
                                                      or today <= dt.date.fromisoformat(end)):
            return True
    return False


def refresh_due(session, today: dt.date, course_ids: list[uuid.UUID] | None = None
                ) -> int:
    """Recompute the stored caseload rows of the given courses (all when None).

    Services call this in the same transaction as any change to a course's facts or to the
    citizen's name, CPR or phone."""
    facts = load_facts(session, today, course_ids)
    if course_ids is None:
        session.execute(delete(m.CourseDue))
    else:
        for chunk in range(0, len(course_ids), 500):
            session.execute(delete(m.CourseDue).where(
                m.CourseDue.course_id.in_(course_ids[chunk:chunk + 500])))
    rows = []
    for course_id, (c, f) in facts.items():
        items = all_due_items(f, today)
        # a suggestion kept apart by date (step-up); other later items (personal contact
        # before a sanction) join the row once their day has come
        regular = [i for i in items if i.show_from is None or (
            i.kind != DueKind.STEP_UP and i.show_from <= today)]
        step_up = next((i.due for i in items if i.kind == DueKind.STEP_UP), None)
        active = f.status == CourseStatus.ACTIVE
        # the target as the rules count it (first conversation, exemption days), so the
        # caseload's "days / target" turns red on the same day as the due item
        target = effective_target(f, today)
        rows.append({
            "course_id": course_id,
            "citizen_key": c.citizen_id.hex,
            "caseworker_key": c.caseworker_id.hex if c.caseworker_id else None,
            "jobformidler_key": c.jobformidler_id.hex if c.jobformidler_id else None,
            "status": c.status.value,
            "step": int(c.current_step) if active and c.current_step else None,
            "step_label": _step_label(c.status, c.current_step),
            "name": f"{c.first_name} {c.last_name}".strip(),
            "masked_cpr": f"{c.cpr[:6]}-****" if c.cpr else "",
            "search_text": " ".join((c.search_name, c.cpr or "", c.phone.replace(" ", ""))),
            "phone": c.phone,
            "aftercare_until": c.aftercare_until,
            "next_due_on": regular[0].due if regular else None,
            "next_due_what": regular[0].what if regular else "",
            "next_due_kind": regular[0].kind.value if regular else None,
            "step_up_on": step_up,
            "step_started_on": f.step_started_on if active else None,
            "target_days": (target - f.step_started_on).days if target else None,
            "exemptions": _exemption_text(f.exemptions),
        })
    if rows:
        session.execute(insert(m.CourseDue), rows)
    return len(rows)


def _missing_due(session, today: dt.date) -> list[uuid.UUID]:
    return list(session.execute(
        select(m.Course.id).outerjoin(m.CourseDue, m.CourseDue.course_id == m.Course.id)
        .where(m.CourseDue.course_id.is_(None), open_or_aftercare(today))).scalars())


_CASELOAD_SQL = """
    SELECT course_id, citizen_key, name, masked_cpr, search_text, phone, status, step,
           step_label, step_started_on, target_days, next_due_on, next_due_what, next_due_kind,
           step_up_on, exemptions, caseworker_key, jobformidler_key
    FROM course_due
    WHERE status IN ('active', 'visitation')
       OR (status = 'completed' AND aftercare_until >= ?)
    ORDER BY next_due_on IS NULL, next_due_on"""


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of acyclic rows are built:
    its generation scans otherwise double the time of a caseload load."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def caseload(ctx: ServiceContext, today: dt.date | None = None) -> list[CaseloadRow]:
    """The whole office's open caseload as of `today` (the UI filters and sorts it)."""
    ctx.require(Permission.CASE_READ)
    today = today or ctx.today()
    with _no_cyclic_gc():
        return _caseload(ctx, today)


def _caseload(ctx: ServiceContext, today: dt.date) -> list[CaseloadRow]:
    with ctx.transaction() as session:
        if "course_due" not in ctx.store.checked:
            # rows made by an older version or an import: computed once per opening
            missing = _missing_due(session, today)
            if missing:
                refresh_due(session, today, missing)
            ctx.store.checked.add("course_due")
        staff = {staff_id.hex: name for staff_id, name in session.execute(
            select(m.StaffAccount.id, m.StaffAccount.full_name))}
        # The hottest query of the app: one narrow table, raw driver rows.
        result = session.connection().exec_driver_sql(
            _CASELOAD_SQL, (today.isoformat(),)).fetchall()
        audit.record(ctx, session, AuditAction.READ, object_type="caseload",
                     detail=f"sagsstamme: {len(result)} forløb")
    iso = dt.date.fromisoformat
    statuses = {s.value: s for s in CourseStatus}
    steps = {int(s): s for s in Step}
    kinds = {k.value: k for k in DueKind}
    amber_limit = (today + dt.timedelta(days=AMBER_DAYS)).isoformat()
    today_iso = today.isoformat()
    red, amber, green = Mark.RED, Mark.AMBER, Mark.GREEN
    rows = []
    append = rows.append
    for (course_id, citizen, name, masked, search, phone, status, step, label, start,
         target_days, due_on, due_what, due_kind, step_up_on, exemptions, cw, jf) in result:
        # ISO dates compare correctly as text; they become dates only where shown
        if exemptions and status != "completed" and _exempt(exemptions, today):
            due_on, due_what, due_kind = None, "Fritaget", None
        elif step_up_on is not None and step_up_on <= today_iso and (
                due_on is None or step_up_on < due_on):
            due_on, due_what, due_kind = step_up_on, STEP_UP_WHAT, DueKind.STEP_UP
        if due_on is None:
            row_mark = None
        elif due_on < today_iso:
            row_mark = red
        elif due_on <= amber_limit:
            row_mark = amber
        else:
            row_mark = green
        start_day = iso(start) if start else None
        append(CaseloadRow(
            course_id, citizen, name, masked, search, phone, statuses[status],
            steps[step] if step else None, label, start_day,
            (today - start_day).days if start_day else None, target_days,
            iso(due_on) if due_on else None, due_what, kinds.get(due_kind), row_mark,
            cw, staff.get(cw, ""), jf, staff.get(jf, "")))
    return rows


def course_due_items(ctx: ServiceContext, course_id: uuid.UUID, today: dt.date | None = None
                     ) -> list[DueItem]:
    """Every due item of one course, computed from its facts (the record's header)."""
    ctx.require(Permission.CASE_READ)
    today = today or ctx.today()
    with ctx.transaction() as session:
        facts = load_facts(session, today, [course_id])
    if course_id not in facts:
        return []
    return due_items(facts[course_id][1], today)


def partners_of(ctx: ServiceContext) -> set[str]:
    """The staff in the current user's makkerskab(er), the user included, as hex keys."""
    with ctx.transaction() as session:
        pairs = session.execute(select(m.Partnership.caseworker_id,
                                       m.Partnership.jobformidler_id)).all()
    mine = {ctx.user.id.hex}
    for a, b in pairs:
        if ctx.user.id in (a, b):
            mine |= {a.hex, b.hex}
    return mine


def record_search(ctx: ServiceContext, query_length: int, hits: int) -> None:
    """The caseload is filtered in memory; the search itself is still logged (not its text,
    which may be a CPR number)."""
    ctx.require(Permission.CITIZEN_BASIC)
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.SEARCH, object_type="caseload",
                     detail=f"søgning i sagsstammen ({query_length} tegn), {hits} fundet")




@dataclass(frozen=True)
class CaseloadExportRow:
    course_id: uuid.UUID
    name: str
    masked_cpr: str
    step: str
    step_started_on: dt.date | None
    due: tuple[DueItem, ...]


def export_caseload(ctx: ServiceContext, today: dt.date | None = None
                    ) -> list[CaseloadExportRow]:
    """Every open course with its step, the date the step began and all its due items as of
    `today`, for leaders and for checking (`fremskudt caseload`). The export is audited."""
    ctx.require(Permission.REPORTS)
    today = today or ctx.today()
    with ctx.transaction() as session:
        facts = load_facts(session, today)
        rows = []
        for course, f in facts.values():
            name = f"{course.first_name} {course.last_name}".strip()
            masked = f"{course.cpr[:6]}-****" if course.cpr else ""
            rows.append(CaseloadExportRow(
                course.id, name, masked, _step_label(course.status, course.current_step),
                f.step_started_on if course.status == CourseStatus.ACTIVE else None,
                tuple(due_items(f, today))))
        audit.record(ctx, session, AuditAction.EXPORT, object_type="caseload",
                     detail=f"sagsstamme eksporteret: {len(rows)} forløb pr. {today}")
    rows.sort(key=lambda r: (r.name.casefold(), str(r.course_id)))
    return rows
