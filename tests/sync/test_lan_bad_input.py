"""Bad input on the office LAN (issue 23): garbage, a huge frame, a slow-loris connection and a
replayed handshake are each dropped with a log line, and the member keeps serving the others.
Everything on 127.0.0.1 only; no discovery (loopback)."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import ssl
import struct
import threading
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.db import models as m
from app.services import peers_lan, peers_live
from app.sync.office import lan_frames, lan_tls
from tests.sync.lan_office import (
    copy_office,
    labels,
    lan_template,  # noqa: F401 - fixture
    open_member,
    register,
    wait_for,
)


@pytest.fixture
def pair(lan_template, tmp_path: Path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(peers_lan, "HANDSHAKE_TIMEOUT", 1.0)
    monkeypatch.setattr(lan_frames, "FRAME_BASE_TIME", 1.0)
    dirs = copy_office(lan_template, tmp_path)
    a, b = open_member(dirs[0]), open_member(dirs[1])
    live_a = peers_live.LiveSync(a, ("127.0.0.1", 0), []).start()
    live_b = peers_live.LiveSync(b, ("127.0.0.1", 0), [("127.0.0.1", live_a.port)]).start()
    yield a, b, live_a, live_b
    live_b.stop()
    live_a.stop()
    a.store.close()
    b.store.close()


def _keeps_serving(a, b, label: str) -> None:
    register(b, label)
    wait_for(lambda: label in labels(a), 3)


def _member_socket(b, port: int) -> ssl.SSLSocket:
    """A TLS connection to A with B's real key: past the handshake, so frames are read."""
    with b.store.sessions() as session:
        key = Ed25519PrivateKey.from_private_bytes(
            session.get(m.LocalDevice, b.store.device_id).signing_key_private)
        members = {w.id: bytes(w.signing_key_public)
                   for w in session.query(m.Workstation).all()}
    ctx = lan_tls.make_context(False, b.store.device_id, key, members)
    return ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=5),
                           server_hostname=None)


def _closed_by_peer(sock: socket.socket, seconds: float = 5) -> bool:
    sock.settimeout(seconds)
    try:
        while sock.recv(65536):
            pass
    except (ssl.SSLError, OSError):
        pass
    return True


def test_garbage_huge_frame_slow_loris_and_replay_are_dropped(pair, caplog) -> None:
    a, b, live_a, _live_b = pair
    caplog.set_level(logging.INFO, logger="app")
    wait_for(lambda: b.store.device_id in live_a.node.snapshot().online, 5)
    _keeps_serving(a, b, "Før")

    # garbage instead of a TLS handshake
    with socket.create_connection(("127.0.0.1", live_a.port)) as raw:
        raw.sendall(os.urandom(4096))
        _closed_by_peer(raw)
    wait_for(lambda: "refused in the handshake" in caplog.text, 3)

    # a member's connection announcing a frame of 2 GB
    with _member_socket(b, live_a.port) as tls:
        tls.sendall(struct.pack(">IB", 2**31, lan_frames.BATCH))
        _closed_by_peer(tls)
    wait_for(lambda: "Rammen er større end tilladt." in caplog.text, 3)

    # slow-loris: a handshake one byte at a time, and a frame body that never comes
    with socket.create_connection(("127.0.0.1", live_a.port)) as raw:
        started = time.monotonic()
        raw.settimeout(0.3)
        try:
            for byte in bytes.fromhex("16030100"):
                raw.sendall(bytes([byte]))
                time.sleep(0.4)
            raw.recv(1)
        except OSError:
            pass
        _closed_by_peer(raw)
        assert time.monotonic() - started < 5
    with _member_socket(b, live_a.port) as tls:
        tls.sendall(struct.pack(">IB", 1001, lan_frames.BATCH) + b"x" * 10)
        _closed_by_peer(tls)
    wait_for(lambda: "Forbindelsen sendte for langsomt." in caplog.text, 5)

    # a replayed handshake: the bytes a real member sent, recorded and sent again
    recorded = _record_client_bytes(b, live_a.port)
    before = caplog.text.count("refused in the handshake")
    with socket.create_connection(("127.0.0.1", live_a.port)) as raw:
        raw.sendall(recorded)
        _closed_by_peer(raw)
    wait_for(lambda: caplog.text.count("refused in the handshake") > before, 3)

    # the member kept serving the other member all along
    assert b.store.device_id in live_a.node.snapshot().online
    _keeps_serving(a, b, "Efter")


def _record_client_bytes(b, port: int) -> bytes:
    """Everything a member's client sent through a recording relay during a real handshake
    and greeting with A."""
    relay = socket.socket()
    relay.bind(("127.0.0.1", 0))
    relay.listen(1)
    sent: list[bytes] = []

    def pipe(src, dst, keep) -> None:
        try:
            while data := src.recv(65536):
                if keep:
                    sent.append(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def serve() -> None:
        client, _ = relay.accept()
        upstream = socket.create_connection(("127.0.0.1", port))
        threads = [threading.Thread(target=pipe, args=(client, upstream, True)),
                   threading.Thread(target=pipe, args=(upstream, client, False))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        client.close()
        upstream.close()

    server = threading.Thread(target=serve)
    server.start()
    with _member_socket(b, relay.getsockname()[1]) as tls:
        tls.settimeout(3)
        tls.recv(5)  # A's hello begins: the handshake is done
    server.join(10)
    relay.close()
    assert sent
    return b"".join(sent)
