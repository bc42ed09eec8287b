"""Bad batches between members (issue 18): a foreign office, a revoked member, a replay, a
gap, a flipped byte and a truncated file. Each is refused whole with a Danish message and an
audit entry, and nothing of it is applied; a replay is skipped quietly."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from app.db import models as m
from app.db.migrate import head_revision
from app.services import citizens, peers, peers_folder
from app.sync.office import vv as vvs
from app.sync.office.batch import BatchRefused, Header, build_batch
from tests.sync.office_sim import Sim, make_template


@pytest.fixture(scope="module")
def template():
    with tempfile.TemporaryDirectory(prefix="fremskudt-office-") as tmp:
        yield make_template(Path(tmp))


@pytest.fixture
def sim(template, tmp_path):
    sim = Sim.start(template, tmp_path, 3)
    yield sim
    sim.close()


def _counts(ctx) -> tuple[int, int]:
    with ctx.store.sessions() as session:
        refused = session.execute(select(func.count()).select_from(m.AuditEntry).where(
            m.AuditEntry.object_type == "office_batch",
            m.AuditEntry.detail.like("pakke afvist%"))).scalar_one()
        people = session.execute(select(func.count()).select_from(m.Citizen)).scalar_one()
    return refused, people


def _refused(ctx, data: bytes, message: str) -> None:
    before = _counts(ctx)
    with pytest.raises(BatchRefused, match=message):
        peers.receive_batch(ctx, data)
    after = _counts(ctx)
    assert after == (before[0] + 1, before[1])  # audited, nothing applied


def test_flipped_byte_and_truncated_file_are_refused(sim) -> None:
    a, b = sim.contexts[0], sim.contexts[1]
    citizens.create(a, first_name="Amal")
    data = peers.make_batch(a, b.store.device_id).data
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    _refused(b, bytes(flipped), "Pakken kan ikke åbnes")
    _refused(b, data[:-40], "Pakken kan ikke åbnes")
    assert peers.receive_batch(b, data).status == "applied"
    assert _counts(b)[1] == 1


def test_a_replay_is_skipped_quietly(sim) -> None:
    a, b = sim.contexts[0], sim.contexts[1]
    citizens.create(a, first_name="Amal")
    data = peers.make_batch(a, b.store.device_id).data
    assert peers.receive_batch(b, data).status == "applied"
    before = _counts(b)
    assert peers.receive_batch(b, data).status == "already"
    assert _counts(b) == before


def test_a_foreign_office_is_refused(sim) -> None:
    b = sim.contexts[1]
    with b.store.sessions() as session:
        recipient = session.get(m.Workstation, b.store.device_id).age_recipient
    header = Header(uuid.uuid4().hex, uuid.uuid4(), uuid.uuid4(), 1, "", b.store.device_id,
                    {}, {}, {}, "", 1, "", head_revision())
    data = build_batch(header, {}, "Et andet kontor", "x", "2026-01-01T00:00:00", 1,
                       Ed25519PrivateKey.generate(), recipient)
    _refused(b, data, "andet kontor")


def test_a_revoked_member_is_refused_also_when_forwarded(sim) -> None:
    a, b, c = sim.contexts
    peers_folder.revoke(b, c.store.device_id.hex)
    citizens.create(c, first_name="Sent fra C")
    _refused(b, peers.make_batch(c, b.store.device_id).data, "spærret")
    # A has not heard of the revocation: it takes C's change and passes it on to B
    assert peers.receive_batch(a, peers.make_batch(c, a.store.device_id).data)
    result = peers.receive_batch(b, peers.make_batch(a, b.store.device_id).data)
    assert result.refused_versions >= 1
    assert citizens.search(b, "Sent") == []


def test_a_gap_is_refused_until_the_missing_changes_arrive(sim) -> None:
    a, b = sim.contexts[0], sim.contexts[1]
    citizens.create(a, first_name="Amal")
    with a.transaction() as session:  # A believes B already has a change it never got
        state = session.get(m.PeerState, b.store.device_id)
        known = vvs.parse(state.known_vv)
        known[a.store.device_id.hex] = known.get(a.store.device_id.hex, 0) + 1000
        state.known_vv = vvs.text(known)
    _refused(b, peers.make_batch(a, b.store.device_id, force=True).data,
             "en tidligere pakke mangler")
