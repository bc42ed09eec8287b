"""The app's live sync (issue 23): started behind the window only when the office has another
member, its status and summary, typed addresses checked, and sync now. Loopback only."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.domain.errors import ValidationError
from app.services import peers_live
from tests.sync.lan_office import (
    copy_office,
    labels,
    lan_template,  # noqa: F401 - fixture
    open_member,
    register,
    wait_for,
)


def test_a_one_member_office_starts_nothing(office) -> None:
    app_live = peers_live.AppLiveSync(office.admin, port=0, host="127.0.0.1")
    app_live._thread.join(10)
    assert app_live.live is None
    app_live.stop()


def test_the_app_syncs_behind_the_window(lan_template, tmp_path: Path) -> None:  # noqa: F811
    a, b, _c = (open_member(d) for d in copy_office(lan_template, tmp_path))
    ready = threading.Event()
    app_live = peers_live.AppLiveSync(a, port=0, host="127.0.0.1")
    app_live.on_ready = lambda _live: ready.set()
    try:
        assert ready.wait(10) and app_live.live is not None
        summary = app_live.live.summary()
        assert summary.state == "offline" and summary.online == 0
        with pytest.raises(ValidationError):
            peers_live.set_stored_addresses(a, ["ikke en adresse"])
        port = app_live.live.port
        assert peers_live.set_stored_addresses(a, [f" 127.0.0.1:{port}"]) == [
            f"127.0.0.1:{port}"]
        other = peers_live.start_for_app(b, port=0, host="127.0.0.1")
        assert other is not None
        changes: list[int] = []
        app_live.live.on_change = lambda: changes.append(1)
        other.add_address(f"127.0.0.1:{port}")
        other.sync_now()
        register(b, "Fra B")
        wait_for(lambda: "Fra B" in labels(a), 3)
        assert changes
        rows = {s.device_id: s for s in app_live.live.status()}
        assert rows[b.store.device_id].online and rows[a.store.device_id].this_device
        assert not rows[b.store.device_id].revoked
        wait_for(lambda: app_live.live.summary().state == "offline" or
                 app_live.live.summary().online == 1, 3)
        other.stop()
        wait_for(lambda: not {s.device_id: s for s in app_live.live.status()}[
            b.store.device_id].online, 3)
    finally:
        app_live.stop()
        a.store.close()
        b.store.close()
        _c.store.close()


def test_only_announcements_of_this_office_count() -> None:
    import uuid

    from app.sync.office.lan_discovery import is_loopback, office_tag, parse_announcement

    office, device = uuid.uuid4(), uuid.uuid4()
    tag = office_tag(office)
    assert len(tag) == 64 and str(office) not in tag
    assert parse_announcement({b"office": tag.encode(), b"device": device.hex.encode()},
                              tag) == device
    assert parse_announcement({b"office": office_tag(uuid.uuid4()).encode(),
                               b"device": device.hex.encode()}, tag) is None
    assert parse_announcement({b"office": tag.encode(), b"device": b"z" * 32}, tag) is None
    assert parse_announcement({b"office": tag.encode()}, tag) is None
    assert is_loopback("127.0.0.3") and is_loopback("localhost")
    assert not is_loopback("192.168.1.20") and not is_loopback("0.0.0.0")
