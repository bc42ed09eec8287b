"""The monthly figures of Ledelsesinformation as a table (CSV and XLSX for the leader's own
spreadsheets) and as JSON (`fremskudt measures --json`). Counts only: no name, no CPR."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.db import models as m
from app.domain.enums import AuditAction, Step
from app.domain.measure_figures import PATH_KEYS, FigureKey, MonthFigures, summarise
from app.domain.measures import month_end, month_start, months_between, shift_month
from app.domain.month_measures import Share
from app.domain.pathways import Outcome
from app.domain.roles import Permission
from app.domain.text import N_
from app.reports.monthly import monthly_pdf
from app.services import audit
from app.services.context import ServiceContext
from app.services.measures import (
    OFFICE,
    SERIES_MONTHS,
    MeasuresView,
    Scope,
    list_scopes,
    load_records,
    measures,
    month_rows,
)


def _pct(share: Share) -> float | None:
    value = share.value
    return None if value is None else round(float(value) * 100, 1)


def _num(value: Decimal | float | None) -> float | None:
    return None if value is None else float(value)


Getter = Callable[[MonthFigures], object]
_T1, _T2 = Step.AFKLARING, Step.PAA_VEJ_MOD_JOB

# (column, Danish heading, value): one row per month and scope
COLUMNS: list[tuple[str, str, Getter]] = [
    ("indsatsgruppe", N_("Indsatsgruppe"), lambda f: f.count(FigureKey.GROUP)),
    ("loentimer_eller_uddannelse", N_("Løntimer eller uddannelse"),
     lambda f: f.count(FigureKey.PAID)),
    ("andel_pct", N_("Andel (%)"), lambda f: _pct(f.paid_share)),
    ("fsm_krav_1", N_("FSM II krav 1 (15 %)"), lambda f: f.paid_share.meets(Decimal("0.15"))),
    ("fsm_krav_2", N_("FSM II krav 2 (20 %)"), lambda f: f.paid_share.meets(Decimal("0.20"))),
    ("bir_gruppe", N_("BIR: i ressourceforløb"), lambda f: f.count(FigureKey.BIR_GROUP)),
    ("bir_krav_1_pct", N_("BIR krav 1 (%)"),
     lambda f: _pct(f.share(FigureKey.BIR_1, FigureKey.BIR_GROUP))),
    ("bir_krav_2_pct", N_("BIR krav 2 (%)"),
     lambda f: _pct(f.share(FigureKey.BIR_2, FigureKey.BIR_GROUP))),
    ("med_loentimer", N_("Med løntimer"), lambda f: f.count(FigureKey.PROGRESSION)),
    ("timer_foerste_maaned", N_("Timer, første måned (gns.)"), lambda f: _num(f.first_average)),
    ("timer_seneste_maaned", N_("Timer, seneste måned (gns.)"),
     lambda f: _num(f.latest_average)),
    ("aendring_pct", N_("Ændring (%)"), lambda f: _num(f.change_percent)),
    ("flere_timer", N_("Flere timer"), lambda f: f.count(FigureKey.MORE)),
    ("samme_timer", N_("Samme timer"), lambda f: f.count(FigureKey.SAME)),
    ("faerre_timer", N_("Færre timer"), lambda f: f.count(FigureKey.FEWER)),
    ("fuld_tid", N_("Fuld tid"), lambda f: f.count(FigureKey.FULL_TIME)),
    ("fastholdelse_grundlag", N_("Første løntimer mindst 6 måneder før"),
     lambda f: f.count(FigureKey.RETENTION)),
    ("loentimer_efter_6_mdr", N_("Løntimer 6 måneder senere"),
     lambda f: f.count(FigureKey.RETAINED)),
    ("samme_virksomhed", N_("Samme virksomhed"), lambda f: f.count(FigureKey.SAME_COMPANY)),
    *[(PATH_KEYS[o].value, o.label, lambda f, o=o: sum(
        n for (first, _then), n in f.pathways.items() if first == o)) for o in Outcome],
    ("trin1_afsluttet", N_("Trin 1 afsluttet"), lambda f: f.steps[_T1].ended),
    ("trin1_median_dage", N_("Trin 1, median (dage)"), lambda f: f.steps[_T1].median_days),
    ("trin1_p90_dage", N_("Trin 1, 90 % (dage)"), lambda f: f.steps[_T1].p90_days),
    ("trin1_inden_for_maal", N_("Trin 1 inden for målet"), lambda f: f.steps[_T1].within_target),
    ("trin2_afsluttet", N_("Trin 2 afsluttet"), lambda f: f.steps[_T2].ended),
    ("trin2_median_dage", N_("Trin 2, median (dage)"), lambda f: f.steps[_T2].median_days),
    ("trin2_p90_dage", N_("Trin 2, 90 % (dage)"), lambda f: f.steps[_T2].p90_days),
    ("trin2_inden_for_maal", N_("Trin 2 inden for målet"), lambda f: f.steps[_T2].within_target),
    ("aabne_forloeb", N_("Åbne forløb ved månedens slut"), lambda f: f.count(FigureKey.OPEN)),
]


def figures_json(f: MonthFigures) -> dict[str, object]:
    """One month's figures as JSON: every column, and the pathways as first -> then."""
    result: dict[str, object] = {name: get(f) for name, _label, get in COLUMNS}
    flows: dict[str, dict[str, int]] = {}
    for (first, then), n in sorted(f.pathways.items(), key=lambda p: (p[0][0], str(p[0][1]))):
        flows.setdefault(first.value, {})[then.value if then else "intet_endnu"] = n
    result["forloebsveje"] = flows
    return result


def view_json(view: MeasuresView) -> dict[str, object]:
    return {
        "maaned": f"{view.month:%Y-%m}",
        "kontor": figures_json(view.figures),
        "loentimer_pr_maaned": [{"maaned": f"{mo:%Y-%m}", "indsatsgruppe": s.of,
                                  "loentimer_eller_uddannelse": s.count, "andel_pct": _pct(s)}
                                 for mo, s in view.series],
        "jobformidlere": [{"navn": s.name, **figures_json(f)}
                          for s, f in view.by_scope if s.key.startswith("jf:")],
        "makkerskaber": [{"navn": s.name, **figures_json(f)}
                         for s, f in view.by_scope if s.key.startswith("mk:")],
        "sagsstamme": [{"navn": p.name, "rolle": p.role, "aabne_forloeb": p.open_courses,
                        "overskredne_frister": p.overdue} for p in view.caseload],
    }


def monthly_table(ctx: ServiceContext, month: dt.date, months: int = SERIES_MONTHS
                  ) -> list[tuple[dt.date, Scope, MonthFigures]]:
    """The figures of each month of the year up to `month`, for the office and for each
    jobformidler and makkerskab."""
    ctx.require(Permission.REPORTS)
    month = month_start(month)
    with ctx.transaction() as session:
        records = load_records(session, (shift_month(month, 1 - months), month_end(month)))
        scopes, _names = list_scopes(session)
    table = []
    for mo in months_between(shift_month(month, 1 - months), month):
        rows = month_rows(records, mo)
        for scope in scopes:
            chosen = rows if scope.key == OFFICE else [r for r in rows if scope.holds(r.course)]
            table.append((mo, scope, summarise(mo, chosen)))
    return table


def _cells(table: list[tuple[dt.date, Scope, MonthFigures]]) -> list[list[object]]:
    header: list[object] = [N_("Måned"), N_("Enhed"), *(label for _n, label, _g in COLUMNS)]
    kind = {"office": N_("Kontoret"), "jf": N_("Jobformidler"), "mk": N_("Makkerskab")}
    rows = [header]
    for mo, scope, f in table:
        rows.append([f"{mo:%Y-%m}", f"{kind[scope.key.split(':')[0]]}: {scope.name}",
                     *(get(f) for _n, _l, get in COLUMNS)])
    return rows


def _audit(ctx: ServiceContext, what: str, month: dt.date) -> None:
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.EXPORT, object_type="measures",
                     detail=f"ledelsesinformation {what} til {month:%Y-%m}")


def export_csv(ctx: ServiceContext, month: dt.date, path: Path) -> Path:
    """The monthly figures as CSV (semicolon, decimal comma: Danish spreadsheets)."""
    cells = _cells(monthly_table(ctx, month))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for row in cells:
        writer.writerow(["" if v is None else _csv_value(v) for v in row])
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")
    _audit(ctx, "CSV", month)
    return path


def _csv_value(value: object) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def export_xlsx(ctx: ServiceContext, month: dt.date, path: Path) -> Path:
    """The monthly figures as an Excel workbook: one sheet, numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    cells = _cells(monthly_table(ctx, month))
    book = Workbook()
    sheet = book.active
    sheet.title = "Ledelsesinformation"
    for row in cells:
        sheet.append([str(v) if isinstance(v, str) else v for v in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "C2"
    book.save(path)
    _audit(ctx, "XLSX", month)
    return path


def monthly_report(ctx: ServiceContext, month: dt.date, scope_key: str | None = None) -> bytes:
    """The monthly report for the steering group as PDF bytes (previewed before it is printed
    or saved). Printing it is logged; it holds counts only."""
    view = measures(ctx, month, scope_key)
    with ctx.transaction() as session:
        office = session.execute(select(m.Office.name)).scalar_one()
        audit.record(ctx, session, AuditAction.PRINT, object_type="measures",
                     detail=f"månedsrapport {view.month:%Y-%m}")
    return monthly_pdf(view, office, printed_at=ctx.now().astimezone())
