"""The central's view of an office's workstations (issue 18, point 8).

The central pins the device it enrolled (the office's first workstation). Further members are
learnt from the office's member list, the `workstation` rows the bundles carry: a workstation
becomes a member only when a known, unrevoked member admitted it, shown by the admitting
member's Ed25519 admission signature (app.services.peers_join), so a member cannot invent
another. A revocation in the member list is taken over (never undone); the revoked member's
own bundles are refused, and versions it made after its last accepted counter are left out of
any other member's bundle.

Per origin (a device, or the new origin a restored backup starts) the central keeps the
highest counter it holds (`central_origin`): a bundle's range for an origin must start at or
below it (else changes would be missing), and the receipt acknowledges it, so any member's
next export starts from there."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.domain.errors import FremskudtError
from app.sync.central_models import CentralBase, Device, DeviceCounter, Record
from app.sync.central_rows import Allowed

ADMISSION_CONTEXT = b"fremskudt admission v1|"


class CentralMember(CentralBase):
    """How the central came to know a workstation that was not enrolled (admitted by
    `joined_by` in bundle `learnt_from`), and a revocation learnt from the member list."""

    __tablename__ = "central_member"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36), index=True)
    joined_by: Mapped[str | None] = mapped_column(String(36))
    admission_sig: Mapped[str] = mapped_column(String(128), default="")
    learnt_from: Mapped[str] = mapped_column(String(32), default="")
    learnt_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_counter: Mapped[int | None] = mapped_column(Integer)


class CentralOrigin(CentralBase):
    """Every change of `origin` (hex) up to `counter` is held here."""

    __tablename__ = "central_origin"
    origin: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    office_id: Mapped[str] = mapped_column(String(36))
    counter: Mapped[int] = mapped_column(Integer, default=0)


class MemberRefused(FremskudtError):
    """The bundle carries changes of a workstation that is not a member of the office."""


@dataclass(frozen=True)
class Station:
    """One row of the office's member list, as a bundle carries it."""

    device_id: str
    office_id: str
    name: str
    public_key: str  # hex
    age_recipient: str
    joined_by: str | None
    admission_sig: str
    revoked: bool
    revoked_counter: int | None


def _uuid(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError
    return str(uuid.UUID(value))


def stations(rows: list[dict]) -> dict[str, Station]:
    """The member list's rows of a bundle; a malformed one is skipped (never a member)."""
    out = {}
    for row in rows:
        try:
            key = base64.b64decode(row["signing_key_public"], validate=True)
            counter = row.get("revoked_counter")
            if len(key) != 32 or not (counter is None or type(counter) is int):
                raise ValueError
            station = Station(
                _uuid(row["id"]), _uuid(row["office_id"]), str(row.get("name") or "")[:200],
                key.hex(), str(row.get("age_recipient") or ""),
                _uuid(row["joined_by"]) if row.get("joined_by") else None,
                str(row.get("admission_sig") or ""), bool(row.get("revoked_at")), counter)
        except (KeyError, ValueError, TypeError, binascii.Error):
            continue
        out[station.device_id] = station
    return out


def admitted(admitter_key: str, station: Station) -> bool:
    """The admitting member's signature over the admission (peers_join._admit)."""
    message = json.dumps({"office_id": station.office_id, "device_id": station.device_id,
                          "signing_public": station.public_key,
                          "age_recipient": station.age_recipient}, sort_keys=True)
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(admitter_key)).verify(
            bytes.fromhex(station.admission_sig), ADMISSION_CONTEXT + message.encode())
    except (ValueError, InvalidSignature):
        return False
    return True


def station_labels(session: Session) -> dict[str, tuple[str, str]]:
    """Device id -> (name, queue letter) from the offices' member lists as the central holds
    them (the newest version of each `workstation` row, so a rename shows)."""
    out = {}
    for record_id, data in session.execute(select(Record.record_id, Record.data).where(
            Record.table_name == "workstation", Record.deleted == 0)):
        try:
            row = json.loads(data)
            out[str(uuid.UUID(record_id))] = (str(row.get("name") or "")[:200],
                                              str(row.get("letter") or "")[:4])
        except (ValueError, TypeError, AttributeError):
            continue
    return out


def device_entry(device: Device, labels: dict[str, tuple[str, str]]) -> dict:
    """One workstation as `fremskudt-central stats` shows it: its name with its queue letter
    and a short device id, so two machines of the same name are told apart."""
    name, letter = labels.get(device.device_id, (device.workstation, ""))
    name, short = name or device.workstation, device.device_id[:8]
    return {"device_id": device.device_id, "office": device.office,
            "workstation": f"{name} ({letter}, {short})" if letter else f"{name} ({short})",
            "name": name, "letter": letter, "short_id": short, "last_seq": device.last_seq,
            "revoked": device.revoked_at is not None}


def office_devices(session: Session, office_id: str) -> dict[str, Device]:
    return {d.device_id: d for d in session.execute(select(Device).where(
        Device.office_id == office_id).with_for_update()).scalars()}


def learn(session: Session, office_id: str, rows: list[dict], bundle_id: str,
          now: dt.datetime) -> dict[str, Device]:
    """Take over the members and revocations of the office's member list in a bundle;
    return every device of the office. Only what a known, unrevoked member admitted with a
    valid signature becomes a member (admissions may chain within one bundle)."""
    known = office_devices(session, office_id)
    if not known:
        return known
    office_name = next(iter(known.values())).office
    listed = {k: s for k, s in stations(rows).items() if s.office_id == office_id}
    grown = True
    while grown:
        grown = False
        for station in listed.values():
            admitter = known.get(station.joined_by or "")
            if station.device_id in known or admitter is None or \
                    admitter.revoked_at is not None or not admitted(admitter.public_key,
                                                                    station):
                continue
            device = Device(device_id=station.device_id, office_id=office_id,
                            office=office_name, workstation=station.name,
                            public_key=station.public_key, enrolled_at=now, revoked_at=None,
                            last_seq=0, last_sha256="")
            session.add(device)
            session.add(CentralMember(device_id=station.device_id, office_id=office_id,
                                      joined_by=station.joined_by,
                                      admission_sig=station.admission_sig,
                                      learnt_from=bundle_id, learnt_at=now))
            known[station.device_id] = device
            grown = True
    for station in listed.values():
        if station.revoked and station.device_id in known:
            _revoke(session, known[station.device_id], station, bundle_id, now)
    session.flush()
    return known


def _revoke(session: Session, device: Device, station: Station, bundle_id: str,
            now: dt.datetime) -> None:
    member = session.get(CentralMember, device.device_id)
    if member is None:  # the enrolled device
        member = CentralMember(device_id=device.device_id, office_id=device.office_id,
                               joined_by=None, admission_sig="", learnt_from=bundle_id,
                               learnt_at=now)
        session.add(member)
    limit = station.revoked_counter or 0
    member.revoked_counter = limit if member.revoked_counter is None else min(
        member.revoked_counter, limit)
    if device.revoked_at is None:
        device.revoked_at = now


def declared(manifest: dict) -> list[dict]:
    """The origins a bundle carries; a bundle from before issue 18 point 8 carries only its
    signer's changes, under the signer's id."""
    if "origins" in manifest:
        return manifest["origins"]
    signer = uuid.UUID(manifest["device_id"])
    return [{"origin": signer.hex, "device": str(signer),
             "from_counter": manifest["from_counter"], "to_counter": manifest["to_counter"]}]


def allowed(session: Session, manifest: dict, known: dict[str, Device]) -> Allowed:
    """Whose versions the bundle may carry: only members of the signer's office, in the
    ranges it declared; revoked members only up to their last accepted counter."""
    ranges: dict[uuid.UUID, list[tuple[int, int]]] = {}
    limits: dict[uuid.UUID, int] = {}
    for entry in declared(manifest):
        device = known.get(str(uuid.UUID(entry["device"])))
        if device is None:
            raise MemberRefused("Pakken indeholder ændringer fra arbejdsstationen {device}, "
                                "som ikke er optaget i kontoret.", device=entry["device"])
        if entry["from_counter"] > entry["to_counter"]:
            raise MemberRefused("Pakkens interval for arbejdsstationen {device} er "
                                "ugyldigt.", device=entry["device"])
        key = uuid.UUID(device.device_id)
        ranges.setdefault(key, []).append((entry["from_counter"], entry["to_counter"]))
        if device.revoked_at is not None:
            limits[key] = revoked_limit(session, device.device_id)
    return Allowed(ranges, limits)


def revoked_limit(session: Session, device_id: str) -> int:
    """The last counter of a revoked member that is accepted: the one its revocation names,
    or (revoked at the central) the highest the central held then."""
    member = session.get(CentralMember, device_id)
    if member is not None and member.revoked_counter is not None:
        return member.revoked_counter
    counter = session.get(DeviceCounter, device_id)
    return counter.last_counter if counter is not None else 0


def advance(session: Session, manifest: dict, office_id: str,
            limits: dict[uuid.UUID, int]) -> list[dict]:
    """Check that each origin's range starts at or below what the central holds and move
    the high-water marks; return the receipt's acknowledgements."""
    acks = []
    for entry in declared(manifest):
        device_id = str(uuid.UUID(entry["device"]))
        origin = session.get(CentralOrigin, entry["origin"], with_for_update=True)
        if origin is None:
            # a device's first origin is its id: what the central held from the device
            # before origins were kept is held of it
            counter = session.get(DeviceCounter, device_id)
            first = counter.last_counter if counter is not None and \
                entry["origin"] == uuid.UUID(device_id).hex else 0
            origin = CentralOrigin(origin=entry["origin"], device_id=device_id,
                                   office_id=office_id, counter=first)
            session.add(origin)
        elif origin.device_id != device_id:
            raise MemberRefused("Pakken angiver ændringsrækken {origin} under en anden "
                                "arbejdsstation end jobcentret kender den fra.",
                                origin=entry["origin"])
        if entry["from_counter"] > origin.counter:
            raise MemberRefused("Pakken begynder efter ændring {start} fra arbejdsstationen "
                                "{device}, men jobcentret har kun til ændring {last}.",
                                start=entry["from_counter"], device=device_id,
                                last=origin.counter)
        to = min(entry["to_counter"], limits.get(uuid.UUID(device_id), entry["to_counter"]))
        origin.counter = max(origin.counter, to)
        counter = session.get(DeviceCounter, device_id)
        if counter is None:
            session.add(DeviceCounter(device_id=device_id, last_counter=origin.counter))
        elif origin.counter > counter.last_counter:
            counter.last_counter = origin.counter
        acks.append({"origin": entry["origin"], "device": device_id,
                     "counter": origin.counter})
    session.flush()
    return acks


def held(session: Session, office_id: str) -> list[dict]:
    """What the central holds of each origin of the office (a status receipt's list)."""
    return [{"origin": o.origin, "device": o.device_id, "counter": o.counter}
            for o in session.execute(select(CentralOrigin).where(
                CentralOrigin.office_id == office_id).order_by(CentralOrigin.origin)
                .limit(256)).scalars()]
