"""Every central command but `upgrade` opens its database through central.central_engine
(issue 19): a new database gets the schema by the migrations; one older than the program is
refused with the upgrade command to run, one newer is refused; either is left unchanged. On
SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import inspect, text

from app.sync import central
from app.sync.central_keys import CentralFolder
from app.sync.central_schema import (
    CentralSchemaTooNew,
    CentralSchemaTooOld,
    central_metadata,
    current,
    head,
)
from app.sync.central_store import central_store_engine
from tests.sync.test_central_upgrade import _no_difference, _previous_release

SECRET = "central-hemmelighed"
PG_URL = os.environ.get("FREMSKUDT_TEST_PG_URL")
ENV = {k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")}


@pytest.fixture(params=["sqlite", "postgresql"])
def raw(request, tmp_path):
    """An empty database and its URL, opened without any schema check."""
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("FREMSKUDT_TEST_PG_URL is set by .ci/run when PostgreSQL runs")
        url = PG_URL
        engine = central_store_engine(tmp_path, url, None)
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        central_metadata().drop_all(engine)
    else:
        url = f"sqlite:///{tmp_path / 'central.db'}"
        engine = central_store_engine(tmp_path, url, SECRET)
    yield engine, url
    engine.dispose()


def _open(tmp_path, url):
    return central.central_engine(CentralFolder(tmp_path), url,
                                  passphrase=SECRET if url.startswith("sqlite") else None)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.central_main", *args],
                          env={**ENV, "FREMSKUDT_CENTRAL_PASSPHRASE": SECRET},
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
                          check=False)


def test_a_new_database_gets_the_schema_by_the_migrations(raw, tmp_path) -> None:
    _engine, url = raw
    opened = _open(tmp_path, url)
    try:
        assert current(opened) == head()
        assert _no_difference(opened) == []
        assert central.stats(opened)["bundles"] == 0
    finally:
        opened.dispose()


def test_an_older_database_is_refused_with_the_upgrade_command(raw, tmp_path) -> None:
    engine, url = raw
    _previous_release(engine)
    tables = set(inspect(engine).get_table_names())
    with pytest.raises(CentralSchemaTooOld, match="fremskudt-central upgrade --db") as err:
        _open(tmp_path, url)
    assert "c0001" in err.value.message and head() in err.value.message
    assert current(engine) is None and set(inspect(engine).get_table_names()) == tables
    done = _cli("stats", "--dir", str(tmp_path), "--db", url)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "fremskudt-central upgrade --db" in done.stderr and "ikke ændret" in done.stderr
    assert set(inspect(engine).get_table_names()) == tables
    # after the upgrade the same command works and finds the previous release's device
    assert _cli("upgrade", "--db", url).returncode == 0
    stats = _cli("stats", "--dir", str(tmp_path), "--db", url)
    assert stats.returncode == 0, stats.stderr
    assert "Kontoret Gammel / PC 1" in stats.stdout and "sekvens 3" in stats.stdout


def test_a_newer_database_is_refused_and_left_alone(raw, tmp_path) -> None:
    engine, url = raw
    _open(tmp_path, url).dispose()
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'c9999'"))
    with pytest.raises(CentralSchemaTooNew, match="nyere version"):
        _open(tmp_path, url)
    done = _cli("stats", "--dir", str(tmp_path), "--db", url)
    assert done.returncode == 1 and "nyere version" in done.stderr
    assert current(engine) == "c9999"


def test_the_default_sqlite_store_names_its_folder_in_the_refusal(tmp_path) -> None:
    engine = central_store_engine(tmp_path, None, SECRET)
    _previous_release(engine)
    engine.dispose()
    done = _cli("stats", "--dir", str(tmp_path))
    assert done.returncode == 1
    assert f"fremskudt-central upgrade --dir {tmp_path}" in done.stderr
