"""Frames between two members inside their TLS connection (issue 23).

A frame is a 4-byte big-endian length, then one type byte and the payload (the length
counts both). Every frame type has a hard size limit and a schema; a frame that breaks
either, or that trickles in slower than the limits below (slow-loris), ends the
connection. Nothing of a frame is used before it has passed. Batches are the office batch
files of app.sync.office.batch, checked whole by services.peers.receive_batch."""

from __future__ import annotations

import asyncio
import json
import struct
from dataclasses import dataclass

from app.domain.errors import FremskudtError
from app.sync import schema
from app.sync.office import vv as vvs

PROTOCOL = 1
HELLO, READY, BATCH, PING = 1, 2, 3, 4
LIMITS = {HELLO: 512 * 1024, READY: 1024, BATCH: 64 * 1024 * 1024, PING: 0}
MAX_FRAME = max(LIMITS.values()) + 1
IDLE_TIMEOUT = 20.0  # seconds without a frame (pings come every PING_EVERY)
PING_EVERY = 5.0
FRAME_BASE_TIME = 5.0  # a frame's body must arrive within this ...
FRAME_MIN_RATE = 256 * 1024  # ... plus one second per this many bytes
_HEAD = struct.Struct(">IB")

HELLO_SPEC = schema.Obj({
    "proto": (PROTOCOL,),
    "office": schema.HEX64,
    "device": schema.HEX32,
    "nonce": schema.HEX64,
    "hlc": schema.Int(),
    "vv": schema.ListOf(schema.Str(52, r"[0-9a-f]{32}:[0-9]{1,19}", 34), 20000),
})
READY_SPEC = schema.Obj({"echo": schema.HEX64})


class FrameError(FremskudtError):
    """A frame that breaks the protocol: the connection is dropped."""


@dataclass(frozen=True)
class Hello:
    office: str  # sha256 of the office id (app.sync.office.lan_discovery.office_tag)
    device: str  # hex
    nonce: str
    hlc: int
    vv: vvs.VV

    def encode(self) -> bytes:
        return json.dumps({"proto": PROTOCOL, "office": self.office, "device": self.device,
                           "nonce": self.nonce, "hlc": self.hlc,
                           "vv": [f"{o}:{c}" for o, c in sorted(self.vv.items())]}).encode()

    @classmethod
    def decode(cls, data: bytes) -> Hello:
        doc = _json(data, HELLO_SPEC, "Hilsenen")
        vv: vvs.VV = {}
        for item in doc["vv"]:
            origin, counter = item.split(":")
            vv[origin] = int(counter)
        if any(c > schema.MAX_INT for c in vv.values()):
            raise FrameError("Hilsenen er ugyldig.")
        return cls(doc["office"], doc["device"], doc["nonce"], doc["hlc"], vv)


def ready(echo: str) -> bytes:
    return json.dumps({"echo": echo}).encode()


def ready_echo(data: bytes) -> str:
    return _json(data, READY_SPEC, "Svaret")["echo"]


def _json(data: bytes, spec: object, what: str) -> dict:
    try:
        return schema.load_json(data, spec, len(data), 4, what)
    except schema.SchemaError as exc:
        raise FrameError(exc.template, **exc.params) from None


def encode(kind: int, payload: bytes = b"") -> bytes:
    if len(payload) > LIMITS[kind]:
        raise FrameError("Rammen er større end tilladt.")
    return _HEAD.pack(len(payload) + 1, kind) + payload


async def receive(reader: asyncio.StreamReader, idle: float = IDLE_TIMEOUT
                  ) -> tuple[int, bytes]:
    """The next frame (type, payload). Waits at most `idle` for it to begin; then its body
    must come at FRAME_MIN_RATE at least (slow-loris), or the connection is dropped."""
    head = await _exactly(reader, _HEAD.size, idle)
    length, kind = _HEAD.unpack(head)
    if kind not in LIMITS:
        raise FrameError("Ukendt rammetype {kind}.", kind=kind)
    if length < 1 or length - 1 > LIMITS[kind]:
        raise FrameError("Rammen er større end tilladt.")
    body = length - 1
    return kind, await _exactly(reader, body, FRAME_BASE_TIME + body / FRAME_MIN_RATE)


async def _exactly(reader: asyncio.StreamReader, size: int, seconds: float) -> bytes:
    if not size:
        return b""
    try:
        return await asyncio.wait_for(reader.readexactly(size), seconds)
    except TimeoutError:
        raise FrameError("Forbindelsen sendte for langsomt.") from None
    except asyncio.IncompleteReadError:
        raise FrameError("Forbindelsen blev lukket.") from None
