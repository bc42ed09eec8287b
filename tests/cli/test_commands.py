"""The headless commands, run as a user or a script would: a real process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.services.auth import FAILURES_FILE

ENV_BASE = {k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")}


def run(*args: str, env: dict[str, str] | None = None, timeout: int = 120
        ) -> subprocess.CompletedProcess[str]:
    full_env = {**ENV_BASE, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=full_env, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "office"
    env = {"FREMSKUDT_USER": "ida", "FREMSKUDT_PASSWORD": "ida-kode-123"}
    result = run("demo", "--data-dir", str(data), "--citizens", "150", "--seed", "4", env=env)
    assert result.returncode == 0, result.stderr
    assert "150 borgere" in result.stdout
    return data


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Fremskudt {__version__}"


def test_selftest_exits_zero() -> None:
    result = run("selftest")
    assert result.returncode == 0, result.stderr
    assert "selvtest: ok" in result.stdout


def test_check_reports_revision_and_counts(demo_dir: Path) -> None:
    env = {"FREMSKUDT_USER": "ida", "FREMSKUDT_PASSWORD": "ida-kode-123"}
    result = run("check", "--data-dir", str(demo_dir), "--json", env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["integrity"] == "ok"
    assert report["revision"] == report["head"]
    assert report["counts"]["citizen"] == 150
    text = run("check", "--data-dir", str(demo_dir), env=env)
    assert "Integritet: ok" in text.stdout
    assert "borgere" in text.stdout


def test_check_with_a_wrong_password_exits_1_and_changes_nothing(demo_dir: Path) -> None:
    before = {p: p.read_bytes() for p in sorted(demo_dir.rglob("*")) if p.is_file()}
    env = {"FREMSKUDT_USER": "ida", "FREMSKUDT_PASSWORD": "forkert"}
    result = run("check", "--data-dir", str(demo_dir), env=env)
    assert result.returncode == 1
    assert "Forkert brugernavn eller adgangskode" in result.stderr
    assert "Traceback" not in result.stderr
    after = {p: p.read_bytes() for p in sorted(demo_dir.rglob("*")) if p.is_file()}
    side_file = demo_dir / FAILURES_FILE  # only the count of wrong passwords (issue 16.10)
    assert after.pop(side_file)
    side_file.unlink()  # the next test logs in at once
    assert before == after


def test_check_without_credentials_or_store(tmp_path: Path) -> None:
    result = run("check", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "FREMSKUDT_USER" in result.stderr
    env = {"FREMSKUDT_USER": "ida", "FREMSKUDT_PASSWORD": "ida-kode-123"}
    result = run("check", "--data-dir", str(tmp_path / "none"), env=env)
    assert result.returncode == 1
    assert "ingen Fremskudt-database" in result.stderr


def test_demo_refuses_an_existing_office(demo_dir: Path) -> None:
    result = run("demo", "--data-dir", str(demo_dir), "--citizens", "5")
    assert result.returncode == 1
    assert "findes allerede" in result.stderr


def test_caseload_export_as_json_and_csv(demo_dir: Path) -> None:
    env = {"FREMSKUDT_USER": "ida", "FREMSKUDT_PASSWORD": "ida-kode-123"}
    result = run("caseload", "--data-dir", str(demo_dir), "--today", "2026-12-01", "--json",
                 env=env)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and all(r["cpr"].endswith("-****") for r in rows)
    steps = {r["step"] for r in rows}
    assert {"Trin 1", "Trin 2", "Trin 3"} <= steps
    for r in rows:
        for item in r["due"]:
            assert item["rule"] in {"seed 001", "seed 002", "seed 004", "aftale"}
            assert item["due"] >= "2000-01-01"
    assert any(r["step_started_on"] for r in rows)
    csv_result = run("caseload", "--data-dir", str(demo_dir), "--today", "2026-12-01",
                     "--csv", env=env)
    lines = csv_result.stdout.splitlines()
    assert lines[0].startswith("forloeb_id;navn;cpr;trin;trin_startet;frist;hvad;regel")
    assert len(lines) - 1 == sum(max(1, len(r["due"])) for r in rows)
    bad = run("caseload", "--data-dir", str(demo_dir), "--today", "1. december", "--json",
              env=env)
    assert bad.returncode == 2 and "--today" in bad.stderr


def test_bad_input_paths_exit_2_without_traceback_and_change_nothing(demo_dir: Path,
                                                                    tmp_path: Path) -> None:
    env = {"FREMSKUDT_USER": "ida", "FREMSKUDT_PASSWORD": "ida-kode-123"}
    before = {p: p.read_bytes() for p in sorted(demo_dir.rglob("*")) if p.is_file()}
    missing = tmp_path / "mangler" / "fil.json"
    for args in (("import-receipt", str(missing)), ("central-key", "add", str(missing)),
                 ("central-key", "rotate", str(missing)), ("restore", str(missing)),
                 ("enrollment", "--out", str(missing))):
        result = run("--data-dir", str(demo_dir), *args, env=env)
        assert result.returncode == 2, (args, result.stderr)
        assert "findes ikke" in result.stderr and "Traceback" not in result.stderr
        assert not missing.exists() and not missing.parent.exists()
    after = {p: p.read_bytes() for p in sorted(demo_dir.rglob("*")) if p.is_file()}
    assert before == after
