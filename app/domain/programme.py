"""Rules of one citizen's courses over time (issue 15): the target group checked at
visitation, paid hours summed per calendar month over every agreement of a course, the month
that decides completion, and the aftercare consent. Each rule cites its seed."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from app.domain.enums import BenefitType
from app.domain.measures import Progression, progression
from app.domain.text import N_
from app.domain.values import TRIN3_EXIT_PAID_HOURS_PER_MONTH

# seed 001, kerneelement 3: "aktivitetsparate ledige ... der modtager: kontanthjælp,
# uddannelseshjælp, integrationsydelse (og ikke er omfattet af integrationsprogrammet)"
TARGET_GROUP_BENEFITS = (BenefitType.KONTANTHJAELP, BenefitType.UDDANNELSESHJAELP,
                         BenefitType.INTEGRATIONSYDELSE)

# seed 004, trin 3: aftercare "forudsætter borgerens samtykke"; the consent record's scope
AFTERCARE_SCOPE = N_("efterværn")
AFTERCARE_RECIPIENTS = N_("Jobcenteret (opfølgning i efterværn)")


def target_group_problems(benefit: BenefitType | None, activity_ready: bool,
                          in_integration_programme: bool) -> list[str]:
    """Why a citizen is outside the programme's target group (seed 001, kerneelement 3);
    empty when inside it. The caseworker may proceed with a recorded reason."""
    problems: list[str] = []
    if not activity_ready:
        problems.append(N_("Borgeren er ikke registreret som aktivitetsparat."))
    # an unregistered benefit is unknown, not outside: the form asks for it (see below)
    if benefit is not None and benefit not in TARGET_GROUP_BENEFITS:
        problems.append(N_("Borgeren modtager hverken kontanthjælp, uddannelseshjælp eller "
                           "integrationsydelse."))
    if benefit == BenefitType.INTEGRATIONSYDELSE and in_integration_programme:
        problems.append(N_("Borgeren er omfattet af integrationsprogrammet."))
    return problems


def target_group_warnings(benefit: BenefitType | None, activity_ready: bool,
                          in_integration_programme: bool) -> list[str]:
    """What the visitation form shows: the problems, and an unregistered benefit."""
    warnings = target_group_problems(benefit, activity_ready, in_integration_programme)
    if benefit is None:
        warnings.append(N_("Borgerens ydelse er ikke registreret; målgruppen kan ikke "
                           "kontrolleres."))
    return warnings


def needs_education_direction(benefit: BenefitType | None, direction: str,
                              education_goal: bool) -> bool:
    """seed 001, kerneelement 3 / domain.md: for uddannelseshjælp the long-term goal is
    education, so the job goal must name an education direction."""
    return benefit == BenefitType.UDDANNELSESHJAELP and not (education_goal
                                                             and direction.strip())


def monthly_paid_hours(rows: Iterable[tuple[dt.date, Decimal]]) -> list[tuple[dt.date, Decimal]]:
    """domain.md "How the app reads the rules": a month's paid hours are the sum over every
    agreement and company of the course in that calendar month (seed 001, trin 3: "mindst 30
    ordinære timer om måneden" counts the citizen's month, not one payslip). Sorted by month."""
    sums: dict[dt.date, Decimal] = defaultdict(Decimal)
    for month, hours in rows:
        sums[month.replace(day=1)] += hours
    return sorted(sums.items())


def latest_paid_month(months: Iterable[tuple[dt.date, Decimal]]
                      ) -> tuple[dt.date, Decimal] | None:
    """The latest registered month and its summed hours: the month completion by paid hours
    is judged on (seed 001, trin 3), not the best month ever."""
    summed = monthly_paid_hours(months)
    return summed[-1] if summed else None


def completes_by_paid_hours(months: Iterable[tuple[dt.date, Decimal]]) -> bool:
    """seed 001, trin 3: at least 30 ordinary hours summed in the latest registered month."""
    latest = latest_paid_month(months)
    return latest is not None and latest[1] >= TRIN3_EXIT_PAID_HOURS_PER_MONTH


def course_progression(months: Iterable[tuple[dt.date, Decimal]]) -> Progression | None:
    """seed 003, chapter 2 (progression): the first and the latest month with paid hours of
    the course, summed across renegotiations and changes of company."""
    return progression(monthly_paid_hours(months))
