"""Bundles end to end: export, stock age, import, re-import, gap, tamper, wrong key, revoked
device, key rotation, receipts, conflicts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.db import models as m
from app.db.store import open_with_password
from app.domain.errors import FremskudtError, ValidationError
from app.services import citizens, sync
from app.services.auth import load_user
from app.services.context import ServiceContext
from app.sync import central
from app.sync.central_keys import CentralFolder
from tests.conftest import ADMIN_PASSWORD
from tests.sync.central_pg import fresh_central

SECRET = "central-hemmelighed"


@pytest.fixture(scope="module")
def central_dir(tmp_path_factory) -> Path:
    folder = CentralFolder(tmp_path_factory.mktemp("central") / "c")
    folder.init(SECRET)
    return folder.root


@pytest.fixture(scope="module")
def central_secrets(central_dir):
    folder = CentralFolder(central_dir)
    return folder.load_identities(SECRET), folder.receipt_signing_key(SECRET)


PG_URL = os.environ.get("FREMSKUDT_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, central_dir, central_secrets, tmp_path):
    """A fresh central database over the module's central identity: a SQLite file, and the
    same suite against the PostgreSQL server that .ci/run starts."""
    folder = CentralFolder(central_dir)
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("FREMSKUDT_TEST_PG_URL is set by .ci/run when PostgreSQL runs")
        engine = fresh_central(folder, PG_URL)
    else:
        engine = central.central_engine(folder, f"sqlite:///{tmp_path / 'central.db'}",
                                        passphrase=SECRET)
    identities, signing = central_secrets

    def do_import(path: Path) -> central.ImportResult:
        return central.import_bundle(engine, path, identities, signing, tmp_path / "receipts")

    yield folder, engine, do_import
    engine.dispose()


def _connect(office, folder: CentralFolder, engine) -> ServiceContext:
    ctx = office.admin
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    return ctx


def test_export_import_reimport_and_receipt(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    person = citizens.create(ctx, first_name="Şükrü", last_name="Öztürk", cpr="0101901234")
    out = tmp_path / "usb"
    out.mkdir()
    first = sync.export_bundle(ctx, out)
    assert first.path.name.endswith(".fsb") and len(first.path.stem) == 32
    data = first.path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1")
    assert b"0101901234" not in data and "Öztürk".encode() not in data
    assert list(out.iterdir()) == [first.path]  # no plaintext beside it

    result = do_import(first.path)
    assert (result.status, result.seq) == ("imported", 1)
    assert result.records == first.records > 0
    stats = central.stats(engine)
    assert stats["records"]["citizen"] == 1 and stats["devices"][0]["last_seq"] == 1
    again = do_import(first.path)
    assert again.status == "already"
    assert central.stats(engine) == stats

    # the receipt acknowledges the bundle; the next export holds only what changed since
    view = sync.import_receipt(ctx, result.receipt.read_bytes())
    assert view.seq == 1 and view.acked_at is not None
    with pytest.raises(ValidationError, match="allerede"):
        sync.import_receipt(ctx, result.receipt.read_bytes())
    citizens.create(ctx, first_name="Bo")
    second = sync.export_bundle(ctx, out)
    assert second.seq == 2 and second.records < first.records
    imported = do_import(second.path)
    assert imported.records == second.records
    record = central.stats(engine)["records"]
    assert record["citizen"] == 2
    with engine.connect() as conn:
        row = conn.execute(select(central.Record.data).where(
            central.Record.record_id == person.id.hex)).scalar_one()
    assert json.loads(row)["first_name"] == "Şükrü"


def test_a_forged_or_foreign_receipt_changes_nothing(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    bundle = sync.export_bundle(ctx, tmp_path)
    receipt = json.loads(do_import(bundle.path).receipt.read_bytes())
    receipt["receipt"]["seq"] = 7
    with pytest.raises(ValidationError, match="ikke gyldig"):
        sync.import_receipt(ctx, json.dumps(receipt).encode())
    forged = Ed25519PrivateKey.generate()
    from app.sync.bundle import sign_receipt

    fake = sign_receipt(dict(receipt["receipt"], seq=1), forged)
    with pytest.raises(ValidationError):
        sync.import_receipt(ctx, fake)
    assert sync.bundles(ctx)[0].acked_at is None


def test_gap_is_refused_with_the_missing_numbers(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    paths = []
    for name in ("A", "B", "C"):
        citizens.create(ctx, first_name=name)
        paths.append(sync.export_bundle(ctx, tmp_path).path)
    with pytest.raises(central.ImportRefused, match="mangler pakke 1, 2"):
        do_import(paths[2])
    assert central.stats(engine)["bundles"] == 0
    for path in paths:
        do_import(path)
    assert central.stats(engine)["devices"][0]["last_seq"] == 3


def test_every_flipped_byte_is_refused_and_nothing_applied(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    citizens.create(ctx, first_name="Amal", cpr="0101901234")
    good = sync.export_bundle(ctx, tmp_path)
    data = good.path.read_bytes()
    positions = sorted({0, 5, 22, 30, 60, 90, 120, 150, len(data) // 3, len(data) // 2,
                        len(data) - 17, len(data) - 1, *range(200, len(data), 97)})
    for position in positions:
        tampered = bytearray(data)
        tampered[position] ^= 0x01
        good.path.write_bytes(bytes(tampered))
        with pytest.raises(central.ImportRefused):
            do_import(good.path)
    for cut in (10, len(data) // 2, len(data) - 1):
        good.path.write_bytes(data[:cut])
        with pytest.raises(central.ImportRefused):
            do_import(good.path)
    assert central.stats(engine)["bundles"] == 0 and central.stats(engine)["records"] == {}
    good.path.write_bytes(data)
    assert do_import(good.path).status == "imported"
    assert len(positions) >= 20


def test_wrong_key_revoked_device_and_unknown_device(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    other = CentralFolder(tmp_path / "other")
    other.init("en-helt-anden-frase")
    with ctx.store.sessions.begin() as session:
        for key in session.execute(select(m.CentralKey)).scalars():
            session.delete(key)
    sync.add_central_keys(ctx, other.public_file.read_bytes())
    wrong = sync.export_bundle(ctx, tmp_path)
    with pytest.raises(central.ImportRefused, match="ikke krypteret til"):
        do_import(wrong.path)
    with ctx.store.sessions.begin() as session:
        for key in session.execute(select(m.CentralKey)).scalars():
            session.delete(key)
        session.execute(m.SyncBundle.__table__.delete())
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.revoke(engine, str(ctx.store.device_id))
    bundle = sync.export_bundle(ctx, tmp_path)
    with pytest.raises(central.ImportRefused, match="spærret"):
        do_import(bundle.path)
    with engine.begin() as conn:
        conn.execute(central.Device.__table__.delete())
    with pytest.raises(central.ImportRefused, match="ikke tilmeldt"):
        do_import(bundle.path)


def test_key_rotation_keeps_old_bundles_importable(office, central_secrets, tmp_path) -> None:
    folder = CentralFolder(tmp_path / "rotating")
    folder.init(SECRET)
    engine = central.central_engine(folder, passphrase=SECRET)
    ctx = _connect(office, folder, engine)
    old_bundle = sync.export_bundle(ctx, tmp_path)
    folder.rotate(SECRET)
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    assert len(sync.central_keys(ctx)) == 2
    identities = folder.load_identities(SECRET)
    signing = folder.receipt_signing_key(SECRET)
    result = central.import_bundle(engine, old_bundle.path, identities, signing, tmp_path)
    assert result.status == "imported"
    new_bundle = sync.export_bundle(ctx, tmp_path)
    only_new = [identities[0]]  # the newest identity alone opens the new bundle
    assert central.import_bundle(engine, new_bundle.path, only_new, signing,
                                 tmp_path).status == "imported"
    engine.dispose()


def test_concurrent_edits_from_two_devices_are_kept_as_a_conflict(office, hub,
                                                                   tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    person = citizens.create(ctx, first_name="Amal", last_name="Hassan")
    first = do_import(sync.export_bundle(ctx, tmp_path).path)
    sync.import_receipt(ctx, first.receipt.read_bytes())
    ctx.store.close()
    # a second workstation made from a copy of the store, with its own device id and key
    copy = tmp_path / "copy"
    shutil.copytree(office.paths.root, copy)
    from app.paths import DataPaths

    paths_b = DataPaths(copy)
    store_b = open_with_password(paths_b, "admin", ADMIN_PASSWORD)
    device_b = uuid.uuid4()
    key_b = Ed25519PrivateKey.generate()
    with store_b.sessions.begin() as session:
        old = session.get(m.Workstation, store_b.device_id)
        session.delete(session.get(m.LocalDevice, store_b.device_id))
        session.add(m.DeviceClock(device_id=device_b, counter=0))
        session.add(m.LocalDevice(device_id=device_b, origin_id=device_b,
                                  signing_key_private=key_b.private_bytes(
                                      serialization.Encoding.Raw,
                                      serialization.PrivateFormat.Raw,
                                      serialization.NoEncryption()),
                                  age_identity=""))
    with store_b.sessions.begin() as session:
        session.info["device_id"] = device_b
        session.add(m.Workstation(
            id=device_b, office_id=old.office_id, name="Arbejdsstation 2",
            signing_key_public=key_b.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw)))
    store_b.close()
    store_b = open_with_password(paths_b, "admin", ADMIN_PASSWORD)
    ctx_b = ServiceContext(store_b, load_user(store_b, "admin"))
    office.contexts.append(ctx_b)
    with store_b.sessions.begin() as session:
        session.execute(m.SyncBundle.__table__.delete())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx_b)))
    # both workstations change the same citizen
    store_a = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    ctx_a = ServiceContext(store_a, load_user(store_a, "admin"))
    office.contexts.append(ctx_a)
    for context, phone in ((ctx_a, "11 11 11 11"), (ctx_b, "22 22 22 22")):
        with context.store.sessions.begin() as session:
            session.get(m.Citizen, person.id).phone = phone
    do_import(sync.export_bundle(ctx_a, tmp_path).path)
    result_b = do_import(sync.export_bundle(ctx_b, tmp_path).path)
    assert result_b.conflicts >= 1
    with engine.connect() as conn:
        stored = json.loads(conn.execute(select(central.Record.data).where(
            central.Record.record_id == person.id.hex)).scalar_one())
        conflict = conn.execute(select(central.Conflict).where(
            central.Conflict.record_id == person.id.hex)).one()
    # the office's rule (issue 18): the higher (hlc, device) wins, B edited last; the
    # other version is kept as the conflict, never lost
    assert stored["phone"] == "22 22 22 22"
    assert json.loads(conflict.incoming_data)["phone"] == "11 11 11 11"
    assert json.loads(stored["row_vv"]) == {**json.loads(stored["row_vv"]),
                                            device_b.hex: stored["version_counter"]}
    assert central.stats(engine)["conflicts"] >= 1


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age is installed by .ci/run")
def test_stock_age_decrypts_a_bundle(office, hub, tmp_path) -> None:
    folder, engine, _do_import = hub
    ctx = _connect(office, folder, engine)
    bundle = sync.export_bundle(ctx, tmp_path)
    identity = tmp_path / "identity.txt"
    folder.export_current(SECRET, identity)
    out = subprocess.run(["age", "-d", "-i", str(identity), str(bundle.path)],
                         capture_output=True, check=True).stdout
    assert out.startswith(b"FSB1")
    os.remove(identity)


def test_exporting_without_central_keys_is_refused(office, tmp_path) -> None:
    with pytest.raises(FremskudtError, match="offentlige nøgle"):
        sync.export_bundle(office.admin, tmp_path)
    with pytest.raises(ValidationError):
        sync.add_central_keys(office.admin, b'{"format": "x"}')
