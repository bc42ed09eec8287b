"""What the measures know of one course (issue 21): its own dates, group, exemptions,
agreements with their paid hours per month, and its step periods. Built by the service from
the store; every measure is a pure function of these records (seed 003, chapter 2)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from app.domain.enums import BenefitType, CompletionReason, CourseStatus, Step, VisitationGroup
from app.domain.measures import Span, sum_by_month


class AgreementRecord(NamedTuple):
    """One work and follow-up agreement: its company, whether it began as a
    virksomhedspraktik without paid hours, its days, and its paid hours per month."""

    company: str
    internship: bool
    starts_on: dt.date
    ends_on: dt.date | None = None
    hours: tuple[tuple[dt.date, Decimal], ...] = ()


class StepRecord(NamedTuple):
    step: Step
    starts_on: dt.date
    ends_on: dt.date | None = None
    dropout: bool = False  # back from Trin 3 to Trin 2


@dataclass(slots=True, eq=False)
class CourseRecord:
    """One course (forløb). Measures count courses, each with its own dates (domain.md).
    Treated as read-only; not frozen, as a frozen dataclass is slow to make 25,000 times."""

    key: str
    citizen_key: str
    status: CourseStatus
    started_on: dt.date
    group: VisitationGroup | None = None
    group_from: dt.date | None = None  # the visitation date
    ended_on: dt.date | None = None
    completion: CompletionReason | None = None
    benefit: BenefitType | None = None
    caseworker: str | None = None
    jobformidler: str | None = None
    exemptions: tuple[Span, ...] = ()
    agreements: tuple[AgreementRecord, ...] = ()
    steps: tuple[StepRecord, ...] = ()
    # month -> paid hours summed over every agreement (domain.md)
    paid: dict[dt.date, Decimal] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.paid = sum_by_month(
            row for agreement in self.agreements for row in agreement.hours
        ) if self.agreements else {}

    def companies_paid(self, month: dt.date) -> frozenset[str]:
        """The companies that paid hours in `month`."""
        return frozenset(a.company for a in self.agreements
                         for m, h in a.hours if m == month and h > 0)

    def in_pair(self, caseworker: str, jobformidler: str) -> bool:
        """The course lies in the makkerskab's shared caseload: each person it has is one of
        the pair (a course not yet given a jobformidler belongs to its caseworker's pair)."""
        people = (self.caseworker, self.jobformidler)
        return people != (None, None) and self.caseworker in (None, caseworker) \
            and self.jobformidler in (None, jobformidler)
