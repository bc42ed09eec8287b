"""Applying the Alembic migrations in code at start-up, with a backup first."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from app.db.backup import online_backup
from app.domain.errors import FremskudtError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Alembic (with mako and pygments) costs about 0.1 s CPU to import: a store already at the head
# is recognised from the version files' own lines without it (issue 22, start-up)
_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([\w-]+)['\"]$", re.M)
_DOWN = re.compile(r"^down_revision(?:: [\w |]+)? = (?:['\"]([\w-]+)['\"]|None)$", re.M)


class StoreTooNew(FremskudtError):
    """The store was made by a newer version of the app."""


def _file_revisions() -> tuple[set[str], set[str]] | None:
    """(every revision, the heads) read from the version files; None when a file says it in
    another way (a merge's tuple), and Alembic must read them."""
    revisions: set[str] = set()
    replaced: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision[1])
        if down[1]:
            replaced.add(down[1])
    return revisions, revisions - replaced


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    files = _file_revisions()
    if files is not None and len(files[1]) == 1:
        return next(iter(files[1]))
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except OperationalError:  # no table yet: a new store
            return None
    if len(rows) <= 1:
        return rows[0][0] if rows else None
    from alembic.runtime.migration import MigrationContext  # it explains several heads

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(current: str | None) -> None:
    if current is None:
        return
    files = _file_revisions()
    if files is not None and current in files[0]:
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(current)
    except Exception:  # alembic raises several kinds for an unknown revision
        raise StoreTooNew(
            "Databasen er lavet af en nyere version af Fremskudt (skemaversion "
            "{revision}). Installér den nyeste version af programmet; databasen er ikke ændret.",
            revision=current) from None


def upgrade_to_head(engine: Engine, key: bytes, backup_dir: Path) -> Path | None:
    """Bring the store to the newest schema; an encrypted backup is taken first (the online
    backup API, same key). Returns the backup made, if any."""
    current = current_revision(engine)
    check_not_newer(current)
    if current == head_revision():
        return None
    backup = None
    if current is not None:
        backup = online_backup(engine, key, backup_dir, f"before-{current}")
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        # a migration that rebuilds a referenced table (batch mode) needs the foreign-key
        # checks off; they can only be switched outside a transaction, so on the driver's
        # connection before SQLAlchemy begins one, and every key is checked before commit
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"migration left a broken reference in {broken[0]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return backup
