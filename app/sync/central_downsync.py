"""Downsync bundles (issue 19 point 2): files from the central jobcenter to one office, the
same container as the upsync bundles turned around. The plaintext is a signed manifest and
zlib parts (app/sync/bundle.py's Part); it is age-encrypted to the office's workstations'
X25519 recipients and signed with the central's own Ed25519 key (the receipt key created at
`init`, distributed in the central key file and pinned by the office). A per-office sequence
number and the previous bundle's SHA-256 chain the bundles: a foreign, replayed, out-of-order
or changed bundle is refused whole before anything of it is used.

File: `<bundle_id>.fsd` (32 hex digits), plaintext `FSD1 | u32 manifest length | manifest |
Ed25519 signature over CONTEXT + manifest | parts`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pyrage import x25519

from app.domain.errors import FremskudtError
from app.sync import central_rotation
from app.sync.agefile import open_sealed, seal
from app.sync.bundle import PART_LIMIT, PART_ROWS, BundleError, Part, canonical
from app.sync.schema import (
    HEX32,
    HEX64,
    TIMESTAMP,
    UUID,
    Int,
    ListOf,
    Obj,
    SchemaError,
    Str,
    check,
    nesting_depth,
)

MAGIC = b"FSD1"
FORMAT = "fremskudt-downsync"
VERSION = 1
CONTEXT = b"fremskudt-downsync-v1\x00"
SUFFIX = ".fsd"
NAME = re.compile(r"^[0-9a-f]{32}\.fsd$")
FILE_LIMIT = 256 * 1024 * 1024
MANIFEST_LIMIT = 1024 * 1024
SEQ_MAX = 2**53
PART_NAMES = ("referral", "revocation", "central_key")
PART_ENTRY = Obj({"name": (*PART_NAMES,), "sha256": HEX64, "bytes": Int(1, PART_LIMIT),
                  "records": Int(0, PART_ROWS), "size": Int(2, PART_LIMIT)})
MANIFEST = Obj({"format": (FORMAT,), "version": Int(1, 1), "bundle_id": HEX32,
                "office_id": UUID, "seq": Int(1, SEQ_MAX),
                "prev_sha256": Str(64, r"([0-9a-f]{64})?"), "signer": HEX64,
                "created_at": TIMESTAMP, "parts": ListOf(PART_ENTRY, 10_000)}, {})


class DownsyncRefused(FremskudtError):
    """The downsync bundle was refused whole; nothing of it was used."""


@dataclass(frozen=True)
class Chain:
    """Where an office's chain of downsync bundles stands: the last accepted sequence number
    and that file's SHA-256 (0 and "" before the first)."""

    seq: int = 0
    sha256: str = ""


@dataclass(frozen=True)
class Downsync:
    manifest: dict
    parts: list[Part]
    sha256: str  # of the encrypted file: the next bundle's prev_sha256
    receipt_key: str = ""  # the central key to pin from now on (a rotation's new key)

    @property
    def seq(self) -> int:
        return self.manifest["seq"]


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw).hex()


def build(office_id: str, chain: Chain, parts: list[Part], key: Ed25519PrivateKey,
          recipients: list[str], now: dt.datetime) -> tuple[str, bytes, str]:
    """(file name, encrypted bytes, their SHA-256) of the office's next bundle after `chain`."""
    bundle_id = secrets.token_hex(16)
    manifest = {"format": FORMAT, "version": VERSION, "bundle_id": bundle_id,
                "office_id": office_id, "seq": chain.seq + 1, "prev_sha256": chain.sha256,
                "signer": public_hex(key), "created_at": now.isoformat(timespec="seconds"),
                "parts": [{"name": p.name, "sha256": hashlib.sha256(p.data).hexdigest(),
                           "bytes": len(p.data), "records": p.records, "size": p.size}
                          for p in parts]}
    check(manifest, MANIFEST)
    head = canonical(manifest)
    plaintext = b"".join([MAGIC, struct.pack(">I", len(head)), head,
                          key.sign(CONTEXT + head), *(p.data for p in parts)])
    data = seal(plaintext, recipients)
    return bundle_id + SUFFIX, data, hashlib.sha256(data).hexdigest()


def _manifest(plaintext: bytes) -> tuple[dict, bytes, bytes]:
    if len(plaintext) < 8 or plaintext[:4] != MAGIC:
        raise BundleError("Filen er ikke en pakke fra jobcentret.")
    (length,) = struct.unpack(">I", plaintext[4:8])
    head = plaintext[8:8 + length]
    signature = plaintext[8 + length:8 + length + 64]
    if length > MANIFEST_LIMIT or len(head) != length or len(signature) != 64:
        raise BundleError("Pakken er afkortet eller ugyldig.")
    if nesting_depth(head) > 3:
        raise BundleError("Pakkens indholdsfortegnelse er indlejret for dybt.")
    try:
        manifest = json.loads(head)
        check(manifest, MANIFEST)
    except (ValueError, RecursionError):
        raise BundleError("Pakkens indholdsfortegnelse kan ikke læses.") from None
    except SchemaError as exc:
        raise BundleError("Pakkens indholdsfortegnelse er ugyldig: {reason}",
                          reason=exc.message) from None
    if canonical(manifest) != head:
        raise BundleError("Pakkens indholdsfortegnelse er ikke kanonisk.")
    return manifest, head, signature


def _parts(plaintext: bytes, manifest: dict, head: bytes) -> list[Part]:
    offset = 8 + len(head) + 64
    parts = []
    for entry in manifest["parts"]:
        data = plaintext[offset:offset + entry["bytes"]]
        offset += entry["bytes"]
        if len(data) != entry["bytes"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise BundleError("Pakkens del {name} er ændret eller afkortet.", name=entry["name"])
        parts.append(Part(entry["name"], data, entry["records"], entry["size"]))
    if offset != len(plaintext):
        raise BundleError("Pakken indeholder mere, end indholdsfortegnelsen siger.")
    return parts


def open_downsync(name: str, data: bytes, identities: list[x25519.Identity],
                  pinned: list[str], office_id: str, chain: Chain) -> Downsync:
    """Decrypt and check one downsync bundle for this office: signed by a pinned central key
    (hex), for this office, exactly the next after `chain`. DownsyncRefused otherwise, with
    the reason in Danish; nothing of a refused bundle is returned."""
    if not NAME.match(name):
        raise DownsyncRefused("{file}: filnavnet er ikke en pakke fra jobcentret (.fsd).",
                              file=name)
    if len(data) > FILE_LIMIT:
        raise DownsyncRefused("{file}: filen er større end en pakke må være.", file=name)
    digest = hashlib.sha256(data).hexdigest()
    try:
        plaintext = open_sealed(data, identities)
        manifest, head, signature = _manifest(plaintext)
        parts = _parts(plaintext, manifest, head)
        # a pinned key, or the newest of the rotations the bundle announces from a pinned one
        trusted = central_rotation.trusted_signer(parts, pinned, manifest["signer"])
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(manifest["signer"])).verify(
            signature, CONTEXT + head)
    except InvalidSignature:
        raise DownsyncRefused("{file}: pakkens signatur passer ikke til jobcentrets nøgle.",
                              file=name) from None
    except FremskudtError as exc:
        raise DownsyncRefused("{file}: {reason}", file=name, reason=exc.message) from None
    if manifest["bundle_id"] + SUFFIX != name:
        raise DownsyncRefused("{file}: filnavnet passer ikke til pakkens indhold.", file=name)
    if manifest["office_id"].replace("-", "") != office_id.replace("-", ""):
        raise DownsyncRefused("{file}: pakken er til et andet kontor.", file=name)
    _check_chain(name, manifest, chain)
    return Downsync(manifest, parts, digest, trusted)


def _check_chain(name: str, manifest: dict, chain: Chain) -> None:
    seq = manifest["seq"]
    if seq <= chain.seq:
        raise DownsyncRefused("{file}: pakke {seq} fra jobcentret er allerede indlæst (senest "
                              "{last}).", file=name, seq=seq, last=chain.seq)
    if seq > chain.seq + 1:
        raise DownsyncRefused("{file}: pakke {missing} fra jobcentret mangler; indlæs den "
                              "først.", file=name, missing=chain.seq + 1)
    if manifest["prev_sha256"] != chain.sha256:
        raise DownsyncRefused("{file}: pakken hænger ikke sammen med den forrige pakke fra "
                              "jobcentret.", file=name)
