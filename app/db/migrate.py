"""Applying the Alembic migrations in code at start-up, with a backup first."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.db.backup import online_backup
from app.domain.errors import FremskudtError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreTooNew(FremskudtError):
    """The store was made by a newer version of the app."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(current: str | None) -> None:
    if current is None:
        return
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
