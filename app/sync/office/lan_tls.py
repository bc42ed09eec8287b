"""TLS 1.3 between the office's members on the LAN (issue 23), mutually authenticated with
the members' Ed25519 device keys, the keys already in the replicated member list and compared
by fingerprint when a member joined. No key or column of its own.

Each member presents a leaf certificate signed by its device key, issued by the name
"fremskudt member <device hex>". Each side trusts, as its only trust anchors, one anchor
per active member: that name and that member's public key from the member list (a trust
anchor in the sense of RFC 5914 is a name and a key; OpenSSL wants it wrapped in a
certificate, whose own signature it does not check). OpenSSL's ordinary path validation
then accepts exactly a leaf signed by a member's key, so a stranger, a revoked member (no
anchor) or a man in the middle (no member's private key) fails inside the handshake,
before any record moves. After the handshake the leaf's key is matched to the member once
more (`peer_device`). Session tickets are off: every connection proves its key again, so
a revocation holds at once. The TLS signature (RFC 8446: 64 spaces and a context string
before the transcript hash) cannot be mistaken for the device key's other signatures,
which all begin with their own "fremskudt ..." context."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import ssl
import tempfile
import uuid
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID

from app.domain.errors import FremskudtError

Members = dict[uuid.UUID, bytes]  # active member device id -> Ed25519 public key (raw)
_NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
_NOT_AFTER = dt.datetime(9999, 12, 31, tzinfo=dt.UTC)


class PeerRefused(FremskudtError):
    """The other end is not an active member of this office (or not the one expected)."""


def _name(kind: str, device: uuid.UUID) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Fremskudt"),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"fremskudt {kind} {device.hex}")])


def _certificate(subject: x509.Name, issuer: x509.Name, public: Ed25519PublicKey,
                 signer: Ed25519PrivateKey, ca: bool) -> x509.Certificate:
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(public).serial_number(1)
            .not_valid_before(_NOT_BEFORE).not_valid_after(_NOT_AFTER)
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .sign(signer, None))


def leaf_certificate(device: uuid.UUID, key: Ed25519PrivateKey) -> x509.Certificate:
    """This member's certificate: its device key, signed by itself under the member name."""
    return _certificate(_name("device", device), _name("member", device), key.public_key(),
                        key, ca=False)


def trust_anchor(device: uuid.UUID, public: bytes, wrapper: Ed25519PrivateKey) -> bytes:
    """A member's trust anchor (its name and public key) as PEM; `wrapper` only fills the
    certificate's signature field, which OpenSSL does not check for a trust anchor."""
    cert = _certificate(_name("member", device), _name("member", device),
                        Ed25519PublicKey.from_public_bytes(public), wrapper, ca=True)
    return cert.public_bytes(serialization.Encoding.PEM)


def make_context(server: bool, device: uuid.UUID, key: Ed25519PrivateKey,
                 members: Members) -> ssl.SSLContext:
    """A TLS 1.3-only context presenting this member's certificate and trusting exactly the
    other active members. The private key passes through a temporary file only encrypted
    under a one-time password held in memory, and the file is removed at once."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if server else ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    ctx.options |= ssl.OP_NO_TICKET
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    password = secrets.token_hex(32).encode()
    with tempfile.TemporaryDirectory(prefix="fremskudt-tls-") as tmp:
        key_file, cert_file = Path(tmp) / "key.pem", Path(tmp) / "cert.pem"
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(fd, "wb") as fh:
            fh.write(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.BestAvailableEncryption(password)))
        cert_file.write_bytes(leaf_certificate(device, key).public_bytes(
            serialization.Encoding.PEM))
        ctx.load_cert_chain(cert_file, key_file, password=password)
    anchors = [trust_anchor(d, pub, key) for d, pub in members.items() if d != device]
    if anchors:
        ctx.load_verify_locations(cadata=b"".join(anchors).decode("ascii"))
    return ctx


def peer_device(sock: ssl.SSLSocket, members: Members) -> uuid.UUID:
    """The member at the other end of a finished handshake, by its certificate's key."""
    der = sock.getpeercert(binary_form=True)
    if not der:
        raise PeerRefused("Forbindelsen har intet certifikat.")
    cert = x509.load_der_x509_certificate(der)
    public = cert.public_key()
    if not isinstance(public, Ed25519PublicKey):
        raise PeerRefused("Forbindelsens certifikat har en ukendt nøgletype.")
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    for device, key in members.items():
        if key == raw and cert.issuer == _name("member", device):
            return device
    raise PeerRefused("Forbindelsen er ikke fra en arbejdsstation i kontoret.")
