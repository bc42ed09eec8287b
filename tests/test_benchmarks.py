"""The benchmark code itself (issue 22) on a small office: it builds and caches the office,
measures every row with its floor and writes valid JSON. No timing is asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = [
    "demo office of 300 citizens",
    "start to usable caseload, wall, KDF excluded",
    "start to usable caseload, CPU, KDF excluded",
    "Argon2id key derivation at login",
    "first login of the day to usable caseload",
    "memory peak after start",
    "caseload service",
    "search, one keystroke to repaint",
    "search, one keystroke to repaint, GUI thread CPU",
    "caseload table, one full repaint alone",
    "open a citizen's record, painted",
    "open a citizen's record, painted, GUI thread CPU",
    "memory growth over 2 records and 1 caseload pages",
    "calendar: the office's week opened and painted",
    "PDF: CV",
    "PDF: agreement",
    "PDF: step-up sheet (agreement document)",
    "export: full bundle",
    "export: one day's incremental",
]
NO_FLOOR = {"Argon2id key derivation at login", "caseload table, one full repaint alone",
            "search, one keystroke to repaint, GUI thread CPU",
            "open a citizen's record, painted, GUI thread CPU",
            "memory growth over 2 records and 1 caseload pages"}


def _python(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FREMSKUDT_BENCH_CACHE=str(tmp_path))
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=240)


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory) -> tuple[dict, str, Path]:
    tmp_path = tmp_path_factory.mktemp("bench")
    out = tmp_path / "results.json"
    done = _python(["-m", "benchmarks.bench", "--citizens", "300", "--fast-kdf",
                    "--cache", str(tmp_path / "cache"), "--repeats", "1", "--searches", "1",
                    "--records", "2", "--pages", "1", "--days", "1", "--quiet",
                    "--out", str(out)], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text()), done.stdout, tmp_path


def test_every_measure_has_its_row_and_floor(bench_run) -> None:
    result, _stdout, _tmp = bench_run
    rows = {r["measure"]: r for r in result["rows"]}
    assert list(rows) == EXPECTED
    for name, row in rows.items():
        assert row["app"]["p95"] >= row["app"]["median"], name
        if name in NO_FLOOR:  # memory growth may be nothing or below nothing
            assert row["floor"] is None and row["ratio"] is None
        else:
            assert row["app"]["median"] > 0 and row["floor"]["median"] > 0, name
            assert row["ratio"] == pytest.approx(row["app"]["median"] / row["floor"]["median"])
            assert row["floor_what"], name
    assert all(r["met"] in (True, False) for n, r in rows.items() if r["goal"]), rows
    # one name typed a key at a time: up to four keys, each with its floor
    search = rows["search, one keystroke to repaint"]
    assert 1 <= search["app"]["n"] <= 4 and search["floor"]["n"] == search["app"]["n"]


def test_json_names_the_machine_and_the_office(bench_run) -> None:
    result, stdout, _tmp = bench_run
    assert result["machine"]["cores"] >= 1 and result["machine"]["cpu"]
    assert len(result["machine"]["load"]) == 3
    assert result["office"]["citizens"] == 300 and result["office"]["contacts"] > 0
    assert result["office"]["cached"] is False
    assert stdout.startswith("| measure | app median | app p95 | floor | ratio | goal | met |")
    assert stdout.count("\n| ") == len(EXPECTED) + 1  # the separator and one line a row


def test_the_office_is_built_once_and_then_read_from_the_cache(bench_run) -> None:
    result, _stdout, tmp_path = bench_run
    folder = Path(result["office"]["folder"])
    stamp = (folder / "data" / "office.db").stat().st_mtime_ns
    done = _python(["-c", (
        "from pathlib import Path; from benchmarks.office import ensure_office; "
        f"o = ensure_office(300, fast_kdf=True, contacts_per_course=6, "
        f"cache=Path({str(folder.parent)!r})); print(o.cached, o.folder)")], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", str(folder)]
    assert (folder / "data" / "office.db").stat().st_mtime_ns == stamp
    assert not list(folder.parent.glob("*.building"))
