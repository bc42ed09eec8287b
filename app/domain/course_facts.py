"""What the programme's rules read, and the arithmetic they share: the seeds' numbers, months
and ages, exemption periods that pause a target or a cadence, what counts as personal contact,
and the facts of a course and of a hearing that the services gather for the rules.

Seeds: 001 = "Uddannelses- og jobgaranti i ghettoer og udsatte boligområder" (effort model),
002 = "Flere skal med II", 003 = STAR's evaluation, 004 = "Flere skal med 3".
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from app.domain.enums import (
    CompletionReason,
    ContactChannel,
    ContactKind,
    CourseStatus,
    FollowUpFrequency,
    Step,
    VisitationGroup,
)

# seed 004, trin 1 (also seed 002): "Der bør sigtes mod, at trin 1 maksimalt varer én måned."
TRIN1_TARGET_MONTHS = 1
# seed 004, trin 2 (also seed 002): "Der bør sigtes mod, at trin 2 maksimalt varer 13 uger."
TRIN2_TARGET_DAYS = 13 * 7
# seed 004, trin 2: "kontakt ugentligt frem til, at borger kommer ud på en virksomhed"
TRIN2_CONTACT_DAYS = 7
# seed 001, kerneelement 7: "kontakt ... en gang i måneden i det første år"
TRIN3_CONTACT_MONTHS = 1
TRIN3_CADENCE_YEARS = 1
# seed 004, trin 3: "følge op ... månedligt, fx telefonisk, i mindst 3-6 måneder"
AFTERCARE_MIN_MONTHS = 3
AFTERCARE_MAX_MONTHS = 6
# evaluation (seed 003) 3.3.6: step-up meetings held at a fixed cadence, "26 uger efter en
# borger påbegyndte forløbet"
STEP_UP_CADENCE_DAYS = 26 * 7
# seed 004, trin 1: "aktivitetsparate borgere over 30 år tilhører som udgangspunkt gruppe 1"
GROUP1_DEFAULT_AGE = 30
AMBER_DAYS = 7  # a due item within a week is shown amber

SEED_001 = "seed 001"
SEED_002 = "seed 002"
SEED_003 = "seed 003"
SEED_004 = "seed 004"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the last day of the month when it has no such day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def age_on(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# --- exemption ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    starts_on: dt.date
    ends_on: dt.date | None = None  # None: until lifted

    def covers(self, day: dt.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


def active_exemption(exemptions: Iterable[Period], on: dt.date) -> Period | None:
    """seed 004, note 1: a citizen with a fritagelsesmarkering leaves the indsatsgruppe until
    it is lifted; such a citizen has no deadlines."""
    return next((p for p in exemptions if p.covers(on)), None)


def _overlap_days(p: Period, first: dt.date, last: dt.date, today: dt.date | None) -> int:
    # an exemption not yet lifted counts up to `today` (none when the day is not known)
    end = p.ends_on if p.ends_on is not None else today
    if end is None:
        return 0
    return max(0, (min(end, last) - max(p.starts_on, first)).days + 1)


def paused_target(start: dt.date, target: dt.date, exemptions: Iterable[Period],
                  today: dt.date | None = None) -> dt.date:
    """seed 004, note 1: "Borgerne genindtræder i indsatsgruppen (gruppe 1), hvis/når
    fritagelsesmarkeringen fjernes": the days under an exemption do not count, so a step
    target moves by the exemption days that overlap the step (also those the move itself
    reaches)."""
    periods = tuple(exemptions)
    moved = target
    while True:
        days = sum(_overlap_days(p, start, moved, today) for p in periods)
        later = target + dt.timedelta(days=days)
        if later == moved:
            return moved
        moved = later


def contact_floor(start: dt.date, exemptions: Iterable[Period],
                  today: dt.date | None = None) -> dt.date:
    """The day a contact cadence counts from: the step's start, or the day after the latest
    lifted exemption (no contact is due while one is active, seed 004 note 1)."""
    ends = [p.ends_on + dt.timedelta(days=1) for p in exemptions
            if p.ends_on is not None and (today is None or p.ends_on < today)]
    return max([start, *ends])


# --- contact -------------------------------------------------------------------------------

# Personal contact (domain.md "How the app reads the rules"; seed 004, trin 2: "kontakt
# ugentligt ... for at opbygge den tæt og tillidsbaseret relation"; seed 001, kerneelement 5:
# "personlig kontakt ... telefonisk eller personlig kontakt, hvor borgeren bor"): a meeting, a
# phone call that reached the citizen, a home visit, a video call, a visit at the company.
# Letters, SMS, Digital Post, unanswered attempts and hearings do not meet a cadence. Nor
# does attending a group session (jobcafé, CV-værksted): the cadence is the citizen's own
# contact with the jobformidler (seed 004, trin 2: "ugentlig kontakt mellem borger og
# jobformidler"), which a room shared with others is not.
PERSONAL_CHANNELS = (ContactChannel.PERSONLIGT, ContactChannel.TELEFON, ContactChannel.VIDEO)
NOT_PERSONAL_KINDS = (ContactKind.KONTAKTFORSOEG, ContactKind.PARTSHOERING,
                      ContactKind.GRUPPEFORLOEB, ContactKind.INDKALDELSE)


def is_personal_contact(kind: ContactKind, channel: ContactChannel) -> bool:
    return channel in PERSONAL_CHANNELS and kind not in NOT_PERSONAL_KINDS


def follow_up_after(since: dt.date, frequency: FollowUpFrequency | None) -> dt.date:
    """The next follow-up at the frequency agreed in the agreement (seed 004, trin 2: "en plan
    for opfølgning ... fx kontakt minimum en gang om måneden"); monthly when none is agreed."""
    if frequency == FollowUpFrequency.WEEKLY:
        return since + dt.timedelta(days=7)
    if frequency == FollowUpFrequency.BIWEEKLY:
        return since + dt.timedelta(days=14)
    return add_months(since, 1)


# --- the facts of a course ----------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    label: str
    met: bool
    rule: str


@dataclass(frozen=True)
class CourseFacts:
    """What the rules need to know about one course, gathered by the services."""

    status: CourseStatus
    started_on: dt.date
    step: Step | None = None
    step_started_on: dt.date | None = None
    visitation_group: VisitationGroup | None = None
    jobformidler_assigned: bool = False
    cv_started: bool = False
    job_goal_has_direction: bool = False
    agreement_exists: bool = False
    followup_plan_exists: bool = False
    company_contact_exists: bool = False
    health_or_family_barriers: bool = False
    last_contact_on: dt.date | None = None
    agreed_next_contact_on: dt.date | None = None
    exemptions: tuple[Period, ...] = ()
    ended_on: dt.date | None = None
    completion_reason: CompletionReason | None = None
    aftercare_until: dt.date | None = None
    step_up_open: bool = False
    step_up_follow_ups: tuple[tuple[dt.date, str], ...] = ()
    latest_paid_hours: Decimal | None = None  # hours in the latest month entered
    latest_paid_month: dt.date | None = None  # that month (its first day)
    # the course's first personal conversation, and the visitation decision's date
    first_conversation_on: dt.date | None = None
    visitation_date: dt.date | None = None
    follow_up_frequency: FollowUpFrequency | None = None  # of the active agreement(s)
    step_up_closed_on: dt.date | None = None  # the latest closed step-up of the course
    hearings: tuple[HearingFacts, ...] = ()


@dataclass(frozen=True)
class HearingFacts:
    """A written partshøring before a sanction and what followed it (seed 001, kerneelement
    5). The attempts and the contact count only when made after the hearing was sent."""

    sent_on: dt.date
    answer_deadline: dt.date
    answered: bool = False
    phone_attempt: bool = False
    home_visit_attempt: bool = False
    reached: bool = False  # a personal contact with the citizen
