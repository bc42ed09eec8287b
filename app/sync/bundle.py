"""The plaintext inside a bundle: a canonical manifest signed with the office device's Ed25519
key, then the parts it names (one zlib-compressed JSON document per table), in order.

    b"FSB1" | u32 manifest length | manifest (canonical JSON) | 64-byte signature | parts

The signature covers the manifest, and the manifest holds each part's SHA-256 and size, so
one signature covers everything. The reader is strict: any difference refuses the whole
bundle."""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.errors import FremskudtError
from app.domain.text import N_

MAGIC = b"FSB1"
FORMAT = "fremskudt-bundle"
VERSION = 1
SIGNATURE_CONTEXT = b"fremskudt-bundle-v1\x00"
RECEIPT_CONTEXT = b"fremskudt-receipt-v1\x00"


class BundleError(FremskudtError):
    """A bundle (or receipt) that is malformed, truncated, changed or wrongly signed."""


def canonical(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class Part:
    name: str
    data: bytes  # zlib-compressed canonical JSON
    records: int

    @classmethod
    def of_rows(cls, name: str, columns: list[str], rows: list[list]) -> Part:
        body = canonical({"table": name, "columns": columns, "rows": rows})
        return cls(name, zlib.compress(body, 6), len(rows))

    def rows(self) -> dict:
        try:
            return json.loads(zlib.decompress(self.data))
        except (zlib.error, ValueError):
            raise BundleError("En del af pakken kan ikke læses.") from None


def build(manifest: dict, parts: list[Part], key: Ed25519PrivateKey) -> bytes:
    manifest = dict(manifest, format=FORMAT, version=VERSION, parts=[
        {"name": p.name, "sha256": hashlib.sha256(p.data).hexdigest(), "bytes": len(p.data),
         "records": p.records} for p in parts])
    head = canonical(manifest)
    signature = key.sign(SIGNATURE_CONTEXT + head)
    return b"".join([MAGIC, struct.pack(">I", len(head)), head, signature,
                     *(p.data for p in parts)])


def read_manifest(plaintext: bytes) -> tuple[dict, bytes, bytes]:
    """The manifest, its exact bytes and the signature; nothing is trusted yet."""
    if len(plaintext) < 8 or plaintext[:4] != MAGIC:
        raise BundleError("Filen er ikke en Fremskudt-pakke.")
    (length,) = struct.unpack(">I", plaintext[4:8])
    head = plaintext[8:8 + length]
    signature = plaintext[8 + length:8 + length + 64]
    if len(head) != length or len(signature) != 64:
        raise BundleError("Pakken er afkortet.")
    try:
        manifest = json.loads(head)
    except ValueError:
        raise BundleError("Pakkens indholdsfortegnelse kan ikke læses.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("Filen er ikke en Fremskudt-pakke.")
    if manifest.get("version") != VERSION:
        raise BundleError("Pakken er fra en nyere version af Fremskudt.")
    if canonical(manifest) != head:
        raise BundleError("Pakkens indholdsfortegnelse er ikke kanonisk.")
    return manifest, head, signature


def verify(plaintext: bytes, public_key: bytes) -> tuple[dict, list[Part]]:
    """Check the signature and every part; return the manifest and the parts."""
    manifest, head, signature = read_manifest(plaintext)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature,
                                                              SIGNATURE_CONTEXT + head)
    except (InvalidSignature, ValueError):
        raise BundleError("Pakkens signatur passer ikke til arbejdsstationens nøgle.") \
            from None
    offset = 8 + len(head) + 64
    parts = []
    for entry in manifest["parts"]:
        data = plaintext[offset:offset + entry["bytes"]]
        offset += entry["bytes"]
        if len(data) != entry["bytes"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise BundleError(N_("Pakkens del {name} er ændret eller afkortet.",
                name=entry["name"]))
        parts.append(Part(entry["name"], data, entry["records"]))
    if offset != len(plaintext):
        raise BundleError("Pakken indeholder mere, end indholdsfortegnelsen siger.")
    return manifest, parts


def sign_receipt(receipt: dict, key: Ed25519PrivateKey) -> bytes:
    body = dict(receipt, format="fremskudt-receipt", version=1)
    signature = key.sign(RECEIPT_CONTEXT + canonical(body))
    return canonical({"receipt": body, "signature": signature.hex()})


def verify_receipt(data: bytes, public_key_hex: str) -> dict:
    try:
        doc = json.loads(data)
        body, signature = doc["receipt"], bytes.fromhex(doc["signature"])
        if body.get("format") != "fremskudt-receipt":
            raise ValueError
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(
            signature, RECEIPT_CONTEXT + canonical(body))
    except (ValueError, KeyError, TypeError, InvalidSignature, AttributeError):
        raise BundleError("Kvitteringen er ikke gyldig eller ikke fra jobcentret.") from None
    return body
