"""The office LAN transport (issue 23): one asyncio loop in a background thread holds every
connection; every store access runs on one database thread, one short transaction at a
time. docs/office-sync.md "Over the LAN" describes the protocol; the UI and the CLI use
app.services.peers_live."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import secrets
import ssl
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.db import models as m
from app.domain.errors import FremskudtError
from app.services import peers
from app.services.context import ServiceContext
from app.sync.office import lan_frames as fr
from app.sync.office import lan_tls, local
from app.sync.office import vv as vvs
from app.sync.office.lan_discovery import office_tag

log = logging.getLogger(__name__)
HANDSHAKE_TIMEOUT = 5.0
POLL_EVERY = 0.1  # the device clock is read this often: a local commit is pushed at once
BACKOFF_FIRST, BACKOFF_MAX = 0.5, 10.0
MAX_CONNECTIONS = 64
STATUS_SETTING = "office_lan_status"  # local_setting: what `peers status` reads
STATUS_EVERY = 2.0


@dataclass
class Link:
    device: uuid.UUID
    address: str
    writer: asyncio.StreamWriter
    initiator: uuid.UUID
    dirty: bool = True


@dataclass
class Target:
    host: str
    port: int
    device: uuid.UUID | None = None
    next_try: float = 0.0
    backoff: float = BACKOFF_FIRST
    dialing: bool = False


@dataclass
class NodeState:
    """What the transport knows, for the status (copied under the lock)."""

    online: set[uuid.UUID] = field(default_factory=set)
    last_contact: dict[uuid.UUID, dt.datetime] = field(default_factory=dict)
    addresses: dict[uuid.UUID, str] = field(default_factory=dict)
    syncing: int = 0  # batches being applied or written right now


class LanNode:
    """Live sync with the other members over TLS. `start()` returns once listening (or
    raises OSError); `stop()` closes every connection and waits for the store work in
    hand, which is one transaction, so nothing is ever half applied."""

    def __init__(self, ctx: ServiceContext, listen: tuple[str, int] | None,
                 targets: list[tuple[str, int]], on_change: Callable[[], None] | None = None
                 ) -> None:
        self.ctx = ctx
        self.listen = listen
        self.me = ctx.store.device_id
        self.on_change = on_change or (lambda: None)
        self.targets = {f"{h}:{p}": Target(h, p) for h, p in targets}
        self.links: dict[uuid.UUID, Link] = {}
        self.state = NodeState()
        self.lock = threading.Lock()
        self.members: lan_tls.Members = {}
        self.tag = ""
        self.key: Ed25519PrivateKey | None = None
        self._db = ThreadPoolExecutor(1, thread_name_prefix="fremskudt-lan-db")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="fremskudt-lan", daemon=True)
        self._ready = threading.Event()
        self._failed: BaseException | None = None
        self._stopping: asyncio.Event | None = None
        self._wake: asyncio.Event | None = None
        self._tasks: set[asyncio.Task] = set()
        self._token = ""
        self.port = listen[1] if listen else 0

    # -- the thread -----------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()
        self._ready.wait()
        if self._failed is not None:
            self._thread.join()
            raise self._failed

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread.is_alive() and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
            self._thread.join(timeout)
        self._db.shutdown(wait=True)

    def sync_now(self) -> None:
        """Send every member what it lacks now, and try the members that are down now."""
        def poke() -> None:
            for target in self.targets.values():
                target.next_try, target.backoff = 0.0, BACKOFF_FIRST
            for link in self.links.values():
                link.dirty = True
            if self._wake is not None:
                self._wake.set()
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(poke)

    def add_target(self, host: str, port: int, device: uuid.UUID | None = None) -> None:
        def add() -> None:
            key = f"{host}:{port}"
            if key not in self.targets:
                self.targets[key] = Target(host, port, device)
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(add)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._main())
        except BaseException as exc:  # reported to start(); logged when later
            if not self._ready.is_set():
                self._failed = exc
                self._ready.set()
            else:
                log.exception("office LAN stopped")
        finally:
            self._loop.close()

    async def _main(self) -> None:
        self._stopping, self._wake = asyncio.Event(), asyncio.Event()
        await self._db_call(self._load_identity)
        await self._db_call(self._refresh)
        self._contexts()
        server = None
        if self.listen is not None:
            server = await asyncio.start_server(self._accepted, self.listen[0],
                                                self.listen[1], reuse_address=True)
            self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        log.info("office LAN listening on port %s", self.port)
        pump = asyncio.create_task(self._pump())
        await self._stopping.wait()
        pump.cancel()
        if server is not None:
            server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(pump, *self._tasks, return_exceptions=True)
        if server is not None:
            await server.wait_closed()
        await self._db_call(self._persist_stopped)
        log.info("office LAN stopped")

    def _spawn(self, coro) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _db_call(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._db, fn, *args)

    # -- the store (on the database thread) ----------------------------------------------
    def _load_identity(self) -> None:
        with self.ctx.store.sessions() as session:
            device = session.get(m.LocalDevice, self.me)
            self.key = Ed25519PrivateKey.from_private_bytes(device.signing_key_private)
            self.tag = office_tag(session.execute(select(m.Office.id)).scalar_one())

    def _refresh(self) -> tuple[bool, bool]:
        """(members changed, this store changed) since the last call."""
        with self.ctx.store.sessions() as session:
            members = {w.id: bytes(w.signing_key_public)
                       for w in peers.active_members(session)}
            token = vvs.text(local.declared_vv(session, peers.me_of(self.ctx)))
        changed = members != self.members
        self.members = members
        grew, self._token = token != self._token, token
        return changed, grew

    def _hello(self) -> fr.Hello:
        me = peers.me_of(self.ctx)
        with self.ctx.store.sessions.begin() as session:
            clock = session.get(m.DeviceClock, self.me)
            stamp = max(clock.hlc + 1, local.physical_hlc())
            local.observe_hlc(session, me, stamp)
            mine = local.declared_vv(session, me)
        return fr.Hello(self.tag, self.me.hex, secrets.token_hex(32), stamp, mine)

    def _learn(self, device: uuid.UUID, hello: fr.Hello) -> None:
        """What the peer has, as it said a moment ago over the authenticated channel: the
        base of the next batch to it (the newest declaration by its clock wins)."""
        with self.ctx.store.sessions.begin() as session:
            state = peers._peer_state(session, device)
            if hello.hlc > state.known_hlc:
                state.known_vv, state.known_hlc = vvs.text(hello.vv), hello.hlc

    def _contexts(self) -> None:
        self.server_ctx = lan_tls.make_context(True, self.me, self.key, self.members)
        self.client_ctx = lan_tls.make_context(False, self.me, self.key, self.members)

    # -- the pump: local changes out, members in and out ---------------------------------
    async def _pump(self) -> None:
        last_ping = last_status = time.monotonic()
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), POLL_EVERY)
            self._wake.clear()
            changed, grew = await self._db_call(self._refresh)
            if changed:
                self._contexts()
                for device, link in list(self.links.items()):
                    if device not in self.members:
                        log.warning("office LAN: %s is no longer a member; closed", device)
                        link.writer.close()
            for link in list(self.links.values()):
                if grew:
                    link.dirty = True
                if link.dirty:
                    link.dirty = False
                    await self._send_batch(link)
            if time.monotonic() - last_ping >= fr.PING_EVERY:
                last_ping = time.monotonic()
                for link in list(self.links.values()):
                    link.writer.write(fr.encode(fr.PING))
            self._dial()
            if time.monotonic() - last_status >= STATUS_EVERY:
                last_status = time.monotonic()
                await self._db_call(self._persist)

    def _persist_stopped(self) -> None:
        with self.ctx.store.sessions.begin() as session:
            session.merge(m.LocalSetting(key=STATUS_SETTING, value=json.dumps(
                {"updated": "", "port": self.port, "online": [], "addresses": {},
                 "last_contact": {d.hex: t.isoformat()
                                  for d, t in self.snapshot().last_contact.items()}})))

    def _persist(self) -> None:
        """The transport's state in a local setting, for `peers status` in another process
        (read-only there); `updated` tells whether the transport still runs."""
        now = self.snapshot()
        doc = {"updated": dt.datetime.now(dt.UTC).isoformat(), "port": self.port,
               "online": sorted(d.hex for d in now.online),
               "last_contact": {d.hex: t.isoformat() for d, t in now.last_contact.items()},
               "addresses": {d.hex: a for d, a in now.addresses.items()}}
        with self.ctx.store.sessions.begin() as session:
            session.merge(m.LocalSetting(key=STATUS_SETTING, value=json.dumps(doc)))

    async def _send_batch(self, link: Link) -> None:
        try:
            out = await self._db_call(peers.make_batch, self.ctx, link.device)
        except FremskudtError as exc:
            log.warning("office LAN: no batch for %s: %s", link.device, exc.template)
            return
        if out is None or link.writer.is_closing():
            return
        link.writer.write(fr.encode(fr.BATCH, out.data))
        try:
            await asyncio.wait_for(link.writer.drain(), fr.FRAME_BASE_TIME
                                   + len(out.data) / fr.FRAME_MIN_RATE)
        except (TimeoutError, OSError):
            link.writer.close()

    # -- connections ----------------------------------------------------------------------
    def _dial(self) -> None:
        now = time.monotonic()
        for target in self.targets.values():
            if target.dialing or now < target.next_try or target.device in self.links:
                continue
            target.dialing = True
            self._spawn(self._connect(target))

    async def _connect(self, target: Target) -> None:
        address = f"{target.host}:{target.port}"
        started = time.monotonic()
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(
                target.host, target.port, ssl=self.client_ctx, server_hostname="",
                ssl_handshake_timeout=HANDSHAKE_TIMEOUT), HANDSHAKE_TIMEOUT + 1)
        except (OSError, TimeoutError, ssl.SSLError) as exc:
            self._retry_later(target, started)
            log.debug("office LAN: %s not reached: %s", address, type(exc).__name__)
            return
        try:
            await self._session(reader, writer, address, self.me, target)
        finally:
            self._retry_later(target, started)

    def _retry_later(self, target: Target, started: float) -> None:
        if time.monotonic() - started > 2 * BACKOFF_MAX:
            target.backoff = BACKOFF_FIRST  # it was up for a while: try again soon
        target.next_try = time.monotonic() + target.backoff
        target.backoff = min(target.backoff * 2, BACKOFF_MAX)
        target.dialing = False

    async def _accepted(self, reader: asyncio.StreamReader,
                        writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername") or ("?", 0)
        address = f"{peer[0]}:{peer[1]}"
        task = asyncio.current_task()
        self._tasks.add(task)
        try:
            if len(self._tasks) > MAX_CONNECTIONS:
                raise fr.FrameError("For mange forbindelser.")
            await writer.start_tls(self.server_ctx, ssl_handshake_timeout=HANDSHAKE_TIMEOUT)
        except (OSError, TimeoutError, ssl.SSLError, fr.FrameError) as exc:
            log.warning("office LAN: connection from %s refused in the handshake: %s",
                        address, _reason(exc))
            writer.close()
            with contextlib.suppress(OSError, ssl.SSLError):
                await writer.wait_closed()
            self._tasks.discard(task)
            return
        await self._session(reader, writer, address, None, None)

    async def _session(self, reader, writer, address: str, initiator: uuid.UUID | None,
                       target: Target | None) -> None:
        device = None
        try:
            device = lan_tls.peer_device(writer.get_extra_info("ssl_object"), self.members)
            if device == self.me:
                raise lan_tls.PeerRefused("Forbindelsen er til denne arbejdsstation selv.")
            if target is not None:
                target.device = device
            await self._greet(reader, writer, device)
            link = Link(device, address, writer, initiator or device)
            if not self._register(link):
                return
            log.info("office LAN: connected to %s at %s", device, address)
            await self._read_loop(reader, link)
        except (FremskudtError, OSError, TimeoutError, ssl.SSLError) as exc:
            log.warning("office LAN: connection with %s dropped: %s", address, _reason(exc))
        finally:
            self._unregister(device, writer)
            writer.close()
            with contextlib.suppress(OSError, ssl.SSLError, TimeoutError):
                await asyncio.wait_for(writer.wait_closed(), 2)

    async def _greet(self, reader, writer, device: uuid.UUID) -> None:
        """Both say hello with their version vector and a fresh nonce; both echo the other's
        nonce, so a hello recorded from another connection is refused."""
        mine = await self._db_call(self._hello)
        writer.write(fr.encode(fr.HELLO, mine.encode()))
        kind, data = await fr.receive(reader, HANDSHAKE_TIMEOUT)
        if kind != fr.HELLO:
            raise fr.FrameError("Forbindelsen hilste ikke.")
        theirs = fr.Hello.decode(data)
        if theirs.office != self.tag or theirs.device != device.hex:
            raise lan_tls.PeerRefused("Hilsenen passer ikke til forbindelsens certifikat.")
        writer.write(fr.encode(fr.READY, fr.ready(theirs.nonce)))
        kind, data = await fr.receive(reader, HANDSHAKE_TIMEOUT)
        if kind != fr.READY or fr.ready_echo(data) != mine.nonce:
            raise fr.FrameError("Svaret gælder en anden forbindelse (genafspillet).")
        await self._db_call(self._learn, device, theirs)

    def _register(self, link: Link) -> bool:
        """One connection per member: of two, the one the lower device id opened stays."""
        old = self.links.get(link.device)
        if old is not None and not old.writer.is_closing():
            if old.initiator != link.initiator and old.initiator.int < link.initiator.int:
                return False
            old.writer.close()
        self.links[link.device] = link
        with self.lock:
            self.state.online.add(link.device)
            self.state.addresses[link.device] = link.address
            self.state.last_contact[link.device] = dt.datetime.now(dt.UTC)
        self._changed()
        return True

    def _unregister(self, device: uuid.UUID | None, writer) -> None:
        link = self.links.get(device) if device else None
        if link is not None and link.writer is writer:
            del self.links[device]
            with self.lock:
                self.state.online.discard(device)
            log.info("office LAN: %s disconnected", device)
            self._changed()

    async def _read_loop(self, reader, link: Link) -> None:
        while True:
            kind, data = await fr.receive(reader)
            with self.lock:
                self.state.last_contact[link.device] = dt.datetime.now(dt.UTC)
            if kind == fr.BATCH:
                with self.lock:
                    self.state.syncing += 1
                try:
                    result = await self._db_call(self._apply, data, link.address)
                finally:
                    with self.lock:
                        self.state.syncing -= 1
                log.info("office LAN: batch from %s %s, %d records", link.device,
                         result.status, result.records)
                self._wake.set()
                self._changed()
            elif kind != fr.PING:
                raise fr.FrameError("Uventet ramme.")

    def _apply(self, data: bytes, address: str) -> peers.InResult:
        return peers.receive_batch(self.ctx, data, source=f"LAN {address}")

    def _changed(self) -> None:
        try:
            self.on_change()
        except Exception:  # a status listener must not stop the transport
            log.exception("office LAN status listener failed")

    def snapshot(self) -> NodeState:
        with self.lock:
            return NodeState(set(self.state.online), dict(self.state.last_contact),
                             dict(self.state.addresses), self.state.syncing)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, FremskudtError):
        return exc.template
    return type(exc).__name__ + (f" {exc.reason}" if isinstance(exc, ssl.SSLError) else "")
