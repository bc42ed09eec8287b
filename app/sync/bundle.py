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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.errors import FremskudtError
from app.sync.schema import (
    AUDIT_ANCHOR,
    AUDIT_REBASE,
    COUNTER_MAX,
    HEX32,
    HEX64,
    TIMESTAMP,
    UUID,
    Int,
    ListOf,
    Obj,
    Rows,
    SchemaError,
    Str,
    check,
    load_json,
    nesting_depth,
)

MAGIC = b"FSB1"
FORMAT = "fremskudt-bundle"
VERSION = 1
SIGNATURE_CONTEXT = b"fremskudt-bundle-v1\x00"
RECEIPT_CONTEXT = b"fremskudt-receipt-v1\x00"
# A part's JSON is parsed whole, so each part is bounded: the exporter splits a table into
# parts of at most PART_ROWS rows and about PART_TARGET bytes; the reader refuses a part that
# inflates past its declared size or PART_LIMIT, whichever is smaller, while inflating.
PART_ROWS = 2000
PART_TARGET = 2 * 1024 * 1024
PART_LIMIT = 8 * 1024 * 1024
# zlib level of a part: level 1 takes under half the time of 6 for about a fifth more bytes
# (issue 22: the full export of a 25,000-citizen office spent 3 s in zlib at level 6)
PART_LEVEL = 1
MANIFEST_LIMIT = 1024 * 1024
RECEIPT_LIMIT = 128 * 1024
# origins a bundle may carry (an office's workstations and their restored backups) and a
# receipt may acknowledge
ORIGINS_MAX = 256
TABLE_NAME = Str(64, r"[a-z][a-z0-9_]*", 1)

PART_ENTRY = Obj({"name": TABLE_NAME, "sha256": HEX64, "bytes": Int(1, PART_LIMIT),
                  "records": Int(0, PART_ROWS)}, {"size": Int(2, PART_LIMIT)})
# a part's JSON: its rows checked column by column (schema.Rows), every value a plain one
PART_BODY = Obj({"table": TABLE_NAME, "columns": ListOf(TABLE_NAME, 200, 1),
                 "rows": Rows(PART_ROWS, 200)})
# one origin's changes in a bundle (issue 18, point 8): the device it belongs to and the
# counters carried, after what the exporter took the central to hold
ORIGIN_RANGE = Obj({"origin": HEX32, "device": UUID, "from_counter": Int(0, COUNTER_MAX),
                    "to_counter": Int(0, COUNTER_MAX)})
# what the central holds of one origin after an import: every change up to `counter`
ORIGIN_ACK = Obj({"origin": HEX32, "device": UUID, "counter": Int(0, COUNTER_MAX)})
MANIFEST = Obj(
    {"format": ("fremskudt-bundle",), "version": Int(), "bundle_id": HEX32,
     "device_id": UUID, "office_id": UUID, "seq": Int(1, COUNTER_MAX),
     "prev_sha256": Str(64, r"([0-9a-f]{64})?"), "from_counter": Int(0, COUNTER_MAX),
     "to_counter": Int(0, COUNTER_MAX), "parts": ListOf(PART_ENTRY, 100_000)},
    {"office": Str(200), "schema_revision": Str(64), "exported_by": Str(200),
     "exported_at": TIMESTAMP, "recipients": ListOf(Str(16, r"[0-9a-f]{16}"), 64),
     "audit_anchor": AUDIT_ANCHOR, "audit_rebase": AUDIT_REBASE,
     "origins": ListOf(ORIGIN_RANGE, ORIGINS_MAX, 1)})
RECEIPT = Obj(
    {"format": ("fremskudt-receipt",), "version": Int(1, 1), "device_id": UUID,
     "seq": Int(0, COUNTER_MAX), "sha256": Str(64, r"([0-9a-f]{64})?")},
    {"bundle_id": Str(32, r"([0-9a-f]{32})?"), "records": Int(), "conflicts": Int(),
     "imported_at": TIMESTAMP, "kind": ("import", "status"),
     "to_counter": Int(0, COUNTER_MAX), "reason": Str(500),
     "audit_seq": Int(0, COUNTER_MAX), "audit_sha256": HEX64,
     "origins": ListOf(ORIGIN_ACK, ORIGINS_MAX)})
RECEIPT_FILE = Obj({"receipt": RECEIPT, "signature": Str(128, r"[0-9a-f]{128}", 128)})


class BundleError(FremskudtError):
    """A bundle (or receipt) that is malformed, truncated, changed or wrongly signed."""


def canonical(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _part_body(name: str, columns: list[str], rows: Sequence[Sequence]) -> bytes:
    """A part's canonical JSON in one encoding call (rows may be tuples: encoded as lists)."""
    return canonical({"table": name, "columns": columns, "rows": rows})


@dataclass(frozen=True)
class Part:
    name: str
    data: bytes  # zlib-compressed canonical JSON
    records: int
    size: int = 0  # the JSON's length before compression; 0 when not declared

    @classmethod
    def of_rows(cls, name: str, columns: list[str], rows: list[list]) -> Part:
        body = _part_body(name, columns, rows)
        return cls(name, zlib.compress(body, PART_LEVEL), len(rows), len(body))

    @classmethod
    def split(cls, name: str, columns: list[str], rows: Sequence[Sequence]) -> Iterator[Part]:
        """One table as parts of at most PART_ROWS rows and about PART_TARGET bytes each
        (a single larger row is a part alone). Encoded block by block, not row by row: a
        block of PART_ROWS rows that comes out too large is cut in proportion and encoded
        again."""
        rows = rows if isinstance(rows, list) else list(rows)
        start = 0
        while start < len(rows):
            count = min(PART_ROWS, len(rows) - start)
            while True:
                body = _part_body(name, columns, rows[start:start + count])
                if len(body) <= PART_TARGET or count == 1:
                    break
                count = max(1, min(count - 1, count * PART_TARGET // len(body)))
            yield cls(name, zlib.compress(body, PART_LEVEL), count, len(body))
            start += count

    def inflate(self) -> bytes:
        """Decompress in steps, never past the declared size or PART_LIMIT."""
        limit = min(self.size, PART_LIMIT) if self.size else PART_LIMIT
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(self.data, limit + 1)
            if len(out) > limit or inflater.unconsumed_tail or not inflater.eof:
                raise BundleError("Pakkens del {name} fylder mere end tilladt udpakket.",
                                  name=self.name)
        except zlib.error:
            raise BundleError("Pakkens del {name} kan ikke pakkes ud.", name=self.name) from None
        if inflater.unused_data or (self.size and len(out) != self.size):
            raise BundleError("Pakkens del {name} har ikke den angivne størrelse.",
                              name=self.name)
        return out

    def rows(self) -> dict:
        """The part's table, columns and rows, checked: every row a list of plain values as
        long as the column list."""
        body = self.inflate()
        try:
            doc = load_json(body, PART_BODY, PART_LIMIT, 3, "delen")
        except SchemaError as exc:
            raise BundleError("Pakkens del {name} er ugyldig: {reason}", name=self.name,
                                 reason=exc.message) from None
        width = len(doc["columns"])
        if doc["table"] != self.name or len(set(doc["columns"])) != width or set(
                map(len, doc["rows"])) - {width} or len(doc["rows"]) != self.records:
            raise BundleError("Pakkens del {name} passer ikke til indholdsfortegnelsen.",
                              name=self.name)
        return doc


def build(manifest: dict, parts: list[Part], key: Ed25519PrivateKey) -> bytes:
    manifest = dict(manifest, format=FORMAT, version=VERSION, parts=[
        {"name": p.name, "sha256": hashlib.sha256(p.data).hexdigest(), "bytes": len(p.data),
         "records": p.records, "size": p.size} for p in parts])
    head = canonical(manifest)
    signature = key.sign(SIGNATURE_CONTEXT + head)
    return b"".join([MAGIC, struct.pack(">I", len(head)), head, signature,
                     *(p.data for p in parts)])


def read_manifest(plaintext: bytes) -> tuple[dict, bytes, bytes]:
    """The manifest, its exact bytes and the signature, checked against MANIFEST; nothing
    is trusted yet."""
    if len(plaintext) < 8 or plaintext[:4] != MAGIC:
        raise BundleError("Filen er ikke en Fremskudt-pakke.")
    (length,) = struct.unpack(">I", plaintext[4:8])
    if length > MANIFEST_LIMIT:
        raise BundleError("Pakkens indholdsfortegnelse er for stor.")
    head = plaintext[8:8 + length]
    signature = plaintext[8 + length:8 + length + 64]
    if len(head) != length or len(signature) != 64:
        raise BundleError("Pakken er afkortet.")
    if nesting_depth(head) > 3:
        raise BundleError("Pakkens indholdsfortegnelse er indlejret for dybt.")
    try:
        manifest = json.loads(head)
    except (ValueError, RecursionError):
        raise BundleError("Pakkens indholdsfortegnelse kan ikke læses.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("Filen er ikke en Fremskudt-pakke.")
    if manifest.get("version") != VERSION:
        raise BundleError("Pakken er fra en nyere version af Fremskudt.")
    try:
        check(manifest, MANIFEST)
    except SchemaError as exc:
        raise BundleError("Pakkens indholdsfortegnelse er ugyldig: {reason}",
                          reason=exc.message) from None
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
    return manifest, parts_of(plaintext, manifest, len(head))


def parts_of(plaintext: bytes, manifest: dict, head_length: int) -> list[Part]:
    """The parts the manifest names, each checked against its hash and size (the caller
    has verified the signature, or uses them only to find the key to verify it with)."""
    offset = 8 + head_length + 64
    parts = []
    for entry in manifest["parts"]:
        data = plaintext[offset:offset + entry["bytes"]]
        offset += entry["bytes"]
        if len(data) != entry["bytes"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise BundleError("Pakkens del {name} er ændret eller afkortet.", name=entry["name"])
        parts.append(Part(entry["name"], data, entry["records"], entry.get("size", 0)))
    if offset != len(plaintext):
        raise BundleError("Pakken indeholder mere, end indholdsfortegnelsen siger.")
    return parts


def sign_receipt(receipt: dict, key: Ed25519PrivateKey) -> bytes:
    body = dict(receipt, format="fremskudt-receipt", version=1)
    check(body, RECEIPT)
    signature = key.sign(RECEIPT_CONTEXT + canonical(body))
    return canonical({"receipt": body, "signature": signature.hex()})


def read_receipt(data: bytes) -> tuple[dict, bytes]:
    """The receipt's body and signature, checked against RECEIPT_FILE; not yet verified."""
    try:
        doc = load_json(data, RECEIPT_FILE, RECEIPT_LIMIT, 4, "kvitteringen")
    except SchemaError as exc:
        raise BundleError("Kvitteringen er ikke gyldig: {reason}", reason=exc.message) \
            from None
    return doc["receipt"], bytes.fromhex(doc["signature"])


def verify_receipt(data: bytes, public_key_hex: str) -> dict:
    body, signature = read_receipt(data)
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(
            signature, RECEIPT_CONTEXT + canonical(body))
    except (ValueError, InvalidSignature):
        raise BundleError("Kvitteringen er ikke gyldig eller ikke fra jobcentret.") from None
    return body
