"""The benchmarks' demo office: built once per seed, size, contacts per course and schema, kept
in a cache folder outside the repository, and copied before a benchmark writes to it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.db import models as m
from app.db.keyring import KdfParams
from app.paths import DataPaths
from app.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo_office

CACHE = Path(os.environ.get("FREMSKUDT_BENCH_CACHE")
             or Path.home() / ".cache" / "fremskudt-bench")
META = "bench-office.json"
VERSIONS = Path(__file__).resolve().parents[1] / "app" / "db" / "migrations" / "versions"


@dataclass(frozen=True)
class BenchOffice:
    """A finished demo office in `folder / "data"`; never written to by a benchmark."""

    folder: Path
    citizens: int
    seed: int
    contacts_per_course: int
    fast_kdf: bool
    rows: int
    contacts: int
    build_s: float  # wall time of create_demo_office, when it was built
    build_cpu_s: float
    built_at: str
    cached: bool = False

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def username(self) -> str:
        return DEMO_USERNAME

    @property
    def password(self) -> str:
        return DEMO_PASSWORD


def schema_tag() -> str:
    """The migrations the office was built with: a new one means a new office."""
    names = sorted(p.name for p in VERSIONS.glob("*.py"))
    return hashlib.sha256("\n".join(names).encode()).hexdigest()[:10]


def office_folder(cache: Path, citizens: int, seed: int, contacts_per_course: int,
                  fast_kdf: bool) -> Path:
    kdf = "fastkdf" if fast_kdf else "kdf"
    return cache / f"office-n{citizens}-s{seed}-c{contacts_per_course}-{kdf}-{schema_tag()}"


def ensure_office(citizens: int, *, seed: int = 1, contacts_per_course: int = 1,
                  fast_kdf: bool = False, cache: Path = CACHE) -> BenchOffice:
    """The cached office, built first when missing (a half-built one is thrown away)."""
    folder = office_folder(cache, citizens, seed, contacts_per_course, fast_kdf)
    meta = folder / META
    if meta.exists():
        return BenchOffice(folder=folder, cached=True, **json.loads(meta.read_text()))
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    wall, cpu = time.perf_counter(), time.process_time()
    result = create_demo_office(
        DataPaths(building / "data"), citizens=citizens, seed=seed,
        contacts_per_course=contacts_per_course,
        kdf=KdfParams.fast_for_tests() if fast_kdf else None)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    try:
        with result.ctx.store.sessions() as session:
            contacts = session.execute(select(func.count()).select_from(m.ContactEntry)).scalar()
    finally:
        result.ctx.store.close()
    office = BenchOffice(folder=folder, citizens=citizens, seed=seed,
                         contacts_per_course=contacts_per_course, fast_kdf=fast_kdf,
                         rows=result.rows, contacts=int(contacts or 0), build_s=wall,
                         build_cpu_s=cpu, built_at=time.strftime("%Y-%m-%d %H:%M"))
    fields = {k: v for k, v in asdict(office).items() if k not in ("folder", "cached")}
    (building / META).write_text(json.dumps(fields, indent=2))
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    return office


def working_copy(office: BenchOffice, dest: Path) -> DataPaths:
    """A copy to write to, without the backups: its first login is the first of the day."""
    shutil.copytree(office.data, dest, ignore=shutil.ignore_patterns("backups"))
    return DataPaths(dest)
