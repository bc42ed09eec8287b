"""The demo office's generator: companies, citizens with a course in every step (job goal and
CV, contacts, matches, agreements with paid hours, a step-up now and then) and drop-in visits,
drawn from one random stream so a seed and a date give the same office."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate

from faker import Faker

from app.db import models as m
from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    BarrierKind,
    BenefitType,
    CompletionReason,
    ContactChannel,
    ContactKind,
    ContactPlace,
    CourseStatus,
    CvItemKind,
    DropInEventKind,
    DropInOutcome,
    DropInReason,
    ExemptionReason,
    InternshipPurpose,
    MatchActivityKind,
    ParticipantRole,
    ReferralTarget,
    Step,
    StepUpInitiator,
    VisitationGroup,
)
from app.domain.stepup import documents as stepup_documents
from app.services import demo_text as txt
from app.services.demo_rows import (
    BulkRows,
    add_months,
    fake_cpr,
    fake_cvr,
    fake_phone,
    month_start,
    time_on,
)
from app.services.dropin_office import my_letter

# Ledelsesinformation (issue 21): a real office's paid-hours share swings with the season
# (holidays, winter): the share of an agreement's months with any paid hours, January first,
# so some months fall under FSM II's 15 % and some rise over 20 % (seed 003, chapter 2)
PAYSLIP_SEASON = (0.30, 0.35, 0.40, 0.45, 0.45, 0.40, 0.25, 0.30, 0.40, 0.50, 0.60, 0.45)


# the contact log's draws, weights summed once (random.choices sums them at every call; the
# same cumulative weights give the same draws)
CONTACT_KINDS = [ContactKind.SAMTALE, ContactKind.OPFOELGNING, ContactKind.TELEFON,
                 ContactKind.KONTAKTFORSOEG, ContactKind.HJEMMEBESOEG, ContactKind.DIGITAL]
CONTACT_KIND_CUM = list(accumulate([40, 25, 15, 10, 4, 6]))
IN_PERSON_KINDS = [ContactKind.SAMTALE, ContactKind.OPFOELGNING]
CHANNEL_OF = {ContactKind.TELEFON: ContactChannel.TELEFON,
              ContactKind.KONTAKTFORSOEG: ContactChannel.SMS,
              ContactKind.DIGITAL: ContactChannel.DIGITAL_POST}
NEXT_CONTACT_DAYS = [7, 14, 14, 30]


def _payslip_month(agreement_id: uuid.UUID, month: dt.date) -> bool:
    """Whether the agreement had paid hours in `month`: fixed by the ids, not drawn from the
    demo's random stream, so every other row of a seed stays the same."""
    draw = random.Random(agreement_id.int ^ month.toordinal()).random()
    return draw < PAYSLIP_SEASON[month.month - 1]


@dataclass(frozen=True)
class _Shape:
    """A demo course's dates and where it stands."""

    start: dt.date
    status: CourseStatus
    group: VisitationGroup | None
    visit_date: dt.date | None
    periods: list[tuple[Step, dt.date, dt.date | None]]
    ended_on: dt.date | None
    completion: CompletionReason | None
    aftercare: dt.date | None


class DemoGenerator:
    def __init__(self, rows: BulkRows, rng: random.Random, today: dt.date, staff: dict[str, list],
                 partnerships: list[tuple[uuid.UUID, uuid.UUID]],
                 staff_names: dict[uuid.UUID, str]) -> None:
        self.rows = rows
        self.staff_names = staff_names
        self.rng = rng
        self.today = today
        self.staff = staff
        self.partnerships = partnerships
        self.fakers = {loc: Faker(loc) for loc in ("da_DK", "tr_TR", "vi_VN", "en_GB")}
        for i, fake in enumerate(self.fakers.values()):
            fake.seed_instance(rng.getrandbits(32) + i)
        self.used_cpr: set[str] = set()
        self.used_cvr: set[str] = set()
        self.companies: list[tuple[uuid.UUID, list[uuid.UUID]]] = []
        self.known_citizens: list[uuid.UUID] = []
        # the worked cases' citizens (demo_cases): nothing random is added to them
        self.case_citizens: set = set()
        self.step_up_done = 0
        # contacts per course: 1 is the demo; the benchmarks' office asks for more (issue 22)
        self.contact_scale = 1

    # -- companies ----------------------------------------------------------------------------
    def companies_block(self, count: int) -> None:
        fake = self.fakers["da_DK"]
        for _ in range(count):
            name = f"{fake.last_name()} {self.rng.choice(txt.COMPANY_SUFFIX)}"
            company_id = self.rows.add(
                m.Company, name=name, cvr=fake_cvr(self.rng, self.used_cvr),
                industry=self.rng.choice(txt.INDUSTRIES),
                address=f"{fake.street_address()}, {fake.postcode()} {fake.city()}",
                offers_note=self.rng.choice([
                    "Kan tilbyde løntimer efter en kort praktik.",
                    "Opgaverne kan vokse; mulighed for 10-15 løntimer om ugen.",
                    "Sæsonarbejde forår og sommer.", ""]),
                note="",
            )
            contacts = []
            for _ in range(self.rng.randint(1, 2)):
                contacts.append(self.rows.add(
                    m.CompanyContact, company_id=company_id, name=fake.name(),
                    role=self.rng.choice(["Indehaver", "Butikschef", "Køkkenchef",
                                          "HR-konsulent", "Driftsleder"]),
                    phone=fake_phone(self.rng),
                    email=f"kontakt{self.rng.randrange(10**6)}@firma.dk",
                ))
            self.companies.append((company_id, contacts))

    # -- one citizen --------------------------------------------------------------------------
    def citizen(self) -> None:
        rng = self.rng
        locale = rng.choices(["da_DK", "tr_TR", "vi_VN", "en_GB"], [70, 15, 8, 7])[0]
        fake = self.fakers[locale]
        cpr, birth = fake_cpr(rng, self.used_cpr)
        first, last = fake.first_name(), fake.last_name()
        language = {"da_DK": "dansk", "tr_TR": "tyrkisk", "vi_VN": "vietnamesisk",
                    "en_GB": "engelsk"}[locale]
        dk = self.fakers["da_DK"]
        benefit = rng.choices(list(BenefitType)[:4], [55, 20, 15, 10])[0]
        citizen_id = self.rows.add(
            m.Citizen, cpr=cpr, first_name=first, last_name=last,
            search_name=m.search_key(first, last), birth_date=birth, phone=fake_phone(rng),
            email="", address=f"{dk.street_address()}, {dk.postcode()} {dk.city()}",
            language=language, interpreter_needed=locale != "da_DK" and rng.random() < 0.3,
            benefit_type=benefit, activity_ready=True,
        )
        self.known_citizens.append(citizen_id)
        self._course(citizen_id, f"{first} {last}")

    def _course(self, citizen_id: uuid.UUID, name: str) -> None:
        rng, today = self.rng, self.today
        caseworker, formidler = rng.choice(self.partnerships)
        kind = rng.choices(
            ["visitation", "trin1", "trin2", "trin3", "completed", "rehab"],
            [8, 22, 30, 22, 12, 6],
        )[0]
        r = self.rows
        course_id = r.new_id()
        shape = self._shape(kind)
        periods, status, start = shape.periods, shape.status, shape.start
        ended_on, aftercare = shape.ended_on, shape.aftercare
        group, visit_date, completion = shape.group, shape.visit_date, shape.completion
        current = periods[-1][0] if periods and status == CourseStatus.ACTIVE else None
        r.add(
            m.Course, id=course_id, citizen_id=citizen_id, caseworker_id=caseworker,
            jobformidler_id=formidler if kind != "visitation" else None, status=status,
            started_on=start, visitation_group=group, visitation_date=visit_date,
            visited_by_id=caseworker if visit_date else None, current_step=current,
            ended_on=ended_on, completion_reason=completion, completion_note="",
            aftercare_until=aftercare, aftercare_consent=aftercare is not None,
        )
        for step, begin, end in periods:
            r.add(m.StepPeriod, course_id=course_id, step=step, started_on=begin, ended_on=end,
                  transition_note="", override_reason="", dropout=False,
                  recorded_by_id=caseworker)
        if status == CourseStatus.ACTIVE and rng.random() < 0.05:
            r.add(m.ExemptionPeriod, course_id=course_id,
                  reason=rng.choice(list(ExemptionReason)),
                  reason_text="Lægeerklæring modtaget", starts_on=today - dt.timedelta(
                      days=rng.randint(1, 30)),
                  ends_on=None, notification_sent=False)
        if periods:
            self._goal_and_cv(citizen_id, course_id, periods[0][1])
        last_day = ended_on or today
        self._contacts(citizen_id, course_id, start, last_day, caseworker, formidler,
                       open_course=status in (CourseStatus.ACTIVE, CourseStatus.VISITATION))
        if aftercare is not None and aftercare > today and rng.random() < 0.85:
            # efterværn under way: most were followed up within the month
            self._contacts(citizen_id, course_id, today - dt.timedelta(days=25), today,
                           caseworker, formidler, open_course=False)
        if len(periods) >= 2:
            self._match_and_agreement(course_id, periods, formidler)
            if (
                self.step_up_done < max(1, len(self.known_citizens) // 2000)
                and status == CourseStatus.ACTIVE and periods[-1][0] == Step.PAA_VEJ_MOD_JOB
                and (today - periods[-1][1]).days > 91
            ):
                self._step_up(citizen_id, course_id, caseworker, formidler, name)

    def _shape(self, kind: str) -> _Shape:
        """Where a course of `kind` stands today: its dates, status and step periods."""
        rng, today = self.rng, self.today
        periods: list[tuple[Step, dt.date, dt.date | None]] = []
        status = CourseStatus.ACTIVE
        group: VisitationGroup | None = VisitationGroup.INDSATS
        ended_on = completion = aftercare = None
        if kind == "visitation":
            start = today - dt.timedelta(days=rng.randint(0, 14))
            status, group, visit_date = CourseStatus.VISITATION, None, None
        elif kind == "rehab":
            start = today - dt.timedelta(days=rng.randint(20, 200))
            visit_date = start + dt.timedelta(days=rng.randint(0, 10))
            status, group = CourseStatus.TO_REHAB, VisitationGroup.REHAB
            ended_on, completion = visit_date, CompletionReason.REHAB
        else:
            t1 = rng.randint(10, 45)  # seed 004: Trin 1 at most one month; some run over
            t2 = rng.randint(20, 120)  # seed 004: Trin 2 at most 13 weeks; some run over
            t3 = rng.randint(10, 330)
            # a real office keeps most targets: about one in eight runs over
            if kind == "trin1":
                start = today - dt.timedelta(days=rng.randint(0, 35))
            elif kind == "trin2":
                start = today - dt.timedelta(days=t1 + rng.randint(0, 100))
            elif kind == "trin3":
                start = today - dt.timedelta(days=t1 + t2 + t3)
            else:
                start = today - dt.timedelta(days=t1 + t2 + t3 + rng.randint(10, 300))
            visit_date = start + dt.timedelta(days=rng.randint(0, 7))
            s2 = visit_date + dt.timedelta(days=t1)
            s3 = s2 + dt.timedelta(days=t2)
            if kind == "trin1" or s2 > today:
                periods = [(Step.AFKLARING, visit_date, None)]
            elif kind == "trin2" or s3 > today:
                periods = [(Step.AFKLARING, visit_date, s2), (Step.PAA_VEJ_MOD_JOB, s2, None)]
            else:
                end3 = s3 + dt.timedelta(days=t3) if kind == "completed" else None
                if end3 is not None and end3 > today:
                    end3 = today - dt.timedelta(days=1)
                periods = [(Step.AFKLARING, visit_date, s2), (Step.PAA_VEJ_MOD_JOB, s2, s3),
                           (Step.VIRKSOMHEDSFORLOEB, s3, end3)]
                if end3 is not None:
                    status, ended_on = CourseStatus.COMPLETED, end3
                    completion = rng.choice([CompletionReason.JOB, CompletionReason.EDUCATION,
                                             CompletionReason.PAID_HOURS])
                    # efterværn: monthly follow-up for 3-6 months after self-support
                    aftercare = end3 + dt.timedelta(days=rng.choice([91, 182]))
        return _Shape(start, status, group, visit_date, periods, ended_on, completion, aftercare)

    def _goal_and_cv(self, citizen_id: uuid.UUID, course_id: uuid.UUID, day: dt.date) -> None:
        rng, r = self.rng, self.rows
        position, functions, field = rng.choice(txt.JOB_GOALS)
        r.add(m.JobGoal, course_id=course_id, position=position, functions=functions,
              field=field, direction=f"Arbejde inden for {field.lower()}",
              education_goal=rng.random() < 0.15, cv_started_on=day + dt.timedelta(days=7))
        barrier = rng.choices([CvItemKind.BARRIER, CvItemKind.BARRIER_HEALTH,
                               CvItemKind.BARRIER_FAMILY], [50, 30, 20])[0]
        items = [(CvItemKind.RESOURCE, rng.choice(txt.RESOURCES), ""),
                 (barrier, rng.choice(txt.BARRIERS[barrier.value]), ""),
                 (CvItemKind.LANGUAGE, rng.choice(txt.LANGUAGES), "")]
        title, detail = rng.choice(txt.EXPERIENCE)
        items.append((CvItemKind.WORK_EXPERIENCE, title, detail))
        title, detail = rng.choice(txt.EDUCATION)
        items.append((CvItemKind.EDUCATION, title, detail))
        if rng.random() < 0.5:
            items.append((CvItemKind.LEISURE, rng.choice(txt.LEISURE), ""))
        if rng.random() < 0.4:
            items.append((CvItemKind.HOME_TASK, rng.choice(txt.HOME_TASKS), ""))
        for pos, (kind, title, detail) in enumerate(items):
            r.add(m.CvItem, citizen_id=citizen_id, kind=kind, title=title, detail=detail,
                  starts_on=None, ends_on=None, position=pos)

    def _contacts(self, citizen_id: uuid.UUID, course_id: uuid.UUID, start: dt.date,
                  last_day: dt.date, caseworker: uuid.UUID, formidler: uuid.UUID,
                  open_course: bool) -> None:
        rng, r = self.rng, self.rows
        span = max((last_day - start).days, 1)
        count = rng.randint(1, 6) * self.contact_scale
        days = sorted(start + dt.timedelta(days=rng.randrange(span)) for _ in range(count))
        seen_recently = open_course and rng.random() < 0.75
        if seen_recently:
            # most open courses were seen in person this week; the rest show as overdue
            recent = max(start, last_day - dt.timedelta(days=rng.randint(0, 6)))
            days = sorted([d for d in days if d < recent] + [recent])
        people = [caseworker, formidler]
        for i, day in enumerate(days):
            kind = rng.choices(CONTACT_KINDS, cum_weights=CONTACT_KIND_CUM)[0]
            if seen_recently and i == len(days) - 1:
                kind = rng.choice(IN_PERSON_KINDS)
            channel = CHANNEL_OF.get(kind, ContactChannel.PERSONLIGT)
            place = ContactPlace.HJEMME if kind == ContactKind.HJEMMEBESOEG else (
                ContactPlace.KONTORET if channel == ContactChannel.PERSONLIGT else None)
            last = i == len(days) - 1
            r.add(m.ContactEntry, citizen_id=citizen_id, course_id=course_id,
                  staff_id=rng.choice(people), occurred_at=time_on(day, rng),
                  kind=kind, channel=channel, place=place, participants="",
                  interpreter_used=False, interpreter_reason="",
                  note=rng.choice(txt.CONTACT_NOTES),
                  next_contact_on=(day + dt.timedelta(days=rng.choice(NEXT_CONTACT_DAYS)))
                  if last and open_course else None,
                  next_contact_who="Jobformidler kontakter borgeren" if last and open_course
                  else "", drop_in_visit_id=None)

    def _match_and_agreement(self, course_id: uuid.UUID,
                             periods: list[tuple[Step, dt.date, dt.date | None]],
                             formidler: uuid.UUID) -> None:
        rng, r = self.rng, self.rows
        s2 = periods[1][1]
        company_id, contacts = rng.choice(self.companies)
        for _ in range(rng.randint(1, 3)):
            r.add(m.MatchActivity, course_id=course_id, company_id=rng.choice(self.companies)[0],
                  kind=rng.choice(list(MatchActivityKind)),
                  occurred_on=s2 + dt.timedelta(days=rng.randint(0, 30)),
                  tasks_tried=rng.choice(txt.TASKS),
                  citizen_verdict=rng.choice(["Godt, vil gerne prøve mere", "For tungt for ryggen",
                                              "Spændende, men langt at køre"]))
        if len(periods) < 3:
            return
        s3, end3 = periods[2][1], periods[2][2]
        kind = rng.choices(list(AgreementType), [40, 45, 15])[0]
        purpose = rng.choice(list(InternshipPurpose)) if kind != AgreementType.PAID_HOURS else None
        paid_week = Decimal(rng.choice([0, 2, 4, 6, 8, 10])) if kind != AgreementType.INTERNSHIP \
            else Decimal(0)
        agreement_id = r.add(
            m.Agreement, course_id=course_id, company_id=company_id,
            contact_person_id=rng.choice(contacts), agreement_type=kind,
            internship_purpose=purpose,
            status=AgreementStatus.ENDED if end3 else AgreementStatus.ACTIVE,
            tasks=rng.choice(txt.TASKS), hours_per_week=Decimal(rng.choice([10, 12, 15, 20, 25])),
            paid_hours_per_week=paid_week,
            paid_hours_plan="Løntimerne øges med 2 timer om ugen hver måned, når det går godt.",
            sub_goals="Møde til tiden; lære køkkenets rutiner; tale dansk med kollegerne.",
            health_considerations=rng.choice(["Ingen tunge løft over 10 kg.", "Korte pauser hver "
                                              "anden time.", ""]),
            followup_plan="Ugentlig opfølgning de første 4 uger, derefter mindst månedligt.",
            followup_interval_days=30, starts_on=s3, ends_on=end3,
            end_reason="Borgeren er selvforsørgende" if end3 else "", supersedes_id=None,
        )
        if kind == AgreementType.INTERNSHIP and rng.random() < 0.5:
            return
        month = month_start(s3)
        last_month = month_start(end3 or self.today)
        hours = float(rng.randint(4, 40))
        # an active agreement past 30 paid hours is soon completed: few are left on the list
        ceiling = 160.0 if end3 or rng.random() < 0.1 else 29.5
        while month < last_month:
            hours = max(1.0, min(ceiling, hours + rng.uniform(-6, 14)))
            row_id = r.new_id()  # drawn for every month, so the rest of the demo is unchanged
            if _payslip_month(agreement_id, month):
                r.add(m.PaidHoursMonth, id=row_id, agreement_id=agreement_id, month=month,
                      hours=Decimal(f"{hours:.2f}"), pay=Decimal(f"{hours * 142.5:.2f}"))
            month = add_months(month, 1)

    def _step_up(self, citizen_id: uuid.UUID, course_id: uuid.UUID, caseworker: uuid.UUID,
                 formidler: uuid.UUID, name: str) -> None:
        rng, r, today = self.rng, self.rows, self.today
        self.step_up_done += 1
        consent_id = r.add(
            m.Consent, citizen_id=citizen_id,
            scope="Udveksle og indhente oplysninger til step-up",
            recipients="Jobcentret, Sundhedsafdelingen, Familieafdelingen",
            given_on=today - dt.timedelta(days=20), withdrawn_on=None,
            recorded_by_id=caseworker)
        kind = rng.choice([BarrierKind.HEALTH, BarrierKind.FAMILY])
        step_up_id = r.add(
            m.StepUp, course_id=course_id, barrier_kind=kind,
            initiated_by=StepUpInitiator.STAFF,
            reason="Matchet trækker ud; borgeren har flere gange meldt afbud pga. helbred.",
            started_on=today - dt.timedelta(days=21), closed_on=None, consent_id=consent_id,
            preparation_sent_on=today - dt.timedelta(days=14))
        people = [(ParticipantRole.CITIZEN, name),
                  (ParticipantRole.CASEWORKER, self.staff_names[caseworker]),
                  (ParticipantRole.JOBFORMIDLER, self.staff_names[formidler])]
        people.append((ParticipantRole.HEALTH, "Lene Holm, sundhedskoordinator")
                      if kind == BarrierKind.HEALTH
                      else (ParticipantRole.FAMILY_DEPARTMENT, "Kim Ravn, familierådgiver"))
        meeting = r.add(m.StepUpMeeting, step_up_id=step_up_id, number=1,
                        held_on=today - dt.timedelta(days=7), place="Jobcentret", note="")
        for role, person in people:
            pid = r.add(m.StepUpParticipant, step_up_id=step_up_id, role=role, name=person,
                        organisation="")
            r.add(m.StepUpAttendance, meeting_id=meeting, participant_id=pid)
        for doc, label in stepup_documents(kind):
            r.add(m.StepUpDocument, step_up_id=step_up_id, kind=doc, description=label,
                  included=doc in ("min_plan", "cv_job_goal", "preparation"))
        r.add(m.StepUpAgreementRow, step_up_id=step_up_id,
              agreement="Borgeren starter i praktik 3 dage om ugen med skånehensyn.",
              responsible="Jobformidler", follow_up_on=today + dt.timedelta(days=14),
              supplementary_effort="Mentor 2 timer om ugen", effort_starts_on=today,
              coordination="Mentor og jobformidler mødes hver 14. dag.",
              considerations="Ingen tunge løft; korte dage i starten.")

    # -- drop-ins -----------------------------------------------------------------------------
    def drop_ins(self, count: int, counter_staff: uuid.UUID, desk_staff: list[uuid.UUID]) -> None:
        rng, r, today = self.rng, self.rows, self.today
        letter = my_letter(r.session, r.device_id)  # the ticket says "A-12" (issue 23)
        per_day: dict[dt.date, int] = defaultdict(int)
        for _ in range(count):
            day = today - dt.timedelta(days=rng.randint(0, 60))
            while day.weekday() >= 5:  # open on weekdays only
                day = today - dt.timedelta(days=rng.randint(0, 60))
            per_day[day] += 1
            known = rng.random() < 0.7 and self.known_citizens
            citizen_id = rng.choice(self.known_citizens) if known else None
            label = "" if known else rng.choice(["Amal", "M.H.", "Yusuf", "Hanne", "A.A.", "Ali"])
            reasons = rng.sample(list(DropInReason), rng.randint(1, 2))
            outcome = rng.choices(list(DropInOutcome), [45, 20, 15, 12, 8])[0]
            visit_id = r.add(
                m.DropInVisit, queue_letter=letter, citizen_id=citizen_id, visitor_label=label,
                visitor_phone="" if known else (fake_phone(rng) if rng.random() < 0.5 else ""),
                visit_date=day, queue_number=per_day[day],
                reasons=" ".join(x.value for x in reasons), language="dansk",
                interpreter_needed=rng.random() < 0.1, outcome=outcome,
                referred_to=rng.choice(list(ReferralTarget))
                if outcome == DropInOutcome.REFERRED else None,
                note="", anonymised_at=None)
            arrived = time_on(day, rng, 9, 14)
            called = arrived + dt.timedelta(minutes=rng.randint(0, 40))
            events = [(DropInEventKind.ARRIVED, arrived, counter_staff)]
            if outcome == DropInOutcome.LEFT:
                events.append((DropInEventKind.LEFT, called, None))
            else:
                staff = rng.choice(desk_staff)
                ended = called + dt.timedelta(minutes=rng.randint(5, 35))
                events += [(DropInEventKind.CALLED, called, staff),
                           (DropInEventKind.STARTED, called + dt.timedelta(minutes=1), staff),
                           (DropInEventKind.ENDED, ended, staff)]
                if citizen_id is not None:
                    r.add(m.ContactEntry, citizen_id=citizen_id, course_id=None, staff_id=staff,
                          occurred_at=called, kind=ContactKind.AABEN_RAADGIVNING,
                          channel=ContactChannel.PERSONLIGT, place=ContactPlace.KONTORET,
                          participants="", interpreter_used=False, interpreter_reason="",
                          note="Åben rådgivning: " + ", ".join(x.label for x in reasons),
                          next_contact_on=None, next_contact_who="", drop_in_visit_id=visit_id)
            for kind, at, staff_id in events:
                r.add(m.DropInEvent, visit_id=visit_id, kind=kind, at=at, staff_id=staff_id)
