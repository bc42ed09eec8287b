"""Reading a store when nothing can be written (a full disk): `fremskudt check` still works."""

from __future__ import annotations

from app.db.store import open_account
from app.paths import DataPaths
from app.services import casekeys
from app.services.auth import load_user
from app.services.context import ServiceContext


def login_read_only(paths: DataPaths, username: str, password: str) -> ServiceContext:
    """Open the store only to read: no migration, no login entry, no daily backup; SQLite
    refuses every write. The password and the account are checked as at a normal login."""
    store, staff_private = open_account(paths, username, password, read_only=True)
    try:
        user = load_user(store, username)
        case_key = None
        if casekeys.holds_case_key(user.roles):
            case_key = casekeys.open_case_key(store, user.username, staff_private)
    except BaseException:
        store.close()
        raise
    return ServiceContext(store, user, case_key=case_key)
