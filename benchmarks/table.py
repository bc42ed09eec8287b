"""A benchmark row (the app's samples, the floor's samples, the goal), the table printed by
`make bench` and the JSON written beside it."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


def p95(samples: list[float]) -> float:
    """The 95th percentile by nearest rank (the largest sample when there are few)."""
    ordered = sorted(samples)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def summary(samples: list[float]) -> dict | None:
    if not samples:
        return None
    return {"median": statistics.median(samples), "p95": p95(samples), "n": len(samples)}


@dataclass
class Row:
    """One measure. `goal_met` reads the row's summaries; None when the row has no goal."""

    measure: str
    unit: str  # "ms", "s" or "MB"
    app: list[float]
    floor: list[float] = field(default_factory=list)
    floor_what: str = ""
    goal: str = ""
    goal_met: Callable[[dict, dict | None], bool] | None = None
    note: str = ""

    def as_dict(self) -> dict:
        app, floor = summary(self.app), summary(self.floor)
        ratio = app["median"] / floor["median"] if app and floor and floor["median"] else None
        met = self.goal_met(app, floor) if self.goal_met and app else None
        return {"measure": self.measure, "unit": self.unit, "app": app, "floor": floor,
                "floor_what": self.floor_what, "ratio": ratio, "goal": self.goal,
                "met": met, "note": self.note}


def at_most(limit: float, key: str = "median") -> Callable[[dict, dict | None], bool]:
    return lambda app, _floor: app[key] <= limit


def ratio_at_most(limit: float) -> Callable[[dict, dict | None], bool]:
    return lambda app, floor: floor is not None and app["median"] <= limit * floor["median"]


def machine() -> dict:
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                    if line.startswith("model name")), "")
    mem = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        mem = f"{kib / 1024 / 1024:.1f} GB"
    return {"cpu": cpu or platform.processor(), "cores": os.cpu_count(), "memory": mem,
            "system": f"{platform.system()} {platform.release()}",
            "python": platform.python_version(), "load": list(os.getloadavg())}


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value * 1000:.1f}" if value < 0.01 else f"{value * 1000:.0f}"
    if unit == "s":
        return f"{value:.2f}"
    return f"{value:.0f}"


def render(rows: list[dict]) -> str:
    """The table as Markdown (it reads in a terminal and goes into the README as it is)."""
    lines = ["| measure | app median | app p95 | floor | ratio | goal | met |",
             "| --- | ---: | ---: | ---: | ---: | --- | --- |"]
    for r in rows:
        unit, app, floor = r["unit"], r["app"] or {}, r["floor"] or {}
        ratio = f"{r['ratio']:.1f}x" if r["ratio"] is not None else "-"
        met = {True: "yes", False: "**no**", None: "-"}[r["met"]]
        lines.append(f"| {r['measure']} ({unit}) | {_fmt(app.get('median'), unit)} | "
                     f"{_fmt(app.get('p95'), unit)} | {_fmt(floor.get('median'), unit)} | "
                     f"{ratio} | {r['goal'] or '-'} | {met} |")
    return "\n".join(lines)


def write(out: Path, rows: list[Row], office: dict, started: float) -> dict:
    result = {"written_at": time.strftime("%Y-%m-%d %H:%M:%S"),
              "seconds": time.perf_counter() - started, "machine": machine(),
              "office": office, "rows": [r.as_dict() for r in rows]}
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return result
