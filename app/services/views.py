"""Read-only views the services return and the printed documents take: one declaration each, so
the reports never re-declare an agreement's or a step-up row's fields. This module imports only
app.domain, so app.reports may import it without an import circle (the services import the
reports)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.domain.enums import AgreementStatus, AgreementType, FollowUpFrequency, InternshipPurpose
from app.domain.measures import Progression, completes_trin3, is_full_time, progression


@dataclass(frozen=True)
class PaidMonthView:
    id: uuid.UUID
    month: dt.date
    hours: Decimal
    pay: Decimal | None

    @property
    def full_time(self) -> bool:
        return is_full_time(self.hours)


@dataclass(frozen=True)
class AgreementView:
    id: uuid.UUID
    company_id: uuid.UUID
    company: str
    contact_person_id: uuid.UUID | None
    contact_person: str
    agreement_type: AgreementType
    internship_purpose: InternshipPurpose | None
    status: AgreementStatus
    tasks: str
    hours_per_week: Decimal
    paid_hours_per_week: Decimal
    paid_hours_plan: str
    sub_goals: str
    health_considerations: str
    followup_plan: str
    followup_interval_days: int | None
    starts_on: dt.date
    ends_on: dt.date | None
    end_reason: str
    supersedes_id: uuid.UUID | None
    months: tuple[PaidMonthView, ...]
    followup_frequency: FollowUpFrequency = FollowUpFrequency.MONTHLY

    @property
    def progression(self) -> Progression | None:
        return progression((p.month, p.hours) for p in self.months)

    @property
    def suggests_completion(self) -> bool:
        """seed 001: a month with at least 30 paid hours suggests completing Trin 3."""
        return any(completes_trin3(p.hours) for p in self.months)


@dataclass(frozen=True)
class AgreementParties:
    """Who signs an arbejds- og opfølgningsaftale, as printed on it."""

    office: str
    citizen_name: str
    citizen_phone: str
    company_name: str
    company_cvr: str
    company_address: str
    contact_person: str
    contact_phone: str
    jobformidler: str


@dataclass(frozen=True)
class RowView:
    """A row of the step-up agreement document (seed 002, c)."""

    id: uuid.UUID
    agreement: str
    responsible: str
    follow_up_on: dt.date | None
    supplementary_effort: str
    effort_starts_on: dt.date | None
    coordination: str
    considerations: str


@dataclass(frozen=True)
class CvView:
    """The citizen's CV as printed: contact, job goal and CV items (never barriers)."""

    office: str
    name: str
    phone: str
    email: str
    position: str
    field: str
    functions: str
    direction: str
    items: Sequence[tuple[str, str, str]]  # (kind value, title, detail)
