"""Rotation of the central's signing key by downsync bundle (issue 19 point 4).

`fremskudt-central rotate-receipt-key` replaces the central's Ed25519 key (the one that signs
receipts and downsync bundles) and writes a rotation signed by the old key and by the new one
(app/sync/central_keys.py, `receipt-key-rotation-*.json` in the central folder). Every
downsync bundle from then on carries the whole chain of rotations as its `central_key` part.
An office pins one key; it trusts the bundle's signer only when the chain leads from the
pinned key to it, every link signed by both its keys. A chain that does not start at (or
pass through) the pinned key, a link that does not follow the one before, or any signature
that does not verify refuses the bundle whole. After the office applied it, it pins the new
key alone: the old one is no longer accepted."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.sync.bundle import BundleError, Part
from app.sync.central_keys import ROTATION_CONTEXT, ROTATION_FORMAT

PART = "central_key"
COLUMNS = ["old_key", "new_key", "created_at", "old_signature", "new_signature"]
FILE_GLOB = "receipt-key-rotation-*.json"
MAX_ROTATIONS = 1000


def rotations(root: Path) -> list[dict]:
    """The central's rotations in the order they were made (the central's own files)."""
    out = []
    for path in sorted(root.glob(FILE_GLOB)):
        doc = json.loads(path.read_bytes())
        out.append({**doc["rotation"], "old_signature": doc["old_signature"],
                    "new_signature": doc["new_signature"]})
    return sorted(out, key=lambda r: r["created_at"])


def parts(docs: list[dict]) -> list[Part]:
    rows = [[d[c] for c in COLUMNS] for d in docs]
    return list(Part.split(PART, COLUMNS, rows)) if rows else []


def _checked(row: dict) -> dict:
    """One rotation with both signatures verified; BundleError otherwise."""
    try:
        keys = [row["old_key"], row["new_key"]]
        body = {"format": ROTATION_FORMAT, "version": 1, "old_key": keys[0],
                "new_key": keys[1], "created_at": row["created_at"]}
        if not all(isinstance(v, str) for v in (*keys, row["created_at"])):
            raise ValueError
        payload = ROTATION_CONTEXT + json.dumps(body, sort_keys=True,
                                                separators=(",", ":")).encode()
        for key, signature in zip(keys, (row["old_signature"], row["new_signature"]),
                                  strict=True):
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(key)).verify(
                bytes.fromhex(str(signature)), payload)
    except (ValueError, TypeError, InvalidSignature):
        raise BundleError("Pakkens nye nøgle fra jobcentret er ikke underskrevet af "
                          "jobcentrets nøgle.") from None
    return body


def announced(bundle_parts: list[Part]) -> list[dict]:
    """The bundle's chain of rotations, each verified, each link following the one before."""
    chain: list[dict] = []
    for part in bundle_parts:
        if part.name != PART:
            continue
        body = part.rows()
        if body["columns"] != COLUMNS:
            raise BundleError("Pakkens nye nøgle fra jobcentret har ukendte kolonner.")
        chain += [_checked(dict(zip(COLUMNS, values, strict=True)))
                  for values in body["rows"]]
    if len(chain) > MAX_ROTATIONS:
        raise BundleError("Pakken har for mange nøgleskift.")
    for before, after in pairwise(chain):
        if after["old_key"] != before["new_key"]:
            raise BundleError("Pakkens nøgleskift hænger ikke sammen.")
    return chain


def trusted_signer(bundle_parts: list[Part], pinned: list[str], signer: str) -> str:
    """The bundle's signer when the office may trust it: a pinned key, or with the bundle's
    rotations the newest key of a chain that passes a pinned key. BundleError otherwise (an
    announcement the office cannot trust, or a key the rotation replaced)."""
    chain = announced(bundle_parts)
    if chain:
        keys = [chain[0]["old_key"], *(r["new_key"] for r in chain)]
        if not set(keys) & set(pinned):
            raise BundleError("Pakken annoncerer en ny nøgle, der ikke er underskrevet af den "
                              "nøgle fra jobcentret, som kontoret har godkendt.")
        if signer == keys[-1]:
            return signer
    elif signer in pinned:
        return signer
    raise BundleError("Pakken er ikke underskrevet med en af jobcentrets nøgler, som "
                      "kontoret har godkendt.")
