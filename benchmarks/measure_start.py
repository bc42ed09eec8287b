"""Start: the bare window and the app, each in a process of its own (issue 22)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.office import BenchOffice
from benchmarks.table import Row, at_most, ratio_at_most

HERE = Path(__file__).resolve().parent


def _run(script: str, args: list[str], env: dict) -> tuple[dict, float]:
    """The child's report and the wall time from spawn to its painted window."""
    started = time.time()
    proc = subprocess.Popen([sys.executable, str(HERE / script), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    _out, err = proc.communicate(timeout=600)
    if proc.returncode != 0 or not line.strip():
        raise RuntimeError(f"{script} failed ({proc.returncode}): {err[-2000:]}")
    report = json.loads(line)
    return report, report["painted_at"] - started


def measure_start(office: BenchOffice, data: Path, repeats: int) -> list[Row]:
    """`data` is a working copy without backups: the first app start is the first login of
    the day (its backup runs behind the window), the later ones are ordinary logins."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               FREMSKUDT_USER=office.username, FREMSKUDT_PASSWORD=office.password)
    bare_wall, bare_cpu, bare_rss = [], [], []
    for _ in range(repeats):
        report, wall = _run("start_bare.py", [], env)
        bare_wall.append(wall)
        bare_cpu.append(report["cpu_s"])
        bare_rss.append(report["maxrss_mb"])
    first: dict | None = None
    usable, cpu_usable, kdf, rss, later = [], [], [], [], []
    for i in range(repeats + 1):
        report, wall = _run("start_app.py", [str(data)], env)
        usable_s = wall - report["kdf_wall_s"]
        if i == 0:
            first = report | {"usable_s": usable_s}
            continue
        later.append(usable_s)
        usable.append(usable_s)
        cpu_usable.append(report["cpu_s"] - report["kdf_cpu_s"])
        kdf.append(report["kdf_wall_s"])
        rss.append(report["maxrss_mb"])
    assert first is not None
    return [
        Row("start to usable caseload, wall, KDF excluded", "s", usable, bare_wall,
            "bare PySide6 window with an empty table, own process", "<= 5x floor",
            ratio_at_most(5.0)),
        Row("start to usable caseload, CPU, KDF excluded", "s", cpu_usable, bare_cpu,
            "bare window's CPU", "<= 1.0 s CPU", at_most(1.0),
            note="the process's CPU up to the painted caseload (imports included)"),
        Row("Argon2id key derivation at login", "s", kdf, note="slow on purpose; apart"),
        Row("first login of the day to usable caseload", "s", [first["usable_s"]], later,
            "later logins (no backup due)", "<= 1.2x a later login", ratio_at_most(1.2),
            note="the day's backup runs behind the window" if first["first_of_day"]
            else "no backup was due"),
        Row("memory peak after start", "MB", rss, bare_rss, "bare window's peak RSS",
            "<= 300 MB", at_most(300.0, "p95")),
    ]
