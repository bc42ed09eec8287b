"""Retention and deletion: refused before the central receipt, then the data is gone from
the store (a byte search of the decrypted store finds nothing) and from the kept backups;
unknown visitors are anonymised after their days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlcipher3

from app.domain.enums import CompletionReason, DropInOutcome, DropInReason, VisitationGroup
from app.services import backups, course, dropins, retention, sync
from app.sync import central
from app.sync.central_keys import CentralFolder
from tests.conftest import FixedClock

START = dt.datetime(2020, 3, 2, 9, 0, tzinfo=dt.UTC)
NAME = "Zacharias Quistgaard"


def _plain_bytes(path: Path, key: bytes, tmp: Path) -> bytes:
    """The store decrypted to a plain SQLite file (test only), to search its bytes."""
    plain = tmp / "plain.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return plain.read_bytes()


def test_deletion_waits_for_the_receipt_then_removes_everything(office, tmp_path) -> None:
    ctx = office.admin
    clock = FixedClock(START)
    ctx.clock = clock
    first, last = NAME.split()
    citizen = course.new_citizen(ctx, first_name=first, last_name=last, cpr="1111801234",
                                 phone="99 88 77 66")
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    course.log_contact(ctx, citizen, occurred_at=clock.now, kind="samtale",
                       channel="personligt", note="Quistgaard fortalte om sit helbred")
    course.complete(ctx, course_id, reason=CompletionReason.JOB, aftercare_consent=False)
    backups.take_backup(ctx)  # a backup holding the citizen

    clock.now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    due = retention.due(ctx)
    assert [d.citizen_id for d in due] == [citizen] and not due[0].synced
    with pytest.raises(retention.NotYetSynced):
        retention.delete_citizen(ctx, citizen)

    folder = CentralFolder(tmp_path / "central")
    folder.init("central-hemmelighed")
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    engine = central.central_engine(folder, passphrase="central-hemmelighed")
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    bundle = sync.export_bundle(ctx, tmp_path)
    result = central.import_bundle(engine, bundle.path,
                                   folder.load_identities("central-hemmelighed"),
                                   folder.receipt_signing_key("central-hemmelighed"), tmp_path)
    sync.import_receipt(ctx, result.receipt.read_bytes())
    engine.dispose()
    assert retention.due(ctx)[0].synced

    removed = retention.delete_citizen(ctx, citizen)
    assert removed == 4  # citizen, course, step period, contact
    assert retention.due(ctx) == []
    data = _plain_bytes(office.paths.store, ctx.store._key, tmp_path)
    for needle in (b"Quistgaard", b"1111801234", b"99 88 77 66", b"helbred"):
        assert needle not in data, needle

    # the kept backups lose the citizen at the next rotation
    old = [b.path for b in backups.backups(ctx)]
    backups.take_backup(ctx)
    for path in old:
        assert b"Quistgaard" not in _plain_bytes(path, ctx.store._key, tmp_path)


def test_unknown_visitors_are_anonymised(office) -> None:
    ctx = office.admin
    clock = FixedClock(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC))
    ctx.clock = clock
    ticket = dropins.register(ctx, visitor_label="Hemmelig Navn", phone="12 34 56 78",
                              reasons=[DropInReason.AKUT])
    dropins.call(ctx, ticket.visit_id)
    dropins.end(ctx, ticket.visit_id, outcome=DropInOutcome.RESOLVED, note="Privat note")
    clock.advance(days=30)
    assert retention.anonymise_drop_ins(ctx) == 0  # day 30: not yet
    clock.advance(days=1)
    assert retention.anonymise_drop_ins(ctx) == 1
    row = dropins.visits_on(ctx, dt.date(2026, 10, 1))[0]
    assert row.name == "" and row.phone == ""
    retention.set_retention_days(ctx, "drop_in_unknown", 14)
    assert retention.retention_days(ctx, "drop_in_unknown") == 14


def test_anonymisation_runs_at_the_first_login_of_the_day(office) -> None:
    import datetime as dt2

    from app.services import auth
    from tests.conftest import ADMIN_PASSWORD

    ctx = office.admin
    ctx.clock = FixedClock(dt2.datetime(2026, 1, 5, 9, 0, tzinfo=dt2.UTC))
    ticket = dropins.register(ctx, visitor_label="Gammel gæst", reasons=[DropInReason.AKUT])
    ctx.store.close()
    fresh = auth.login(office.paths, "admin", ADMIN_PASSWORD)  # today is long after day 30
    office.contexts.append(fresh)
    rows = dropins.visits_on(fresh, dt2.date(2026, 1, 5))
    assert [r.id for r in rows] == [ticket.visit_id] and rows[0].name == ""
