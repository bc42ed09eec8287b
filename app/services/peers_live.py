"""Live sync between the office's workstations over the LAN (issue 23): the API the app and
`fremskudt peers serve|status` use. Qt-free.

How the UI uses it:

- At start (app/ui/application.py): `app_live = peers_live.AppLiveSync(ctx)` (the window's
  `live_sync`) starts it in a background thread; `app_live.live` is then the running
  `LiveSync`, or stays None when the office has one member (nothing to talk to), and
  `app_live.on_ready(live)` is called from that thread. LiveSync runs in its
  own threads (one asyncio loop for the network, one thread for the store) and never
  blocks the caller; it keeps running behind the idle lock. `app_live.stop()` when the
  window closes, before the store is closed.
- `live.on_change`: set it to a callable; it is called from the transport's thread whenever
  a member comes or goes or a batch was applied. Never touch a widget there: emit a Qt
  signal (queued to the GUI thread) and refresh from it.
- `live.status()` -> list[MemberStatus] (every member: online, last contact, changes
  waiting each way, open conflicts) and `live.summary()` -> Summary (the status bar: "in
  sync", "syncing", "offline since", "conflicts"). Both read a few small tables: call them
  off the GUI thread (common.run_for) or from a slow timer.
- `live.sync_now()`: send every member what it lacks and retry the members that are down
  at once (the backoff starts over). Returns at once.
- `stored_addresses(ctx)` / `set_stored_addresses(ctx, ["host:port", ...])`: addresses
  typed by hand for networks that block multicast (administrator); `live.add_address()`
  tries one at once.
- Without a running LiveSync (another process serves): `status(ctx)` reads what the serving
  process stored; it works on a read-only login.

The port is DEFAULT_PORT (TCP); docs/office-sync.md "Over the LAN" has the protocol."""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db import models as m
from app.domain.enums import AuditAction
from app.domain.errors import ValidationError
from app.domain.roles import Permission
from app.services import audit, peers
from app.services.context import ServiceContext
from app.services.peers_lan import STATUS_EVERY, STATUS_SETTING, LanNode, NodeState
from app.sync.office import local
from app.sync.office import vv as vvs
from app.sync.office.lan_discovery import Discovery, is_loopback

log = logging.getLogger(__name__)
DEFAULT_PORT = 47310
ADDRESSES_SETTING = "office_lan_peers"
MAX_ADDRESSES = 50


@dataclass(frozen=True)
class MemberStatus:
    device_id: uuid.UUID
    name: str
    letter: str
    this_device: bool
    revoked: bool
    online: bool
    last_contact: dt.datetime | None
    address: str
    waiting_out: int  # changes here the member lacks (as far as it last told)
    waiting_in: int  # changes the member has that are not here
    open_conflicts: int  # open conflicts whose losing version came from this member


@dataclass(frozen=True)
class Summary:
    state: str  # "in_sync", "syncing", "offline", "conflicts"
    since: dt.datetime | None  # "offline": the last contact with any member
    conflicts: int
    online: int  # other members connected now


def parse_address(text: str) -> tuple[str, int]:
    host, sep, port = (text or "").strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536 \
            or len(host) > 253 or any(c.isspace() for c in host):
        raise ValidationError("{address} er ikke en adresse som 192.168.1.20:{port}.",
                              field="address", address=text[:80], port=DEFAULT_PORT)
    return host, int(port)


def stored_addresses(ctx: ServiceContext) -> list[str]:
    with ctx.store.sessions() as session:
        row = session.get(m.LocalSetting, ADDRESSES_SETTING)
    try:
        items = json.loads(row.value) if row else []
    except ValueError:
        return []
    return [a for a in items if isinstance(a, str)][:MAX_ADDRESSES]


def set_stored_addresses(ctx: ServiceContext, addresses: list[str]) -> list[str]:
    """The members' addresses typed by hand (administrator); each checked."""
    ctx.require(Permission.ADMIN)
    if len(addresses) > MAX_ADDRESSES:
        raise ValidationError("Højst {count} adresser.", field="address", count=MAX_ADDRESSES)
    clean = [f"{h}:{p}" for h, p in (parse_address(a) for a in addresses)]
    with ctx.transaction() as session:
        session.merge(m.LocalSetting(key=ADDRESSES_SETTING, value=json.dumps(clean)))
        audit.record(ctx, session, AuditAction.CHANGE, object_type="workstation",
                     detail=f"adresser til kontorets net: {len(clean)}")
    return clean


def member_count(ctx: ServiceContext) -> int:
    with ctx.store.sessions() as session:
        return session.execute(select(func.count()).select_from(m.Workstation).where(
            m.Workstation.revoked_at.is_(None))).scalar_one()


class LiveSync:
    """The running live sync of one workstation (see the module's docstring)."""

    def __init__(self, ctx: ServiceContext, listen: tuple[str, int] | None,
                 peer_addresses: list[tuple[str, int]], discovery: bool = True) -> None:
        self.ctx = ctx
        self.on_change: Callable[[], None] = lambda: None
        self.node = LanNode(ctx, listen, peer_addresses, self._changed)
        self.discovery: Discovery | None = None
        self._want_discovery = discovery and listen is not None and not is_loopback(
            listen[0])

    def start(self) -> LiveSync:
        self.node.start()
        if self._want_discovery:
            try:
                self.discovery = Discovery(self.node.tag, self.node.me, self.node.listen[0],
                                           self.node.port, self._found)
            except OSError as exc:  # no multicast here: typed addresses still work
                log.warning("office LAN discovery unavailable: %s", type(exc).__name__)
        return self

    def stop(self) -> None:
        if self.discovery is not None:
            self.discovery.close()
            self.discovery = None
        self.node.stop()

    @property
    def port(self) -> int:
        return self.node.port

    def _found(self, device: uuid.UUID, host: str, port: int) -> None:
        if device in self.node.members:  # only members of this office are talked to
            self.node.add_target(host, port, device)

    def _changed(self) -> None:
        self.on_change()

    def sync_now(self) -> None:
        self.node.sync_now()

    def add_address(self, text: str) -> None:
        self.node.add_target(*parse_address(text))

    def status(self) -> list[MemberStatus]:
        return status(self.ctx, self.node.snapshot())

    def summary(self) -> Summary:
        now = self.node.snapshot()
        return summarize(status(self.ctx, now), now.syncing)


def start_for_app(ctx: ServiceContext, port: int = DEFAULT_PORT, host: str = "0.0.0.0"
                  ) -> LiveSync | None:
    """Live sync for the open app, when the office has another member: listens on every
    interface at `port` (or any free port when it is taken, e.g. a second copy of the app
    on this machine; discovery tells the others which), announces itself, and talks to
    the members it hears of and to the addresses stored by hand."""
    if member_count(ctx) < 2:
        return None
    targets = [parse_address(a) for a in stored_addresses(ctx)]
    for listen_port in (port, 0):
        try:
            return LiveSync(ctx, (host, listen_port), targets).start()
        except OSError as exc:
            log.warning("office LAN port %s unavailable: %s", listen_port,
                        type(exc).__name__)
    return None


class AppLiveSync:
    """Live sync for the open app, started in a background thread (reading the member list,
    binding the port and starting discovery never hold up the window). `live` is the
    running LiveSync once started (None before, or for a one-member office); `on_ready`
    is called from that thread with it. `stop()` before the store is closed."""

    def __init__(self, ctx: ServiceContext, port: int = DEFAULT_PORT,
                 host: str = "0.0.0.0") -> None:
        self.live: LiveSync | None = None
        self.on_ready: Callable[[LiveSync | None], None] = lambda _live: None
        self._stopped = False
        self._thread = threading.Thread(target=self._start, args=(ctx, port, host),
                                        name="fremskudt-lan-start", daemon=True)
        self._thread.start()

    def _start(self, ctx: ServiceContext, port: int, host: str) -> None:
        try:
            live = start_for_app(ctx, port, host)
        except Exception:  # the app works without the LAN; the folder remains
            log.exception("office LAN not started")
            live = None
        self.live = live
        if self._stopped and live is not None:
            live.stop()
            self.live = None
            return
        self.on_ready(live)

    def stop(self) -> None:
        self._stopped = True
        self._thread.join(30)
        if self.live is not None:
            self.live.stop()
            self.live = None


def _stored_state(session) -> NodeState:
    """What a serving process (maybe another one) stored; nobody online when it has not
    written for a while (it stopped)."""
    row = session.get(m.LocalSetting, STATUS_SETTING)
    state = NodeState()
    try:
        doc = json.loads(row.value) if row else {}
        contact = {uuid.UUID(hex=k): dt.datetime.fromisoformat(v)
                   for k, v in doc.get("last_contact", {}).items()}
        updated = dt.datetime.fromisoformat(doc["updated"]) if doc.get("updated") else None
    except (ValueError, TypeError, AttributeError, KeyError):
        return state
    state.last_contact = contact
    fresh = updated is not None and (dt.datetime.now(dt.UTC) - updated).total_seconds() \
        < 3 * STATUS_EVERY + 2
    if fresh:
        state.online = {uuid.UUID(hex=d) for d in doc.get("online", [])}
        state.addresses = {uuid.UUID(hex=k): v for k, v in doc.get("addresses", {}).items()}
    return state


def status(ctx: ServiceContext, now: NodeState | None = None) -> list[MemberStatus]:
    """Every member of the office as this workstation sees it. `now`: the running
    transport's state; without it, what a serving process stored."""
    me = peers.me_of(ctx)
    with ctx.store.sessions() as session:
        now = now if now is not None else _stored_state(session)
        mine = local.declared_vv(session, me)
        states = {s.device_id: s for s in session.execute(select(m.PeerState)).scalars()}
        conflicts = dict(session.execute(select(m.Conflict.loser_device, func.count())
                                         .where(m.Conflict.resolution == "")
                                         .group_by(m.Conflict.loser_device)).all())
        stations = list(session.execute(select(m.Workstation).order_by(
            m.Workstation.letter, m.Workstation.name)).scalars())
    out = []
    for w in stations:
        this = w.id == ctx.store.device_id
        state = states.get(w.id)
        theirs = vvs.parse(state.known_vv) if state else {}
        contact = now.last_contact.get(w.id) or (state.last_in_at if state else None)
        out.append(MemberStatus(
            w.id, w.name, w.letter, this, w.revoked_at is not None,
            this or w.id in now.online, contact, now.addresses.get(w.id, ""),
            0 if this else _lacking(mine, theirs), 0 if this else _lacking(theirs, mine),
            conflicts.get(w.id, 0)))
    return out


def _lacking(have: vvs.VV, other: vvs.VV) -> int:
    """Changes in `have` that `other` lacks, counted by change counters."""
    return sum(max(0, c - other.get(o, 0)) for o, c in have.items())


def summarize(members: list[MemberStatus], syncing: int = 0) -> Summary:
    others = [s for s in members if not s.this_device and not s.revoked]
    conflicts = sum(s.open_conflicts for s in members)
    online = [s for s in others if s.online]
    contacts = [s.last_contact for s in others if s.last_contact is not None]
    if conflicts:
        state = "conflicts"
    elif others and not online:
        state = "offline"
    elif syncing or any(s.waiting_out or s.waiting_in for s in online):
        state = "syncing"
    else:
        state = "in_sync"
    return Summary(state, max(contacts) if state == "offline" and contacts else None,
                   conflicts, len(online))
