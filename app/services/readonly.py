"""Reading a store when nothing can be written (a full disk): `fremskudt check` still works."""

from __future__ import annotations

from app.db.store import open_with_password
from app.paths import DataPaths
from app.services.auth import load_user
from app.services.context import ServiceContext


def login_read_only(paths: DataPaths, username: str, password: str) -> ServiceContext:
    """Open the store only to read: no migration, no login entry, no daily backup; SQLite
    refuses every write. The password and the account are checked as at a normal login."""
    store = open_with_password(paths, username, password, read_only=True)
    try:
        user = load_user(store, username)
    except BaseException:
        store.close()
        raise
    return ServiceContext(store, user)
