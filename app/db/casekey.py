"""The case data key K_case: case content encrypted field by field inside the store.

The store key opens the file for every role (the counter needs names, phone numbers and the
queue); case content (notes, health and family barriers, agreements, step-up, CV, consents...)
is in `CaseText` columns sealed with AES-256-GCM under K_case, which is wrapped only to the
staff whose roles hold it (docs/threat-model.md, "Nøgler og roller / Keys and roles").

K_case reaches the column type through a context variable that `ServiceContext.transaction()`
sets to that context's key for the length of the transaction and resets after it: there is no
process-wide key, and a session of a counter-only account has none, so reading a sealed value
raises CaseContentLocked (a PermissionDenied) and writing one is refused the same way.

Keys are sealed to X25519 public keys (the staff members' and the recovery key's) the way
age's X25519 recipient stanza does it: an ephemeral key pair, ECDH, HKDF-SHA256 over both
public keys, AES-256-GCM; so an administrator can grant K_case without the grantee's password.
"""

from __future__ import annotations

import base64
import binascii
import contextvars
import secrets
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.domain.errors import FremskudtError, PermissionDenied

KEY_BYTES = 32
PREFIX = "fc1:"  # a sealed value: "fc1:" + base64(nonce | ciphertext | tag)
_AAD = b"fremskudt case content v1"
_SEAL_INFO = b"fremskudt x25519 key seal v1"

_bound: contextvars.ContextVar[bytes | None] = contextvars.ContextVar(
    "fremskudt_case_key", default=None)
# Rows moved or deleted without being shown (a deleted citizen leaving a backup): sealed
# values pass through unopened, and nothing new may be written in them.
_OPAQUE = b"opaque"


class CaseContentLocked(PermissionDenied):
    """The session has no case data key: its user's roles do not give case content."""


class CaseContentDamaged(FremskudtError):
    """A sealed value does not open with the case data key (damaged or another office's)."""


def locked() -> CaseContentLocked:
    return CaseContentLocked("Din rolle giver ikke adgang til sagens indhold (noter, helbred, "
                             "aftaler og step-up).")


def new_case_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


@contextmanager
def bound(key: bytes | None) -> Iterator[None]:
    """Make `key` the case key of whatever runs inside (one transaction of one context)."""
    token = _bound.set(key)
    try:
        yield
    finally:
        _bound.reset(token)


@contextmanager
def opaque() -> Iterator[None]:
    """Load rows only to delete them: sealed values stay sealed (no key needed)."""
    token = _bound.set(_OPAQUE)
    try:
        yield
    finally:
        _bound.reset(token)


def current() -> bytes | None:
    return _bound.get()


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def seal_text(value: str, key: bytes) -> str:
    nonce = secrets.token_bytes(12)
    ct = AESGCM(key).encrypt(nonce, value.encode("utf-8"), _AAD)
    return PREFIX + base64.b64encode(nonce + ct).decode("ascii")


def open_text(value: str, key: bytes) -> str:
    return _open_with(value, AESGCM(key))


def _open_with(value: str, cipher: AESGCM) -> str:
    try:
        raw = binascii.a2b_base64(value[len(PREFIX):], strict_mode=True)
        return cipher.decrypt(raw[:12], raw[12:], _AAD).decode("utf-8")
    except (InvalidTag, ValueError):  # binascii.Error is a ValueError
        raise _damaged() from None


def _damaged() -> CaseContentDamaged:
    return CaseContentDamaged("Et felt i sagen kan ikke læses: det er beskadiget eller "
                              "krypteret med en anden nøgle.")


def seal_bound(value: str | None) -> str | None:
    """For the column type: '' and None stay as they are (nothing to hide but emptiness)."""
    if not value:
        return value
    key = _bound.get()
    if key is _OPAQUE and is_sealed(value):
        return value
    if key is None or key is _OPAQUE:
        raise locked()
    return seal_text(value, key)


def open_bound(value: str | None) -> str | None:
    if not value:
        return value
    key = _bound.get()
    if key is None:
        raise locked()
    if key is _OPAQUE or not is_sealed(value):
        # opaque: a row loaded only to be deleted; unsealed: written before the upgrade and
        # not sealed yet (app.services.casekeys.seal_case_content)
        return value
    return open_text(value, key)


def open_if_sealed(value: object) -> object:
    """A raw column value as the application sees it (for raw SQL reads such as the export)."""
    return open_bound(value) if is_sealed(value) else value


def column_opener() -> Callable[[Sequence[object]], list[object]]:
    """open_if_sealed for whole columns of raw reads, with the bound key's cipher made once
    and one comprehension per column instead of two calls per value (the full export of a
    25,000-citizen office opens 870,000 values; issue 22)."""
    key = _bound.get()
    if key is None or key is _OPAQUE:
        return lambda values: [open_if_sealed(v) for v in values]
    decrypt, a2b, skip = AESGCM(key).decrypt, binascii.a2b_base64, len(PREFIX)

    def open_all(values: Sequence[object]) -> list[object]:
        try:
            return [decrypt((raw := a2b(v[skip:], strict_mode=True))[:12], raw[12:], _AAD)
                    .decode("utf-8") if type(v) is str and v.startswith(PREFIX) else v
                    for v in values]
        except (InvalidTag, ValueError):  # as _open_with
            raise _damaged() from None

    return open_all


# -- sealing keys to X25519 public keys ----------------------------------------------------
def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 bytes."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), _public_bytes(private)


def public_of(private: bytes) -> bytes:
    return _public_bytes(X25519PrivateKey.from_private_bytes(private))


def _public_bytes(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _seal_kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral + recipient,
                info=_SEAL_INFO).derive(shared)


def seal_to(recipient: bytes, secret: bytes, aad: bytes) -> tuple[bytes, bytes, bytes]:
    """(ephemeral public, nonce, ciphertext) that only `recipient`'s private key opens."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = _public_bytes(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = secrets.token_bytes(12)
    ct = AESGCM(_seal_kek(shared, eph_public, recipient)).encrypt(nonce, secret, aad)
    return eph_public, nonce, ct


def open_sealed(private: bytes, ephemeral: bytes, nonce: bytes, ciphertext: bytes,
                aad: bytes) -> bytes:
    """Raises InvalidTag when the seal is not for this private key (or was altered)."""
    key = X25519PrivateKey.from_private_bytes(private)
    shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    kek = _seal_kek(shared, ephemeral, _public_bytes(key))
    return AESGCM(kek).decrypt(nonce, ciphertext, aad)
