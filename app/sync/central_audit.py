"""The central's side of the audit anchor (issue 16, point 3).

Every bundle's signed manifest carries the head of the sending device's audit chain
(services.audit.Anchor). The central keeps every anchor it accepted per device and, before it
applies a bundle, checks that the new anchor extends the last one over the audit entries the
bundle carries (services.audit.check_continuity), and that no audit entry it already holds comes
back changed. A bundle that fails is refused whole, and the refusal is kept as an alarm for the
jobcenter's IT (`fremskudt-central stats`).

One openly declared break is accepted, and still raised as an alarm: after a restored backup
the office no longer has the entries the central last acknowledged. Having read the central's
signed status receipt, it names the central's anchor and an anchor the central accepted
earlier that its chain still holds, and continues from that (`audit_rebase`). The entries of
the lost branch stay in the central's records.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import DateTime, Integer, MetaData, String, Text, column, select, table
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from app.domain.audit_chain import (
    GENESIS_ANCHOR,
    Anchor,
    AuditChainBroken,
    check_continuity,
)

# the central's records (app.sync.central.Record), read here without importing that module
_RECORD = table("central_record", column("table_name"), column("record_id"), column("data"))
_TEXT_FIELDS = ("at", "username", "action", "object_type", "detail", "prev_hash", "entry_hash")
_ID_FIELDS = ("staff_id", "object_id", "citizen_id")


# the central's one MetaData: app.sync.central.CentralBase declares its tables on it too, so
# create_all and drop_all of either cover the anchors and alarms
CENTRAL_METADATA = MetaData()


class AnchorBase(DeclarativeBase):
    metadata = CENTRAL_METADATA


class AcceptedAnchor(AnchorBase):
    """An audit anchor the central accepted from a device, with the bundle that carried it."""

    __tablename__ = "central_audit_anchor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    bundle_seq: Mapped[int] = mapped_column(Integer)
    audit_seq: Mapped[int] = mapped_column(Integer)
    audit_sha256: Mapped[str] = mapped_column(String(64))
    accepted_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditAlarm(AnchorBase):
    """For the jobcenter's IT: a bundle refused because its audit chain did not extend the
    one acknowledged before ("afvist"), or an accepted declared rewind ("spolet tilbage")."""

    __tablename__ = "central_audit_alarm"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    office: Mapped[str] = mapped_column(String(200))
    bundle_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def held_anchor(session: Session, device_id: str) -> Anchor | None:
    """The last anchor the central accepted from the device, or None."""
    row = session.execute(select(AcceptedAnchor).where(
        AcceptedAnchor.device_id == device_id).order_by(AcceptedAnchor.id.desc()).limit(1)
    ).scalar_one_or_none()
    return Anchor(row.audit_seq, row.audit_sha256) if row is not None else None


def anchor_fields(anchor: Anchor | None) -> dict:
    """The receipt's echo of an anchor (empty when there is none)."""
    return {} if anchor is None else {"audit_seq": anchor.seq, "audit_sha256": anchor.sha256}


def _checked_rows(rows: list[dict]) -> list[dict]:
    """The audit rows of a bundle with the types check_continuity relies on."""
    for row in rows:
        if not (type(row.get("seq")) is int and row["seq"] >= 1
                and all(isinstance(row.get(k), str) for k in _TEXT_FIELDS)
                and all(row.get(k) is None or isinstance(row.get(k), str) for k in _ID_FIELDS)):
            raise AuditChainBroken("En logpost i pakken har en ugyldig form.")
    if len({row["seq"] for row in rows}) != len(rows):
        raise AuditChainBroken("Pakken har to logposter med samme nummer.")
    return rows


def _check_held_entries(session: Session, rows: list[dict]) -> None:
    """An audit entry the central holds may come again (a bundle re-sent before its receipt,
    a restamped one after a status receipt) but never changed: the central is where the
    entries a local user rewrote survive."""
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids), 500):
        for record_id, data in session.execute(select(_RECORD.c.record_id, _RECORD.c.data).where(
                _RECORD.c.table_name == "audit_entry",
                _RECORD.c.record_id.in_(ids[start:start + 500]))):
            held = json.loads(data)
            row = next(r for r in rows if r["id"] == record_id)
            if (held.get("seq"), held.get("entry_hash")) != (row["seq"], row["entry_hash"]):
                raise AuditChainBroken("Logpost {seq} er ændret, siden jobcentret fik den.",
                                       seq=row["seq"])


def judge(session: Session, device_id: str, manifest: dict,
          rows: list[dict]) -> tuple[Anchor | None, str]:
    """The anchor to accept from this bundle (None for a bundle from an older version
    without one, accepted only while the central holds no anchor from the device) and, for a
    declared rewind, the alarm's text; AuditChainBroken when the chain does not extend."""
    held = held_anchor(session, device_id)
    if "audit_anchor" not in manifest:
        if held is not None:
            raise AuditChainBroken("Pakken har intet anker for logkæden, men jobcentret har "
                                   "kvitteret for logpost {seq} fra arbejdsstationen.",
                                   seq=held.seq)
        return None, ""
    new = Anchor.of(manifest["audit_anchor"])
    _check_held_entries(session, _checked_rows(rows))
    rewind = ""
    if "audit_rebase" in manifest:
        rebase = manifest["audit_rebase"]
        previous = Anchor(rebase["base_seq"], rebase["base_sha256"])
        if held is None or Anchor(rebase["central_seq"], rebase["central_sha256"]) != held:
            raise AuditChainBroken("Pakken vil fortsætte logkæden fra en tidligere post, men "
                                   "nævner ikke den post, jobcentret sidst kvitterede for.")
        if previous != GENESIS_ANCHOR and session.execute(select(AcceptedAnchor.id).where(
                AcceptedAnchor.device_id == device_id,
                AcceptedAnchor.audit_seq == previous.seq,
                AcceptedAnchor.audit_sha256 == previous.sha256).limit(1)).first() is None:
            raise AuditChainBroken("Pakken vil fortsætte logkæden fra logpost {seq}, som "
                                   "jobcentret aldrig har kvitteret for.", seq=previous.seq)
        rewind = (f"Logkæden er spolet tilbage fra post {held.seq} til post {previous.seq} "
                  f"(gendannet sikkerhedskopi); posterne efter {previous.seq} i den gamle "
                  f"gren findes kun hos jobcentret.")
    elif held is not None:
        previous = held
    elif rows:
        # the device's first anchor is taken on first use, when the entries that came with
        # it hold together: a workstation set up from a copy of a store continues a chain
        # whose start the central never saw, and before a first anchor nothing is provable
        first = min(rows, key=lambda row: row["seq"])
        previous = Anchor(first["seq"] - 1, first["prev_hash"])
    else:
        return new, ""
    check_continuity(previous, rows, new)
    return new, rewind


def judge_forwarded(session: Session, device_id: str, rows: list[dict]) -> Anchor | None:
    """Another member's audit chain, passed on in the signer's bundle (all chains replicate,
    issue 18): judged by its own device. Its entries must extend the last anchor held for that
    device (or, at first, hold together from where they start); the new anchor is its last
    entry, or None when the bundle brings nothing after what the central holds."""
    rows = _checked_rows(rows)
    _check_held_entries(session, rows)
    held = held_anchor(session, device_id)
    top = max(rows, key=lambda row: row["seq"])
    if held is not None:
        if top["seq"] <= held.seq:
            return None
        previous = held
    else:
        first = min(rows, key=lambda row: row["seq"])
        previous = Anchor(first["seq"] - 1, first["prev_hash"])
    new = Anchor(top["seq"], top["entry_hash"])
    check_continuity(previous, rows, new)
    return new


def accept(session: Session, device_id: str, bundle_seq: int, anchor: Anchor | None,
           *, office: str, bundle_id: str, rewind: str) -> None:
    if anchor is None:
        return
    session.add(AcceptedAnchor(device_id=device_id, bundle_seq=bundle_seq,
                               audit_seq=anchor.seq, audit_sha256=anchor.sha256,
                               accepted_at=_now()))
    if rewind:
        session.add(AuditAlarm(device_id=device_id, office=office, bundle_id=bundle_id,
                               kind="spolet tilbage", reason=rewind, detected_at=_now()))


def raise_alarm(session: Session, device_id: str, *, office: str, bundle_id: str,
                reason: str) -> None:
    """Keep a refusal for IT; call it in a transaction of its own, after the refused
    bundle's transaction was rolled back."""
    session.add(AuditAlarm(device_id=device_id, office=office, bundle_id=bundle_id,
                           kind="afvist", reason=reason[:2000], detected_at=_now()))


def alarms(session: Session) -> list[dict]:
    return [{"device_id": a.device_id, "office": a.office, "bundle_id": a.bundle_id,
             "kind": a.kind, "reason": a.reason, "detected_at": a.detected_at.isoformat()}
            for a in session.execute(select(AuditAlarm).order_by(AuditAlarm.id)).scalars()]
