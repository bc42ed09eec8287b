"""Render the main screens of a demo office offscreen to PNG for the README (`make
screenshots`): caseload, a record, the counter, the queue and public display, step-up, sync.
Danish into docs/screenshots, and with `--lang en` the English UI into docs/screenshots/en.

`--laptop SCALE` shows what a 1366×768 laptop screen shows at that scale (1 or 1.5): the
counter page, a record with a 70-character name and 4,000-character texts, its new-agreement
form and a PDF preview, each as the whole screen (the bottom 40 px left for a taskbar), into
docs/screenshots/laptop-100 or laptop-150. Run it under Xvfb (`Xvfb :99 -screen 0
1366x768x24`, DISPLAY=:99 QT_QPA_PLATFORM=xcb) or offscreen, where it sets a 1366×768 screen."""

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
    parser.add_argument("--laptop", choices=("1", "1.5"))
    args = parser.parse_args()
    if args.laptop:
        laptop(args.laptop)
        return
    lang = args.lang
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


LONG = ("Borgeren vil gerne arbejde med mennesker og har fortalt om sine ønsker, sin familie "
        "og sin erfaring fra hjemlandet. " * 40)[:4000]


def long_named_citizen(ctx):
    """A citizen in Trin 2 with a 70-character name, long texts and a step-up."""
    from app.domain.enums import BarrierKind, CvItemKind, StepUpInitiator, VisitationGroup
    from app.domain.stepup import HEALTH_QUESTIONS
    from app.services import course, stepup

    citizen = course.new_citizen(ctx, first_name="Abdirahmaan-Mohamed Christoffersen-Nørgaard",
                                 last_name="Abdullahi Vestergaard-Kristensen",
                                 cpr="0101901234", caseworker_id=ctx.user.id,
                                 jobformidler_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    course.next_step(ctx, course_id, override_reason="Videre")
    course.save_job_goal(ctx, course_id, position="Pædagogmedhjælper", field="Børn og unge",
                         functions="Leg, måltider og hygiejne", direction=LONG)
    course.add_cv_item(ctx, citizen, kind=CvItemKind.WORK_EXPERIENCE,
                       title="Køkkenmedhjælper", detail=LONG)
    step_up = stepup.start(ctx, course_id, barrier_kind=BarrierKind.HEALTH,
                           initiated_by=StepUpInitiator.CITIZEN, reason="Ondt i ryggen")
    stepup.record_consent(ctx, step_up, scope="Helbred", recipients="Jobcentret",
                          given_on=ctx.today())
    stepup.save_answers(ctx, step_up, {key: LONG[:1500] for key, _text in HEALTH_QUESTIONS})
    return citizen


def screen_shot(app, out: Path, name: str) -> None:
    """The whole screen, as the user sees it, as a small PNG."""
    settle(app, 0.6)
    path = out / f"{name}.png"
    app.primaryScreen().grabWindow(0).save(str(path))
    try:  # a palette keeps a screenshot of flat UI colours well under 200 KB
        from PIL import Image

        Image.open(path).convert("RGB").quantize(colors=128).save(path, optimize=True)
    except ImportError:
        pass


def laptop(scale: str) -> None:
    os.environ["QT_SCALE_FACTOR"] = scale
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        config = Path(tempfile.mkdtemp()) / "screen.json"
        config.write_text('{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, '
                          '"height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
                          encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    out = OUT / ("laptop-100" if scale == "1" else "laptop-150")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = create_demo_office(DataPaths(Path(tmp)), citizens=60, seed=3,
                                 kdf=KdfParams.fast_for_tests()).ctx
        citizen = long_named_citizen(ctx)
        dropins.register(ctx, citizen_id=citizen, reasons=[DropInReason.BREV])
        dropins.register(ctx, visitor_label="Yusuf", reasons=[DropInReason.AKUT],
                         interpreter_needed=True, language="arabisk")
        dropins.call(ctx)
        window = MainWindow(ctx, kdf=KdfParams.fast_for_tests())
        window.show()
        window.nav.setCurrentRow(window.page_titles().index("Åben rådgivning"))
        screen_shot(app, out, "counter")
        record = window.open_citizen(citizen)
        screen_shot(app, out, "record")
        record.tabs.setCurrentWidget(record.goal_tab)
        screen_shot(app, out, "record-goal")
        record.tabs.setCurrentWidget(record.stepup_tab)
        screen_shot(app, out, "record-stepup")
        record.tabs.setCurrentWidget(record.match_tab)
        form = record.match_tab.new_agreement()
        screen_shot(app, out, "agreement")
        form.reject()
        record.goal_tab.show_cv()
        end = time.monotonic() + 10
        while record.goal_tab.preview is None and time.monotonic() < end:
            settle(app, 0.1)
        screen_shot(app, out, "pdf-preview")
        for widget in app.topLevelWidgets():
            widget.close()
        ctx.store.close()
    print(f"screenshots in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
