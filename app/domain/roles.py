"""Staff roles and what each may do. One person may hold several roles (domain.md, users)."""

from __future__ import annotations

import enum

from app.domain.text import N_


class Role(enum.StrEnum):
    SKRANKE = "skranke"  # counter: registers drop-ins, runs the queue; never reads case notes
    JOBKONSULENT = "jobkonsulent"  # caseworker holding the authority case (myndighed)
    JOBFORMIDLER = "jobformidler"  # personal jobformidler: relation, CV, job match, follow-up
    LEDER = "leder"  # leader: caseloads, deadlines, measures, export
    ADMINISTRATOR = "administrator"  # accounts, settings, keys

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.SKRANKE: N_("Skranke"),
    Role.JOBKONSULENT: N_("Jobkonsulent"),
    Role.JOBFORMIDLER: N_("Jobformidler"),
    Role.LEDER: N_("Leder"),
    Role.ADMINISTRATOR: N_("Administrator"),
}


class Permission(enum.StrEnum):
    QUEUE = "queue"  # register drop-ins, see names and queue state
    CITIZEN_BASIC = "citizen_basic"  # find citizens by name/CPR/phone, see name and contact data
    CASE_READ = "case_read"  # case notes, course, health, agreements, step-up
    CASE_WRITE = "case_write"
    COMPANY = "company"
    REPORTS = "reports"
    EXPORT = "export"
    ADMIN = "admin"  # staff accounts, settings, keys


_CASE = {Permission.CITIZEN_BASIC, Permission.CASE_READ, Permission.CASE_WRITE,
         Permission.COMPANY, Permission.QUEUE}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SKRANKE: frozenset({Permission.QUEUE, Permission.CITIZEN_BASIC}),
    Role.JOBKONSULENT: frozenset(_CASE | {Permission.REPORTS}),
    Role.JOBFORMIDLER: frozenset(_CASE),
    Role.LEDER: frozenset(_CASE | {Permission.REPORTS, Permission.EXPORT}),
    Role.ADMINISTRATOR: frozenset({Permission.ADMIN, Permission.EXPORT}),
}


def parse_roles(text: str | None) -> frozenset[Role]:
    """Roles are stored as a space-separated list; unknown names are refused."""
    if not text:
        return frozenset()
    return frozenset(Role(part) for part in text.split())


def format_roles(roles: frozenset[Role] | set[Role]) -> str:
    return " ".join(sorted(r.value for r in roles))


def permissions_for(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    result: set[Permission] = set()
    for role in roles:
        result |= ROLE_PERMISSIONS[role]
    return frozenset(result)
