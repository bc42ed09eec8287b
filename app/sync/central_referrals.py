"""Referrals at the central jobcenter (issue 19 points 1-2): a validated referral list
(app/sync/referral_csv.py) stored per office, idempotently (a referral's id is derived from
the office, the CPR number and the referral date, so the same row imported again adds
nothing), and sent to the office in its next downsync bundle (app/sync/central_downsync.py),
encrypted to the office's workstations' age recipients as the central last received them."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import DateTime, Engine, Integer, String, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from app.db.keyring import atomic_write
from app.domain.errors import FremskudtError
from app.sync import central_audit
from app.sync.bundle import Part
from app.sync.central_downsync import Chain, build
from app.sync.central_models import Conflict, Device, Record
from app.sync.referral_csv import Referral

REFERRAL_NAMESPACE = uuid.UUID("5f0e8f0c-3d4b-4c35-9a53-2f3f4d1c9a19")
REFERRAL_COLUMNS = ["id", "cpr", "first_name", "last_name", "address", "benefit",
                    "activity_ready", "caseworker", "referred_on", "note"]
SENT, ACCEPTED, DECLINED = "sendt", "accepteret", "afvist"
ANSWER_TABLE = "jobcenter_referral"  # the office's inbox (app/db/models/jobcenter_referral.py)


class ReferralBase(DeclarativeBase):
    metadata = central_audit.CENTRAL_METADATA


class CentralReferral(ReferralBase):
    """One referral to one office, with its state as the office last answered it."""

    __tablename__ = "central_referral"
    referral_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36), index=True)
    data: Mapped[str] = mapped_column(Text)  # the referral's facts (JSON)
    referred_on: Mapped[str] = mapped_column(String(10))  # ISO date
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sent_seq: Mapped[int | None] = mapped_column(Integer)  # the downsync bundle that took it
    state: Mapped[str] = mapped_column(String(20), default=SENT)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")


class CentralDownsync(ReferralBase):
    """Where each office's chain of downsync bundles stands."""

    __tablename__ = "central_downsync"
    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sha256: Mapped[str] = mapped_column(String(64), default="")


@dataclass(frozen=True)
class Office:
    office_id: str  # canonical UUID text, as central_device holds it
    name: str


@dataclass(frozen=True)
class ReferralImport:
    added: int
    already: int
    bundle: Path | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def find_office(session: Session, text: str) -> Office:
    """The office by its name or id as `fremskudt-central stats` shows them."""
    wanted = text.strip()
    found = {}
    for d in session.execute(select(Device)).scalars():
        if wanted.casefold() in (d.office.casefold(), d.office_id.casefold(),
                                 d.office_id.replace("-", "").casefold()):
            found[d.office_id] = Office(d.office_id, d.office)
    if not found:
        raise FremskudtError("Kontoret {office} kendes ikke; se fremskudt-central stats.",
                             office=text)
    if len(found) > 1:
        raise FremskudtError("Flere kontorer hedder {office}; brug kontorets id.", office=text)
    return next(iter(found.values()))


def office_recipients(session: Session, office: Office) -> list[str]:
    """The age recipients of the office's workstations that are not revoked, from the member
    list the office sent (issue 18) and the central's own list of revoked devices."""
    revoked = {uuid.UUID(d.device_id).hex for d in session.execute(
        select(Device).where(Device.revoked_at.is_not(None))).scalars()}
    office_hex = uuid.UUID(office.office_id).hex
    recipients = []
    for (data,) in session.execute(select(Record.data).where(
            Record.table_name == "workstation", Record.deleted == 0)):
        row = json.loads(data)
        if uuid.UUID(str(row.get("office_id"))).hex != office_hex:
            continue
        if row.get("revoked_at") or uuid.UUID(str(row["id"])).hex in revoked:
            continue
        if row.get("age_recipient"):
            recipients.append(row["age_recipient"])
    if not recipients:
        raise FremskudtError("Jobcentret kender ingen arbejdsstation i {office}, der kan "
                             "modtage en pakke: indlæs først en pakke fra kontoret.",
                             office=office.name)
    return sorted(set(recipients))


def referral_id(office: Office, r: Referral) -> str:
    return uuid.uuid5(REFERRAL_NAMESPACE,
                      f"{uuid.UUID(office.office_id).hex}:{r.cpr}:{r.referred_on}").hex


def _facts(rid: str, r: Referral) -> list:
    return [rid, r.cpr, r.first_name, r.last_name, r.address, r.benefit.value,
            r.activity_ready, r.caseworker, r.referred_on.isoformat(), r.note]


def import_referrals(engine: Engine, office_text: str, referrals: list[Referral],
                     signing: Ed25519PrivateKey, out_dir: Path,
                     control: Callable[[Session, Office], list[Part]] | None = None
                     ) -> ReferralImport:
    """Store the referrals that are new for the office and write its next downsync bundle
    with them (no bundle when every one was imported before) and the parts `control` gives
    (the central's key rotations and revocations, app/sync/central_control.py)."""
    with Session(engine) as session, session.begin():
        office = find_office(session, office_text)
        new = []
        already = 0
        for r in referrals:
            rid = referral_id(office, r)
            if session.get(CentralReferral, rid) is not None:
                already += 1
                continue
            new.append((rid, r))
        if not new:
            return ReferralImport(0, already, None)
        recipients = office_recipients(session, office)
        chain_row = session.get(CentralDownsync, office.office_id, with_for_update=True)
        if chain_row is None:
            chain_row = CentralDownsync(office_id=office.office_id, last_seq=0, last_sha256="")
            session.add(chain_row)
        rows = [_facts(rid, r) for rid, r in new]
        parts = list(Part.split("referral", REFERRAL_COLUMNS, rows))
        parts += control(session, office) if control is not None else []
        name, data, digest = build(office.office_id, Chain(chain_row.last_seq,
                                                           chain_row.last_sha256),
                                   parts, signing, recipients, _now())
        seq = chain_row.last_seq + 1
        for (rid, r), facts in zip(new, rows, strict=True):
            session.add(CentralReferral(
                referral_id=rid, office_id=office.office_id,
                data=json.dumps(dict(zip(REFERRAL_COLUMNS, facts, strict=True)),
                                ensure_ascii=False),
                referred_on=r.referred_on.isoformat(), imported_at=_now(), sent_seq=seq,
                state=SENT, reason=""))
        chain_row.last_seq, chain_row.last_sha256 = seq, digest
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / name
        atomic_write(path, data)  # before the commit: a failed write stores nothing
    return ReferralImport(len(new), already, path)


def _answers(session: Session, ids: list[str]) -> dict[str, dict]:
    """The offices' answers from their upsync bundles: the inbox rows (table
    jobcenter_referral) as stored or kept as a conflict (another workstation answered), the
    latest answer of each."""
    versions = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        versions += [data for (data,) in session.execute(select(Record.data).where(
            Record.table_name == ANSWER_TABLE, Record.record_id.in_(chunk)))]
        versions += [data for (data,) in session.execute(select(Conflict.incoming_data).where(
            Conflict.table_name == ANSWER_TABLE, Conflict.record_id.in_(chunk)))]
    answers: dict[str, dict] = {}
    for data in versions:
        row = json.loads(data)
        if row.get("state") not in (ACCEPTED, DECLINED):
            continue
        key = uuid.UUID(str(row["id"])).hex
        if key not in answers or str(row.get("decided_at")) > str(answers[key]["decided_at"]):
            answers[key] = row
    return answers


def referral_states(engine: Engine, office_text: str | None = None) -> list[dict]:
    """Every referral with its state as the office last answered it (no CPR number, no
    name: id, office, date, bundle, state, the reason of a decline)."""
    with Session(engine) as session:
        query = select(CentralReferral).order_by(CentralReferral.referred_on,
                                                 CentralReferral.referral_id)
        if office_text is not None:
            query = query.where(CentralReferral.office_id == find_office(
                session, office_text).office_id)
        referrals = session.execute(query).scalars().all()
        answers = _answers(session, [r.referral_id for r in referrals])
    result = []
    for r in referrals:
        answer = answers.get(r.referral_id)
        result.append({"id": r.referral_id, "office_id": r.office_id, "henvist": r.referred_on,
                       "pakke": r.sent_seq, "status": answer["state"] if answer else r.state,
                       "besvaret": answer.get("decided_at") if answer else None,
                       "begrundelse": answer.get("decline_reason", "") if answer else ""})
    return result
