"""A simulated office for the convergence properties: members made by the real join through
a folder once (a template), copied per example, driven through the services, and exchanging
real batches (signed, encrypted) with chaos in between."""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.db import models as m
from app.db.store import open_account
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import casekeys, citizens, peers, peers_folder, peers_join, staff
from app.services.auth import load_user
from app.services.context import ServiceContext
from app.services.dropins import merge_citizens
from app.services.setup import setup_office
from app.sync.office import vv as vvs
from app.sync.office.batch import BatchRefused
from app.sync.office.origins import start_new_origin
from tests.conftest import ADMIN_PASSWORD, FAST

MAX_MEMBERS = 5


def make_template(root: Path, members: int = MAX_MEMBERS) -> list[Path]:
    """An office of `members` workstations joined through a folder; their data folders."""
    folder = root / "folder"
    folder.mkdir(parents=True)
    dirs = [root / f"m{i}" for i in range(members)]
    first = setup_office(DataPaths(dirs[0]), office_name="Kontoret", municipality="Kbh",
                         username="admin", full_name="Anna Admin", password=ADMIN_PASSWORD,
                         roles={Role.JOBKONSULENT}, kdf=FAST).ctx
    for index, data in enumerate(dirs[1:], start=1):
        code = peers_join.invite(first).code
        peers_join.request_join(DataPaths(data), folder, code, f"Station {index}")
        peers_folder.sync_folder(first, folder, lambda *_a: True)
        assert peers_join.complete_join(DataPaths(data), folder) is not None
    first.store.close()
    contexts = [open_member(d) for d in dirs]
    exchange(contexts)
    for ctx in contexts:
        ctx.store.close()
    return dirs


def open_member(data: Path) -> ServiceContext:
    paths = DataPaths(data)
    store, private = open_account(paths, "admin", ADMIN_PASSWORD)
    user = load_user(store, "admin")
    return ServiceContext(store, user, case_key=casekeys.open_case_key(store, "admin", private))


def deliver(ctx: ServiceContext, data: bytes) -> bool:
    try:
        return peers.receive_batch(ctx, data).status == "applied"
    except BatchRefused:
        return False


def exchange(contexts: list[ServiceContext], rounds: int = 10) -> int:
    """Everyone with everyone until nothing is left to send; returns the rounds taken."""
    for done in range(1, rounds + 1):
        sent = 0
        for a in contexts:
            for b in contexts:
                if a is b:
                    continue
                out = peers.make_batch(a, b.store.device_id)
                if out is not None:
                    sent += 1
                    deliver(b, out.data)
        if not sent:
            return done
    raise AssertionError("the exchange did not come to rest")


@dataclass
class Sim:
    root: Path
    contexts: list[ServiceContext]
    in_flight: list[tuple[int, bytes]] = field(default_factory=list)  # (recipient, data)
    snapshots: dict[int, Path] = field(default_factory=dict)
    made: list[tuple[int, str, str, str, int]] = field(default_factory=list)
    cprs: tuple[str, ...] = ("0101901234", "0202802345", "0303703456")

    @classmethod
    def start(cls, template: list[Path], root: Path, members: int) -> Sim:
        dirs = []
        for index in range(members):
            target = root / f"m{index}"
            shutil.copytree(template[index], target)
            dirs.append(target)
        return cls(root, [open_member(d) for d in dirs])

    def close(self) -> None:
        for ctx in self.contexts:
            ctx.store.close()

    def _remember(self, who: int, table: str, row_id: uuid.UUID) -> None:
        ctx = self.contexts[who]
        with ctx.store.sessions() as session:
            row = session.connection().exec_driver_sql(
                f"SELECT row_vv FROM {table} WHERE id = ?", (row_id.hex,)).first()
            if row is not None:
                self.made.append((who, table, row_id.hex, ctx.store.origin_id.hex,
                                  vvs.parse(row[0])[ctx.store.origin_id.hex]))

    def _citizens(self, who: int) -> list[uuid.UUID]:
        with self.contexts[who].store.sessions() as session:
            return list(session.execute(select(m.Citizen.id).order_by(m.Citizen.id))
                        .scalars())

    # -- operations -----------------------------------------------------------------------
    def create(self, who: int, name: str, cpr_index: int | None) -> None:
        cpr = self.cprs[cpr_index] if cpr_index is not None else None
        with self.contexts[who].store.sessions() as session:
            if cpr and session.execute(select(m.Citizen.id).where(
                    m.Citizen.cpr == cpr)).first():
                cpr = None  # the service refuses a known CPR; another member may hold it
        made = citizens.create(self.contexts[who], first_name=name, cpr=cpr)
        self._remember(who, "citizen", made.id)

    def edit(self, who: int, pick: int, phone: str) -> None:
        ids = self._citizens(who)
        if not ids:
            return
        target = ids[pick % len(ids)]
        with self.contexts[who].transaction() as session:
            session.get(m.Citizen, target).phone = phone
        self._remember(who, "citizen", target)

    def contact(self, who: int, pick: int, note: str) -> None:
        ids = self._citizens(who)
        if not ids:
            return
        import datetime as dt

        from app.domain.enums import ContactChannel, ContactKind
        with self.contexts[who].transaction() as session:
            entry = m.ContactEntry(citizen_id=ids[pick % len(ids)],
                                   occurred_at=dt.datetime(2026, 5, 1, tzinfo=dt.UTC),
                                   kind=ContactKind.SAMTALE,
                                   channel=ContactChannel.TELEFON, note=note)
            session.add(entry)
            session.flush()
            entry_id = entry.id
        self._remember(who, "contact_entry", entry_id)

    def delete(self, who: int, pick: int) -> None:
        ids = self._citizens(who)
        if not ids:
            return
        target = ids[pick % len(ids)]
        with self.contexts[who].transaction() as session:
            # as the retention deletion does: the citizen's records, then the citizen
            for entry in session.execute(select(m.ContactEntry).where(
                    m.ContactEntry.citizen_id == target)).scalars():
                session.delete(entry)
            session.flush()
            session.delete(session.get(m.Citizen, target))

    def merge(self, who: int, pick: int) -> None:
        ids = self._citizens(who)
        if len(ids) < 2:
            return
        keep = ids[pick % len(ids)]
        other = ids[(pick + 1) % len(ids)]
        merge_citizens(self.contexts[who], keep, other)

    def staff_change(self, who: int, pick: int) -> None:
        ctx = self.contexts[who]
        accounts = [a for a in staff.list_accounts(ctx) if a.username != "admin"]
        if pick % 3 == 0 or not accounts:
            made = staff.create_account(ctx, username=f"s{who}x{len(self.made)}",
                                        full_name="Sara Staff", password="sara-kode-1234",
                                        roles={Role.SKRANKE}, kdf=FAST)
            self._remember(who, "staff_account", made.id)
        elif pick % 3 == 1:
            account = accounts[pick % len(accounts)]
            staff.set_roles(ctx, account.username, {Role.JOBFORMIDLER})
            self._remember(who, "staff_account", account.id)
        else:
            account = accounts[pick % len(accounts)]
            with ctx.transaction() as session:
                session.get(m.StaffAccount, account.id).active = False
            self._remember(who, "staff_account", account.id)

    def send(self, sender: int, recipient: int, fate: str) -> None:
        """One batch, delivered, duplicated, held back (resent later) or reordered."""
        if sender == recipient:
            return
        out = peers.make_batch(self.contexts[sender], self.contexts[recipient].store.device_id)
        if out is None:
            return
        if fate == "deliver":
            deliver(self.contexts[recipient], out.data)
        elif fate == "duplicate":
            deliver(self.contexts[recipient], out.data)
            deliver(self.contexts[recipient], out.data)
        else:  # "hold": dropped now, resent (in another order) by `resend`
            self.in_flight.append((recipient, out.data))

    def resend(self) -> None:
        held, self.in_flight = self.in_flight[::-1], []
        for recipient, data in held:
            deliver(self.contexts[recipient], data)

    def backup(self, who: int) -> None:
        store = self.contexts[who].store
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        target = self.root / f"snapshot{who}.db"
        shutil.copyfile(store.paths.store, target)
        self.snapshots[who] = target

    def restore(self, who: int) -> None:
        """Member `who` is restored from its older backup (what it made since is lost
        unless it reached another member)."""
        if who not in self.snapshots:
            return
        paths = self.contexts[who].store.paths
        self.contexts[who].store.close()
        for suffix in ("-wal", "-shm"):
            Path(str(paths.store) + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.snapshots[who], paths.store)
        self.contexts[who] = open_member(paths.root)
        start_new_origin(self.contexts[who].store)
        self.made = [x for x in self.made if x[0] != who or self._still_held(who, x)]

    def _still_held(self, who: int, made: tuple) -> bool:
        return self.incorporated(self.contexts[who], made)

    # -- what is checked ------------------------------------------------------------------
    @staticmethod
    def incorporated(ctx: ServiceContext, made: tuple) -> bool:
        _who, table, row_id, origin, counter = made
        with ctx.store.sessions() as session:
            conn = session.connection()
            for source in (table, "tombstone"):
                row = conn.exec_driver_sql(f"SELECT row_vv, version_device, version_counter "
                                           f"FROM {source} WHERE id = ?", (row_id,)).first()
                if row is not None:
                    return vvs.of_row(*row).get(origin, 0) >= counter
            pending = session.get(m.PendingRow, row_id)
            return pending is not None and vvs.parse(
                json.loads(pending.data)["row_vv"]).get(origin, 0) >= counter

    def reached_others(self, made: tuple) -> bool:
        return any(self.incorporated(ctx, made) for i, ctx in enumerate(self.contexts)
                   if i != made[0])
