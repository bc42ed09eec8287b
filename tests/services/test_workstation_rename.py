"""Renaming a workstation (issue 18 as tried by hand): an administrator renames a member; the
name is 1-40 characters and unique in the office; the change replicates to every member and
reaches the central, whose stats show the new name. A requested name another member already
has gets the new member's queue letter at admission."""

from __future__ import annotations

import pytest

from app.domain.errors import PermissionDenied, ValidationError
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import peers_folder, peers_join, sync
from app.sync import central
from app.sync.central_keys import CentralFolder
from tests.sync.office_sim import exchange, open_member

SECRET = "central-hemmelighed"


def _join(a, data, folder, name: str | None):
    code = peers_join.invite(a).code
    peers_join.request_join(DataPaths(data), folder, code, name)
    peers_folder.sync_folder(a, folder, lambda *_a: True)
    assert peers_join.complete_join(DataPaths(data), folder) is not None
    return open_member(data)


def _names(ctx) -> dict[str, str]:
    return {v.letter: v.name for v in peers_folder.list_members(ctx)}


def test_rename_is_checked_replicated_and_reaches_the_central(office, tmp_path) -> None:
    a = office.admin
    folder = tmp_path / "usb"
    folder.mkdir()
    own = _names(a)["A"]
    b = _join(a, tmp_path / "b", folder, own)  # the same name as A: told apart by letter
    office.contexts.append(b)
    assert _names(a)["B"] == f"{own[:36]} (B)"
    with pytest.raises(ValidationError, match="1-40 tegn"):
        peers_join.request_join(DataPaths(tmp_path / "c"), folder, "x" * 20, " ")

    for bad, message in (("", "1-40 tegn"), ("y" * 41, "1-40 tegn"),
                         (own.upper(), "bruges allerede"), ("a", "bruges allerede")):
        with pytest.raises(ValidationError, match=message):
            peers_folder.rename(a, "B", bad)
    staff = office.add_staff("konsulent", {Role.JOBKONSULENT}, "Karl Konsulent")
    with pytest.raises(PermissionDenied):
        peers_folder.rename(staff, "B", "Skranken")
    view = peers_folder.rename(a, "B", "  Skranken   ved  døren ")
    assert view.name == "Skranken ved døren" and view.letter == "B"
    assert peers_folder.rename(a, "Skranken ved døren", "Skranken").name == "Skranken"

    exchange([a, b])
    assert _names(b) == _names(a) == {"A": own, "B": "Skranken"}

    # the central: enrolled A, learns B from the member list, shows the name B has now
    keys = CentralFolder(tmp_path / "central")
    keys.init(SECRET)
    engine = central.central_engine(keys, f"sqlite:///{tmp_path / 'central.db'}",
                                    passphrase=SECRET)
    try:
        sync.add_central_keys(a, keys.public_file.read_bytes())
        central.enroll(engine, central.read_enrollment(sync.enrollment(a)))
        central.import_bundle(engine, sync.export_bundle(a, folder).path,
                              keys.load_identities(SECRET), keys.receipt_signing_key(SECRET),
                              tmp_path / "receipts")
        peers_folder.rename(b, "A", "Kontoret bagved")
        exchange([a, b])
        central.import_bundle(engine, sync.export_bundle(a, folder).path,
                              keys.load_identities(SECRET), keys.receipt_signing_key(SECRET),
                              tmp_path / "receipts")
        shown = {d["letter"]: d for d in central.stats(engine)["devices"]}
    finally:
        engine.dispose()
    assert {k: d["name"] for k, d in shown.items()} == {"A": "Kontoret bagved",
                                                       "B": "Skranken"}
    short = str(b.store.device_id)[:8]
    assert shown["B"]["workstation"] == f"Skranken (B, {short})"
