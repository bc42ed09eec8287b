"""First run: the office, this workstation, the first administrator and the recovery key."""

from __future__ import annotations

import platform
from dataclasses import dataclass

from app.db.keyring import KdfParams
from app.db.models import LocalSetting
from app.db.store import create_store
from app.domain.enums import AuditAction
from app.domain.roles import Role, format_roles
from app.domain.values import clean_text
from app.paths import DataPaths
from app.services import audit, casekeys
from app.services.context import Clock, CurrentUser, ServiceContext, system_clock
from app.services.office import RECOVERY_SHEET_PENDING_KEY
from app.services.staff import add_account_row, check_password, check_roles, check_username


@dataclass(frozen=True)
class SetupResult:
    ctx: ServiceContext
    recovery_key: bytes
    office_name: str
    municipality: str


def validate_setup(office_name: str, municipality: str, username: str, full_name: str,
                   password: str, repeat: str | None, roles: set[Role]) -> tuple[str, ...]:
    """All checks of the setup form, before anything is written."""
    office = clean_text(office_name, field="office_name", label="Kontorets navn", required=True)
    muni = clean_text(municipality, field="municipality", label="Kommune", required=True)
    user = check_username(username)
    name = clean_text(full_name, field="full_name", label="Navn", required=True)
    check_password(password, repeat)
    check_roles(roles | {Role.ADMINISTRATOR})
    return office, muni, user, name


def setup_office(
    paths: DataPaths,
    *,
    office_name: str,
    municipality: str,
    username: str,
    full_name: str,
    password: str,
    password_repeat: str | None = None,
    roles: set[Role] | None = None,
    kdf: KdfParams | None = None,
    clock: Clock = system_clock,
    recovery_sheet_pending: bool = False,
) -> SetupResult:
    """`recovery_sheet_pending`: the recovery key is shown on screen next (the wizard) and
    counts as unseen until `office.confirm_recovery_sheet`; a start before that asks for a
    new one (issue 17, point 8)."""
    role_set = frozenset((roles or set()) | {Role.ADMINISTRATOR})
    office, muni, user, name = validate_setup(
        office_name, municipality, username, full_name, password, password_repeat, set(role_set)
    )
    new = create_store(paths, office_name=office, municipality=muni,
                       workstation_name=platform.node() or "Arbejdsstation", kdf=kdf)
    store = new.store
    with store.sessions.begin() as session:
        account = add_account_row(session, new.office_id, user, name, role_set)
        current = CurrentUser(account.id, account.username, account.full_name, role_set)
        ctx = ServiceContext(store, current, clock, new.case_key)
        audit.record(ctx, session, AuditAction.CREATE, object_type="office",
                     object_id=new.office_id, detail=f"kontor oprettet: {office}")
        audit.record(ctx, session, AuditAction.CREATE, object_type="staff_account",
                     object_id=account.id, detail=f"roller: {format_roles(role_set)}")
        store.add_account_key(user, password, kdf)
        casekeys.reconcile(store, new.case_key, session)  # the administrator holds K_case
        if recovery_sheet_pending:
            session.add(LocalSetting(key=RECOVERY_SHEET_PENDING_KEY, value="1"))
    return SetupResult(ctx, new.recovery_key, office, muni)
