"""Step-up: the guiding questions, the document checklists and the participant rules
(seed 002 p. 8-10, "'Step-up' indsats" with its checklists; seed 004 "Supplerende indsats")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.enums import BarrierKind, ParticipantRole
from app.domain.text import N_

# seed 002, b) Tværfaglig samtale: "Borgere med helbredsmæssige barrierer for job"
HEALTH_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("health_barriers", N_("Hvilke helbredsmæssige barrierer for job har borger, og hvordan tages "
                        "der hensyn hertil i den virksomhedsrettede indsats?")),
    ("health_mastery", N_("Har borger behov for støtte til helbredsmestring?")),
    ("health_clarification", N_("Er der behov for yderligere helbredsmæssig afklaring?")),
)
# seed 002, b) Tværfaglig samtale: "Forsørgere med familierelaterede barrierer for job"
FAMILY_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("family_children", N_("Hvad er barriererne i forhold til børn – er der allerede en sag på et "
                        "barn i familien?")),
    ("family_support", N_("Har borgeren behov for yderligere støtte (fx støttekontaktperson eller "
                       "mentor) til at håndtere særlige familiemæssige udfordringer, og hvordan "
                       "koordineres den med eksisterende indsatser?")),
    ("family_leisure_job", N_("Har borgeren børn over 13 år, som skal have hjælp til at finde et "
                           "fritidsjob?")),
)
# seed 002, c) Aftaledokument: the questions the agreement template answers
AGREEMENT_QUESTIONS: tuple[str, ...] = (
    N_("Hvilke aftaler er der lavet?"),
    N_("Hvem følger op på aftalerne?"),
    N_("Hvornår følges der op?"),
    N_("Hvornår og hvad igangsættes af eventuelle supplerende indsatser for borgeren?"),
    N_("Hvordan koordineres borgerens supplerende indsatser med den virksomhedsrettede indsats?"),
    N_("Hvilke hensyn skal der tages?"),
)

# seed 002 checklists: the documents sent before the meetings, by barrier kind
COMMON_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("min_plan", N_("Min Plan")),
    ("preparation", N_("Udfyldt forberedelsesskema")),
    ("cv_job_goal", N_("Borgerens CV og jobmål")),
    ("other_administrations", N_("Andre forvaltningers beskrivelser")),
)
HEALTH_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("medical", N_("Aktuelle og relevante lægedokumenter")),
)
FAMILY_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("child_case", N_("Aktuel sag på borgerens barn eller børn (efter samtykke)")),
    ("family_status", N_("Status på borgerens familierelaterede barrierer")),
)

ALWAYS = (ParticipantRole.CITIZEN, ParticipantRole.CASEWORKER, ParticipantRole.JOBFORMIDLER)
MAX_MEETINGS = 2  # seed 002: "1-2 tværfaglige samtaler"


def has_health(kind: BarrierKind) -> bool:
    return kind in (BarrierKind.HEALTH, BarrierKind.BOTH)


def has_family(kind: BarrierKind) -> bool:
    return kind in (BarrierKind.FAMILY, BarrierKind.BOTH)


def questions(kind: BarrierKind) -> tuple[tuple[str, str], ...]:
    """The guiding questions of the preparation form for this barrier kind, and only those."""
    result: tuple[tuple[str, str], ...] = ()
    if has_health(kind):
        result += HEALTH_QUESTIONS
    if has_family(kind):
        result += FAMILY_QUESTIONS
    return result


def documents(kind: BarrierKind) -> tuple[tuple[str, str], ...]:
    result = COMMON_DOCUMENTS
    if has_health(kind):
        result += HEALTH_DOCUMENTS
    if has_family(kind):
        result += FAMILY_DOCUMENTS
    return result


def family_department_fits(kind: BarrierKind, provider: bool) -> bool:
    """seed 004, B: the family department only "hvis borgeren er forsørger og oplever, at
    udfordringer i relation til familien er en hindring for at komme i job"."""
    return provider and has_family(kind)


def participant_warnings(kind: BarrierKind, roles: Sequence[ParticipantRole], *,
                         provider: bool = True) -> list[str]:
    """seed 002 and seed 004 ("færrest mulige deltagere"): always the citizen, the caseworker
    and the jobformidler; a health professional only for health barriers; the family
    department, a teacher or a pedagogue only for a parent (forsørger) naming family
    barriers."""
    present = set(roles)
    family = family_department_fits(kind, provider)
    warnings = [N_("{role} skal deltage.", role=role.label) for role in ALWAYS
                if role not in present]
    if ParticipantRole.HEALTH in present and not has_health(kind):
        warnings.append(N_("En sundhedsfaglig deltager kun, når borgeren har helbredsmæssige "
                        "barrierer. Hold kredsen så lille som muligt."))
    if has_health(kind) and ParticipantRole.HEALTH not in present:
        warnings.append(N_("Ved helbredsmæssige barrierer bør en sundhedsfaglig person deltage."))
    for role in (ParticipantRole.FAMILY_DEPARTMENT, ParticipantRole.TEACHER):
        if role in present and not family:
            warnings.append(N_("{role} kun, når borgeren er forsørger med familierelaterede "
                               "barrierer. Hold kredsen så lille som muligt.", role=role.label))
    if family and ParticipantRole.FAMILY_DEPARTMENT not in present:
        warnings.append(N_("Ved familierelaterede barrierer bør en familiefaglig person deltage."))
    return warnings


@dataclass(frozen=True)
class PackParticipant:
    name: str
    organisation: str
    roles: tuple[ParticipantRole, ...]


def pack_participants(rows: Iterable[tuple[ParticipantRole, str, str]]
                      ) -> list[PackParticipant]:
    """The meeting pack's list of participants: one person holding two roles (a caseworker
    who is also the jobformidler, domain.md "Who uses the app") appears once, with both
    roles, in the order the roles are first met."""
    people: dict[tuple[str, str], list[ParticipantRole]] = {}
    names: dict[tuple[str, str], tuple[str, str]] = {}
    for role, name, organisation in rows:
        key = (" ".join(name.split()).casefold(), " ".join(organisation.split()).casefold())
        names.setdefault(key, (name, organisation))
        if role not in people.setdefault(key, []):
            people[key].append(role)
    return [PackParticipant(*names[key], tuple(roles)) for key, roles in people.items()]


@dataclass(frozen=True)
class ConsentFacts:
    given_on: dt.date
    withdrawn_on: dt.date | None


def consent_in_force(consent: ConsentFacts | None, on: dt.date) -> bool:
    """seed 002, a): no preparation pack without the citizen's consent to share and obtain
    information across administrations; a withdrawn consent blocks it again."""
    if consent is None:
        return False
    return consent.given_on <= on and (consent.withdrawn_on is None or on < consent.withdrawn_on)


def unanswered(kind: BarrierKind, answers: Iterable[tuple[str, str]]) -> list[str]:
    given = {key for key, text in answers if text.strip()}
    return [text for key, text in questions(kind) if key not in given]
