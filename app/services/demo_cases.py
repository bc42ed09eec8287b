"""The demo office's worked cases of issue 15: one citizen for each rule a newcomer should see
on the caseload and the record (a dropout from Trin 3, a returned citizen on a second course,
an active exemption, an unanswered partshøring past its deadline, and two concurrent
agreements whose paid hours are summed per month).

They are written with the demo's bulk rows (app.services.demo) and count among its citizens.
They draw on their own random generator, so the random citizens, and the demo's spread of
red, amber and green, stay what the seed makes them. Their own due items are amber, green or
none, never red."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal

from app.db import models as m
from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    BenefitType,
    CompletionReason,
    ContactChannel,
    ContactKind,
    ContactPlace,
    CourseStatus,
    CvItemKind,
    ExemptionReason,
    FollowUpFrequency,
    InternshipPurpose,
    Step,
    VisitationGroup,
)

# (first name, last name): one citizen per case, in this order
CASES = (
    ("Yasmin", "Frafald"),  # dropout from Trin 3: agreement ended "frafald", back in Trin 2
    ("Kemal", "Genstart"),  # back after a lost job: a second course on the same record
    ("Hanne", "Fritaget"),  # an active exemption: no deadlines, "Fritaget" on the caseload
    ("Omar", "Partshøring"),  # partshøring unanswered past its deadline
    ("Linh", "Totimer"),  # two concurrent agreements, paid hours summed per month
)
MIN_CITIZENS = 20  # smaller demos have no worked cases


def case_count(citizens: int) -> int:
    """How many of the demo's citizens are worked cases."""
    return len(CASES) if citizens >= MIN_CITIZENS else 0


def _month(day: dt.date, back: int) -> dt.date:
    y, mth = divmod(day.month - 1 - back, 12)
    return dt.date(day.year + y, mth + 1, 1)


class _Cases:
    def __init__(self, gen, seed: int, new_cpr, new_phone, tz) -> None:
        self.gen = gen
        self.new_cpr, self.new_phone, self.tz = new_cpr, new_phone, tz
        self.rows = gen.rows
        self.today: dt.date = gen.today
        self.rng = random.Random(f"issue-15-cases-{seed}")
        self.caseworker, self.formidler = gen.partnerships[0]

    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def citizen(self, first: str, last: str) -> uuid.UUID:
        cpr, birth = self.new_cpr(self.rng, self.gen.used_cpr)
        citizen_id = self.rows.add(
            m.Citizen, cpr=cpr, first_name=first, last_name=last,
            search_name=m.search_key(first, last), birth_date=birth,
            phone=self.new_phone(self.rng), email="", address="Demovej 15, 2700 Brønshøj",
            language="dansk", interpreter_needed=False,
            benefit_type=BenefitType.KONTANTHJAELP, activity_ready=True)
        self.gen.known_citizens.append(citizen_id)
        self.gen.case_citizens.add(citizen_id)
        # no health or family barrier, so no step-up suggestion comes before the case's own
        # due item
        self.rows.add(m.CvItem, citizen_id=citizen_id, kind=CvItemKind.RESOURCE,
                      title="Mødestabil og god til at samarbejde", detail="", starts_on=None,
                      ends_on=None, position=0)
        return citizen_id

    def course(self, citizen_id: uuid.UUID, start: int,
               steps: list[tuple[Step, int, int | None, bool]], **values) -> uuid.UUID:
        """A course started `start` days from today with its step periods (step, first day,
        last day, dropout) as offsets from today; the current step is the open period's."""
        open_step = next((s for s, _b, e, _d in steps if e is None), None)
        values.setdefault("status", CourseStatus.ACTIVE)
        course_id = self.rows.add(
            m.Course, citizen_id=citizen_id, caseworker_id=self.caseworker,
            jobformidler_id=self.formidler, started_on=self.day(start),
            visitation_group=VisitationGroup.INDSATS, visitation_date=self.day(start + 2),
            visited_by_id=self.caseworker, completion_note="",
            **{"current_step": open_step, "ended_on": None, "completion_reason": None,
               "aftercare_until": None, "aftercare_consent": False, **values})
        for step, begin, end, dropout in steps:
            self.rows.add(m.StepPeriod, course_id=course_id, step=step,
                          started_on=self.day(begin),
                          ended_on=self.day(end) if end is not None else None,
                          transition_note="Frafald fra trin 3" if dropout else "",
                          override_reason="", dropout=dropout, recorded_by_id=self.caseworker)
        # Trin 1's conditions: a job goal with a direction and the CV begun
        self.rows.add(m.JobGoal, course_id=course_id, position="Køkkenmedhjælper",
                      functions="Opvask, klargøring", field="Køkken",
                      direction="Arbejde i et kantinekøkken", education_goal=False,
                      cv_started_on=self.day(start + 7))
        return course_id

    def contact(self, citizen_id: uuid.UUID, course_id: uuid.UUID, offset: int,
                kind: ContactKind = ContactKind.SAMTALE,
                channel: ContactChannel = ContactChannel.PERSONLIGT,
                place: ContactPlace | None = ContactPlace.KONTORET, note: str = "",
                **values) -> None:
        at = dt.datetime.combine(self.day(offset), dt.time(10, 0), self.tz).astimezone(dt.UTC)
        self.rows.add(m.ContactEntry, citizen_id=citizen_id, course_id=course_id,
                      staff_id=self.formidler, occurred_at=at, kind=kind, channel=channel,
                      place=place, participants="", interpreter_used=False,
                      interpreter_reason="", note=note, next_contact_on=None,
                      next_contact_who="", drop_in_visit_id=None, **values)

    def agreement(self, course_id: uuid.UUID, starts: int, company: int, **values) -> uuid.UUID:
        company_id, contacts = self.gen.companies[company]
        return self.rows.add(
            m.Agreement, course_id=course_id, company_id=company_id,
            contact_person_id=contacts[0], agreement_type=AgreementType.BOTH,
            internship_purpose=InternshipPurpose.REACH_PAID_HOURS, hours_per_week=Decimal(15),
            paid_hours_per_week=Decimal(4),
            paid_hours_plan="Flere løntimer, når rutinerne sidder.",
            sub_goals="Møde til tiden; lære køkkenets rutiner.", health_considerations="",
            followup_plan="Tæt opfølgning de første uger, derefter mindst månedligt.",
            followup_interval_days=None, starts_on=self.day(starts), supersedes_id=None,
            **{"tasks": "Opvask og klargøring", "status": AgreementStatus.ACTIVE,
               "ends_on": None, "end_reason": "",
               "followup_frequency": FollowUpFrequency.MONTHLY, **values})

    def paid(self, agreement_id: uuid.UUID, hours: dict[int, str]) -> None:
        for back, value in hours.items():
            self.rows.add(m.PaidHoursMonth, agreement_id=agreement_id,
                          month=_month(self.today, back), hours=Decimal(value),
                          pay=Decimal(value) * Decimal("142.50"))


def add_cases(gen, seed: int, *, new_cpr, new_phone, tz) -> int:
    """Write the worked cases through the demo's generator (its rows, partnerships,
    companies and used CPR numbers; `new_cpr`, `new_phone` and `tz` are the demo's own);
    returns how many citizens they are."""
    c = _Cases(gen, seed, new_cpr, new_phone, tz)
    trin = Step.AFKLARING, Step.PAA_VEJ_MOD_JOB, Step.VIRKSOMHEDSFORLOEB

    # 1. seed 001, trin 3: dropout back to Trin 2; the agreement ended "frafald" on that day
    who = c.citizen(*CASES[0])
    course = c.course(who, -200, [(trin[0], -198, -170, False), (trin[1], -170, -95, False),
                                  (trin[2], -95, -10, False), (trin[1], -10, None, True)])
    c.agreement(course, -95, 0, status=AgreementStatus.ENDED, ends_on=c.day(-10),
                end_reason="frafald")
    c.contact(who, course, -10, note="Frafald: borgeren stoppede i praktikken.")
    c.contact(who, course, -3, note="Ny plan: virksomhedsbesøg i næste uge.")

    # 2. seed 004 / domain.md: back after losing the job, a second course on the same record
    who = c.citizen(*CASES[1])
    c.course(who, -560, [(trin[0], -558, -530, False), (trin[1], -530, -450, False),
                         (trin[2], -450, -400, False)], status=CourseStatus.COMPLETED,
             current_step=None, ended_on=c.day(-400), completion_reason=CompletionReason.JOB,
             aftercare_until=c.day(-218), aftercare_consent=True)
    course = c.course(who, -20, [(trin[0], -18, None, False)])
    c.contact(who, course, -18, note="Første samtale i det nye forløb.")

    # 3. seed 004, note 1: an active exemption; no deadlines while it lasts
    who = c.citizen(*CASES[2])
    course = c.course(who, -120, [(trin[0], -118, -90, False), (trin[1], -90, None, False)])
    c.rows.add(m.ExemptionPeriod, course_id=course, reason=ExemptionReason.ILLNESS,
               reason_text="Sygemeldt; lægeerklæring modtaget", starts_on=c.day(-15),
               ends_on=None, notification_sent=False)
    c.contact(who, course, -16)

    # 4. seed 001, kerneelement 5: partshøring unanswered past its deadline (yesterday); one
    # phone attempt logged, the attempt where the citizen lives still missing
    who = c.citizen(*CASES[3])
    course = c.course(who, -300, [(trin[0], -298, -270, False), (trin[1], -270, -190, False),
                                  (trin[2], -190, None, False)])
    c.agreement(course, -190, 1)
    c.contact(who, course, -25, kind=ContactKind.VIRKSOMHEDSBESOEG,
              place=ContactPlace.VIRKSOMHEDEN)
    c.contact(who, course, -15, kind=ContactKind.PARTSHOERING, channel=ContactChannel.BREV,
              place=None, note="Partshøring om udeblivelse fra tilbud.",
              answer_deadline=c.day(-1))
    c.contact(who, course, 0, kind=ContactKind.KONTAKTFORSOEG, channel=ContactChannel.TELEFON,
              place=None, note="Ringet op; intet svar.")

    # 5. domain.md: paid hours summed per calendar month over two concurrent agreements; the
    # latest month has 17.50 + 12.25 = 29.75 (not 30), the month before 30.00
    who = c.citizen(*CASES[4])
    course = c.course(who, -330, [(trin[0], -328, -300, False), (trin[1], -300, -220, False),
                                  (trin[2], -220, None, False)])
    kitchen = c.agreement(course, -220, 2, followup_frequency=FollowUpFrequency.WEEKLY)
    shop = c.agreement(course, -120, 3, tasks="Varer på hylder")
    c.paid(kitchen, {4: "8.00", 3: "12.00", 2: "16.00", 1: "17.50"})
    c.paid(shop, {3: "6.00", 2: "14.00", 1: "12.25"})
    c.contact(who, course, -2, kind=ContactKind.VIRKSOMHEDSBESOEG,
              place=ContactPlace.VIRKSOMHEDEN, note="Opfølgning i køkkenet.")
    return len(CASES)
