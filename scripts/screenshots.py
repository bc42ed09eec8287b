"""Render the main screens of a demo office offscreen to PNG for the README (`make
screenshots`): caseload, a record, the counter, the queue and public display, step-up, sync.
Danish into docs/screenshots, and with `--lang en` the English UI into docs/screenshots/en."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db.keyring import KdfParams
from app.domain.enums import DropInReason
from app.paths import UI_LANGUAGES, DataPaths
from app.services import citizens, dropins
from app.services.demo import create_demo_office
from app.ui.application import make_application
from app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=UI_LANGUAGES, default="da")
    lang = parser.parse_args().lang
    out = OUT if lang == "da" else OUT / lang
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(lang=lang)
    with tempfile.TemporaryDirectory() as tmp:
        result = create_demo_office(DataPaths(Path(tmp)), citizens=600, seed=3,
                                    kdf=KdfParams.fast_for_tests())
        ctx = result.ctx
        people = citizens.search(ctx, "sen")[:2]
        dropins.register(ctx, citizen_id=people[0].id, reasons=[DropInReason.BREV])
        dropins.register(ctx, visitor_label="Yusuf", reasons=[DropInReason.AKUT],
                         interpreter_needed=True, language="arabisk")
        dropins.call(ctx)
        window = MainWindow(ctx, kdf=KdfParams.fast_for_tests())
        window.resize(1360, 800)
        window.show()
        settle(app)
        window.grab().save(str(out / "caseload.png"))
        page = window.caseload
        row = page.model.row_at(0)
        record = window.open_citizen(row.citizen_id)
        record.resize(1200, 820)
        settle(app)
        record.grab().save(str(out / "record.png"))
        step_up_row = next((page.model.row_at(i) for i in range(page.model.rowCount())
                            if page.model.row_at(i).step_label == "Trin 2"), row)
        record.close()
        with ctx.store.sessions() as session:
            from sqlalchemy import select

            from app.db import models as m

            course_id = session.execute(select(m.StepUp.course_id)).scalars().first()
            citizen_id = session.get(m.Course, course_id).citizen_id if course_id else \
                step_up_row.citizen_id
        stepup_window = window.open_citizen(citizen_id)
        stepup_window.resize(1200, 900)
        stepup_window.tabs.setCurrentWidget(stepup_window.stepup_tab)
        settle(app)
        stepup_window.grab().save(str(out / "stepup.png"))
        stepup_window.close()
        window.nav.setCurrentRow(1)
        settle(app)
        window.grab().save(str(out / "counter.png"))
        display = window.drop_in_page.open_display()
        display.resize(900, 520)
        settle(app)
        display.grab().save(str(out / "public-display.png"))
        display.close()
        window.nav.setCurrentRow(4)
        settle(app)
        window.grab().save(str(out / "sync.png"))
        window.close()
        ctx.store.close()
    print(f"screenshots in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
