"""Issue 16: the attacks on the sync chain and the central import, each done for real."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.db import models as m
from app.domain.errors import ValidationError
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import citizens, sync
from app.services.setup import setup_office
from app.sync import central
from app.sync.agefile import seal
from app.sync.bundle import Part, build
from app.sync.central_keys import CentralFolder, rotate_receipt_key
from tests.conftest import ADMIN_PASSWORD, FAST
from tests.sync.test_bundles import SECRET, _connect, central_dir, central_secrets, hub

__all__ = ["central_dir", "central_secrets", "hub"]


def _station_key(ctx) -> tuple[Ed25519PrivateKey, str, str]:
    with ctx.store.sessions() as session:
        station = session.get(m.Workstation, ctx.store.device_id)
        local = session.get(m.LocalDevice, ctx.store.device_id)
        return (Ed25519PrivateKey.from_private_bytes(local.signing_key_private),
                str(station.id), str(station.office_id))


def _forged(ctx, folder: CentralFolder, out: Path, rows_device: str, counter: int,
            record_id: str, seq: int = 1, prev: str = "") -> Path:
    key, device_id, office_id = _station_key(ctx)
    columns = ["id", "first_name", "version_device", "version_counter"]
    part = Part.of_rows("citizen", columns, [[record_id, "Falsk", rows_device, counter]])
    bundle_id = uuid.uuid4().hex
    plain = build({"bundle_id": bundle_id, "office_id": office_id, "device_id": device_id,
                   "seq": seq, "prev_sha256": prev, "from_counter": 0,
                   "to_counter": counter}, [part], key)
    path = out / f"{bundle_id}.fsb"
    path.write_bytes(seal(plain, [k.recipient for k in folder.public_keys()]))
    return path


def test_one_office_cannot_overwrite_another(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx1 = _connect(office, folder, engine)
    other = setup_office(DataPaths(tmp_path / "office2"), office_name="Kontor 2",
                         municipality="Aarhus", username="admin", full_name="B",
                         password=ADMIN_PASSWORD, roles={Role.JOBKONSULENT}, kdf=FAST)
    office.contexts.append(other.ctx)
    ctx2 = other.ctx
    sync.add_central_keys(ctx2, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx2)))
    person = citizens.create(ctx2, first_name="Ægte")
    victim = ctx2.store.device_id.hex
    for counter in (5, 2**31 - 1):  # near or far ahead: never under another device's id
        forged = _forged(ctx1, folder, tmp_path, victim, counter, person.id.hex)
        with pytest.raises(central.ImportRefused, match=r"anden arbejdsstation|langt foran"):
            do_import(forged)
    forged = _forged(ctx1, folder, tmp_path, victim, 5, person.id.hex)
    with pytest.raises(central.ImportRefused, match="anden arbejdsstation"):
        do_import(forged)
    huge = _forged(ctx1, folder, tmp_path, ctx1.store.device_id.hex, 2**31 - 1,
                   uuid.uuid4().hex)
    with pytest.raises(central.ImportRefused, match="langt foran"):
        do_import(huge)
    assert central.stats(engine)["records"] == {}
    genuine = do_import(sync.export_bundle(ctx2, tmp_path).path)
    assert genuine.status == "imported"
    with engine.connect() as conn:
        row = conn.execute(central.Record.__table__.select().where(
            central.Record.record_id == person.id.hex)).one()
    assert json.loads(row.data)["first_name"] == "Ægte" and row.device_id == str(
        ctx2.store.device_id)


def test_a_swapped_receipt_key_is_refused_and_a_signed_rotation_accepted(office,
                                                                          tmp_path) -> None:
    folder = CentralFolder(tmp_path / "c")
    folder.init(SECRET)
    ctx = office.admin
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    trusted = sync.central_keys(ctx)[0]
    assert trusted.trust_fingerprint == folder.public_keys()[0].trust_fingerprint
    doc = json.loads(folder.public_file.read_text())
    attacker = Ed25519PrivateKey.generate()
    doc["receipt_key"] = attacker.public_key().public_bytes_raw().hex()
    swapped = json.dumps(doc).encode()
    assert sync.key_file_fingerprints(swapped)[0][1] != trusted.trust_fingerprint
    with pytest.raises(ValidationError, match="anden kvitteringsnøgle"):
        sync.add_central_keys(ctx, swapped)
    assert sync.central_keys(ctx) == [trusted]
    # a rotation signed by someone else changes nothing; one from the central is applied
    from app.sync.central_keys import sign_rotation

    fake = sign_rotation(attacker, Ed25519PrivateKey.generate(), "2026-01-01T00:00:00")
    with pytest.raises(ValidationError, match="stoler på"):
        sync.apply_receipt_key_rotation(ctx, fake)
    rotation = rotate_receipt_key(folder, SECRET)
    sync.apply_receipt_key_rotation(ctx, rotation.read_bytes())
    assert sync.central_keys(ctx)[0].trust_fingerprint == \
        folder.public_keys()[0].trust_fingerprint != trusted.trust_fingerprint
    sync.add_central_keys(ctx, folder.public_file.read_bytes())  # the new file now fits


def test_a_decompression_bomb_is_refused_within_200_mb(office, hub, tmp_path) -> None:
    folder, engine, _do_import = hub
    ctx = _connect(office, folder, engine)
    key, device_id, office_id = _station_key(ctx)
    bomb = zlib.compress(b"[" * (1 << 30), 9)  # 1 GiB inflated, about 1 MB on disk
    part = Part("citizen", bomb, 1, 100)
    bundle_id = uuid.uuid4().hex
    plain = build({"bundle_id": bundle_id, "office_id": office_id, "device_id": device_id,
                   "seq": 1, "prev_sha256": "", "from_counter": 0, "to_counter": 1},
                  [part], key)
    path = tmp_path / f"{bundle_id}.fsb"
    path.write_bytes(seal(plain, [k.recipient for k in folder.public_keys()]))
    url = (f"sqlite:///{tmp_path / 'central.db'}" if engine.url.get_backend_name().startswith(
        "sqlite") else engine.url.render_as_string(hide_password=False))
    script = f"""
import tracemalloc
from pathlib import Path
from app.sync import central
from app.sync.central_keys import CentralFolder
folder = CentralFolder(Path({str(folder.root)!r}))
engine = central.central_engine(folder, {url!r}, passphrase={SECRET!r})
identities = folder.load_identities({SECRET!r})
signing = folder.receipt_signing_key({SECRET!r})
tracemalloc.start()  # after the key derivations, which are memory-hard on purpose
try:
    central.import_bundle(engine, Path({str(path)!r}), identities, signing,
                          Path({str(tmp_path)!r}))
except central.ImportRefused as exc:
    print(exc.message)
print(tracemalloc.get_traced_memory()[1] // (1024 * 1024))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, timeout=300)
    lines = result.stdout.strip().splitlines()
    assert "fylder mere end tilladt" in lines[0]
    assert int(lines[-1]) <= 200, f"peak {lines[-1]} MB"
