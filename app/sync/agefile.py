"""age v1 files (C2SP age spec), X25519 recipients, through pyrage (rage).

rage accepts two malformed headers that the spec refuses (a stanza without a body, a body
without its final short line; CCTV vectors stanza_missing_body and stanza_missing_final_line),
so every file is first held against the header grammar here."""

from __future__ import annotations

import base64
import binascii

from pyrage import DecryptError, decrypt, encrypt, x25519

from app.domain.errors import FremskudtError

VERSION_LINE = b"age-encryption.org/v1"
COLUMNS = 64


class AgeFormatError(FremskudtError):
    """Not a well-formed age file, or not one we can open."""


def _canonical_b64(text: bytes, what: str) -> bytes:
    if b"=" in text:
        raise AgeFormatError("age-filen er ugyldig: {what} har base64-udfyldning.", what=what)
    try:
        raw = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise AgeFormatError("age-filen er ugyldig: {what} er ikke base64.", what=what) from None
    if base64.b64encode(raw).rstrip(b"=") != text:
        raise AgeFormatError("age-filen er ugyldig: {what} er ikke kanonisk base64.", what=what)
    return raw


def check_header(data: bytes) -> None:
    """Refuse a file whose header breaks the age v1 grammar; the crypto is left to rage."""
    lines = data.split(b"\n")
    if not lines or lines[0] != VERSION_LINE:
        raise AgeFormatError("Filen er ikke en age-fil (version age-encryption.org/v1).")
    i = 1
    stanzas = 0
    while True:
        if i >= len(lines):
            raise AgeFormatError("age-filen er afkortet: hovedet slutter ikke.")
        line = lines[i]
        if line.startswith(b"--- "):
            if stanzas == 0:
                raise AgeFormatError("age-filen har ingen modtagere.")
            if len(_canonical_b64(line[4:], "MAC")) != 32:
                raise AgeFormatError("age-filens MAC har forkert længde.")
            return
        if not line.startswith(b"-> "):
            raise AgeFormatError("age-filens hoved er ugyldigt.")
        args = line[3:].split(b" ")
        if not args or any(not a for a in args):
            raise AgeFormatError("age-filen har en modtager uden argumenter.")
        if any(not all(0x21 <= c <= 0x7E for c in a) for a in args):
            raise AgeFormatError("age-filen har ugyldige tegn i en modtager.")
        i += 1
        # the body: full 64-column lines, then one shorter (possibly empty) final line
        while True:
            if i >= len(lines) or lines[i].startswith((b"-> ", b"--- ")):
                raise AgeFormatError("age-filen har en modtager uden afsluttet indhold.")
            body = lines[i]
            if len(body) > COLUMNS:
                raise AgeFormatError("age-filen har en for lang linje.")
            _canonical_b64(body, "modtagerens indhold")
            i += 1
            if len(body) < COLUMNS:
                break
        stanzas += 1


def seal(plaintext: bytes, recipients: list[str]) -> bytes:
    """Encrypt to every given `age1...` recipient (several during a key rotation)."""
    if not recipients:
        raise AgeFormatError("Der er ingen central nøgle at kryptere til.")
    return encrypt(plaintext, [x25519.Recipient.from_str(r) for r in recipients])


def open_sealed(data: bytes, identities: list[x25519.Identity]) -> bytes:
    """Decrypt a whole file strictly: any malformed header, wrong key or changed byte refuses
    the whole file and releases no plaintext."""
    check_header(data)
    try:
        return decrypt(data, identities)
    except DecryptError as exc:
        text = str(exc).lower()
        if "no matching keys" in text or "no identity" in text:
            raise AgeFormatError("Filen er ikke krypteret til jobcentrets nøgler.") from None
        raise AgeFormatError("Filen kan ikke dekrypteres: den er beskadiget eller ændret.") \
            from None
