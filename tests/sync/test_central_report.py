"""`fremskudt-central report` (issue 19 point 8): the programme's measures per office and for
all offices from the central database, counted by the same domain functions as the office's
own Ledelsesinformation; JSON and a PDF without any citizen's name or CPR number."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from app.domain.measure_figures import FigureKey
from app.paths import DataPaths
from app.services import citizens, sync
from app.services.central_report import central_report
from app.services.demo import create_demo_office
from app.services.measures import measures
from app.sync import central
from app.sync.central_keys import CentralFolder
from tests.conftest import FAST
from tests.sync.central_pg import fresh_central

SECRET = "central-hemmelighed"
PG_URL = os.environ.get("FREMSKUDT_TEST_PG_URL")
ENV = {k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")}
MONTH = dt.date(2026, 10, 1)


def central_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "FREMSKUDT_CENTRAL_PASSPHRASE": SECRET}
    return subprocess.run([sys.executable, "-m", "app.central_main", *args], env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def central_dir(tmp_path_factory) -> Path:
    folder = CentralFolder(tmp_path_factory.mktemp("central") / "c")
    folder.init(SECRET)
    return folder.root


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, central_dir, tmp_path):
    folder = CentralFolder(central_dir)
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("FREMSKUDT_TEST_PG_URL is set by .ci/run when PostgreSQL runs")
        engine = fresh_central(folder, PG_URL)
        url = PG_URL
    else:
        url = f"sqlite:///{tmp_path / 'central.db'}"
        engine = central.central_engine(folder, url, passphrase=SECRET)
    yield folder, engine, url
    engine.dispose()


def _send(ctx, folder: CentralFolder, engine, out: Path) -> None:
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    out.mkdir(exist_ok=True)
    bundle = sync.export_bundle(ctx, out)
    central.import_bundle(engine, bundle.path, folder.load_identities(SECRET),
                          folder.receipt_signing_key(SECRET), out / "receipts")


def test_the_report_counts_each_office_as_the_office_does(office, hub, tmp_path) -> None:
    folder, engine, url = hub
    demo = create_demo_office(DataPaths(tmp_path / "demo"), citizens=60, kdf=FAST,
                              today=dt.date(2026, 11, 20))
    try:
        citizens.create(office.admin, first_name="Şükrü", last_name="Öztürk",
                        cpr="0101901234")
        _send(demo.ctx, folder, engine, tmp_path / "usb-demo")
        _send(office.admin, folder, engine, tmp_path / "usb-office")
        own = measures(demo.ctx, MONTH)
        small = measures(office.admin, MONTH)
    finally:
        demo.ctx.store.close()

    report = central_report(engine, MONTH, dt.date(2026, 11, 27))
    by_name = {o.name: o for o in report.offices}
    assert set(by_name) == {"Demokontoret, Fremskudt Jobcenter", "Kontoret i Tingbjerg"}
    demo_figures = by_name["Demokontoret, Fremskudt Jobcenter"]
    assert demo_figures.figures == own.figures and demo_figures.series == own.series
    assert by_name["Kontoret i Tingbjerg"].figures == small.figures
    assert own.figures.count(FigureKey.GROUP) > 0
    # all offices: every count is the sum of the offices' counts
    assert Counter(report.total.figures.counts) == Counter(own.figures.counts) + Counter(
        small.figures.counts)
    assert report.total.courses == demo_figures.courses + by_name["Kontoret i Tingbjerg"].courses

    done = central_cli("report", "--db", url, "--month", "2026-10", "--json",
                       *(["--dir", str(folder.root)] if url.startswith("sqlite") else []))
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["maaned"] == "2026-10"
    assert doc["alle_kontorer"]["indsatsgruppe"] == report.total.figures.count(FigureKey.GROUP)
    assert [o["kontor"] for o in doc["kontorer"]] == [o.name for o in report.offices]
    assert len(doc["alle_kontorer"]["loentimer_pr_maaned"]) == 12
    assert "0101901234" not in done.stdout and "Öztürk" not in done.stdout


def test_the_pdf_holds_counts_only(office, hub, tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    folder, engine, url = hub
    person = citizens.create(office.admin, first_name="Şükrü", last_name="Öztürk",
                             cpr="0101901234")
    assert person.id
    _send(office.admin, folder, engine, tmp_path / "usb")
    pdf = tmp_path / "rapport.pdf"
    done = central_cli("report", "--db", url, "--month", "2026-10", "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert str(pdf) in done.stdout.strip().splitlines()[-1]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Kontoret i Tingbjerg" in text and "Alle kontorer" in text
    assert "Indsatsgruppe" in text and "oktober 2026" in text
    assert "0101901234" not in text and "010190" not in text and "Öztürk" not in text


def test_bad_month_and_missing_database_are_refused(tmp_path) -> None:
    folder = CentralFolder(tmp_path / "central")
    folder.init(SECRET)
    bad = central_cli("report", "--dir", str(folder.root), "--month", "2026-13")
    assert bad.returncode == 2 and "ÅÅÅÅ-MM" in bad.stderr
    missing = central_cli("report", "--dir", str(folder.root), "--month", "2026-10")
    assert missing.returncode == 2 and "findes ikke" in missing.stderr
    future = dt.date.today().replace(day=1) + dt.timedelta(days=40)
    nothing = central_cli("report", "--month", "2026-10")
    assert nothing.returncode == 2 and "--db" in nothing.stderr
    engine = central.central_engine(folder, passphrase=SECRET)
    engine.dispose()
    ahead = central_cli("report", "--dir", str(folder.root), "--month", f"{future:%Y-%m}")
    assert ahead.returncode == 1 and "ikke begyndt" in ahead.stderr
