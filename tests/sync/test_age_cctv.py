"""The bundle reader against the C2SP age conformance vectors (CCTV): every X25519,
non-armored vector; successes decrypt to the exact payload, every failure is refused."""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path

import pytest
from pyrage import x25519

from app.sync.agefile import AgeFormatError, open_sealed, seal

# a copy of ../shared/testdata/age-cctv (C2SP CCTV, commit 1e3d2860; copying is allowed)
VECTORS = Path(__file__).resolve().parents[1] / "data" / "age-cctv"


def _vectors() -> list[tuple[str, dict, list[str], bytes]]:
    result = []
    for path in sorted(VECTORS.iterdir()) if VECTORS.is_dir() else []:
        if path.name == "README.md":
            continue
        head, _, body = path.read_bytes().partition(b"\n\n")
        meta: dict[str, str] = {}
        identities = []
        for line in head.decode().splitlines():
            key, _, value = line.partition(": ")
            meta[key] = value
            if key == "identity":
                identities.append(value)
        x25519_only = identities and all(i.startswith("AGE-SECRET-KEY-1") for i in identities)
        if meta.get("armored") == "yes" or "passphrase" in meta or not x25519_only:
            continue  # passphrase, armor and hybrid recipients are not ours to read
        if meta.get("compressed") == "zlib":
            body = zlib.decompress(body)
        result.append((path.name, meta, identities, body))
    return result


VECTOR_LIST = _vectors()


def test_the_suite_is_there() -> None:
    assert len(VECTOR_LIST) >= 60


@pytest.mark.parametrize(("name", "meta", "identities", "body"), VECTOR_LIST,
                         ids=[v[0] for v in VECTOR_LIST])
def test_vector(name: str, meta: dict, identities: list[str], body: bytes) -> None:
    keys = [x25519.Identity.from_str(i) for i in identities]
    if meta["expect"] == "success":
        assert hashlib.sha256(open_sealed(body, keys)).hexdigest() == meta["payload"]
    else:
        with pytest.raises(AgeFormatError):
            open_sealed(body, keys)


def test_round_trip_to_two_recipients() -> None:
    a, b = x25519.Identity.generate(), x25519.Identity.generate()
    sealed = seal(b"bundle", [str(a.to_public()), str(b.to_public())])
    assert open_sealed(sealed, [b]) == b"bundle"
    with pytest.raises(AgeFormatError, match="ikke krypteret til"):
        open_sealed(sealed, [x25519.Identity.generate()])
