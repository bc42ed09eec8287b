"""The batch file between two members: the bundle container (app.sync.bundle) signed with the
sender's Ed25519 key and age-encrypted to the recipient's X25519 key, holding a header part
and one part per table of row versions. Nothing of a batch is used before it has been
decrypted, verified and checked field by field; any fault refuses the whole batch."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from app.domain.errors import FremskudtError
from app.sync.agefile import AgeFormatError, open_sealed, seal
from app.sync.bundle import Part, build, read_manifest, verify
from app.sync.office import vv as vvs
from app.sync.office.tables import TOMBSTONE, replicated
from app.sync.schema import COUNTER_MAX

SUFFIX = ".fob"  # Fremskudt office batch
NAME = re.compile(r"^[0-9a-f]{32}\.fob$")
HEADER = "office_batch"
HEADER_COLUMNS = ["recipient", "base_vv", "sender_vv", "origins", "acked", "hlc", "join_mac",
                  "schema"]
FILE_LIMIT = 1024 * 1024 * 1024
HEX32 = re.compile(r"^[0-9a-f]{32}$")
NO_MATCHING_KEY = "Filen er ikke krypteret til jobcentrets nøgler."  # app.sync.agefile


class BatchRefused(FremskudtError):
    """A batch that is refused whole: nothing of it is applied."""


class UnknownSender(BatchRefused):
    """A batch of this office from a workstation not (yet) in the member list here: kept
    until the member list that admits it arrives; nothing of it is used."""


class NotForMe(BatchRefused):
    """A batch encrypted to another member (in a shared folder): left alone, not an error."""


@dataclass(frozen=True)
class Header:
    batch_id: str
    sender: uuid.UUID
    office_id: uuid.UUID
    seq: int
    prev_sha256: str
    recipient: uuid.UUID
    base_vv: vvs.VV  # what the sender took the recipient to have
    sender_vv: vvs.VV  # what the sender had when it made the batch
    origins: dict[str, str]  # origin hex -> device hex, for every origin in sender_vv
    acked: str  # the recipient's batch the sender applied last
    hlc: int
    join_mac: str  # the welcome to a joining member: HMAC with the join code's key
    schema: str


@dataclass(frozen=True)
class Batch:
    header: Header
    changes: dict[str, list[dict]]  # table -> row versions (tombstones under "tombstone")
    sha256: str  # of the encrypted file

    @property
    def records(self) -> int:
        return sum(len(rows) for rows in self.changes.values())


def build_batch(header: Header, changes: dict[str, tuple[list[str], list[list]]],
                office_name: str, username: str, exported_at: str, to_counter: int,
                signing: Ed25519PrivateKey, recipient_age: str) -> bytes:
    head = Part.of_rows(HEADER, HEADER_COLUMNS, [[
        header.recipient.hex, vvs.text(header.base_vv), vvs.text(header.sender_vv),
        _json(header.origins), header.acked,
        header.hlc, header.join_mac, header.schema]])
    parts = [head]
    for table, (columns, rows) in changes.items():
        parts.extend(Part.split(table, columns, rows))
    manifest = {"bundle_id": header.batch_id, "office_id": str(header.office_id),
                "office": office_name[:200], "device_id": str(header.sender),
                "seq": header.seq, "prev_sha256": header.prev_sha256,
                "schema_revision": header.schema, "exported_by": username[:200],
                "exported_at": exported_at, "from_counter": 0,
                "to_counter": min(to_counter, COUNTER_MAX)}
    return seal(build(manifest, parts, signing), [recipient_age])


def _json(data: dict) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


def join_mac(key: bytes, batch_id: str, sender_public: bytes) -> str:
    """Binds a welcome to the join code: only the inviter, who holds its key, can make it."""
    return hmac.new(key, b"fremskudt welcome v1|" + batch_id.encode() + b"|" + sender_public,
                    hashlib.sha256).hexdigest()


def peek(data: bytes, identity: x25519.Identity) -> tuple[dict, bytes]:
    """Decrypt and read the (unverified) manifest: who says they sent it, for which office."""
    if len(data) > FILE_LIMIT:
        raise BatchRefused("Filen er større end en pakke må være.")
    try:
        plaintext = open_sealed(data, [identity])
        manifest, _head, _signature = read_manifest(plaintext)
    except AgeFormatError as exc:
        if exc.template == NO_MATCHING_KEY:
            raise NotForMe("Pakken er ikke til denne arbejdsstation.") from None
        raise BatchRefused("Pakken kan ikke åbnes: {reason}", reason=exc.message) from None
    except FremskudtError as exc:
        raise BatchRefused("Pakken kan ikke åbnes: {reason}", reason=exc.message) from None
    return manifest, plaintext


def read_batch(data: bytes, plaintext: bytes, sender_public: bytes) -> Batch:
    """Verify the signature and every part; check the header and every row version."""
    try:
        manifest, parts = verify(plaintext, sender_public)
    except FremskudtError as exc:
        raise BatchRefused("Pakken er ugyldig: {reason}", reason=exc.message) from None
    if not parts or parts[0].name != HEADER:
        raise BatchRefused("Pakken har ikke et gyldigt hoved.")
    changes: dict[str, list[dict]] = {}
    try:
        header = _header(manifest, parts[0].rows())
        for part in parts[1:]:
            body = part.rows()
            info = replicated().get(part.name)
            if info is None or body["columns"] != list(info.columns):
                raise BatchRefused("Pakken indeholder en ukendt tabel: {name}.",
                                   name=part.name[:64])
            rows = changes.setdefault(part.name, [])
            for values in body["rows"]:
                rows.append(_checked_row(part.name, dict(zip(info.columns, values,
                                                             strict=True))))
    except FremskudtError as exc:
        if isinstance(exc, BatchRefused):
            raise
        raise BatchRefused("Pakken er ugyldig: {reason}", reason=exc.message) from None
    return Batch(header, changes, hashlib.sha256(data).hexdigest())


def _header(manifest: dict, body: dict) -> Header:
    if body["columns"] != HEADER_COLUMNS or len(body["rows"]) != 1:
        raise BatchRefused("Pakken har ikke et gyldigt hoved.")
    row = dict(zip(HEADER_COLUMNS, body["rows"][0], strict=True))
    try:
        origins = _str_map(row["origins"])
        header = Header(
            batch_id=manifest["bundle_id"], sender=uuid.UUID(manifest["device_id"]),
            office_id=uuid.UUID(manifest["office_id"]), seq=manifest["seq"],
            prev_sha256=manifest["prev_sha256"], recipient=uuid.UUID(row["recipient"]),
            base_vv=vvs.parse(row["base_vv"]), sender_vv=vvs.parse(row["sender_vv"]),
            origins=origins, acked=str(row["acked"] or ""), hlc=int(row["hlc"]),
            join_mac=str(row["join_mac"] or ""), schema=str(row["schema"] or ""))
    except (ValueError, TypeError, AttributeError):
        raise BatchRefused("Pakken har ikke et gyldigt hoved.") from None
    if not all(HEX32.match(k) and HEX32.match(v) for k, v in origins.items()):
        raise BatchRefused("Pakken har ikke et gyldigt hoved.")
    return header


def _str_map(text: object) -> dict[str, str]:
    data = json.loads(str(text))
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ValueError("not a map")
    return data


def _checked_row(table: str, values: dict) -> dict:
    ok = (isinstance(values.get("id"), str) and HEX32.match(values["id"])
          and isinstance(values.get("version_device"), str)
          and HEX32.match(values["version_device"])
          and type(values.get("version_counter")) is int and values["version_counter"] > 0
          and type(values.get("hlc")) is int and values["hlc"] >= 0
          and isinstance(values.get("row_vv"), str))
    if ok and table == TOMBSTONE:
        ok = values.get("table_name") in replicated()
    if ok:
        try:
            vvs.parse(values["row_vv"])
        except (ValueError, TypeError):
            ok = False
    if not ok:
        raise BatchRefused("Pakkens del {name} har en ugyldig række.", name=table)
    return values
