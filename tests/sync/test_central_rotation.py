"""Control from the central side (issue 19 points 4-5), on SQLite and PostgreSQL: a new central
key announced in a downsync bundle signed by the current key is pinned by the office without a
phone call (the old key no longer accepted, receipts signed by the new one accepted, another
workstation takes it from the same file); foreign, tampered and replayed announcements are
refused whole; a workstation revoked at the central is revoked in the office by the next
bundle and receives no more bundles, and an office's revocation reaches the central."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.services import peers_folder, referrals, sync
from app.sync import central, central_control, central_rotation
from app.sync.central_downsync import Chain, DownsyncRefused, build
from app.sync.central_keys import CentralFolder, rotate_receipt_key, sign_rotation
from app.sync.central_referrals import find_office, office_recipients
from tests.sync.central_pg import fresh_central
from tests.sync.office_sim import Sim, exchange, make_template

SECRET = "central-hemmelighed"
PG_URL = os.environ.get("FREMSKUDT_TEST_PG_URL")
ENV = {k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")}
NOW = dt.datetime(2026, 11, 27, 9, 0)


@pytest.fixture(scope="module")
def template():
    with tempfile.TemporaryDirectory(prefix="fremskudt-office-") as tmp:
        yield make_template(Path(tmp))


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, template, tmp_path):
    """Two workstations of one office, the central enrolled the first and learnt the second
    from its first bundle."""
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("FREMSKUDT_TEST_PG_URL is set by .ci/run when PostgreSQL runs")
    sim = Sim.start(template, tmp_path, 2)
    folder = CentralFolder(tmp_path / "central")
    folder.init(SECRET)
    url = PG_URL if request.param == "postgresql" else f"sqlite:///{tmp_path / 'central.db'}"
    engine = fresh_central(folder, url) if request.param == "postgresql" else \
        central.central_engine(folder, url, passphrase=SECRET)
    for ctx in sim.contexts:
        sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(sim.contexts[0])))
    usb = tmp_path / "usb"
    usb.mkdir()

    def upsync(ctx) -> central.ImportResult:
        result = central.import_bundle(
            engine, sync.export_bundle(ctx, usb).path, folder.load_identities(SECRET),
            folder.receipt_signing_key(SECRET), tmp_path / "receipts")
        sync.import_receipt(ctx, result.receipt.read_bytes())
        return result

    upsync(sim.contexts[0])
    yield sim, folder, engine, url, upsync
    engine.dispose()
    sim.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.central_main", *args],
                          env={**ENV, "FREMSKUDT_CENTRAL_PASSPHRASE": SECRET},
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300,
                          check=False)


def _pinned(ctx) -> set[str]:
    with ctx.store.sessions() as session:
        return {k.receipt_key for k in session.execute(select(m.CentralKey)).scalars()}


def _hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes_raw().hex()


def _forged(engine, folder: Path, rotations: list[bytes], signer: Ed25519PrivateKey,
            chain: Chain | None = None) -> Path:
    """A downsync bundle for the office with the rotations given, signed by `signer`."""
    docs = [{**json.loads(r)["rotation"], "old_signature": json.loads(r)["old_signature"],
             "new_signature": json.loads(r)["new_signature"]} for r in rotations]
    with Session(engine) as session:
        office = find_office(session, "Kontoret")
        recipients = office_recipients(session, office)
    name, data, _digest = build(office.office_id, chain or Chain(),
                                central_rotation.parts(docs), signer, recipients, NOW)
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_new_key_is_taken_into_use_by_bundle(hub, tmp_path) -> None:
    sim, folder, engine, url, upsync = hub
    a, b = sim.contexts
    old = folder.receipt_signing_key(SECRET)
    assert _pinned(a) == {_hex(old)}

    # foreign: a rotation between two keys the office never pinned
    stranger, stranger2 = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    foreign = _forged(engine, tmp_path / "x1",
                      [sign_rotation(stranger, stranger2, "2026-11-27T09:00:00+00:00")],
                      stranger2)
    with pytest.raises(DownsyncRefused, match="ikke er underskrevet af den nøgle"):
        referrals.import_central(a, foreign)
    # tampered: the pinned key's signature over another new key than the one announced
    forged = bytearray(sign_rotation(old, stranger, "2026-11-27T09:00:00+00:00"))
    text = forged.decode().replace(_hex(stranger), _hex(stranger2))
    tampered = _forged(engine, tmp_path / "x2", [text.encode()], stranger2)
    with pytest.raises(DownsyncRefused, match="ikke underskrevet af jobcentrets nøgle"):
        referrals.import_central(a, tampered)
    assert _pinned(a) == {_hex(old)}

    done = _cli("rotate-receipt-key", "--dir", str(folder.root), "--db", url)
    assert done.returncode == 0, done.stderr
    bundle = Path(done.stdout.strip().splitlines()[-1])
    assert bundle.suffix == ".fsd" and bundle.parent == folder.root / "til-kontorer"
    new = folder.receipt_signing_key(SECRET)
    assert _hex(new) != _hex(old)
    assert folder.receipt_public_key() == _hex(new)  # the key file for new offices

    result = referrals.import_central(a, bundle)
    assert (result.seq, result.rotated, result.again) == (1, True, False)
    assert _pinned(a) == {_hex(new)}
    with pytest.raises(DownsyncRefused, match="allerede indlæst"):
        referrals.import_central(a, bundle)  # replayed
    with a.store.sessions() as session:
        applied = session.execute(select(m.JobcenterDownsync)).scalars().one()
    # the old key is no longer accepted, even for the next bundle in the chain
    stale = _forged(engine, tmp_path / "x3", [], old, Chain(1, applied.sha256))
    with pytest.raises(DownsyncRefused, match="ikke underskrevet med en af"):
        referrals.import_central(a, stale)

    # receipts signed by the new key are accepted
    assert upsync(a).status == "imported"
    # the other workstation takes the key from the same file once the office knows it
    exchange(sim.contexts)
    again = referrals.import_central(b, bundle)
    assert (again.again, again.rotated, again.added) == (True, True, 0)
    assert _pinned(b) == {_hex(new)}
    assert upsync(b).status == "imported"

    # a second rotation: the next bundle carries the whole chain, the office moves on once
    rotate_receipt_key(folder, SECRET)
    third = folder.receipt_signing_key(SECRET)
    second = central_control.announce(engine, folder.root, third, tmp_path / "ned")
    assert [w.path is not None for w in second] == [True]
    assert referrals.import_central(a, second[0].path).rotated is True
    assert _pinned(a) == {_hex(third)}
    repeat = central_control.announce(engine, folder.root, third, tmp_path / "ned")
    assert referrals.import_central(a, repeat[0].path).rotated is False


def test_revocation_both_ways(hub, tmp_path) -> None:
    sim, folder, engine, url, upsync = hub
    a, b = sim.contexts
    station_b = next(v for v in peers_folder.list_members(a) if v.device_id == b.store.device_id)

    done = _cli("revoke", "--dir", str(folder.root), "--db", url, "--office", "Kontoret",
                station_b.name)
    assert done.returncode == 0, done.stderr
    assert "er spærret" in done.stdout
    bundle = Path(done.stdout.strip().splitlines()[-1])
    with Session(engine) as session:
        office = find_office(session, "Kontoret")
        recipients = office_recipients(session, office)
    with b.store.sessions() as session:
        b_recipient = session.get(m.Workstation, b.store.device_id).age_recipient
    assert b_recipient not in recipients  # no longer a recipient

    with pytest.raises(DownsyncRefused):
        referrals.import_central(b, bundle)  # not encrypted to the revoked workstation
    result = referrals.import_central(a, bundle)
    assert result.revoked == (station_b.name,)
    member = next(v for v in peers_folder.list_members(a) if v.device_id == b.store.device_id)
    assert member.revoked_at is not None
    with pytest.raises(central.ImportRefused, match="spærret"):
        upsync(b)  # its bundles are refused from then on


def test_an_office_revocation_reaches_the_central(hub) -> None:
    sim, _folder, engine, _url, upsync = hub
    a, b = sim.contexts
    peers_folder.revoke(a, str(b.store.device_id))
    upsync(a)
    devices = {d["device_id"]: d for d in central.stats(engine)["devices"]}
    assert devices[str(b.store.device_id)]["revoked"] is True
    with Session(engine) as session:
        recipients = office_recipients(session, find_office(session, "Kontoret"))
    with b.store.sessions() as session:
        assert session.get(m.Workstation, b.store.device_id).age_recipient not in recipients
    with pytest.raises(central.ImportRefused, match="spærret"):
        upsync(b)
