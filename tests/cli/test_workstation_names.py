"""Workstation names from the command line (issue 18 as tried by hand): two machines with the
same host name no longer get the same name. `peers join` without --name names the
workstation by its host name and a short device id, `--name NAME` (1-40 characters) sets it,
and `fremskudt-central stats` (text and --json) shows each workstation's name with its queue
letter and short device id. Every step a separate process."""

from __future__ import annotations

import json
import platform
import uuid
from pathlib import Path

from app.domain.roles import Role
from app.paths import DataPaths
from app.services.setup import setup_office
from app.sync.central_keys import CentralFolder
from tests.cli.test_central_cli import central
from tests.cli.test_office_e2e import run
from tests.conftest import ADMIN_PASSWORD, FAST


def _join(a: Path, new: Path, folder: Path, *name: str) -> None:
    code = run("peers", "invite", "--data-dir", str(a), "--folder", str(folder))[-1]
    run("peers", "join", "--data-dir", str(new), "--folder", str(folder), "--code", code,
        "--yes", *name)
    run("peers", "sync", "--data-dir", str(a), "--folder", str(folder), "--yes")
    run("peers", "sync", "--data-dir", str(new), "--folder", str(folder))


def test_join_names_and_central_stats_tell_workstations_apart(tmp_path: Path) -> None:
    a, b, c, folder, root = (tmp_path / n for n in ("a", "b", "c", "usb", "central"))
    folder.mkdir()
    setup_office(DataPaths(a), office_name="Kontoret i Tingbjerg", municipality="København",
                 username="admin", full_name="Anna Administrator", password=ADMIN_PASSWORD,
                 roles={Role.JOBKONSULENT}, kdf=FAST).ctx.store.close()
    _join(a, b, folder)  # the documented form: no --name
    _join(a, c, folder, "--name", "Skranken")

    # a name over 40 characters is refused, and nothing is left behind
    code = run("peers", "invite", "--data-dir", str(a), "--folder", str(folder))[-1]
    refused = run("peers", "join", "--data-dir", str(tmp_path / "d"), "--folder",
                  str(folder), "--code", code, "--yes", "--name", "x" * 41, ok=False)
    assert any("1-40 tegn" in line for line in refused)
    assert not (tmp_path / "d").exists() and not list(folder.glob("join-*.json"))

    members = {m["letter"]: m for m in json.loads("\n".join(
        run("peers", "list", "--data-dir", str(a), "--json")))}
    assert sorted(members) == ["A", "B", "C"]
    host = (platform.node() or "Arbejdsstation").split(".")[0]
    b_id = uuid.UUID(members["B"]["device_id"])
    assert members["B"]["name"] == f"{host[:33]}-{b_id.hex[:6]}"
    assert members["C"]["name"] == "Skranken"
    assert len({m["name"] for m in members.values()}) == 3

    # the central learns the members from A's bundle and shows letters and short ids
    assert central("init", "--dir", str(root)).returncode == 0
    run("central-key", "add", "--data-dir", str(a), str(CentralFolder(root).public_file))
    enrollment = tmp_path / "tilmelding.json"
    run("enrollment", "--data-dir", str(a), "--out", str(enrollment))
    assert central("enroll", "--dir", str(root), str(enrollment), "--yes").returncode == 0
    bundle = run("export", "--data-dir", str(a), "--out", str(tmp_path))[-1]
    imported = central("import", "--dir", str(root), bundle)
    assert imported.returncode == 0, imported.stderr

    stats = central("stats", "--dir", str(root), "--json")
    assert stats.returncode == 0, stats.stderr
    devices = {d["letter"]: d for d in json.loads(stats.stdout)["devices"]}
    assert sorted(devices) == ["A", "B", "C"]
    for letter, member in members.items():
        device = devices[letter]
        short = member["device_id"][:8]
        assert (device["name"], device["short_id"]) == (member["name"], short)
        assert device["workstation"] == f"{member['name']} ({letter}, {short})"
    text = central("stats", "--dir", str(root)).stdout.splitlines()
    shown = [line for line in text if line.startswith("Kontoret i Tingbjerg / ")]
    assert shown == [f"Kontoret i Tingbjerg / {devices[x]['workstation']}: sekvens "
                     f"{devices[x]['last_seq']}" for x in "ABC"]
    assert len(set(shown)) == 3
