"""Issue 16: every file of the hostile-input corpus (tests/data/hostile/) against the central
import, the receipt import and the key import. Each is refused whole with a Danish message,
nothing of it is written, and the central's batch goes on past it."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import models as m
from app.domain.errors import ValidationError
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import citizens, sync
from app.services.setup import setup_office
from app.sync import central
from app.sync.central_keys import CentralFolder
from tests.conftest import ADMIN_PASSWORD, FAST
from tests.sync.hostile import (
    BUNDLE_CASES,
    CORPUS,
    KEY_FILES,
    RECEIPT_FILES,
    Signer,
    hostile_bundle,
    signed_receipts,
)
from tests.sync.test_bundles import SECRET, _connect, central_dir, central_secrets, hub

__all__ = ["central_dir", "central_secrets", "hub"]

ROOT = Path(__file__).resolve().parents[2]
NOT_A_MESSAGE = ("Traceback", "Error", "Exception", "<", "uventet fejl")


def _clear(message: str) -> None:
    assert message.strip() and not any(bit in message for bit in NOT_A_MESSAGE), message


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One office enrolled at one central (encrypted SQLite), for the whole corpus."""
    root = tmp_path_factory.mktemp("hostile")
    folder = CentralFolder(root / "c")
    folder.init(SECRET)
    engine = central.central_engine(folder, passphrase=SECRET)
    result = setup_office(DataPaths(root / "office"), office_name="Kontoret",
                          municipality="Odense", username="admin", full_name="A",
                          password=ADMIN_PASSWORD, roles={Role.JOBKONSULENT}, kdf=FAST)
    ctx = result.ctx
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    citizens.create(ctx, first_name="Amal")
    bundle = sync.export_bundle(ctx, root)  # an open bundle for the receipts to miss
    yield {"ctx": ctx, "engine": engine, "folder": folder, "root": root, "bundle": bundle,
           "identities": folder.load_identities(SECRET),
           "signing": folder.receipt_signing_key(SECRET),
           "signer": Signer(ctx, [k.recipient for k in folder.public_keys()])}
    ctx.store.close()
    engine.dispose()


@pytest.mark.parametrize("case", BUNDLE_CASES)
def test_central_refuses_each_hostile_bundle_whole(world, case, tmp_path) -> None:
    path = hostile_bundle(case, world["signer"], tmp_path)
    with pytest.raises(central.ImportRefused) as refused:
        central.import_bundle(world["engine"], path, world["identities"], world["signing"],
                              tmp_path / "receipts")
    assert refused.value.message.startswith(f"{path.name}: ")
    _clear(refused.value.message)
    stats = central.stats(world["engine"])
    assert (stats["bundles"], stats["records"], stats["conflicts"]) == (0, {}, 0)
    assert stats["devices"][0]["last_seq"] == 0
    # at most a status receipt: a signed bundle off the chain is told where the chain is
    receipts = tmp_path / "receipts"
    assert not receipts.exists() or [p.name for p in receipts.iterdir()] == [
        f"kvittering-status-{world['signer'].device_id}.json"]


def _office_state(ctx) -> tuple:
    with ctx.store.sessions() as session:
        bundles = [(b.seq, b.acked_at) for b in session.execute(select(m.SyncBundle))
                   .scalars()]
        keys = [(k.key_id, k.recipient, k.receipt_key) for k in session.execute(
            select(m.CentralKey)).scalars()]
        clock = session.get(m.DeviceClock, ctx.store.device_id).counter
    return bundles, keys, clock


@pytest.mark.parametrize("name", [*RECEIPT_FILES, "signed-for-another-device",
                                  "signed-for-an-unknown-bundle", "signed-by-a-stranger",
                                  "status-signed-by-a-stranger"])
def test_office_refuses_each_hostile_receipt(world, name) -> None:
    ctx = world["ctx"]
    path = CORPUS / "receipt" / name
    data = path.read_bytes() if path.is_file() else signed_receipts(
        world["signer"], world["signing"])[name]
    before = _office_state(ctx)
    with pytest.raises(ValidationError) as refused:
        sync.import_receipt(ctx, data)
    _clear(refused.value.message)
    assert _office_state(ctx) == before


@pytest.mark.parametrize("name", KEY_FILES)
def test_office_refuses_each_hostile_key_file(world, name) -> None:
    ctx = world["ctx"]
    data = (CORPUS / "keyfile" / name).read_bytes()
    before = _office_state(ctx)
    for use in (sync.key_file_fingerprints, lambda d: sync.add_central_keys(ctx, d),
                lambda d: sync.apply_receipt_key_rotation(ctx, d)):
        with pytest.raises(ValidationError) as refused:
            use(data)
        _clear(refused.value.message)
    assert _office_state(ctx) == before


def test_the_central_batch_goes_on_past_every_bad_file(office, hub, tmp_path) -> None:
    """`fremskudt-central import` with the whole corpus and two good bundles among it: the
    good ones are imported, every bad one is refused on its own line, no traceback."""
    folder, engine, _do_import = hub
    ctx = _connect(office, folder, engine)
    signer = Signer(ctx, [k.recipient for k in folder.public_keys()])
    out = tmp_path / "batch"
    out.mkdir()
    bad = [hostile_bundle(case, signer, out) for case in BUNDLE_CASES]
    citizens.create(ctx, first_name="Amal")
    first = sync.export_bundle(ctx, tmp_path).path
    citizens.create(ctx, first_name="Bo")
    second = sync.export_bundle(ctx, tmp_path).path
    missing = out / f"{uuid.uuid4().hex}.fsb"
    files = [*bad[:10], first, *bad[10:], missing, second]
    url = (f"sqlite:///{tmp_path / 'central.db'}" if engine.url.get_backend_name()
           .startswith("sqlite") else engine.url.render_as_string(hide_password=False))
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")},
           "FREMSKUDT_CENTRAL_PASSPHRASE": SECRET, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "app.central_main", "import", "--dir",
                             str(folder.root), "--db", url, *map(str, files)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "uventet fejl" not in result.stderr
    refusals = [line for line in result.stderr.splitlines() if line.startswith("AFVIST ")]
    assert len(refusals) == len(bad) + 1, result.stderr
    for path in [*bad, missing]:
        assert sum(line.startswith(f"AFVIST {path.name}: ") for line in refusals) == 1
    assert f"{first.name}: pakke 1 indlæst" in result.stdout
    assert f"{second.name}: pakke 2 indlæst" in result.stdout
    stats = central.stats(engine)
    assert stats["bundles"] == 2 and stats["records"]["citizen"] == 2
    assert stats["conflicts"] == 0


def test_the_corpus_is_all_there() -> None:
    """The corpus holds what issue 16 names; a file lost from it would silently shrink it."""
    names = set(BUNDLE_CASES) | {f"receipt/{n}" for n in RECEIPT_FILES} | {
        f"keyfile/{n}" for n in KEY_FILES}
    for wanted in ("manifest/missing-bundle-id.json", "manifest/deep-200000.json",
                   "manifest/office-huge-string.json", "manifest/seq-string.json",
                   "generated/part-bomb-declared-size", "generated/truncated-half",
                   "generated/flipped-byte", "receipt/deep-30000.json",
                   "receipt/oversized.json", "keyfile/missing-receipt-key.json",
                   "keyfile/deep-200000.json", "keyfile/oversized.json",
                   "keyfile/recipient-number.json"):
        assert wanted in names
    assert (CORPUS / "manifest" / "deep-200000.json").read_bytes().count(b"[") == 200_000
