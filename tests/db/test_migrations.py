"""Migrations: empty to head, models and migrations agree, backup before upgrade, newer refused."""

from __future__ import annotations

import os

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from app.db.engine import create_store_engine
from app.db.migrate import StoreTooNew, alembic_config, head_revision
from app.db.models import Base
from app.db.store import open_with_password
from app.services import citizens
from tests.conftest import ADMIN_PASSWORD


def test_empty_to_head_and_back_on_plain_sqlite(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert set(inspect(engine).get_table_names()) == set(Base.metadata.tables) | {
        "alembic_version"}
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert inspect(engine).get_table_names() == ["alembic_version"]
    engine.dispose()


def test_models_and_migrations_agree(office) -> None:
    with office.admin.store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_backup_is_made_before_an_upgrade(tmp_path, office) -> None:
    citizens.create(office.admin, first_name="Amal", last_name="Ali", cpr="0101901234")
    store = office.admin.store
    engine = store.engine
    # Take the store back one revision, as an older version of the app left it.
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    store.close()
    assert list(office.paths.backups.iterdir()) == []
    reopened = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    office.contexts.append(type(office.admin)(reopened, office.admin.user))
    backups = list(office.paths.backups.iterdir())
    assert len(backups) == 1 and reopened.migrated_backup == backups[0]
    assert "before-0001" in backups[0].name and backups[0].suffix == ".fbk"
    # The backup is the encrypted pre-upgrade store: it opens with the same key at 0001.
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    old = create_store_engine(backups[0], reopened._key)
    with old.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    old.dispose()
    with reopened.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision())


def test_a_store_from_a_newer_version_is_refused_and_left_alone(office) -> None:
    with office.admin.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    office.admin.store.close()
    before = {p.name: p.read_bytes() for p in office.paths.root.glob("office.db*")}
    with pytest.raises(StoreTooNew, match="nyere version af Fremskudt"):
        open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    after = {p.name: p.read_bytes() for p in office.paths.root.glob("office.db*")}
    assert before == after
    assert os.listdir(office.paths.backups) == []
