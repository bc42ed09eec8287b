"""The hostile-input corpus of issue 16 (tests/data/hostile/) made ready to use.

Committed files: `bundle/` raw files handed to the central as bundles, `manifest/` manifests
(the builder frames each one as a bundle, signs it with the office device's key and seals it
to the central's keys, so only the named fault is wrong; @BUNDLE@, @DEVICE@ and @OFFICE@ are
filled in), `receipt/` receipts and `keyfile/` central key and receipt-key rotation files.
The hostile bundles that need a signing key to get past the signature (decompression bombs,
deep or oversized parts, truncated and changed bundles) are generated here."""

from __future__ import annotations

import hashlib
import json
import struct
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.db import models as m
from app.sync.agefile import seal
from app.sync.bundle import MAGIC, SIGNATURE_CONTEXT, Part, build, sign_receipt

CORPUS = Path(__file__).resolve().parents[1] / "data" / "hostile"
BUNDLE_FILES = sorted(p.name for p in (CORPUS / "bundle").iterdir())
MANIFEST_FILES = sorted(p.name for p in (CORPUS / "manifest").iterdir())
RECEIPT_FILES = sorted(p.name for p in (CORPUS / "receipt").iterdir())
KEY_FILES = sorted(p.name for p in (CORPUS / "keyfile").iterdir())


class Signer:
    """What an office device (or its thief) has: the signing key, its ids, the central's
    public recipients."""

    def __init__(self, ctx, recipients: list[str]) -> None:
        with ctx.store.sessions() as session:
            station = session.get(m.Workstation, ctx.store.device_id)
            local = session.get(m.LocalDevice, ctx.store.device_id)
            self.key = Ed25519PrivateKey.from_private_bytes(local.signing_key_private)
            self.device_id, self.office_id = str(station.id), str(station.office_id)
        self.recipients = recipients

    def manifest(self, **change: object) -> dict:
        return {"bundle_id": uuid.uuid4().hex, "office_id": self.office_id,
                "device_id": self.device_id, "seq": 1, "prev_sha256": "",
                "from_counter": 0, "to_counter": 1, **change}

    def write(self, out: Path, plaintext: bytes, bundle_id: str | None = None) -> Path:
        path = out / f"{bundle_id or uuid.uuid4().hex}.fsb"
        path.write_bytes(seal(plaintext, self.recipients))
        return path

    def from_manifest_file(self, name: str, out: Path) -> Path:
        bundle_id = uuid.uuid4().hex
        head = (CORPUS / "manifest" / name).read_bytes()
        for token, value in ((b"@BUNDLE@", bundle_id), (b"@DEVICE@", self.device_id),
                             (b"@OFFICE@", self.office_id)):
            head = head.replace(token, value.encode())
        signature = self.key.sign(SIGNATURE_CONTEXT + head)
        return self.write(out, MAGIC + struct.pack(">I", len(head)) + head + signature,
                          bundle_id)

    def with_part(self, out: Path, part: Part) -> Path:
        manifest = self.manifest()
        return self.write(out, build(manifest, [part], self.key), manifest["bundle_id"])

    def citizen_part(self, rows: list) -> Part:
        return Part.of_rows("citizen", ["id", "first_name", "version_device",
                                        "version_counter"], rows)


def _raw_part(body: bytes, records: int = 1, size: int | None = None) -> Part:
    return Part("citizen", zlib.compress(body, 9), records, len(body) if size is None else size)


def _bomb(signer: Signer, out: Path, size: int) -> Path:
    return signer.with_part(out, _raw_part(b"[" * (64 * 1024 * 1024), size=size))


def _changed(signer: Signer, out: Path, how: Callable[[bytes], bytes]) -> Path:
    manifest = signer.manifest()
    part = signer.citizen_part([[uuid.uuid4().hex, "Amal", signer.device_id, 1]])
    path = signer.write(out, build(manifest, [part], signer.key), manifest["bundle_id"])
    path.write_bytes(how(path.read_bytes()))
    return path


def _flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x40]) + data[middle + 1:]


GENERATED: dict[str, Callable[[Signer, Path], Path]] = {
    # 64 MiB inflated from about 64 KB, declaring 100 bytes / declaring nothing (the cap)
    "part-bomb-declared-size": lambda s, out: _bomb(s, out, 100),
    "part-bomb-undeclared-size": lambda s, out: _bomb(s, out, 0),
    "part-deep-200000": lambda s, out: s.with_part(
        out, _raw_part(b'{"table":"citizen","columns":["id"],"rows":' + b"[" * 200_000
                       + b"]" * 200_000 + b"}")),
    "part-string-5mb": lambda s, out: s.with_part(out, s.citizen_part(
        [[uuid.uuid4().hex, "x" * (5 * 1024 * 1024), s.device_id, 1]])),
    "part-rows-objects": lambda s, out: s.with_part(out, _raw_part(json.dumps(
        {"table": "citizen", "columns": ["id"], "rows": [{"id": "x"}]}).encode())),
    "part-row-nested-value": lambda s, out: s.with_part(out, s.citizen_part(
        [[uuid.uuid4().hex, {"first": ["Amal"]}, s.device_id, 1]])),
    "part-not-zlib": lambda s, out: s.with_part(out, Part("citizen", b"\x00" * 64, 1, 64)),
    "part-counter-string": lambda s, out: s.with_part(out, s.citizen_part(
        [[uuid.uuid4().hex, "Amal", s.device_id, "1"]])),
    "truncated-half": lambda s, out: _changed(s, out, lambda d: d[:len(d) // 2]),
    "truncated-last-byte": lambda s, out: _changed(s, out, lambda d: d[:-1]),
    "flipped-byte": lambda s, out: _changed(s, out, _flip),
    "appended-bytes": lambda s, out: _changed(s, out, lambda d: d + b"\x00" * 16),
    "signed-by-another-key": lambda s, out: s.write(out, build(
        s.manifest(), [], Ed25519PrivateKey.generate())),
}


def hostile_bundle(name: str, signer: Signer, out: Path) -> Path:
    """One hostile bundle of the corpus under a bundle's file name in `out`."""
    kind, _sep, rest = name.partition("/")
    if kind == "bundle":
        path = out / f"{uuid.uuid4().hex}.fsb"
        path.write_bytes((CORPUS / "bundle" / rest).read_bytes())
        return path
    if kind == "manifest":
        return signer.from_manifest_file(rest, out)
    return GENERATED[rest](signer, out)


BUNDLE_CASES = ([f"bundle/{n}" for n in BUNDLE_FILES]
                + [f"manifest/{n}" for n in MANIFEST_FILES]
                + [f"generated/{n}" for n in GENERATED])


def signed_receipts(signer: Signer, central_key: Ed25519PrivateKey) -> dict[str, bytes]:
    """Receipts with a valid signature that must still change nothing."""
    body = {"kind": "import", "bundle_id": uuid.uuid4().hex, "device_id": signer.device_id,
            "seq": 1, "sha256": hashlib.sha256(b"x").hexdigest(), "to_counter": 1}
    stranger = Ed25519PrivateKey.generate()
    return {
        "signed-for-another-device": sign_receipt(
            dict(body, device_id=str(uuid.uuid4())), central_key),
        "signed-for-an-unknown-bundle": sign_receipt(body, central_key),
        "signed-by-a-stranger": sign_receipt(body, stranger),
        "status-signed-by-a-stranger": sign_receipt(dict(body, kind="status", seq=0,
                                                         sha256=""), stranger),
    }
