"""The programme's vocabularies, with their Danish labels. Values are stored in the database."""

from __future__ import annotations

import enum

from app.domain.text import N_


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
    INDKALDELSE = "indkaldelse"  # a letter calling the citizen to a booked meeting (issue 20)
    # attendance at a group session (jobcafé, CV-værksted ...; issue 20, point 7)
    GRUPPEFORLOEB = "gruppeforloeb"


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


class FollowUpFrequency(Labelled):
    """How often the jobformidler follows up, as agreed in the agreement (seed 004, trin 2:
    "en plan for opfølgning ... fx kontakt minimum en gang om måneden")."""

    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"


class InterpreterUse(Labelled):
    """Interpreter use at one contact (seed 002: interpreters are assessed case by case)."""

    USED = "used"
    OFFERED_DECLINED = "offered_declined"
    NOT_NEEDED = "not_needed"


class ReasonableGround(Labelled):
    """Rimelig grund assessed before a sanction (seed 001, kerneelement 5: "svær psykisk
    sygdom, hjemløshed eller misbrugsproblemer")."""

    SEVERE_MENTAL_ILLNESS = "severe_mental_illness"
    HOMELESSNESS = "homelessness"
    ADDICTION = "addiction"
    OTHER = "other"
    NONE = "none"  # assessed: no reasonable ground found


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
    (BenefitType.KONTANTHJAELP, N_("Kontanthjælp")),
    (BenefitType.UDDANNELSESHJAELP, N_("Uddannelseshjælp")),
    (BenefitType.INTEGRATIONSYDELSE, N_("Integrationsydelse")),
    (BenefitType.RESSOURCEFORLOEB, N_("Ressourceforløbsydelse")),
    (BenefitType.ANDET, N_("Andet")),
    (CourseStatus.VISITATION, N_("Til visitation")),
    (CourseStatus.ACTIVE, N_("Aktivt")),
    (CourseStatus.COMPLETED, N_("Afsluttet")),
    (CourseStatus.TO_REHAB, N_("Til rehabiliteringsteam")),
    (CourseStatus.INTERRUPTED, N_("Afbrudt")),
    (CompletionReason.JOB, N_("Job")),
    (CompletionReason.EDUCATION, N_("Uddannelse")),
    (CompletionReason.PAID_HOURS, N_("Løntimer (mindst 30 timer i en måned)")),
    (CompletionReason.REHAB, N_("Rehabiliteringsteam")),
    (CompletionReason.MOVED, N_("Fraflyttet")),
    (CompletionReason.OTHER, N_("Andet")),
    (ExemptionReason.ILLNESS, N_("Sygdom")),
    (ExemptionReason.MATERNITY, N_("Barsel")),
    (ExemptionReason.HEALTH_WORSENED, N_("Helbred forværres af aktivering")),
    (ExemptionReason.OTHER, N_("Anden årsag")),
    (CvItemKind.RESOURCE, N_("Ressourcer")),
    (CvItemKind.COMPETENCE, N_("Kompetencer")),
    (CvItemKind.BARRIER, N_("Barrierer (med borgerens ord)")),
    (CvItemKind.BARRIER_HEALTH, N_("Helbredsbarrierer")),
    (CvItemKind.BARRIER_FAMILY, N_("Familiebarrierer")),
    (CvItemKind.WORK_EXPERIENCE, N_("Arbejdserfaring")),
    (CvItemKind.INTERNSHIP, N_("Praktik")),
    (CvItemKind.EDUCATION, N_("Uddannelse")),
    (CvItemKind.LEISURE, N_("Fritidsinteresser")),
    (CvItemKind.HOME_TASK, N_("Opgaver i hjemmet")),
    (CvItemKind.LANGUAGE, N_("Sprog")),
    (CvItemKind.DRIVING_LICENCE, N_("Kørekort")),
    (CvItemKind.TARGET_WORKPLACE, N_("Konkrete arbejdspladser")),
    (CvItemKind.TARGET_TASK, N_("Konkrete opgaver")),
    (ContactKind.SAMTALE, N_("Samtale")),
    (ContactKind.OPFOELGNING, N_("Opfølgning")),
    (ContactKind.AABEN_RAADGIVNING, N_("Åben rådgivning")),
    (ContactKind.VIRKSOMHEDSBESOEG, N_("Virksomhedsbesøg")),
    (ContactKind.TELEFON, N_("Telefon")),
    (ContactKind.DIGITAL, N_("Digital")),
    (ContactKind.HJEMMEBESOEG, N_("Hjemmebesøg")),
    (ContactKind.KONTAKTFORSOEG, N_("Kontaktforsøg")),
    (ContactKind.PARTSHOERING, N_("Partshøring")),
    (ContactKind.INDKALDELSE, N_("Indkaldelse")),
    (ContactKind.GRUPPEFORLOEB, N_("Gruppeforløb")),
    (ContactChannel.PERSONLIGT, N_("Personligt")),
    (ContactChannel.TELEFON, N_("Telefon")),
    (ContactChannel.VIDEO, N_("Video")),
    (ContactChannel.DIGITAL_POST, N_("Digital Post")),
    (ContactChannel.SMS, N_("SMS")),
    (ContactChannel.BREV, N_("Brev")),
    (ContactPlace.KONTORET, N_("Kontoret")),
    (ContactPlace.VIRKSOMHEDEN, N_("Virksomheden")),
    (ContactPlace.HJEMME, N_("Hjemme")),
    (ContactPlace.ANDET, N_("Andet")),
    (MatchActivityKind.VIRKSOMHEDSBESOEG, N_("Virksomhedsbesøg")),
    (MatchActivityKind.SNUSE, N_("Snuse")),
    (AgreementType.PAID_HOURS, N_("Løntimer fra start")),
    (AgreementType.INTERNSHIP, N_("Virksomhedspraktik")),
    (AgreementType.BOTH, N_("Løntimer og praktik")),
    (InternshipPurpose.REACH_PAID_HOURS, N_("At opnå løntimer")),
    (InternshipPurpose.TRAIN_COMPETENCES, N_("At træne jobrelaterede kompetencer")),
    (InternshipPurpose.CLARIFY_JOB_GOAL, N_("At afklare jobmålet")),
    (FollowUpFrequency.WEEKLY, N_("Ugentligt")),
    (FollowUpFrequency.BIWEEKLY, N_("Hver anden uge")),
    (FollowUpFrequency.MONTHLY, N_("Månedligt")),
    (InterpreterUse.USED, N_("Tolk brugt")),
    (InterpreterUse.OFFERED_DECLINED, N_("Tolk tilbudt og fravalgt")),
    (InterpreterUse.NOT_NEEDED, N_("Ikke behov for tolk")),
    (ReasonableGround.SEVERE_MENTAL_ILLNESS, N_("Svær psykisk sygdom")),
    (ReasonableGround.HOMELESSNESS, N_("Hjemløshed")),
    (ReasonableGround.ADDICTION, N_("Misbrugsproblemer")),
    (ReasonableGround.OTHER, N_("Anden rimelig grund")),
    (ReasonableGround.NONE, N_("Ingen rimelig grund fundet")),
    (AgreementStatus.ACTIVE, N_("Aktiv")),
    (AgreementStatus.RENEGOTIATED, N_("Genforhandlet")),
    (AgreementStatus.ENDED, N_("Afsluttet")),
    (BarrierKind.HEALTH, N_("Helbred")),
    (BarrierKind.FAMILY, N_("Familie")),
    (BarrierKind.BOTH, N_("Helbred og familie")),
    (StepUpInitiator.STAFF, N_("Jobformidler og sagsbehandler")),
    (StepUpInitiator.CITIZEN, N_("Borgerens eget ønske")),
    (ParticipantRole.CITIZEN, N_("Borger")),
    (ParticipantRole.CASEWORKER, N_("Sagsbehandler")),
    (ParticipantRole.JOBFORMIDLER, N_("Jobformidler")),
    (ParticipantRole.HEALTH, N_("Sundhedsfaglig")),
    (ParticipantRole.FAMILY_DEPARTMENT, N_("Familieafdelingen")),
    (ParticipantRole.TEACHER, N_("Lærer eller pædagog")),
    (ParticipantRole.NETWORK, N_("Netværk")),
    (ParticipantRole.OTHER, N_("Anden")),
    (DropInReason.AKUT, N_("Akut behov")),
    (DropInReason.BREV, N_("Brev eller Digital Post")),
    (DropInReason.YDELSE, N_("Ydelse")),
    (DropInReason.AKTIVERING, N_("Aktivering eller tilbud skal tilpasses")),
    (DropInReason.CV_JOBSOEGNING, N_("CV og jobsøgning")),
    (DropInReason.BOLIG_GAELD_SUNDHED, N_("Bolig, gæld eller sundhed")),
    (DropInReason.ANDET, N_("Andet")),
    (DropInOutcome.RESOLVED, N_("Løst")),
    (DropInOutcome.MEETING_BOOKED, N_("Møde booket")),
    (DropInOutcome.REFERRED, N_("Henvist")),
    (DropInOutcome.TO_JOBFORMIDLER, N_("Givet videre til jobformidler")),
    (DropInOutcome.LEFT, N_("Gik uden at blive set")),
    (ReferralTarget.SOCIAL, N_("Socialforvaltningen")),
    (ReferralTarget.HEALTH, N_("Sundhed")),
    (ReferralTarget.HOUSING, N_("Bolig")),
    (ReferralTarget.DEBT, N_("Gældsrådgivning")),
    (ReferralTarget.OTHER, N_("Andet")),
    (DropInEventKind.ARRIVED, N_("Ankommet")),
    (DropInEventKind.CALLED, N_("Kaldt")),
    (DropInEventKind.STARTED, N_("Samtale startet")),
    (DropInEventKind.ENDED, N_("Afsluttet")),
    (DropInEventKind.LEFT, N_("Gået")),
    (AuditAction.READ, N_("Læst")),
    (AuditAction.SEARCH, N_("Søgt")),
    (AuditAction.CREATE, N_("Oprettet")),
    (AuditAction.CHANGE, N_("Ændret")),
    (AuditAction.DELETE, N_("Slettet")),
    (AuditAction.PRINT, N_("Udskrevet")),
    (AuditAction.EXPORT, N_("Eksporteret")),
    (AuditAction.REVEAL_CPR, N_("Fuldt CPR-nummer vist")),
    (AuditAction.LOGIN, N_("Logget ind")),
    (AuditAction.LOGIN_FAILED, N_("Mislykket login")),
    (AuditAction.LOGOUT, N_("Logget ud")),
]
_LABELS: dict[tuple[type, str], str] = {
    (type(member), str(member.value)): label for member, label in _LABEL_PAIRS
}
