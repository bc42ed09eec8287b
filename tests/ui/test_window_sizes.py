"""Every top-level window and dialog fits a 1366×768 screen with a 40 px taskbar, at 100 % and
at 150 % scaling (issue 17, points 1-3).

The scale must be set before the Qt application exists, so each scale runs in a child
process (this module run as a script) on the offscreen platform with a 1366×768 screen. The
child builds a demo office and a citizen with a 70-character name and 4,000-character texts,
opens the main window on every page, the record on every tab, the login dialog, the set-up
wizard and the public display, and presses every button that opens a window ("…"), two
levels deep, checking each window it finds: inside the screen's free area, and every visible
button inside the window (or in a scroll area, reachable by scrolling). It prints what it
checked and what it found wrong as JSON."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCREEN = {"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
ROOT = Path(__file__).resolve().parents[2]
MUST_CHECK = ("mainWindow: Åben rådgivning", "mainWindow: Sagsstamme", "citizenRecord: Forløb",
              "citizenRecord: Step-up", "loginDialog", "setupWizard", "cvPreview",
              "Ny aftale", "Ny borger", "mainWindow: Arbejdsstationer", "inviteDialog",
              "admissionDialog", "revokeDialog", "setupWizard: JoinPage")


def run_child(tmp_path: Path, scale: str) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "tests.ui.test_window_sizes", str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_window_fits_a_1366x768_screen(tmp_path: Path, scale: str) -> None:
    report = run_child(tmp_path, scale)
    expected_width = 1366 if scale == "1" else 911
    assert report["screen"][0] == expected_width
    assert report["problems"] == []
    checked = " | ".join(report["checked"])
    for name in MUST_CHECK:
        assert name in checked, name
    assert len(report["checked"]) >= 60


# -- the child process ----------------------------------------------------------------------
LONG_NAME = ("Abdirahmaan-Mohamed Christoffersen-Nørgaard", "Abdullahi Vestergaard-Kristensen")
LONG_TEXT = ("Borgeren vil gerne arbejde med mennesker og har fortalt om sine ønsker, sin "
             "familie og sin erfaring fra hjemlandet. " * 40)[:4000]


def long_citizen(ctx):
    """A citizen in Trin 2 with a 70-character name and 4,000 characters in every long text."""
    import datetime as dt

    from app.domain.enums import (
        BarrierKind,
        ContactChannel,
        ContactKind,
        CvItemKind,
        ParticipantRole,
        StepUpInitiator,
        VisitationGroup,
    )
    from app.domain.stepup import HEALTH_QUESTIONS
    from app.services import course, stepup

    first, last = LONG_NAME
    citizen = course.new_citizen(ctx, first_name=first, last_name=last, cpr="0101901234",
                                 caseworker_id=ctx.user.id, jobformidler_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    course.next_step(ctx, course_id, override_reason="Videre")
    course.save_job_goal(ctx, course_id, position="Pædagogmedhjælper i en daginstitution",
                         functions=LONG_TEXT, field="Børn og unge", direction=LONG_TEXT)
    for kind in (CvItemKind.WORK_EXPERIENCE, CvItemKind.COMPETENCE):
        course.add_cv_item(ctx, citizen, kind=kind, title="Køkkenmedhjælper", detail=LONG_TEXT)
    course.log_contact(ctx, citizen, occurred_at=ctx.now() - dt.timedelta(days=1),
                       kind=ContactKind.SAMTALE, channel=ContactChannel.PERSONLIGT,
                       note=LONG_TEXT)
    step_up = stepup.start(ctx, course_id, barrier_kind=BarrierKind.HEALTH,
                           initiated_by=StepUpInitiator.CITIZEN, reason=LONG_TEXT)
    stepup.record_consent(ctx, step_up, scope="Helbred", recipients="Jobcentret",
                          given_on=ctx.today())
    stepup.save_answers(ctx, step_up, {key: LONG_TEXT for key, _text in HEALTH_QUESTIONS})
    stepup.add_participant(ctx, step_up, role=ParticipantRole.HEALTH,
                           name="Egen læge " + last, organisation=LONG_TEXT[:200])
    stepup.add_agreement_row(ctx, step_up, agreement=LONG_TEXT, responsible="Jobkonsulenten",
                             follow_up_on=ctx.today() + dt.timedelta(days=14))
    return citizen


class Checker:
    def __init__(self, app) -> None:
        from app.ui.geometry import available_rect

        self.app = app
        self.room = available_rect(None)
        self.checked: list[str] = []
        self.problems: list[str] = []

    def settle(self, seconds: float = 0.05) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.005)

    def windows(self) -> set:
        from PySide6.QtCore import Qt

        return {w for w in self.app.topLevelWidgets() if w.isVisible()
                and w.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)}

    def check(self, window, name: str) -> None:
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtWidgets import QAbstractButton

        from app.ui.geometry import inside_scroll_area

        self.settle()
        self.checked.append(name)
        frame = window.frameGeometry()
        if not self.room.contains(frame):
            self.problems.append(f"{name}: {frame.width()}×{frame.height()} at "
                                 f"({frame.x()}, {frame.y()}) outside the screen's "
                                 f"{self.room.width()}×{self.room.height()}")
        inner = window.geometry()
        for button in window.findChildren(QAbstractButton):
            if not button.isVisible() or button.window() is not window \
                    or inside_scroll_area(button):
                continue
            where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
            if not window.rect().contains(where) \
                    or not self.room.contains(where.translated(inner.topLeft())):
                self.problems.append(f"{name}: button '{button.text()}' "
                                     f"({button.objectName()}) outside the window")

    def no_sideways_scrolling(self, window, scroll_name: str, name: str) -> None:
        """The window's content fits its width: its scroll area scrolls down, never sideways
        (a record that scrolls sideways hides its next deadline at the top right)."""
        from PySide6.QtWidgets import QScrollArea

        self.settle()
        bar = window.findChild(QScrollArea, scroll_name).horizontalScrollBar()
        if bar.maximum() > 0:
            self.problems.append(f"{name}: scrolls sideways by {bar.maximum()} px "
                                 f"in {window.width()} px")

    def close(self, window) -> None:
        from PySide6.QtWidgets import QDialog

        if isinstance(window, QDialog):
            window.reject()
            if window.isVisible():
                window.done(0)
        else:
            window.close()
        self.settle()

    def press(self, trigger, name: str, depth: int, wait: float = 3.0) -> None:
        """Press a button (or run an action) and check each window it opens, also when the
        window runs its own event loop (exec): a timer looks for it from inside that loop."""
        from PySide6.QtCore import QTimer

        before = self.windows()
        state = {"done": False, "deadline": time.monotonic() + wait}

        def poll() -> None:
            new = [w for w in self.windows() if w not in before]
            if new:
                for window in new:
                    title = f"{name} → {window.objectName() or type(window).__name__}: " \
                            f"{window.windowTitle()[:40]}"
                    self.check(window, title)
                    if depth < 2:
                        self.explore(window, title, depth + 1)
                    self.close(window)
                state["done"] = True
            elif time.monotonic() > state["deadline"]:
                state["done"] = True
            else:
                QTimer.singleShot(30, poll)

        QTimer.singleShot(30, poll)
        trigger()
        while not state["done"]:
            self.settle(0.02)

    def explore(self, window, name: str, depth: int, within=None) -> None:
        """Press every visible button of the window whose text says it opens a window."""
        from PySide6.QtWidgets import QAbstractButton

        for button in (within or window).findChildren(QAbstractButton):
            text = button.text().replace("&", "").strip()
            if not (button.isVisible() and button.isEnabled() and text.endswith("…")) \
                    or text.startswith("Udskriv") or button.window() is not window:
                continue  # the print dialog is Qt's own and needs a printer
            self.press(button.click, f"{name} / {text}", depth)


def workstation_dialogs(checker: Checker, ctx, main) -> None:
    """Issue 18: the admission (both fingerprints) and the typed revocation."""
    from app.services import peers_folder
    from app.ui.workstations_page import AdmissionDialog, RevokeDialog

    member = peers_folder.list_members(ctx)[0]
    for dialog, name in ((AdmissionDialog("Bærbar 3 – hjemmebesøg og virksomhedsbesøg",
                                          member.fingerprint, member.fingerprint, main),
                          "admissionDialog"), (RevokeDialog(member, main), "revokeDialog")):
        dialog.show()
        checker.check(dialog, name)
        checker.close(dialog)


def child(tmp: Path) -> dict:
    from PySide6.QtCore import QEvent

    from app.db.keyring import KdfParams
    from app.domain.enums import DropInReason
    from app.domain.roles import Role
    from app.paths import DataPaths
    from app.services import companies, dropins
    from app.services.setup import setup_office
    from app.ui.application import make_application
    from app.ui.login_dialog import LoginDialog
    from app.ui.main_window import MainWindow
    from app.ui.setup_wizard import SetupWizard

    app = make_application()
    fast = KdfParams.fast_for_tests()
    ctx = setup_office(DataPaths(tmp / "office"), office_name="Kontoret i Tingbjerg",
                       municipality="København", username="admin",
                       full_name="Anna Administrator", password="admin-kode-123",
                       roles={Role.JOBKONSULENT, Role.JOBFORMIDLER, Role.LEDER,
                              Role.SKRANKE}, kdf=fast).ctx
    companies.create_company(ctx, name="Køkkenet i Tingbjerg Beboerhus ApS", cvr="10150817",
                             industry="Hotel og restauration", offers_note=LONG_TEXT)
    companies.create_company(ctx, name="Butikken A/S", cvr="12345674", industry="Detail")
    citizen = long_citizen(ctx)
    dropins.register(ctx, citizen_id=citizen, reasons=[DropInReason.BREV])
    dropins.register(ctx, visitor_label="Abdirahmaan-Mohamed", reasons=[DropInReason.AKUT],
                     interpreter_needed=True, language="arabisk")
    checker = Checker(app)
    login = LoginDialog(ctx.store.paths)
    login.show()
    checker.check(login, "loginDialog")
    checker.explore(login, "loginDialog", 1)
    checker.close(login)
    wizard = SetupWizard(DataPaths(tmp / "new"), kdf=fast)
    wizard.show()
    for page in wizard.pageIds():
        wizard.setStartId(page)
        wizard.restart()
        checker.check(wizard, f"setupWizard: {type(wizard.currentPage()).__name__}")
    checker.close(wizard)
    main = MainWindow(ctx, kdf=fast)
    main.show()
    for row, title in enumerate(main.page_titles()):
        main.nav.setCurrentRow(row)
        checker.check(main, f"mainWindow: {title}")
        checker.explore(main, f"mainWindow: {title}", 1, within=main.current_page())
    main.nav.setCurrentRow(main.page_titles().index("Åben rådgivning"))
    counter = main.drop_in_page
    counter.view.selectRow(0)  # a visit chosen: Afslut … and Opret som borger … open forms
    checker.check(main, "mainWindow: Åben rådgivning, a visit chosen")
    checker.explore(main, "mainWindow: Åben rådgivning, a visit chosen", 1, within=counter)
    display = counter.open_display()
    checker.check(display, "publicDisplay")
    display.close()
    for action in ("staffAction", "idleAction", "recoveryAction", "backupAction",
                   "deletionAction", "switchUserAction", "inviteAction"):
        checker.press(main.findChild(type(main.actions()[0]), action).trigger,
                      f"mainWindow / {action}", 1)
    workstation_dialogs(checker, ctx, main)
    main.lock()
    checker.check(main.unlock_dialog, "unlockDialog")
    main.unlock_dialog.accept()
    record = main.open_citizen(citizen)
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        title = f"citizenRecord: {record.tabs.tabText(index).replace('&', '')}"
        checker.check(record, title)
        checker.no_sideways_scrolling(record, "recordScroll", title)
        checker.explore(record, title, 1, within=record.tabs.currentWidget())
    checker.explore(record, "citizenRecord header", 1)
    record.close()
    main.close()
    ctx.store.close()
    screen = app.primaryScreen().geometry()
    for widget in app.topLevelWidgets():  # Qt deletes them now, not the garbage collector
        widget.deleteLater()              # at exit after the application is gone
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    return {"screen": [screen.width(), screen.height()], "checked": checker.checked,
            "problems": checker.problems}


if __name__ == "__main__":
    print(json.dumps(child(Path(sys.argv[1])), ensure_ascii=False), flush=True)
    # the report is out; skip the interpreter's teardown, whose garbage collection of Qt
    # wrappers after the application object can crash (it is not what this test checks)
    os._exit(0)
