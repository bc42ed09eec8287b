"""The programme's measures at the central jobcenter (issue 19 point 8): per office and for
all offices, from the record versions the offices sent (app/sync/central.py), counted by the
same domain functions as the office's own Ledelsesinformation (app/domain/measure_figures,
month_measures; seed 003, chapter 2). Counts only: no citizen's name or CPR number."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from app.domain.course_record import AgreementRecord, CourseRecord, StepRecord
from app.domain.enums import (
    AgreementType,
    BenefitType,
    CompletionReason,
    CourseStatus,
    Step,
    VisitationGroup,
)
from app.domain.errors import FremskudtError, ValidationError
from app.domain.measure_figures import MonthFigures, summarise
from app.domain.measures import Span, month_start, months_between, shift_month
from app.domain.month_measures import Share, is_bir, paid_share_series
from app.services.measure_exports import figures_json
from app.services.measures import SERIES_MONTHS, month_rows
from app.sync.central import Device, Record

# the office tables the measures read (the columns load_records reads at the office)
TABLES = ("office", "workstation", "citizen", "course", "agreement", "paid_hours_month",
          "step_period", "exemption_period")
UNKNOWN_OFFICE = "ukendt"
_HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class OfficeFigures:
    office_id: str  # hex; UNKNOWN_OFFICE for courses whose workstation the central lacks
    name: str
    courses: int
    figures: MonthFigures
    series: tuple[tuple[dt.date, Share], ...]
    runs_bir: bool


@dataclass(frozen=True)
class CentralReport:
    month: dt.date
    offices: tuple[OfficeFigures, ...]
    total: OfficeFigures


def _key(value: object) -> str:
    """Ids as the offices store them: 32 hex digits (a UUID in any spelling is accepted)."""
    return uuid.UUID(str(value)).hex


def _day(value: object) -> dt.date | None:
    return None if value in (None, "") else dt.date.fromisoformat(str(value)[:10])


def _load(session: Session) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = defaultdict(list)
    query = select(Record.table_name, Record.device_id, Record.data).where(
        Record.table_name.in_(TABLES), Record.deleted == 0)
    for table, device, data in session.execute(query):
        row = json.loads(data)
        row["_device"] = _key(device)
        rows[table].append(row)
    return rows


def _offices(session: Session, rows: dict[str, list[dict]]
             ) -> tuple[dict[str, str], dict[str, str]]:
    """device hex -> office hex, office hex -> name: from the enrolled devices and from the
    member lists the offices sent (a workstation that never sent a bundle itself)."""
    device_office: dict[str, str] = {}
    names: dict[str, str] = {}
    for d in session.execute(select(Device)).scalars():
        device_office[_key(d.device_id)] = _key(d.office_id)
        names[_key(d.office_id)] = d.office
    for w in rows.get("workstation", []):
        device_office.setdefault(_key(w["id"]), _key(w["office_id"]))
    for o in rows.get("office", []):
        names[_key(o["id"])] = o["name"]
    return device_office, names


def course_records(rows: dict[str, list[dict]]) -> list[tuple[str, CourseRecord]]:
    """(the device that last wrote the course, its CourseRecord) for every course, built as
    app.services.measures.load_records builds them at the office."""
    exemptions: dict[str, list[Span]] = defaultdict(list)
    for e in rows.get("exemption_period", []):
        exemptions[_key(e["course_id"])].append(Span(_day(e["starts_on"]), _day(e["ends_on"])))
    hours: dict[str, list] = defaultdict(list)
    for h in rows.get("paid_hours_month", []):
        hours[_key(h["agreement_id"])].append(
            (_day(h["month"]).replace(day=1), Decimal(h["hours"]) * _HUNDREDTH))
    agreements: dict[str, list[AgreementRecord]] = defaultdict(list)
    for a in rows.get("agreement", []):
        agreements[_key(a["course_id"])].append(AgreementRecord(
            _key(a["company_id"]), a["agreement_type"] == AgreementType.INTERNSHIP.value,
            _day(a["starts_on"]), _day(a["ends_on"]), tuple(hours.get(_key(a["id"]), ()))))
    steps: dict[str, list[StepRecord]] = defaultdict(list)
    for s in rows.get("step_period", []):
        steps[_key(s["course_id"])].append(StepRecord(
            Step(int(s["step"])), _day(s["started_on"]), _day(s["ended_on"]),
            bool(s["dropout"])))
    benefit = {_key(c["id"]): c.get("benefit_type") for c in rows.get("citizen", [])}
    groups = {str(int(g)): g for g in VisitationGroup}
    result = []
    for c in rows.get("course", []):
        key = _key(c["id"])
        citizen = _key(c["citizen_id"])
        group = c.get("visitation_group")
        reason = c.get("completion_reason")
        kind = benefit.get(citizen)
        result.append((c["_device"], CourseRecord(
            key, citizen, CourseStatus(c["status"]), _day(c["started_on"]),
            None if group is None else groups.get(str(group)), _day(c.get("visitation_date")),
            _day(c.get("ended_on")), CompletionReason(reason) if reason else None,
            BenefitType(kind) if kind else None,
            _key(c["caseworker_id"]) if c.get("caseworker_id") else None,
            _key(c["jobformidler_id"]) if c.get("jobformidler_id") else None,
            tuple(exemptions.get(key, ())), tuple(agreements.get(key, ())),
            tuple(steps.get(key, ())))))
    return result


def _figures(office_id: str, name: str, records: list[CourseRecord], month: dt.date
             ) -> OfficeFigures:
    months = months_between(shift_month(month, 1 - SERIES_MONTHS), month)
    series = tuple(zip(months, paid_share_series(records, months), strict=True))
    return OfficeFigures(office_id, name, len(records), summarise(month, month_rows(records,
                                                                                    month)),
                         series, any(is_bir(c) for c in records))


def central_report(engine: Engine, month: dt.date, today: dt.date) -> CentralReport:
    """The month's measures per office and for all offices."""
    month = month_start(month)
    if month > today:
        raise ValidationError("Måneden er ikke begyndt endnu.", field="month")
    if not inspect(engine).has_table(Record.__tablename__):
        raise FremskudtError("Den centrale database har ingen data fra kontorerne endnu.")
    with Session(engine) as session:
        rows = _load(session)
        device_office, names = _offices(session, rows)
    by_office: dict[str, list[CourseRecord]] = defaultdict(list)
    every = []
    for device, record in course_records(rows):
        by_office[device_office.get(device, UNKNOWN_OFFICE)].append(record)
        every.append(record)
    offices = tuple(sorted(
        (_figures(key, names.get(key, "Ukendt kontor"), records, month)
         for key, records in ((k, by_office.get(k, [])) for k in {*names, *by_office})),
        key=lambda o: o.name.casefold()))  # an office without courses yet shows zeros
    total = _figures("alle", "Alle kontorer", every, month)
    return CentralReport(month, offices, total)


def _pct(share: Share) -> float | None:
    value = share.value
    return None if value is None else round(float(value) * 100, 1)


def _office_json(o: OfficeFigures) -> dict[str, object]:
    return {"kontor": o.name, "kontor_id": o.office_id, "forloeb": o.courses,
            **figures_json(o.figures),
            "loentimer_pr_maaned": [{"maaned": f"{mo:%Y-%m}", "indsatsgruppe": s.of,
                                     "loentimer_eller_uddannelse": s.count,
                                     "andel_pct": _pct(s)} for mo, s in o.series]}


def report_json(report: CentralReport) -> dict[str, object]:
    return {"maaned": f"{report.month:%Y-%m}", "alle_kontorer": _office_json(report.total),
            "kontorer": [_office_json(o) for o in report.offices]}
