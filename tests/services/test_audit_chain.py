"""The audit log is tamper-evident: verify-audit finds an edited, a deleted and a reordered
entry; the citizen's access log lists who touched the citizen's data. Issue 16 point 3: the
chain is anchored at the central, so a user with the store key who rewrites an entry and
recomputes the whole chain is caught by verify-audit (against the central's receipt) and by
the central (the next bundle is refused and flagged for its IT)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import AuditAction
from app.domain.roles import Role
from app.services import audit, citizens, course, sync
from app.sync import central
from tests.conftest import ADMIN_PASSWORD
from tests.sync.test_bundles import _connect, central_dir, central_secrets, hub

__all__ = ["central_dir", "central_secrets", "hub"]


def _busy(office):
    ctx = office.admin
    person = citizens.create(ctx, first_name="Amal", cpr="0101901234")
    for _ in range(3):
        citizens.get(ctx, person.id)
    return person


def _run(office, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FREMSKUDT_USER": "admin", "FREMSKUDT_PASSWORD": ADMIN_PASSWORD}
    return subprocess.run([sys.executable, "-m", "app", *args, "--data-dir",
                           str(office.paths.root)], capture_output=True, text=True, env=env,
                          check=False)


@pytest.mark.parametrize("tamper", ["edit", "delete", "reorder"])
def test_verify_audit_detects_tampering(office, tamper: str) -> None:
    _busy(office)
    assert audit.verify_chain(office.admin).ok
    engine = office.admin.store.engine
    with engine.begin() as conn:
        if tamper == "edit":
            conn.execute(text("UPDATE audit_entry SET detail = 'intet at se' WHERE seq = 3"))
        elif tamper == "delete":
            conn.execute(text("DELETE FROM audit_entry WHERE seq = 3"))
        else:
            conn.execute(text("UPDATE audit_entry SET seq = -1 WHERE seq = 3"))
            conn.execute(text("UPDATE audit_entry SET seq = 3 WHERE seq = 4"))
            conn.execute(text("UPDATE audit_entry SET seq = 4 WHERE seq = -1"))
    report = audit.verify_chain(office.admin)
    assert not report.ok
    office.admin.store.close()
    result = _run(office, "verify-audit")
    assert result.returncode == 1
    assert "brudt" in result.stdout


def test_verify_audit_passes_an_untouched_log(office) -> None:
    _busy(office)
    office.admin.store.close()
    result = _run(office, "verify-audit")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Logkæden er hel" in result.stdout
    assert "kun kontrolleret mod sig selv" in result.stdout  # no receipt to compare with yet


def test_the_citizens_access_log(office, tmp_path) -> None:
    person = _busy(office)
    other = office.add_staff("jonas", {Role.JOBFORMIDLER}, "Jonas Brandt")
    citizens.reveal_cpr(other, person.id)
    rows = audit.access_log(office.admin, person.id)
    assert {r.who for r in rows} == {"Anna Administrator", "Jonas Brandt"}
    assert AuditAction.REVEAL_CPR in [r.action for r in rows]
    pdf = course.access_log_document(office.admin, person.id)
    assert pdf.startswith(b"%PDF")


def _send(ctx, do_import, out, *, receipt: bool = True) -> central.ImportResult:
    result = do_import(sync.export_bundle(ctx, out).path)
    assert result.status == "imported"
    if receipt:
        sync.import_receipt(ctx, result.receipt.read_bytes())
    return result


def _rewrite_and_recompute(ctx, seq: int, *, travel: bool) -> None:
    """The attack: with the store key, change one entry and recompute every hash after it,
    so the chain holds together again. With `travel` the rows are changed through the ORM,
    so the change log stamps them and the next bundle carries the rewritten entries; without
    it, by plain SQL, so they stay at home."""
    with ctx.store.sessions.begin() as session:
        entries = session.execute(select(m.AuditEntry).where(m.AuditEntry.seq >= seq - 1)
                                  .order_by(m.AuditEntry.seq)).scalars().all()
        previous = entries[0].entry_hash
        rewritten = []
        for entry in entries[1:]:
            if entry.seq == seq:
                entry.detail = "intet at se"
            entry.prev_hash = previous
            entry.entry_hash = audit.entry_digest(entry)
            previous = entry.entry_hash
            rewritten.append((entry.id, entry.detail, entry.prev_hash, entry.entry_hash))
        if not travel:
            session.rollback()
    if not travel:
        with ctx.store.engine.begin() as conn:
            for entry_id, detail, prev_hash, entry_hash in rewritten:
                conn.execute(text("UPDATE audit_entry SET detail = :d, prev_hash = :p, "
                                  "entry_hash = :h WHERE id = :i"),
                             {"d": detail, "p": prev_hash, "h": entry_hash, "i": entry_id.hex})


@pytest.mark.parametrize("travel", [False, True], ids=["rows-at-home", "rows-travel"])
def test_a_rewritten_and_recomputed_chain_is_caught(office, hub, tmp_path, travel) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    out = tmp_path / "usb"
    out.mkdir()
    person = _busy(office)
    first = _send(ctx, do_import, out)
    report = audit.verify_chain(ctx)
    assert report.ok and report.anchored_at is not None
    assert report.anchor_seq == report_anchor(first)
    citizens.get(ctx, person.id)

    _rewrite_and_recompute(ctx, 3, travel=travel)
    report = audit.verify_chain(ctx)
    assert not report.ok
    [problem] = report.problems  # every hash holds; only the central's receipt disagrees
    assert "stemmer ikke med centralens kvittering" in problem
    assert f"logposterne 1-{report_anchor(first)}" in problem

    ctx.store.close()
    result = _run(office, "verify-audit")
    assert result.returncode == 1
    assert "stemmer ikke med centralens kvittering" in result.stdout

    from app.db.store import open_with_password
    from app.services.auth import load_user
    from app.services.context import ServiceContext

    store = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    ctx = ServiceContext(store, load_user(store, "admin"))
    office.contexts.append(ctx)
    citizens.create(ctx, first_name="Bo")
    bundle = sync.export_bundle(ctx, out)
    with pytest.raises(central.ImportRefused, match="logkæden fra arbejdsstationen") as caught:
        do_import(bundle.path)
    assert ("ændret, siden jobcentret fik den" if travel else "peger ikke på") in str(
        caught.value.message)
    [alarm] = central.stats(engine)["audit_alarms"]
    assert (alarm["kind"], alarm["device_id"]) == ("afvist", str(ctx.store.device_id))
    with engine.connect() as conn:  # nothing of the refused bundle was applied
        assert conn.execute(select(central.ImportedBundle.seq)).scalars().all() == [1]
        details = [json.loads(d)["detail"] for d in conn.execute(select(
            central.Record.data).where(central.Record.table_name == "audit_entry")).scalars()]
    assert "intet at se" not in details  # the central keeps the entry as it was sent


def report_anchor(result: central.ImportResult) -> int:
    return json.loads(result.receipt.read_bytes())["receipt"]["audit_seq"]


def test_a_normal_sequence_of_bundles_passes_and_is_anchored(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    out = tmp_path / "usb"
    out.mkdir()
    _busy(office)
    _send(ctx, do_import, out)
    citizens.create(ctx, first_name="Bo")
    _send(ctx, do_import, out, receipt=False)  # its receipt never comes back
    citizens.create(ctx, first_name="Cecilie")
    last = _send(ctx, do_import, out)  # carries the entries of the one before again
    assert last.seq == 3
    assert central.stats(engine)["audit_alarms"] == []
    report = audit.verify_chain(ctx)
    assert report.ok and report.anchor_seq == report_anchor(last)
    ctx.store.close()
    result = _run(office, "verify-audit")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Logkæden er hel og stemmer med centralens kvittering af" in result.stdout


def test_a_bundle_without_an_anchor_after_one_is_refused(office, hub, tmp_path) -> None:
    """An attacker cannot drop the anchor from the manifest to escape the check: once the
    central holds an anchor from a device, a manifest without one is refused."""
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    _busy(office)
    _send(ctx, do_import, tmp_path)
    with Session(engine) as session:
        assert central.central_audit.held_anchor(session, str(ctx.store.device_id)) is not None
        with pytest.raises(audit.AuditChainBroken, match="intet anker"):
            central.central_audit.judge(session, str(ctx.store.device_id), {"seq": 2}, [])


def test_continuity_of_rows_as_they_travel() -> None:
    """check_continuity over raw rows, as a bundle or a peer batch carries them."""
    rows, previous = [], audit.GENESIS
    for seq in range(1, 4):
        row = {"seq": seq, "at": f"2025-01-0{seq} 09:00:00.000000", "staff_id": None,
               "username": "admin", "action": "read", "object_type": "citizen",
               "object_id": None, "citizen_id": "0" * 31 + "1", "detail": "",
               "prev_hash": previous}
        row["entry_hash"] = audit.row_digest(row)
        previous = row["entry_hash"]
        rows.append(row)
    head = audit.Anchor(3, previous)
    audit.check_continuity(audit.GENESIS_ANCHOR, rows, head)
    audit.check_continuity(audit.Anchor(1, rows[0]["entry_hash"]), rows, head)
    with pytest.raises(audit.AuditChainBroken, match="Logpost 2 mangler"):
        audit.check_continuity(audit.GENESIS_ANCHOR, [rows[0], rows[2]], head)
    with pytest.raises(audit.AuditChainBroken, match="peger ikke"):
        audit.check_continuity(audit.Anchor(1, "f" * 64), rows, head)
    with pytest.raises(audit.AuditChainBroken, match="går baglæns"):
        audit.check_continuity(head, rows, audit.Anchor(2, rows[1]["entry_hash"]))
    changed = dict(rows[1], detail="intet at se")
    with pytest.raises(audit.AuditChainBroken, match="Logpost 2 er ændret"):
        audit.check_continuity(audit.GENESIS_ANCHOR, [rows[0], changed, rows[2]], head)
