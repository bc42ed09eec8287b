"""The programme's vocabularies, with their Danish labels. Values are stored in the database."""

from __future__ import annotations

import enum


class Labelled(enum.StrEnum):
    """A vocabulary whose members carry a Danish label for the UI and printed sheets."""

    @property
    def label(self) -> str:
        return _LABELS.get((type(self), self.value), self.value)


class BenefitType(Labelled):
    KONTANTHJAELP = "kontanthjaelp"
    UDDANNELSESHJAELP = "uddannelseshjaelp"
    INTEGRATIONSYDELSE = "integrationsydelse"
    RESSOURCEFORLOEB = "ressourceforloeb"
    ANDET = "andet"


class VisitationGroup(enum.IntEnum):
    # seed 004, startafklaring: group 1 indsatsgruppe, group 2 rehabiliteringsteam
    INDSATS = 1
    REHAB = 2


class Step(enum.IntEnum):
    """Trin 1 Afklaring, Trin 2 På vej mod job, Trin 3 Virksomhedsforløb (seed 004)."""

    AFKLARING = 1
    PAA_VEJ_MOD_JOB = 2
    VIRKSOMHEDSFORLOEB = 3


class CourseStatus(Labelled):
    VISITATION = "visitation"  # registered, visitation not yet decided
    ACTIVE = "active"
    COMPLETED = "completed"
    TO_REHAB = "to_rehab"  # group 2: leaves the course for the rehabiliteringsteam
    INTERRUPTED = "interrupted"


class CompletionReason(Labelled):
    JOB = "job"
    EDUCATION = "education"
    PAID_HOURS = "paid_hours"  # seed 001: at least 30 ordinary hours a month
    REHAB = "rehab"
    MOVED = "moved"
    OTHER = "other"


class ExemptionReason(Labelled):
    ILLNESS = "illness"
    MATERNITY = "maternity"
    HEALTH_WORSENED = "health_worsened"
    OTHER = "other"


class CvItemKind(Labelled):
    RESOURCE = "resource"
    COMPETENCE = "competence"
    BARRIER = "barrier"  # a barrier in the citizen's own words (transport, language, debt ...)
    BARRIER_HEALTH = "barrier_health"  # health barriers count towards a step-up (seed 002)
    BARRIER_FAMILY = "barrier_family"  # family barriers count towards a step-up (seed 002)
    WORK_EXPERIENCE = "work_experience"
    INTERNSHIP = "internship"
    EDUCATION = "education"
    LEISURE = "leisure"
    HOME_TASK = "home_task"
    LANGUAGE = "language"
    DRIVING_LICENCE = "driving_licence"
    TARGET_WORKPLACE = "target_workplace"  # Trin 2: where?
    TARGET_TASK = "target_task"  # Trin 2: what?


class ContactKind(Labelled):
    SAMTALE = "samtale"
    OPFOELGNING = "opfoelgning"
    AABEN_RAADGIVNING = "aaben_raadgivning"
    VIRKSOMHEDSBESOEG = "virksomhedsbesoeg"
    TELEFON = "telefon"
    DIGITAL = "digital"
    HJEMMEBESOEG = "hjemmebesoeg"
    KONTAKTFORSOEG = "kontaktforsoeg"  # seed 001, kerneelement 5: attempts before a sanction
    PARTSHOERING = "partshoering"


class ContactChannel(Labelled):
    PERSONLIGT = "personligt"
    TELEFON = "telefon"
    VIDEO = "video"
    DIGITAL_POST = "digital_post"
    SMS = "sms"
    BREV = "brev"


class ContactPlace(Labelled):
    KONTORET = "kontoret"
    VIRKSOMHEDEN = "virksomheden"
    HJEMME = "hjemme"
    ANDET = "andet"


class MatchActivityKind(Labelled):
    VIRKSOMHEDSBESOEG = "virksomhedsbesoeg"
    SNUSE = "snuse"  # taster activity


class AgreementType(Labelled):
    PAID_HOURS = "paid_hours"
    INTERNSHIP = "internship"
    BOTH = "both"


class InternshipPurpose(Labelled):
    # seed 004, trin 2: exactly one of three purposes is recorded
    REACH_PAID_HOURS = "reach_paid_hours"
    TRAIN_COMPETENCES = "train_competences"
    CLARIFY_JOB_GOAL = "clarify_job_goal"


class AgreementStatus(Labelled):
    ACTIVE = "active"
    RENEGOTIATED = "renegotiated"
    ENDED = "ended"


class BarrierKind(Labelled):
    HEALTH = "health"
    FAMILY = "family"
    BOTH = "both"


class StepUpInitiator(Labelled):
    STAFF = "staff"  # jobformidler and caseworker
    CITIZEN = "citizen"


class ParticipantRole(Labelled):
    CITIZEN = "citizen"
    CASEWORKER = "caseworker"
    JOBFORMIDLER = "jobformidler"
    HEALTH = "health"
    FAMILY_DEPARTMENT = "family_department"
    TEACHER = "teacher"
    NETWORK = "network"
    OTHER = "other"


class DropInReason(Labelled):
    AKUT = "akut"
    BREV = "brev"
    YDELSE = "ydelse"
    AKTIVERING = "aktivering"
    CV_JOBSOEGNING = "cv_jobsoegning"
    BOLIG_GAELD_SUNDHED = "bolig_gaeld_sundhed"
    ANDET = "andet"


class DropInOutcome(Labelled):
    RESOLVED = "resolved"
    MEETING_BOOKED = "meeting_booked"
    REFERRED = "referred"
    TO_JOBFORMIDLER = "to_jobformidler"
    LEFT = "left"  # left without being seen


class ReferralTarget(Labelled):
    SOCIAL = "social"
    HEALTH = "health"
    HOUSING = "housing"
    DEBT = "debt"
    OTHER = "other"


class DropInEventKind(Labelled):
    ARRIVED = "arrived"
    CALLED = "called"
    STARTED = "started"
    ENDED = "ended"
    LEFT = "left"


class AuditAction(Labelled):
    READ = "read"
    SEARCH = "search"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    REVEAL_CPR = "reveal_cpr"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"


# (member, label) pairs: members of different vocabularies may share a value ("both"),
# so labels are looked up by (vocabulary, value), never by the value alone.
_LABEL_PAIRS: list[tuple[enum.Enum, str]] = [
    (BenefitType.KONTANTHJAELP, "Kontanthjælp"),
    (BenefitType.UDDANNELSESHJAELP, "Uddannelseshjælp"),
    (BenefitType.INTEGRATIONSYDELSE, "Integrationsydelse"),
    (BenefitType.RESSOURCEFORLOEB, "Ressourceforløbsydelse"),
    (BenefitType.ANDET, "Andet"),
    (CourseStatus.VISITATION, "Til visitation"),
    (CourseStatus.ACTIVE, "Aktivt"),
    (CourseStatus.COMPLETED, "Afsluttet"),
    (CourseStatus.TO_REHAB, "Til rehabiliteringsteam"),
    (CourseStatus.INTERRUPTED, "Afbrudt"),
    (CompletionReason.JOB, "Job"),
    (CompletionReason.EDUCATION, "Uddannelse"),
    (CompletionReason.PAID_HOURS, "Løntimer (mindst 30 timer i en måned)"),
    (CompletionReason.REHAB, "Rehabiliteringsteam"),
    (CompletionReason.MOVED, "Fraflyttet"),
    (CompletionReason.OTHER, "Andet"),
    (ExemptionReason.ILLNESS, "Sygdom"),
    (ExemptionReason.MATERNITY, "Barsel"),
    (ExemptionReason.HEALTH_WORSENED, "Helbred forværres af aktivering"),
    (ExemptionReason.OTHER, "Anden årsag"),
    (CvItemKind.RESOURCE, "Ressourcer"),
    (CvItemKind.COMPETENCE, "Kompetencer"),
    (CvItemKind.BARRIER, "Barrierer (med borgerens ord)"),
    (CvItemKind.BARRIER_HEALTH, "Helbredsbarrierer"),
    (CvItemKind.BARRIER_FAMILY, "Familiebarrierer"),
    (CvItemKind.WORK_EXPERIENCE, "Arbejdserfaring"),
    (CvItemKind.INTERNSHIP, "Praktik"),
    (CvItemKind.EDUCATION, "Uddannelse"),
    (CvItemKind.LEISURE, "Fritidsinteresser"),
    (CvItemKind.HOME_TASK, "Opgaver i hjemmet"),
    (CvItemKind.LANGUAGE, "Sprog"),
    (CvItemKind.DRIVING_LICENCE, "Kørekort"),
    (CvItemKind.TARGET_WORKPLACE, "Konkrete arbejdspladser"),
    (CvItemKind.TARGET_TASK, "Konkrete opgaver"),
    (ContactKind.SAMTALE, "Samtale"),
    (ContactKind.OPFOELGNING, "Opfølgning"),
    (ContactKind.AABEN_RAADGIVNING, "Åben rådgivning"),
    (ContactKind.VIRKSOMHEDSBESOEG, "Virksomhedsbesøg"),
    (ContactKind.TELEFON, "Telefon"),
    (ContactKind.DIGITAL, "Digital"),
    (ContactKind.HJEMMEBESOEG, "Hjemmebesøg"),
    (ContactKind.KONTAKTFORSOEG, "Kontaktforsøg"),
    (ContactKind.PARTSHOERING, "Partshøring"),
    (ContactChannel.PERSONLIGT, "Personligt"),
    (ContactChannel.TELEFON, "Telefon"),
    (ContactChannel.VIDEO, "Video"),
    (ContactChannel.DIGITAL_POST, "Digital Post"),
    (ContactChannel.SMS, "SMS"),
    (ContactChannel.BREV, "Brev"),
    (ContactPlace.KONTORET, "Kontoret"),
    (ContactPlace.VIRKSOMHEDEN, "Virksomheden"),
    (ContactPlace.HJEMME, "Hjemme"),
    (ContactPlace.ANDET, "Andet"),
    (MatchActivityKind.VIRKSOMHEDSBESOEG, "Virksomhedsbesøg"),
    (MatchActivityKind.SNUSE, "Snuse"),
    (AgreementType.PAID_HOURS, "Løntimer fra start"),
    (AgreementType.INTERNSHIP, "Virksomhedspraktik"),
    (AgreementType.BOTH, "Løntimer og praktik"),
    (InternshipPurpose.REACH_PAID_HOURS, "At opnå løntimer"),
    (InternshipPurpose.TRAIN_COMPETENCES, "At træne jobrelaterede kompetencer"),
    (InternshipPurpose.CLARIFY_JOB_GOAL, "At afklare jobmålet"),
    (AgreementStatus.ACTIVE, "Aktiv"),
    (AgreementStatus.RENEGOTIATED, "Genforhandlet"),
    (AgreementStatus.ENDED, "Afsluttet"),
    (BarrierKind.HEALTH, "Helbred"),
    (BarrierKind.FAMILY, "Familie"),
    (BarrierKind.BOTH, "Helbred og familie"),
    (StepUpInitiator.STAFF, "Jobformidler og sagsbehandler"),
    (StepUpInitiator.CITIZEN, "Borgerens eget ønske"),
    (ParticipantRole.CITIZEN, "Borger"),
    (ParticipantRole.CASEWORKER, "Sagsbehandler"),
    (ParticipantRole.JOBFORMIDLER, "Jobformidler"),
    (ParticipantRole.HEALTH, "Sundhedsfaglig"),
    (ParticipantRole.FAMILY_DEPARTMENT, "Familieafdelingen"),
    (ParticipantRole.TEACHER, "Lærer eller pædagog"),
    (ParticipantRole.NETWORK, "Netværk"),
    (ParticipantRole.OTHER, "Anden"),
    (DropInReason.AKUT, "Akut behov"),
    (DropInReason.BREV, "Brev eller Digital Post"),
    (DropInReason.YDELSE, "Ydelse"),
    (DropInReason.AKTIVERING, "Aktivering eller tilbud skal tilpasses"),
    (DropInReason.CV_JOBSOEGNING, "CV og jobsøgning"),
    (DropInReason.BOLIG_GAELD_SUNDHED, "Bolig, gæld eller sundhed"),
    (DropInReason.ANDET, "Andet"),
    (DropInOutcome.RESOLVED, "Løst"),
    (DropInOutcome.MEETING_BOOKED, "Møde booket"),
    (DropInOutcome.REFERRED, "Henvist"),
    (DropInOutcome.TO_JOBFORMIDLER, "Givet videre til jobformidler"),
    (DropInOutcome.LEFT, "Gik uden at blive set"),
    (ReferralTarget.SOCIAL, "Socialforvaltningen"),
    (ReferralTarget.HEALTH, "Sundhed"),
    (ReferralTarget.HOUSING, "Bolig"),
    (ReferralTarget.DEBT, "Gældsrådgivning"),
    (ReferralTarget.OTHER, "Andet"),
    (DropInEventKind.ARRIVED, "Ankommet"),
    (DropInEventKind.CALLED, "Kaldt"),
    (DropInEventKind.STARTED, "Samtale startet"),
    (DropInEventKind.ENDED, "Afsluttet"),
    (DropInEventKind.LEFT, "Gået"),
    (AuditAction.READ, "Læst"),
    (AuditAction.SEARCH, "Søgt"),
    (AuditAction.CREATE, "Oprettet"),
    (AuditAction.CHANGE, "Ændret"),
    (AuditAction.DELETE, "Slettet"),
    (AuditAction.PRINT, "Udskrevet"),
    (AuditAction.EXPORT, "Eksporteret"),
    (AuditAction.REVEAL_CPR, "Fuldt CPR-nummer vist"),
    (AuditAction.LOGIN, "Logget ind"),
    (AuditAction.LOGIN_FAILED, "Mislykket login"),
    (AuditAction.LOGOUT, "Logget ud"),
]
_LABELS: dict[tuple[type, str], str] = {
    (type(member), str(member.value)): label for member, label in _LABEL_PAIRS
}
