"""The central database's schema under Alembic (issue 19 point 7): the migrations ship in the
package (app/sync/migrations) and run on `fremskudt-central upgrade --db URL`, on
SQLite (SQLCipher) and PostgreSQL alike. A database made by the release before Alembic
(create_all, no alembic_version) is stamped with the revision its tables show, then upgraded;
a database from a newer program is refused and left alone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, MetaData, inspect

from app.domain.errors import FremskudtError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# the newest table of each revision: how a database without alembic_version is recognised
MARKERS = (("c0003", "central_referral"), ("c0002", "central_member"),
           ("c0001", "central_device"))


class CentralSchemaTooNew(FremskudtError):
    """The central database was made by a newer version of the program."""


class CentralSchemaTooOld(FremskudtError):
    """The central database has an older schema: `fremskudt-central upgrade` first."""


@dataclass(frozen=True)
class Upgrade:
    before: str | None  # None: an empty database
    after: str
    stamped: bool  # a database of the release before Alembic, recognised by its tables


def central_metadata() -> MetaData:
    """Every table of the central database (the modules that declare them, imported)."""
    from app.sync import central_audit, central_members, central_referrals
    from app.sync.central_models import CentralBase

    assert central_members.CentralMember.metadata is central_audit.CENTRAL_METADATA

    assert central_referrals.ReferralBase.metadata is CentralBase.metadata
    return CentralBase.metadata


def _config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config(None)).get_current_head()


def current(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> Upgrade:
    """Bring the database to the program's schema in one transaction."""
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config(None))
    known = {s.revision for s in scripts.walk_revisions()}
    before = current(engine)
    if before is not None and before not in known:
        raise CentralSchemaTooNew(
            "Den centrale database er lavet af en nyere version af Fremskudt (skema {revision})."
            " Opdatér programmet; databasen er ikke ændret.", revision=before)
    stamped = False
    with engine.begin() as conn:
        cfg = _config(conn)
        if before is None:
            tables = set(inspect(conn).get_table_names())
            for revision, table in MARKERS:
                if table in tables:
                    command.stamp(cfg, revision)
                    before, stamped = revision, True
                    break
        command.upgrade(cfg, "head")
    return Upgrade(before, scripts.get_current_head(), stamped)


def ensure_current(engine: Engine, upgrade_command: str) -> None:
    """What every central command but `upgrade` does before it uses the database: a new (empty)
    database gets the whole schema by the migrations; a database at the program's schema is
    used as it is (one that create_all made with every table, without alembic_version, is
    stamped); an older or a newer one is refused and left unchanged, the older one naming
    `upgrade_command`."""
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config(None))
    latest = scripts.get_current_head()
    before = current(engine)
    if before == latest:
        return
    if before is not None and before not in {s.revision for s in scripts.walk_revisions()}:
        raise CentralSchemaTooNew(
            "Den centrale database er lavet af en nyere version af Fremskudt (skema {revision})."
            " Opdatér programmet; databasen er ikke ændret.", revision=before)
    if before is None:
        tables = set(inspect(engine).get_table_names())
        if not tables & set(central_metadata().tables):
            upgrade(engine)  # a new database
            return
        before = next((rev for rev, table in MARKERS if table in tables), "c0001")
        if before == latest:
            with engine.begin() as conn:
                command.stamp(_config(conn), latest)
            return
    raise CentralSchemaTooOld(
        "Den centrale database har et ældre skema ({revision}) end programmet ({head}). Kør "
        "først: {command}. Databasen er ikke ændret.", revision=before, head=latest,
        command=upgrade_command)
