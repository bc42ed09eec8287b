"""Ledelsesinformation in words, Danish number format: the lines `fremskudt measures` prints
and the monthly report's headline figures. Counts only: no name of a citizen, no CPR."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.domain.enums import Step
from app.domain.measure_figures import FigureKey, MonthFigures
from app.domain.measures import (
    BIR_REQUIREMENT_1,
    BIR_REQUIREMENT_2,
    FSM_REQUIREMENT_1,
    FSM_REQUIREMENT_2,
)
from app.domain.month_measures import Share
from app.domain.pathways import Outcome
from app.services.measures import MeasuresView

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")


def month_name(month: dt.date) -> str:
    return f"{MONTHS[month.month - 1]} {month.year}"


def number(value: float | Decimal | int | None, decimals: int = 1) -> str:
    """Danish: thousands with a dot, decimals with a comma, no trailing zero ("1.234,5")."""
    if value is None:
        return "–"
    text = f"{float(value):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent(share: Share) -> str:
    value = share.value
    return "–" if value is None else f"{number(value * 100)} %"


def met(share: Share, requirement: Decimal) -> str:
    return "opfyldt" if share.meets(requirement) else "ikke opfyldt"


def step_line(f: MonthFigures, step: Step) -> str:
    s = f.steps[step]
    name, target = ("Trin 1", "én måned") if step == Step.AFKLARING else ("Trin 2", "13 uger")
    if not s.ended:
        return f"{name}: intet trin afsluttet i måneden (mål: højst {target})"
    return (f"{name}: {s.ended} afsluttet; median {number(s.median_days)} dage, 90 % højst "
            f"{number(s.p90_days)} dage; inden for målet (højst {target}) "
            f"{s.within_target} ({percent(s.within_share)})")


def pathway_line(f: MonthFigures, first: Outcome) -> str | None:
    flows = {then: n for (head, then), n in f.pathways.items() if head == first}
    if not flows:
        return None
    total = sum(flows.values())
    parts = [f"{then.then_label if then else 'intet endnu'} {n}"
             for then, n in sorted(flows.items(), key=lambda p: -p[1])]
    return f"  {first.label}: {total} (derefter: {', '.join(parts)})"


def headline_lines(f: MonthFigures, runs_bir: bool) -> list[str]:
    """The month's figures for one scope, one line per measure."""
    share = f.paid_share
    lines = [
        f"Indsatsgruppe: {number(f.count(FigureKey.GROUP), 0)} forløb",
        f"Løntimer eller uddannelse: {number(share.count, 0)} af {number(share.of, 0)} "
        f"({percent(share)}); FSM II krav 1 (15 %) {met(share, FSM_REQUIREMENT_1)}, "
        f"krav 2 (20 %) {met(share, FSM_REQUIREMENT_2)}",
    ]
    if runs_bir:
        bir1 = f.share(FigureKey.BIR_1, FigureKey.BIR_GROUP)
        bir2 = f.share(FigureKey.BIR_2, FigureKey.BIR_GROUP)
        lines.append(f"BIR (ressourceforløb): {bir1.of} forløb; krav 1 {percent(bir1)} "
                     f"(35 %: {met(bir1, BIR_REQUIREMENT_1)}), krav 2 {percent(bir2)} "
                     f"(15 %: {met(bir2, BIR_REQUIREMENT_2)})")
    change = f.change_percent
    lines.append(
        f"Progression: {f.count(FigureKey.PROGRESSION)} forløb med løntimer; første måned "
        f"{number(f.first_average)} timer, seneste {number(f.latest_average)} timer "
        f"({'–' if change is None else f'{int(change):+d} %'}); flere {f.count(FigureKey.MORE)}, "
        f"samme {f.count(FigureKey.SAME)}, færre {f.count(FigureKey.FEWER)}; fuld tid "
        f"{f.count(FigureKey.FULL_TIME)}")
    retained = f.share(FigureKey.RETAINED, FigureKey.RETENTION)
    same = f.share(FigureKey.SAME_COMPANY, FigureKey.RETENTION)
    lines.append(
        f"Fastholdelse: {retained.of} forløb; løntimer 6 måneder senere {retained.count} "
        f"({percent(retained)}), samme virksomhed {same.count} ({percent(same)})")
    lines.append("Forløbsveje (første udfald):")
    lines += [line for o in Outcome if (line := pathway_line(f, o)) is not None] or [
        "  ingen forløb med et udfald endnu"]
    lines += [step_line(f, Step.AFKLARING), step_line(f, Step.PAA_VEJ_MOD_JOB)]
    lines.append(f"Åbne forløb ved månedens slut: {number(f.count(FigureKey.OPEN), 0)}")
    return lines


def figure_lines(view: MeasuresView, drop_in_visits: int) -> list[str]:
    """What `fremskudt measures` prints for the office."""
    lines = [f"Ledelsesinformation for {month_name(view.month)} – {view.scope.name}"]
    lines += headline_lines(view.figures, view.runs_bir)
    lines.append("Sagsstamme pr. medarbejder (åbne forløb; overskredne frister i dag):")
    lines += [f"  {p.name} ({p.role}): {p.open_courses}; {p.overdue}" for p in view.caseload]
    lines.append(f"Åben rådgivning: {drop_in_visits} besøg")
    return lines
