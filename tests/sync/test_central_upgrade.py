"""The central database under Alembic (issue 19 point 7): a database filled by the release
before (create_all, no alembic_version) is recognised, upgraded and keeps every record; an
empty one gets the whole schema, equal to the models; a database from a newer program is
refused and left alone; `fremskudt-central upgrade` on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.sync import central
from app.sync.central_schema import CentralSchemaTooNew, central_metadata, current, head, upgrade
from app.sync.central_store import central_store_engine

SECRET = "central-hemmelighed"
PG_URL = os.environ.get("FREMSKUDT_TEST_PG_URL")
ENV = {k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")}
# the tables of the release before Alembic (commit 2f5a586), as its create_all made them
PREVIOUS = ("central_device", "central_device_counter", "central_import", "central_record",
            "central_conflict", "central_audit_anchor", "central_audit_alarm")
NOW = dt.datetime(2026, 11, 1, 12, 0)
ROWS = {
    "central_device": [{"device_id": "d1", "office_id": "o1", "office": "Kontoret Gammel",
                        "workstation": "PC 1", "public_key": "00" * 32, "enrolled_at": NOW,
                        "revoked_at": None, "last_seq": 3, "last_sha256": "ab" * 32}],
    "central_device_counter": [{"device_id": "d1", "last_counter": 42}],
    "central_import": [{"bundle_id": f"{i:032x}", "device_id": "d1", "seq": i,
                        "sha256": "cd" * 32, "records": 10, "conflicts": 0,
                        "imported_at": NOW} for i in (1, 2, 3)],
    "central_record": [{"table_name": "citizen", "record_id": f"{i:032x}", "device_id": "d1",
                        "counter": i, "deleted": 0, "data": '{"first_name": "Şükrü"}'}
                       for i in range(1, 41)],
    "central_conflict": [{"table_name": "citizen", "record_id": f"{1:032x}",
                          "stored_device": "d1", "stored_counter": 1, "incoming_device": "d2",
                          "incoming_counter": 7, "incoming_data": "{}",
                          "bundle_id": "ef" * 16, "detected_at": NOW}],
    "central_audit_anchor": [{"device_id": "d1", "bundle_seq": 3, "audit_seq": 17,
                              "audit_sha256": "12" * 32, "accepted_at": NOW}],
    "central_audit_alarm": [{"device_id": "d1", "office": "Kontoret Gammel",
                             "bundle_id": "ef" * 16, "kind": "rewind", "reason": "prøve",
                             "detected_at": NOW}],
}


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("FREMSKUDT_TEST_PG_URL is set by .ci/run when PostgreSQL runs")
        engine = central_store_engine(tmp_path, PG_URL, None)
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        central_metadata().drop_all(engine)
        url = PG_URL
    else:
        url = f"sqlite:///{tmp_path / 'central.db'}"
        engine = central_store_engine(tmp_path, url, SECRET)
    yield engine, url
    engine.dispose()


def _previous_release(engine) -> None:
    metadata = central_metadata()
    metadata.create_all(engine, tables=[metadata.tables[t] for t in PREVIOUS])
    with engine.begin() as conn:
        for table, rows in ROWS.items():
            conn.execute(metadata.tables[table].insert(), rows)


def _no_difference(engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), central_metadata())


def test_a_database_of_the_previous_release_is_upgraded_with_every_record(store) -> None:
    engine, _url = store
    _previous_release(engine)
    assert current(engine) is None
    result = upgrade(engine)
    assert (result.before, result.after, result.stamped) == ("c0001", head(), True)
    assert current(engine) == head()
    metadata = central_metadata()
    with engine.connect() as conn:
        for table, rows in ROWS.items():
            found = conn.execute(metadata.tables[table].select()).mappings().all()
            assert len(found) == len(rows), table
        names = {r.record_id for r in conn.execute(
            metadata.tables["central_record"].select())}
    assert names == {f"{i:032x}" for i in range(1, 41)}
    assert {"central_member", "central_origin", "central_referral", "central_downsync"} <= set(
        inspect(engine).get_table_names())
    assert _no_difference(engine) == []
    assert central.stats(engine)["records"] == {"citizen": 40}
    again = upgrade(engine)
    assert (again.before, again.after, again.stamped) == (head(), head(), False)


def test_an_empty_database_gets_the_models_schema(store) -> None:
    engine, _url = store
    result = upgrade(engine)
    assert (result.before, result.stamped) == (None, False)
    assert _no_difference(engine) == []


def test_a_newer_database_is_refused_and_left_alone(store) -> None:
    engine, _url = store
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'c9999'"))
    tables = set(inspect(engine).get_table_names())
    with pytest.raises(CentralSchemaTooNew, match="nyere version"):
        upgrade(engine)
    assert current(engine) == "c9999" and set(inspect(engine).get_table_names()) == tables


def test_the_upgrade_command(store, tmp_path) -> None:
    engine, url = store
    _previous_release(engine)
    engine.dispose()
    env = {**ENV, "FREMSKUDT_CENTRAL_PASSPHRASE": SECRET}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.central_main", *args], env=env,
                              capture_output=True, text=True, stdin=subprocess.DEVNULL,
                              timeout=120, check=False)

    done = cli("upgrade", "--db", url)
    assert done.returncode == 0, done.stderr
    assert f"fra skema c0001 til {head()}" in done.stdout and "tidligere version" in done.stdout
    assert "allerede det nyeste skema" in cli("upgrade", "--db", url).stdout
    missing = cli("upgrade", "--db", f"sqlite:///{tmp_path / 'ingen' / 'central.db'}")
    assert missing.returncode == 2 and "findes ikke" in missing.stderr
