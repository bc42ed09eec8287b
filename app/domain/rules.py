"""The programme's rules as pure functions, each citing its seed. The facts they read, the seeds'
numbers and the calendar arithmetic are in app.domain.course_facts, re-exported here.

Seeds: 001 = "Uddannelses- og jobgaranti i ghettoer og udsatte boligområder" (effort model),
002 = "Flere skal med II", 003 = STAR's evaluation, 004 = "Flere skal med 3".
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.course_facts import (  # noqa: F401  (re-exported: rules.CourseFacts)
    AFTERCARE_MAX_MONTHS,
    AFTERCARE_MIN_MONTHS,
    AMBER_DAYS,
    GROUP1_DEFAULT_AGE,
    NOT_PERSONAL_KINDS,
    PERSONAL_CHANNELS,
    SEED_001,
    SEED_002,
    SEED_003,
    SEED_004,
    STEP_UP_CADENCE_DAYS,
    TRIN1_TARGET_MONTHS,
    TRIN2_CONTACT_DAYS,
    TRIN2_TARGET_DAYS,
    TRIN3_CADENCE_YEARS,
    TRIN3_CONTACT_MONTHS,
    Condition,
    CourseFacts,
    HearingFacts,
    Period,
    active_exemption,
    add_months,
    age_on,
    contact_floor,
    follow_up_after,
    is_personal_contact,
    paused_target,
)
from app.domain.enums import (
    CompletionReason,
    CourseStatus,
    FollowUpFrequency,
    Step,
    VisitationGroup,
)
from app.domain.text import N_, in_sentence, join_texts, number
from app.domain.values import TRIN3_EXIT_PAID_HOURS_PER_MONTH

# --- visitation -----------------------------------------------------------------------------


def default_visitation_group(birth_date: dt.date | None, on: dt.date, activity_ready: bool,
                             ) -> VisitationGroup | None:
    """Group 1 by default for activity-ready citizens over 30 (seed 004, trin 1); otherwise the
    caseworker decides at the 1-2 visitation meetings (None)."""
    if birth_date is None or not activity_ready:
        return None
    return VisitationGroup.INDSATS if age_on(birth_date, on) >= GROUP1_DEFAULT_AGE else None


# --- step transitions ----------------------------------------------------------------------


def trin1_exit_conditions(f: CourseFacts) -> list[Condition]:
    """seed 004, trin 1: visitation done, personal jobformidler assigned (named in Min Plan),
    CV work begun, job goal with a direction."""
    return [
        Condition(N_("Visitation er gennemført (gruppe 1)"),
                  f.visitation_group == VisitationGroup.INDSATS, SEED_004),
        Condition(N_("Personlig jobformidler er tildelt"), f.jobformidler_assigned, SEED_004),
        Condition(N_("Arbejdet med CV er begyndt"), f.cv_started, SEED_004),
        Condition(N_("Jobmålet har en retning"), f.job_goal_has_direction, SEED_004),
    ]


def trin2_exit_conditions(f: CourseFacts) -> list[Condition]:
    """seed 001 kerneelement 6 and seed 004 trin 2: an employment and/or internship agreement,
    a follow-up plan, and a fixed contact person at the company."""
    return [
        Condition(N_("Aftale med virksomheden (ansættelse og/eller praktik)"), f.agreement_exists,
                  SEED_004),
        Condition(N_("Opfølgningsplan"), f.followup_plan_exists, SEED_004),
        Condition(N_("Fast kontaktperson i virksomheden"), f.company_contact_exists, SEED_004),
    ]


def exit_conditions(f: CourseFacts) -> list[Condition]:
    if f.step == Step.AFKLARING:
        return trin1_exit_conditions(f)
    if f.step == Step.PAA_VEJ_MOD_JOB:
        return trin2_exit_conditions(f)
    return []


def unmet(conditions: Sequence[Condition]) -> list[Condition]:
    return [c for c in conditions if not c.met]


class CourseAction(enum.StrEnum):
    """What can be done to a course from where it stands (the record's buttons and the
    services ask the same function, `allowed_actions`)."""
    VISIT = "visit"
    ASSIGN = "assign"
    NEXT_STEP = "next_step"
    DROPOUT = "dropout"
    COMPLETE = "complete"
    EXEMPTION = "exemption"
    END_EXEMPTION = "end_exemption"
    STEP_UP = "step_up"


def allowed_actions(status: CourseStatus | None, step: Step | None, *,
                    open_exemption: bool = False) -> frozenset[CourseAction]:
    """The course actions allowed for a course with `status` and current `step` (None: no
    course). seed 004: trin 1 and 2 move on to the next trin; seed 001, trin 3: only trin 3
    ends in dropout; only an active course is completed."""
    if status is None:
        return frozenset()
    active = status == CourseStatus.ACTIVE
    open_course = status in (CourseStatus.VISITATION, CourseStatus.ACTIVE)
    rules = {
        CourseAction.VISIT: status == CourseStatus.VISITATION,
        CourseAction.ASSIGN: open_course,
        CourseAction.NEXT_STEP: active and step in (Step.AFKLARING, Step.PAA_VEJ_MOD_JOB),
        CourseAction.DROPOUT: active and step == Step.VIRKSOMHEDSFORLOEB,
        CourseAction.COMPLETE: active,
        CourseAction.EXEMPTION: open_course,
        CourseAction.END_EXEMPTION: open_exemption,
        # seed 004, "Supplerende indsats": step-up builds on the job-directed effort, so only
        # for a citizen visited to group 1 (an active course is one)
        CourseAction.STEP_UP: active,
    }
    return frozenset(action for action, allowed in rules.items() if allowed)


class Transition(enum.Enum):
    NEXT_STEP = "next_step"
    DROPOUT = "dropout"  # Trin 3 back to Trin 2
    TO_REHAB = "to_rehab"


def step_after_dropout(to_rehab: bool) -> Step | None:
    """seed 001, trin 3: a citizen who drops out starts Trin 2 again for a new match, unless the
    jobkonsulent assesses the citizen to belong to the rehab group (then None: the course is
    interrupted and the case prepared for the rehabiliteringsteam)."""
    return None if to_rehab else Step.PAA_VEJ_MOD_JOB


def paid_hours_complete_trin3(hours_in_month: Decimal | None) -> bool:
    """seed 001, trin 3: at least 30 ordinary hours a month (about 5-6 a week) ends Trin 3."""
    return hours_in_month is not None and hours_in_month >= TRIN3_EXIT_PAID_HOURS_PER_MONTH


def completion_conditions(reason: CompletionReason, best_month_hours: Decimal | None
                          ) -> list[Condition]:
    """seeds 001, 002, 004: completion by job, education, or at least 30 paid hours a month."""
    if reason == CompletionReason.PAID_HOURS:
        return [Condition(N_("Mindst 30 løntimer i en måned"),
                          paid_hours_complete_trin3(best_month_hours), SEED_001)]
    return []


def self_supporting(reason: CompletionReason | None) -> bool:
    return reason in (CompletionReason.JOB, CompletionReason.EDUCATION,
                      CompletionReason.PAID_HOURS)


def aftercare_end(ended_on: dt.date, months: int = AFTERCARE_MAX_MONTHS) -> dt.date:
    """seed 004, trin 3: monthly follow-up for at least 3-6 months after self-support."""
    months = max(AFTERCARE_MIN_MONTHS, min(AFTERCARE_MAX_MONTHS, months))
    return add_months(ended_on, months)


# --- targets, cadence and due items --------------------------------------------------------


def trin1_started_on(f: CourseFacts) -> dt.date | None:
    """seed 004, trin 1: "Trin 1 starter med 1-2 samtaler mellem borger og sagsbehandler":
    Trin 1 is counted from the course's first conversation. Only when no conversation is
    logged does it count from the visitation date (then from the step's own start)."""
    return f.first_conversation_on or f.visitation_date or f.step_started_on


def effective_target(f: CourseFacts, today: dt.date | None = None) -> dt.date | None:
    """The current step's target, counted from where the seed counts it and moved by the days
    under an exemption (seed 004, note 1)."""
    if f.status != CourseStatus.ACTIVE or f.step is None or not f.step_started_on:
        return None
    start = trin1_started_on(f) if f.step == Step.AFKLARING else f.step_started_on
    nominal = step_target(f.step, start)
    return None if nominal is None else paused_target(start, nominal, f.exemptions, today)


def step_target(step: Step, started_on: dt.date) -> dt.date | None:
    if step == Step.AFKLARING:
        return add_months(started_on, TRIN1_TARGET_MONTHS)  # seed 004: at most one month
    if step == Step.PAA_VEJ_MOD_JOB:
        return started_on + dt.timedelta(days=TRIN2_TARGET_DAYS)  # seed 004: at most 13 weeks
    return None


class DueKind(enum.StrEnum):
    """What a due item is about; the UI acts on the kind, never on the (translated) text."""
    VISITATION = "visitation"
    TRIN1_TARGET = "trin1_target"
    TRIN2_TARGET = "trin2_target"
    WEEKLY_CONTACT = "weekly_contact"
    MONTHLY_FOLLOW_UP = "monthly_follow_up"
    CONSIDER_COMPLETION = "consider_completion"
    STEP_UP = "step_up"
    AFTERCARE = "aftercare"
    AGREED_CONTACT = "agreed_contact"
    STEP_UP_FOLLOW_UP = "step_up_follow_up"
    AGREEMENT_FOLLOW_UP = "agreement_follow_up"  # weekly or every other week, as agreed
    PERSONAL_CONTACT_BEFORE_SANCTION = "personal_contact_before_sanction"


@dataclass(frozen=True, order=True)
class DueItem:
    due: dt.date
    what: str
    why: str
    rule: str
    kind: DueKind = field(compare=False)
    # a suggestion is shown only from this date on (None: always shown)
    show_from: dt.date | None = field(default=None, compare=False)


STEP_UP_WHAT = N_("Overvej step-up")


class Mark(enum.StrEnum):
    RED = "red"  # overdue
    AMBER = "amber"  # due within a week (or today)
    GREEN = "green"


def mark(due: dt.date, today: dt.date) -> Mark:
    """domain.md "Marks": green more than 7 days before the due date, amber within 7 days
    (the due day included), red when overdue. Every mark of the app comes from here."""
    if due < today:
        return Mark.RED
    if due <= today + dt.timedelta(days=AMBER_DAYS):
        return Mark.AMBER
    return Mark.GREEN


def step_up_suggested_on(f: CourseFacts) -> dt.date | None:
    """When a step-up should be considered. seed 004 "Supplerende indsats": only when "det
    rette match ... trækker ud, fordi borgeren har helbredsmæssige eller familierelaterede
    udfordringer", so never without a recorded health or family barrier. Then: Trin 2 has run
    past 13 weeks, or 26 weeks after the course started (the fixed cadence some municipalities
    used, seed 003 3.3.6). After a closed step-up the 26-week cadence has done its work for the
    course; only a Trin 2 begun after the closing (a dropout) can suggest another."""
    if (f.status != CourseStatus.ACTIVE or f.step_up_open or f.step == Step.VIRKSOMHEDSFORLOEB
            or not f.health_or_family_barriers):
        return None
    closed = f.step_up_closed_on
    candidates = []
    if closed is None:
        candidates.append(f.started_on + dt.timedelta(days=STEP_UP_CADENCE_DAYS))
    if f.step == Step.PAA_VEJ_MOD_JOB and f.step_started_on and (
            closed is None or f.step_started_on > closed):
        trin2_end = paused_target(f.step_started_on, f.step_started_on + dt.timedelta(
            days=TRIN2_TARGET_DAYS), f.exemptions)
        candidates.append(trin2_end + dt.timedelta(days=1))
    return min(candidates) if candidates else None


def contact_before_sanction(h: HearingFacts) -> DueItem | None:
    """seed 001, kerneelement 5: "Inden kommunen må give borgeren en sanktion, skal kommunen
    altid have udnyttet alle rimelige muligheder for at komme i personlig kontakt med borgeren
    ... hvis denne ikke reagerer på en skriftlig partshøring ... fx være telefonisk eller
    personlig kontakt, hvor borgeren bor". From the day after the answer deadline until a
    phone attempt and a home-visit attempt are logged, or the citizen is reached."""
    if h.answered or h.reached or (h.phone_attempt and h.home_visit_attempt):
        return None
    missing = [text for done, text in ((h.phone_attempt, N_("telefonisk kontaktforsøg")),
                                       (h.home_visit_attempt, N_("forsøg hvor borgeren bor")))
               if not done]
    day = h.answer_deadline + dt.timedelta(days=1)
    return DueItem(day, N_("Personlig kontakt før sanktion"),
                   N_("Partshøringen er ikke besvaret inden fristen {deadline}. Mangler: "
                      "{missing}", deadline=h.answer_deadline.strftime("%d.%m.%Y"),
                      missing=join_texts(", ", missing)),
                   SEED_001, DueKind.PERSONAL_CONTACT_BEFORE_SANCTION, show_from=day)


def _danish(value: Decimal) -> str:
    return number(value)  # the UI writes it with its own decimal sign


def _since(last_contact: dt.date | None, floor: dt.date) -> dt.date:
    return max(last_contact, floor) if last_contact else floor


def due_items(f: CourseFacts, today: dt.date) -> list[DueItem]:
    """Every due item of a course as of `today`: what, by when, why, and which seed rule."""
    if f.status in (CourseStatus.ACTIVE, CourseStatus.VISITATION) and active_exemption(
            f.exemptions, today):
        return []  # seed 004, note 1: an exempted citizen has no deadlines
    return [i for i in all_due_items(f, today) if i.show_from is None or i.show_from <= today]


def _visitation_due(f: CourseFacts, today: dt.date | None) -> DueItem:
    # seed 004, trin 1: "Trin 1 starter med 1-2 samtaler", counted from the first one
    start = f.first_conversation_on or f.started_on
    return DueItem(paused_target(start, add_months(start, TRIN1_TARGET_MONTHS), f.exemptions,
                                 today), N_("Visitation"),
                   N_("1-2 samtaler afklarer gruppe 1 eller 2; trin 1 højst én måned"),
                   SEED_004, DueKind.VISITATION)


def _trin3_follow_up(f: CourseFacts, start: dt.date, today: dt.date | None) -> DueItem | None:
    """seed 001, kerneelement 7: "minimum være kontakt ... en gang i måneden i det første år";
    the agreement's follow-up plan may agree on more (seed 004, trin 2), and then its
    frequency holds as long as the agreement does."""
    since = _since(f.last_contact_on, contact_floor(start, f.exemptions, today))
    due = follow_up_after(since, f.follow_up_frequency)
    if f.follow_up_frequency in (FollowUpFrequency.WEEKLY, FollowUpFrequency.BIWEEKLY):
        return DueItem(due, N_("Opfølgning efter aftalen ({frequency})",
                               frequency=in_sentence(f.follow_up_frequency.label)),
                       N_("Opfølgning med den hyppighed, der er aftalt i opfølgningsplanen"),
                       SEED_004, DueKind.AGREEMENT_FOLLOW_UP)
    if due > add_months(start, 12 * TRIN3_CADENCE_YEARS):
        return None
    return DueItem(due, N_("Månedlig opfølgning"),
                   N_("Mindst månedlig kontakt det første år i virksomheden"),
                   SEED_001, DueKind.MONTHLY_FOLLOW_UP)


def all_due_items(f: CourseFacts, today: dt.date | None = None) -> list[DueItem]:
    """The due items that follow from the facts, suggestions with their `show_from`;
    `due_items` applies the date (exemptions, suggestions not yet due). `today`, when given,
    lets an exemption not yet lifted move the targets up to that day."""
    items: list[DueItem] = []
    if f.status == CourseStatus.VISITATION:
        items.append(_visitation_due(f, today))
    elif f.status == CourseStatus.ACTIVE and f.step is not None and f.step_started_on:
        start = f.step_started_on
        target = effective_target(f, today)
        if f.step == Step.AFKLARING:
            missing = join_texts(", ", [in_sentence(c.label)
                                        for c in unmet(trin1_exit_conditions(f))])
            items.append(DueItem(target, N_("Afslut trin 1"),
                                 N_("Trin 1 højst én måned. Mangler: {missing}",
                                    missing=missing or N_("intet")),
                                 SEED_004, DueKind.TRIN1_TARGET))
        elif f.step == Step.PAA_VEJ_MOD_JOB:
            missing = join_texts(", ", [in_sentence(c.label)
                                        for c in unmet(trin2_exit_conditions(f))])
            items.append(DueItem(target, N_("Afslut trin 2"),
                                 N_("Trin 2 højst 13 uger. Mangler: {missing}",
                                    missing=missing or N_("intet")),
                                 SEED_004, DueKind.TRIN2_TARGET))
            if not f.agreement_exists:
                since = _since(f.last_contact_on, contact_floor(start, f.exemptions, today))
                items.append(DueItem(since + dt.timedelta(
                    days=TRIN2_CONTACT_DAYS), N_("Ugentlig kontakt"),
                    N_("Ugentlig kontakt med jobformidleren, til borgeren er ude på en virksomhed"),
                    SEED_004, DueKind.WEEKLY_CONTACT))
        elif f.step == Step.VIRKSOMHEDSFORLOEB:
            follow_up = _trin3_follow_up(f, start, today)
            if follow_up is not None:
                items.append(follow_up)
            if paid_hours_complete_trin3(f.latest_paid_hours) and f.latest_paid_month:
                items.append(DueItem(add_months(f.latest_paid_month, 1),
                                     N_("Overvej at afslutte trin 3"),
                                     N_("Seneste måned: {hours} løntimer (mindst 30 "
                                        "afslutter trin 3)",
                                        hours=_danish(f.latest_paid_hours)),
                                     SEED_001, DueKind.CONSIDER_COMPLETION))
        suggested = step_up_suggested_on(f)
        if suggested is not None:
            items.append(DueItem(suggested, STEP_UP_WHAT,
                                 N_("Matchet trækker ud: trin 2 over 13 uger med helbreds- eller "
                                 "familiebarrierer, eller 26 uger efter start"),
                                 SEED_002, DueKind.STEP_UP, show_from=suggested))
    elif (f.status == CourseStatus.COMPLETED and f.ended_on and f.aftercare_until
          and self_supporting(f.completion_reason)):
        due = add_months(_since(f.last_contact_on, f.ended_on), 1)
        if due <= f.aftercare_until:
            items.append(DueItem(due, N_("Efterværn: månedlig opfølgning"),
                                 N_("Månedlig opfølgning i 3-6 måneder efter selvforsørgelse"),
                                 SEED_004, DueKind.AFTERCARE))
    open_course = f.status in (CourseStatus.ACTIVE, CourseStatus.VISITATION)
    in_aftercare = f.status == CourseStatus.COMPLETED and bool(items)
    if open_course or in_aftercare:
        if f.agreed_next_contact_on:
            items.append(DueItem(f.agreed_next_contact_on, N_("Aftalt kontakt"),
                                 N_("Næste kontakt som aftalt ved seneste kontakt"), "aftale",
                                 DueKind.AGREED_CONTACT))
        for follow_up_on, text in f.step_up_follow_ups:
            items.append(DueItem(follow_up_on, N_("Opfølgning på step-up-aftale"), text,
                                 SEED_002, DueKind.STEP_UP_FOLLOW_UP))
    if open_course:
        items.extend(item for item in map(contact_before_sanction, f.hearings) if item)
    return sorted(items)


def next_due(f: CourseFacts, today: dt.date) -> DueItem | None:
    items = due_items(f, today)
    return items[0] if items else None
