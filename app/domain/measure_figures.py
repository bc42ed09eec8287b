"""The figures of Ledelsesinformation (issue 21): what each figure counts, its short
definition (seed 003, chapter 2), and one month's figures for a set of courses. Every count
and every list of citizens behind a figure comes from the same per-course flags, so a figure
and its list never disagree."""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain

from app.domain.course_record import CourseRecord
from app.domain.enums import Step
from app.domain.measures import Progression, is_full_time, month_end
from app.domain.month_measures import (
    Share,
    bir_requirement_1,
    bir_requirement_2,
    course_progression,
    in_indsatsgruppe,
    is_bir,
    open_on,
    paid_or_education,
    retention_status,
)
from app.domain.pathways import Outcome, StepDuration, pathway, percentile, step_durations
from app.domain.text import N_


class FigureKey(enum.StrEnum):
    """A figure whose citizens a leader can open."""

    GROUP = "indsatsgruppe"
    PAID = "loentimer_eller_uddannelse"
    NOT_PAID = "uden_loentimer"
    BIR_GROUP = "bir_gruppe"
    BIR_1 = "bir_krav_1"
    BIR_2 = "bir_krav_2"
    PROGRESSION = "med_loentimer"
    MORE = "flere_timer"
    SAME = "samme_timer"
    FEWER = "faerre_timer"
    FULL_TIME = "fuld_tid"
    RETENTION = "fastholdelse_grundlag"
    RETAINED = "loentimer_efter_seks_maaneder"
    SAME_COMPANY = "samme_virksomhed"
    PATH_JOB = "vej_job"
    PATH_PAID = "vej_loentimer"
    PATH_INTERNSHIP = "vej_praktik"
    PATH_EDUCATION = "vej_uddannelse"
    PATH_REHAB = "vej_rehabilitering"
    PATH_DROPOUT = "vej_frafald"
    TRIN1_OVER = "trin1_over_maal"
    TRIN2_OVER = "trin2_over_maal"
    OPEN = "aabne_forloeb"

    @property
    def label(self) -> str:
        return FIGURE_LABELS[self]


FIGURE_LABELS = {
    FigureKey.GROUP: N_("Indsatsgruppe"),
    FigureKey.PAID: N_("Løntimer eller uddannelse"),
    FigureKey.NOT_PAID: N_("Uden løntimer eller uddannelse"),
    FigureKey.BIR_GROUP: N_("BIR: i ressourceforløb"),
    FigureKey.BIR_1: N_("BIR krav 1 (35 %)"),
    FigureKey.BIR_2: N_("BIR krav 2 (15 %)"),
    FigureKey.PROGRESSION: N_("Med løntimer"),
    FigureKey.MORE: N_("Flere timer"),
    FigureKey.SAME: N_("Samme timer"),
    FigureKey.FEWER: N_("Færre timer"),
    FigureKey.FULL_TIME: N_("Fuld tid i seneste måned"),
    FigureKey.RETENTION: N_("Første løntimer mindst 6 måneder før"),
    FigureKey.RETAINED: N_("Løntimer 6 måneder senere"),
    FigureKey.SAME_COMPANY: N_("Samme virksomhed 6 måneder senere"),
    FigureKey.PATH_JOB: N_("Job direkte"),
    FigureKey.PATH_PAID: N_("Løntimer først"),
    FigureKey.PATH_INTERNSHIP: N_("Praktik først"),
    FigureKey.PATH_EDUCATION: N_("Uddannelse"),
    FigureKey.PATH_REHAB: N_("Rehabiliteringsteam"),
    FigureKey.PATH_DROPOUT: N_("Frafald"),
    FigureKey.TRIN1_OVER: N_("Trin 1 over målet"),
    FigureKey.TRIN2_OVER: N_("Trin 2 over målet"),
    FigureKey.OPEN: N_("Åbne forløb ved månedens slut"),
}
PATH_KEYS = {
    Outcome.JOB: FigureKey.PATH_JOB, Outcome.PAID_HOURS: FigureKey.PATH_PAID,
    Outcome.INTERNSHIP: FigureKey.PATH_INTERNSHIP, Outcome.EDUCATION: FigureKey.PATH_EDUCATION,
    Outcome.REHAB: FigureKey.PATH_REHAB, Outcome.DROPOUT: FigureKey.PATH_DROPOUT,
}
_DIRECTION_KEYS = {"flere": FigureKey.MORE, "uændret": FigureKey.SAME,
                   "færre": FigureKey.FEWER}


class Measure(enum.StrEnum):
    """The measures of the page and the monthly report, each with its definition."""

    GROUP = "indsatsgruppe"
    PAID_SHARE = "loentimer"
    BIR = "bir"
    PROGRESSION = "progression"
    RETENTION = "fastholdelse"
    PATHWAYS = "forloebsveje"
    STEPS = "trinvarighed"
    CASELOAD = "sagsstamme"
    DROP_IN = "aaben_raadgivning"

    @property
    def title(self) -> str:
        return MEASURE_TITLES[self]

    @property
    def definition(self) -> str:
        return DEFINITIONS[self]


MEASURE_TITLES = {
    Measure.GROUP: N_("Indsatsgruppe"),
    Measure.PAID_SHARE: N_("Løntimer eller uddannelse"),
    Measure.BIR: N_("BIR-krav"),
    Measure.PROGRESSION: N_("Progression i løntimer"),
    Measure.RETENTION: N_("Fastholdelse efter seks måneder"),
    Measure.PATHWAYS: N_("Forløbsveje"),
    Measure.STEPS: N_("Tid i Trin 1 og Trin 2"),
    Measure.CASELOAD: N_("Sagsstamme pr. medarbejder"),
    Measure.DROP_IN: N_("Åben rådgivning"),
}
DEFINITIONS = {
    Measure.GROUP: N_(
        "Forløb i gruppe 1, som er aktive mindst én dag i måneden (fra visitationen til "
        "forløbets slut), og som ikke er fritaget alle disse dage. En borger med to forløb "
        "tælles i hvert forløb. (Seed 003, kap. 2; seed 004, note 1.)"),
    Measure.PAID_SHARE: N_(
        "Andelen af indsatsgruppen med mindst én løntime i måneden (summeret over alle "
        "forløbets aftaler) eller afsluttet til uddannelse i måneden. FSM II-krav: 15 % "
        "(krav 1) og 20 % (krav 2) i en given måned. (Seed 003, kap. 2.)"),
    Measure.BIR: N_(
        "Indsatsgruppen på ressourceforløbsydelse: andelen med job, uddannelse, løntimer "
        "eller en aftale med en virksomhed (krav 1: 35 %) og med job, uddannelse eller "
        "løntimer (krav 2: 15 %). Fleksjob registreres ikke her. (Seed 003, kap. 2.)"),
    Measure.PROGRESSION: N_(
        "Forløb med løntimer til og med måneden: gennemsnitligt timetal i første og seneste "
        "måned med løntimer, ændringen i procent og andelen med flere, samme og færre timer. "
        "Over 150 timer i en måned tæller som fuld tid (150). (Seed 003, kap. 2: FSM II 57 → "
        "79 timer, +39 %.)"),
    Measure.RETENTION: N_(
        "Forløb hvis første måned med løntimer ligger mindst seks måneder før måneden: "
        "andelen med løntimer seks måneder efter den første måned, og andelen med løn fra "
        "samme virksomhed. (Seed 003, kap. 2: FSM II 6 ud af 10 og 4 ud af 10.)"),
    Measure.PATHWAYS: N_(
        "Hvert forløbs første udfald til og med måneden: job direkte, løntimer først, praktik "
        "først, uddannelse, rehabiliteringsteam eller frafald, og det næste udfald derefter. "
        "Forløb uden udfald indgår ikke. (Seed 003, kap. 2, veje til job.)"),
    Measure.STEPS: N_(
        "Trin 1 og Trin 2 afsluttet i måneden: dage fra trinnets start til slut uden dage med "
        "fritagelse; median, 90 %-fraktil og andelen inden for målet (Trin 1 højst én måned, "
        "Trin 2 højst 13 uger). (Seed 004.)"),
    Measure.CASELOAD: N_(
        "Åbne forløb ved månedens slut pr. jobformidler og pr. sagsbehandler, mod de 25-35 "
        "borgere, evalueringen nævner for en jobformidler med myndighed, og overskredne "
        "frister i dag. (Seed 003, afsnit 3.1.1.)"),
    Measure.DROP_IN: N_(
        "Besøg i åben rådgivning i måneden: antal, ventetid og kendte borgere, som på siden "
        "Rapporter. (Seed 001, kerneelement 2.)"),
}


@dataclass(frozen=True)
class CourseMonth:
    """One course's part in one month's figures."""

    course: CourseRecord
    keys: frozenset[FigureKey]
    progression: Progression | None
    latest_full_time: bool
    pathway: tuple[Outcome, Outcome | None] | None
    steps: tuple[StepDuration, ...]


def course_month(c: CourseRecord, month: dt.date) -> CourseMonth:
    """Which figures of `month` the course counts in."""
    last = month_end(month)
    if c.started_on > last:  # not begun: counts in nothing yet
        return CourseMonth(c, frozenset(), None, False, None, ())
    keys: set[FigureKey] = set()
    if in_indsatsgruppe(c, month):
        keys.add(FigureKey.GROUP)
        keys.add(FigureKey.PAID if paid_or_education(c, month) else FigureKey.NOT_PAID)
        if is_bir(c):
            keys.add(FigureKey.BIR_GROUP)
            keys.update(k for k, ok in ((FigureKey.BIR_1, bir_requirement_1(c, month)),
                                        (FigureKey.BIR_2, bir_requirement_2(c, month))) if ok)
    prog = course_progression(c, month)
    full_time = False
    if prog is not None:
        keys.update((FigureKey.PROGRESSION, _DIRECTION_KEYS[prog.direction]))
        full_time = is_full_time(c.paid[prog.latest_month])
        if full_time:
            keys.add(FigureKey.FULL_TIME)
    status = retention_status(c, month)
    if status is not None:
        keys.add(FigureKey.RETENTION)
        keys.update(k for k, ok in ((FigureKey.RETAINED, status.still_paid),
                                    (FigureKey.SAME_COMPANY, status.same_company)) if ok)
    path = pathway(c, last)
    if path is not None:
        keys.add(PATH_KEYS[path[0]])
    steps = tuple(step_durations(c, month, last))
    for s in steps:
        if not s.within_target:
            keys.add(FigureKey.TRIN1_OVER if s.step == Step.AFKLARING else FigureKey.TRIN2_OVER)
    if open_on(c, last):
        keys.add(FigureKey.OPEN)
    return CourseMonth(c, frozenset(keys), prog, full_time, path, steps)


@dataclass(frozen=True)
class StepSummary:
    ended: int
    within_target: int
    median_days: float | None
    p90_days: float | None

    @property
    def within_share(self) -> Share:
        return Share(self.within_target, self.ended)


@dataclass(frozen=True)
class MonthFigures:
    """One month's figures for a set of courses (the office, a jobformidler, a makkerskab)."""

    month: dt.date
    counts: dict[FigureKey, int]
    first_average: Decimal | None
    latest_average: Decimal | None
    pathways: dict[tuple[Outcome, Outcome | None], int]
    steps: dict[Step, StepSummary]

    def count(self, key: FigureKey) -> int:
        return self.counts.get(key, 0)

    def share(self, key: FigureKey, of: FigureKey) -> Share:
        return Share(self.count(key), self.count(of))

    @property
    def paid_share(self) -> Share:
        return self.share(FigureKey.PAID, FigureKey.GROUP)

    @property
    def change_percent(self) -> Decimal | None:
        """seed 003, figur 0.10: the change from the first to the latest month, in per cent."""
        if not self.first_average or self.latest_average is None:
            return None
        return ((self.latest_average - self.first_average) / self.first_average * 100
                ).quantize(Decimal("1"))


def _average(values: Sequence[Decimal]) -> Decimal | None:
    if not values:
        return None
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.1"))


def summarise(month: dt.date, rows: Iterable[CourseMonth]) -> MonthFigures:
    """The month's figures from the courses' flags."""
    keys: list[frozenset[FigureKey]] = []
    first_hours: list[Decimal] = []
    latest_hours: list[Decimal] = []
    pathways: Counter[tuple[Outcome, Outcome | None]] = Counter()
    durations: dict[Step, list[StepDuration]] = {Step.AFKLARING: [], Step.PAA_VEJ_MOD_JOB: []}
    for row in rows:
        keys.append(row.keys)
        if row.progression is not None:
            first_hours.append(row.progression.first_hours)
            latest_hours.append(row.progression.latest_hours)
        if row.pathway is not None:
            pathways[row.pathway] += 1
        for s in row.steps:
            durations[s.step].append(s)
    steps = {step: StepSummary(
        len(found), sum(1 for s in found if s.within_target),
        percentile([s.days for s in found], 50), percentile([s.days for s in found], 90))
        for step, found in durations.items()}
    counts = Counter(chain.from_iterable(keys))
    return MonthFigures(month, dict(counts), _average(first_hours), _average(latest_hours),
                        dict(pathways), steps)


def select(rows: Iterable[CourseMonth], key: FigureKey,
           where: Callable[[CourseRecord], bool] | None = None) -> list[CourseRecord]:
    """The courses behind a figure (in a scope)."""
    return [r.course for r in rows if key in r.keys and (where is None or where(r.course))]
