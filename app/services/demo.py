"""`fremskudt demo`: a demo office with realistic fake Danish data (Faker da_DK).

Citizens with valid CPR numbers, staff in makkerskaber, companies with valid CVR numbers, courses
in every step, job goals and CVs, contacts, agreements with paid hours, drop-in visits and a
step-up. Deterministic for a given seed and date. Rows are written in bulk with Core inserts and
stamped from one reserved block of the device counter, so 25,000 citizens take seconds, not
minutes.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from faker import Faker
from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.backup import online_backup
from app.db.changelog import allocate_counters
from app.db.keyring import KdfParams
from app.db.store import mark_finished, mark_unfinished, remove_unfinished, require_absent
from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    AuditAction,
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
from app.domain.roles import Role
from app.domain.stepup import documents as stepup_documents
from app.paths import DataPaths
from app.services import audit, casekeys
from app.services import demo_text as txt
from app.services.caseload import refresh_due
from app.services.context import Clock, ServiceContext, system_clock
from app.services.demo_cases import add_cases, case_count
from app.services.setup import SetupResult, setup_office
from app.services.staff import add_account_row

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "fremskudt-demo"
LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
CHUNK = 2500  # citizens per bulk write

Progress = Callable[[int, int], None]

STAFF = [
    ("Mette Kjær Jensen", {Role.JOBKONSULENT}),
    ("Ahmed Yusuf", {Role.JOBKONSULENT}),
    ("Line Sørensen", {Role.JOBKONSULENT}),
    ("Jonas Brandt", {Role.JOBFORMIDLER}),
    ("Fatima El-Sayed", {Role.JOBFORMIDLER}),
    ("Rasmus Møller", {Role.JOBFORMIDLER}),
    ("Sofie Lund", {Role.SKRANKE}),
    ("Birgitte Holm", {Role.LEDER}),
]


@dataclass(frozen=True)
class DemoResult:
    ctx: ServiceContext
    citizens: int
    rows: int
    seconds: float
    recovery_key: bytes


class _Rows:
    """Collects rows per model and writes them in bulk, stamped from one counter block."""

    def __init__(self, session: Session, device_id: uuid.UUID, rng: random.Random,
                 now: dt.datetime) -> None:
        self.session = session
        self.device_id = device_id
        self.rng = rng
        self.now = now
        self.pending: dict[type[m.Base], list[dict]] = defaultdict(list)
        self.written = 0

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def add(self, model: type[m.Base], **values: object) -> uuid.UUID:
        values.setdefault("id", self.new_id())
        self.pending[model].append(values)
        return values["id"]  # type: ignore[return-value]

    def flush(self) -> None:
        total = sum(len(rows) for rows in self.pending.values())
        if not total:
            return
        counter = allocate_counters(self.session, self.device_id, total)
        order = {t.name: i for i, t in enumerate(m.Base.metadata.sorted_tables)}
        for model in sorted(self.pending, key=lambda mod: order[mod.__table__.name]):
            rows = self.pending[model]
            table = model.__table__
            keys = set().union(*rows)
            defaults = {}
            for column in table.columns:
                if column.key not in keys and column.default is not None and \
                        column.default.is_scalar:
                    defaults[column.key] = column.default.arg
            for row in rows:
                for key in keys:
                    row.setdefault(key, None)
                row.update({k: v for k, v in defaults.items() if k not in row})
                row["version_device"] = self.device_id
                row["version_counter"] = counter
                row["created_at"] = self.now
                row["updated_at"] = self.now
                counter += 1
            self.session.execute(insert(table), rows)
            self.written += len(rows)
        self.pending.clear()


def _cpr(rng: random.Random, used: set[str]) -> tuple[str, dt.date]:
    while True:
        year = rng.randint(1962, 2005)
        birth = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        # seventh digit and century (CPR-kontoret): 0-3 -> 1900s; 4-9 with year <= 36 -> 2000s
        seventh = rng.randint(0, 3) if year < 2000 else rng.choice([4, 9])
        number = f"{birth:%d%m%y}{seventh}{rng.randrange(1000):03d}"
        if number not in used:
            used.add(number)
            return number, birth


def _cvr(rng: random.Random, used: set[str]) -> str:
    weights = (2, 7, 6, 5, 4, 3, 2)
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        check = (11 - sum(w * d for w, d in zip(weights, body, strict=True)) % 11) % 11
        if check == 10:
            continue
        number = "".join(map(str, body)) + str(check)
        if number not in used:
            used.add(number)
            return number


def _phone(rng: random.Random) -> str:
    digits = f"{rng.choice([2, 3, 4, 5, 6, 7, 9])}{rng.randrange(10_000_000):07d}"
    return " ".join(digits[i : i + 2] for i in range(0, 8, 2))


def _at(day: dt.date, rng: random.Random, first_hour: int = 9, last_hour: int = 15) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour),
                                             rng.choice([0, 15, 30, 45])), LOCAL_TZ)
    return local.astimezone(dt.UTC)


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _add_months(day: dt.date, months: int) -> dt.date:
    y, mth = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + y, mth + 1, 1)


# Ledelsesinformation (issue 21): a real office's paid-hours share swings with the season
# (holidays, winter): the share of an agreement's months with any paid hours, January first,
# so some months fall under FSM II's 15 % and some rise over 20 % (seed 003, chapter 2)
PAYSLIP_SEASON = (0.30, 0.35, 0.40, 0.45, 0.45, 0.40, 0.25, 0.30, 0.40, 0.50, 0.60, 0.45)


def _payslip_month(agreement_id: uuid.UUID, month: dt.date) -> bool:
    """Whether the agreement had paid hours in `month`: fixed by the ids, not drawn from the
    demo's random stream, so every other row of a seed stays the same."""
    draw = random.Random(agreement_id.int ^ month.toordinal()).random()
    return draw < PAYSLIP_SEASON[month.month - 1]


class _Generator:
    def __init__(self, rows: _Rows, rng: random.Random, today: dt.date, staff: dict[str, list],
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
        self.step_up_done = 0

    # -- companies ----------------------------------------------------------------------------
    def companies_block(self, count: int) -> None:
        fake = self.fakers["da_DK"]
        for _ in range(count):
            name = f"{fake.last_name()} {self.rng.choice(txt.COMPANY_SUFFIX)}"
            company_id = self.rows.add(
                m.Company, name=name, cvr=_cvr(self.rng, self.used_cvr),
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
                    phone=_phone(self.rng), email=f"kontakt{self.rng.randrange(10**6)}@firma.dk",
                ))
            self.companies.append((company_id, contacts))

    # -- one citizen --------------------------------------------------------------------------
    def citizen(self) -> None:
        rng = self.rng
        locale = rng.choices(["da_DK", "tr_TR", "vi_VN", "en_GB"], [70, 15, 8, 7])[0]
        fake = self.fakers[locale]
        cpr, birth = _cpr(rng, self.used_cpr)
        first, last = fake.first_name(), fake.last_name()
        language = {"da_DK": "dansk", "tr_TR": "tyrkisk", "vi_VN": "vietnamesisk",
                    "en_GB": "engelsk"}[locale]
        dk = self.fakers["da_DK"]
        benefit = rng.choices(list(BenefitType)[:4], [55, 20, 15, 10])[0]
        citizen_id = self.rows.add(
            m.Citizen, cpr=cpr, first_name=first, last_name=last,
            search_name=m.search_key(first, last), birth_date=birth, phone=_phone(rng),
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
        count = rng.randint(1, 6)
        days = sorted(start + dt.timedelta(days=rng.randrange(span)) for _ in range(count))
        seen_recently = open_course and rng.random() < 0.75
        if seen_recently:
            # most open courses were seen in person this week; the rest show as overdue
            recent = max(start, last_day - dt.timedelta(days=rng.randint(0, 6)))
            days = sorted([d for d in days if d < recent] + [recent])
        for i, day in enumerate(days):
            kind = rng.choices(
                [ContactKind.SAMTALE, ContactKind.OPFOELGNING, ContactKind.TELEFON,
                 ContactKind.KONTAKTFORSOEG, ContactKind.HJEMMEBESOEG, ContactKind.DIGITAL],
                [40, 25, 15, 10, 4, 6])[0]
            if seen_recently and i == len(days) - 1:
                kind = rng.choice([ContactKind.SAMTALE, ContactKind.OPFOELGNING])
            channel = {ContactKind.TELEFON: ContactChannel.TELEFON,
                       ContactKind.KONTAKTFORSOEG: ContactChannel.SMS,
                       ContactKind.DIGITAL: ContactChannel.DIGITAL_POST}.get(
                           kind, ContactChannel.PERSONLIGT)
            place = {ContactKind.HJEMMEBESOEG: ContactPlace.HJEMME}.get(
                kind, ContactPlace.KONTORET if channel == ContactChannel.PERSONLIGT else None)
            last = i == len(days) - 1
            r.add(m.ContactEntry, citizen_id=citizen_id, course_id=course_id,
                  staff_id=rng.choice([caseworker, formidler]), occurred_at=_at(day, rng),
                  kind=kind, channel=channel, place=place, participants="",
                  interpreter_used=False, interpreter_reason="",
                  note=rng.choice(txt.CONTACT_NOTES),
                  next_contact_on=(day + dt.timedelta(days=rng.choice([7, 14, 14, 30])))
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
        month = _month_start(s3)
        last_month = _month_start(end3 or self.today)
        hours = float(rng.randint(4, 40))
        # an active agreement past 30 paid hours is soon completed: few are left on the list
        ceiling = 160.0 if end3 or rng.random() < 0.1 else 29.5
        while month < last_month:
            hours = max(1.0, min(ceiling, hours + rng.uniform(-6, 14)))
            row_id = r.new_id()  # drawn for every month, so the rest of the demo is unchanged
            if _payslip_month(agreement_id, month):
                r.add(m.PaidHoursMonth, id=row_id, agreement_id=agreement_id, month=month,
                      hours=Decimal(f"{hours:.2f}"), pay=Decimal(f"{hours * 142.5:.2f}"))
            month = _add_months(month, 1)

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
                m.DropInVisit, citizen_id=citizen_id, visitor_label=label,
                visitor_phone="" if known else (_phone(rng) if rng.random() < 0.5 else ""),
                visit_date=day, queue_number=per_day[day],
                reasons=" ".join(x.value for x in reasons), language="dansk",
                interpreter_needed=rng.random() < 0.1, outcome=outcome,
                referred_to=rng.choice(list(ReferralTarget))
                if outcome == DropInOutcome.REFERRED else None,
                note="", anonymised_at=None)
            arrived = _at(day, rng, 9, 14)
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


def create_demo_office(
    paths: DataPaths,
    *,
    citizens: int,
    seed: int = 1,
    username: str = DEMO_USERNAME,
    password: str = DEMO_PASSWORD,
    kdf: KdfParams | None = None,
    today: dt.date | None = None,
    clock: Clock = system_clock,
    progress: Progress | None = None,
) -> DemoResult:
    """A new demo office in `paths`; its first account holds every role. It ends with the
    office's first backup. A demo that fails (a full disk) or is killed half-way is marked
    unfinished: it is removed, here on failure or by the next demo after a kill."""
    started = time.perf_counter()
    remove_unfinished(paths)  # a demo killed half-way before
    require_absent(paths)  # never mark or touch a real office
    setup: SetupResult | None = None
    try:
        mark_unfinished(paths)
        setup = _setup(paths, username, password, kdf, clock)
        written = _fill(setup, citizens=citizens, seed=seed, password=password, kdf=kdf,
                        today=today or clock().astimezone(LOCAL_TZ).date(), clock=clock,
                        progress=progress)
        store = setup.ctx.store
        online_backup(store.engine, store._key, paths.backups, "daily")
    except BaseException:
        if setup is not None:
            setup.ctx.store.close()
        remove_unfinished(paths)
        raise
    mark_finished(paths)
    return DemoResult(setup.ctx, citizens, written, time.perf_counter() - started,
                      setup.recovery_key)


def _setup(paths: DataPaths, username: str, password: str, kdf: KdfParams | None,
           clock: Clock) -> SetupResult:
    return setup_office(
        paths, office_name="Demokontoret, Fremskudt Jobcenter", municipality="Demokommune",
        username=username, full_name="Demo Administrator", password=password,
        password_repeat=password, roles=set(Role), kdf=kdf, clock=clock,
    )


def _fill(setup: SetupResult, *, citizens: int, seed: int, password: str,
          kdf: KdfParams | None, today: dt.date, clock: Clock,
          progress: Progress | None) -> int:
    """The demo's staff, companies, citizens and drop-ins; returns the rows written."""
    rng = random.Random(seed)
    ctx = setup.ctx
    store = ctx.store
    now = clock()
    with ctx.transaction() as session:
        office_id = session.query(m.Office.id).scalar()
        staff: dict[str, list] = defaultdict(list)
        staff_names: dict[uuid.UUID, str] = {}
        staff_rows = []
        for full_name, roles in STAFF:
            demo_user = full_name.split()[0].lower().replace("ø", "oe").replace("æ", "ae")
            account = add_account_row(session, office_id, demo_user, full_name, frozenset(roles))
            staff_rows.append(demo_user)
            staff_names[account.id] = full_name
            for role in roles:
                staff[role.value].append(account.id)
        consultants, formidlere = staff[Role.JOBKONSULENT.value], staff[Role.JOBFORMIDLER.value]
        partnerships = list(zip(consultants, formidlere, strict=True))
        rows = _Rows(session, store.device_id, rng, now)
        for i, (cw, jf) in enumerate(partnerships, start=1):
            rows.add(m.Partnership, name=f"Makkerskab {i}", caseworker_id=cw, jobformidler_id=jf)
        gen = _Generator(rows, rng, today, staff, partnerships, staff_names)
        gen.companies_block(max(20, citizens // 40))
        rows.flush()
    for username_ in staff_rows:
        store.add_account_key(username_, password, kdf)
    with ctx.transaction() as session:
        casekeys.reconcile(store, ctx.case_key, session)  # K_case for the case roles
    done = 0
    regular = citizens - case_count(citizens)  # the issue-15 worked cases count among them
    while done < regular:
        batch = min(CHUNK, regular - done)
        with ctx.transaction() as session:
            gen.rows.session = session
            for _ in range(batch):
                gen.citizen()
            gen.rows.flush()
        done += batch
        if progress is not None:
            progress(done, citizens)
    with ctx.transaction() as session:
        gen.rows.session = session
        gen.drop_ins(max(10, citizens // 8), staff[Role.SKRANKE.value][0],
                     consultants + formidlere)
        if regular < citizens:
            add_cases(gen, seed, new_cpr=_cpr, new_phone=_phone, tz=LOCAL_TZ)
        gen.rows.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="office",
                     detail=f"demodata: {citizens} borgere, seed {seed}")
    with ctx.transaction() as session:
        refresh_due(session, today)
    return gen.rows.written
