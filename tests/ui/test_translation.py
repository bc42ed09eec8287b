"""The English translation: every UI text has one, the catalogue is in step with the code,
and `--lang en` shows an English UI (nothing Danish left on the main screens)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

from app.__main__ import build_parser, main
from app.db.keyring import KdfParams
from app.domain.enums import CourseStatus, Step
from app.domain.errors import FremskudtError, ValidationError
from app.domain.rules import CourseFacts, DueKind, all_due_items, trin1_exit_conditions
from app.domain.text import N_, join_texts
from app.domain.values import clean_text
from app.paths import DataPaths
from app.services.auth import login
from app.services.demo import create_demo_office
from app.services.staff import MIN_PASSWORD, check_password
from app.ui.application import install_translations
from app.ui.i18n import core_text, error_text, vocab
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _catalogue_tool():
    spec = importlib.util.spec_from_file_location("translations",
                                                  ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


catalogue = _catalogue_tool()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    install_translations(qapp, "en")
    yield qapp
    install_translations(qapp, "da")


def test_every_text_the_ui_shows_has_an_english_translation() -> None:
    messages = catalogue.collect()
    assert len(messages) > 900  # the UI's own texts and the core's
    assert {m.context for m in messages} >= {"Core", "MainWindow", "CitizenRecordWindow"}
    _found, problems = catalogue.core_scan()
    assert problems == [], "core texts that cannot be translated (f-strings):\n" + "\n".join(
        problems)
    lacking = catalogue.missing(messages)
    assert lacking == [], "texts without an English translation (run `python scripts/" \
        "translations.py update` and translate them in the .ts file):\n" + "\n".join(
            f"[{m.context}] {m.source!r} ({m.where})" for m in lacking)


def test_a_new_untranslated_text_is_caught(tmp_path: Path) -> None:
    """The check above is not vacuous: a text missing from the catalogue is reported."""
    messages = catalogue.collect()
    translations = catalogue.load()
    dropped = messages[len(messages) // 2]
    del translations[dropped.key]
    assert catalogue.missing(messages, translations) == [dropped]
    ts = tmp_path / "fremskudt_en.ts"
    catalogue.write(messages, translations, ts)
    reloaded = catalogue.load(ts)
    assert not reloaded[dropped.key].finished
    assert catalogue.missing(messages, reloaded) == [dropped]


def test_the_compiled_catalogue_matches_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fremskudt_en.qm"
    catalogue.compile_qm(catalogue.TS_FILE, fresh)
    assert fresh.read_bytes() == catalogue.QM_FILE.read_bytes(), \
        "resources/translations/fremskudt_en.qm is stale: run scripts/translations.py update"


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{(\w*)[^{}]*\}", text))


def test_translations_keep_placeholders_numbers_and_shortcuts() -> None:
    for (context, source, _comment), translation in catalogue.load().items():
        for form in translation.forms:
            assert _placeholders(form) == _placeholders(source), (context, source, form)
            assert ("%n" in form) == ("%n" in source), (context, source, form)
            shortcut = re.search(r"&\w", source) is not None
            assert (re.search(r"&\w", form) is not None) == shortcut, (context, source, form)


def test_lang_option() -> None:
    assert build_parser().parse_args(["--lang", "en"]).lang == "en"
    assert build_parser().parse_args([]).lang == "da"
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "sv", "check"])
    assert stopped.value.code == 2


def test_core_texts_are_translated_by_their_templates(english) -> None:
    with pytest.raises(ValidationError) as refused:
        clean_text("", field="first_name", label="Fornavn", required=True)
    assert refused.value.message == "Fornavn skal udfyldes."  # the core stays Danish
    assert refused.value.template == "{label} skal udfyldes."
    assert error_text(refused.value) == "First name must be filled in."
    assert core_text(refused.value.message) == "First name must be filled in."
    hours = N_("{label} kan højst være {maximum} timer.", label="Timer i måneden", maximum=744)
    assert hours == "Timer i måneden kan højst være 744 timer."
    assert core_text(hours) == "Hours in the month can be at most 744 hours."
    matches = join_texts(", ", [N_("samme CPR-nummer"), N_("samme telefonnummer")])
    assert matches == "samme CPR-nummer, samme telefonnummer"
    assert core_text(matches) == "same CPR number, same phone number"
    assert core_text("Noget borgeren selv har skrevet") == "Noget borgeren selv har skrevet"
    from app.domain.enums import AgreementType, CourseStatus, DropInEventKind

    assert vocab(AgreementType.BOTH) == "Paid hours and internship"
    assert vocab(CourseStatus.COMPLETED) == vocab(DropInEventKind.ENDED) == "Ended"


def test_finished_danish_is_not_parsed_back(english) -> None:
    """Only a text that keeps its template is translated: a finished Danish string built
    from a template (or joined from labels) stays as it is, which is why the check refuses
    such texts at the source."""
    assert core_text("Timer i måneden kan højst være 744 timer.") == \
        "Timer i måneden kan højst være 744 timer."
    assert core_text("samme CPR-nummer, samme telefonnummer") == \
        "samme CPR-nummer, samme telefonnummer"


def test_a_due_item_lists_the_missing_conditions_in_english(english) -> None:
    facts = CourseFacts(status=CourseStatus.ACTIVE, started_on=dt.date(2026, 1, 5),
                        step=Step.AFKLARING, step_started_on=dt.date(2026, 1, 5))
    item = next(i for i in all_due_items(facts) if i.kind == DueKind.TRIN1_TARGET)
    assert item.why.startswith("Trin 1 højst én måned. Mangler: visitation er gennemført")
    english_why = core_text(item.why)
    assert english_why.startswith("Trin 1 at most one month. Missing: ")
    conditions = [core_text(c.label) for c in trin1_exit_conditions(facts)]
    for label in conditions:
        assert label[:1].lower() + label[1:] in english_why
    assert core_text(item.what) == QCoreApplication.translate("Core", "Afslut trin 1")


def test_login_and_other_core_messages_show_in_english(english, office) -> None:
    """Issue 17, point 13: the wrong-password message and the core's refusals in English."""
    with pytest.raises(FremskudtError) as refused:
        login(office.paths, "admin", "forkert")
    assert refused.value.message == "Forkert brugernavn eller adgangskode."
    assert error_text(refused.value) == "Wrong username or password."
    with pytest.raises(ValidationError) as short:
        check_password("kort")
    assert error_text(short.value) == QCoreApplication.translate(
        "Core", "Adgangskoden skal have mindst {n} tegn.").format(n=MIN_PASSWORD)
    assert error_text(short.value) != short.value.message


BAD_CORE_MODULE = """
from app.domain.errors import FremskudtError, ValidationError
from app.domain.text import N_


class OddError(FremskudtError):
    pass


class Refused(OddError):  # no "Error" in the name: found through its base class
    pass


REASONS = {"a": N_("Første grund."), "b": N_("Anden grund.")}


def helper(template):
    raise Refused(template)  # a helper's parameter: its callers write N_("...")


def bad(name, parts, error):
    raise ValidationError(f"Navnet {name} er optaget.")  # refused
    raise OddError("Mangler: " + "; ".join(parts))  # refused
    raise Refused("{a} og {b}".format(a=1, b=2))  # refused
    raise FremskudtError(N_("Mappen {folder} findes ikke.", folder=name))  # refused
    return N_(f"Hej {name}")  # refused


def good(name, error):
    raise ValidationError("Navnet {name} er optaget.", field="name", name=name)
    raise Refused(REASONS["a"])
    raise OddError(error.template, **error.params)
    raise ValueError(f"not a core error: {name}")
"""


def test_the_check_refuses_core_texts_built_at_run_time() -> None:
    import ast

    trees = [*catalogue._trees(), ("app/services/odd.py", ast.parse(BAD_CORE_MODULE))]
    found, problems = catalogue.core_scan(trees)
    refused = [f"app/services/odd.py:{n}" for n, line in enumerate(
        BAD_CORE_MODULE.splitlines(), start=1) if line.endswith("# refused")]
    assert len(refused) == 5
    assert [p.split(": ", 1)[0] for p in problems if p.startswith("app/services/odd.py")] \
        == refused, problems
    assert {m.source for m in found} >= {"Navnet {name} er optaget.", "Første grund."}


def test_danish_stays_the_default(qapp) -> None:
    install_translations(qapp, "da")
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&Filer"
    assert core_text("Fornavn skal udfyldes.") == "Fornavn skal udfyldes."


def _danish_sources() -> set[str]:
    """Danish texts that read differently in English (shortcut marks removed)."""
    result = set()
    for (_context, source, _comment), translation in catalogue.load().items():
        if all(form != source for form in translation.forms) and len(source) > 2:
            result.add(source.replace("&", ""))
    return result


def _visible_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    for child in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(child).__name__} {child.objectName()}"
        yield where, child.windowTitle() if child.isWindow() else ""
        yield where, child.toolTip()
        if isinstance(child, QLabel | QAbstractButton):
            yield where, child.text()
        elif isinstance(child, QGroupBox):
            yield where, child.title()
        elif isinstance(child, QLineEdit):
            yield where, child.placeholderText()
        elif isinstance(child, QComboBox):
            for i in range(child.count()):
                yield where, child.itemText(i)
        elif isinstance(child, QTabWidget):
            for i in range(child.count()):
                yield where, child.tabText(i)
        elif isinstance(child, QMenu):
            yield where, child.title()
            for action in child.actions():
                yield where, action.text()
        if isinstance(child, QListWidget):
            for i in range(child.count()):
                yield where, child.item(i).text()
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                yield where, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(min(model.rowCount(), 30)):
                    yield where, str(model.data(model.index(row, column)) or "")


def test_the_english_ui_shows_no_danish_interface_text(qtbot, english, tmp_path) -> None:
    """The main screens of a demo office in English: no label, button, menu, tab, column or
    cell the program writes itself is left in Danish (citizens' own words are data)."""
    demo = create_demo_office(DataPaths(tmp_path / "demo"), citizens=80, seed=2,
                              kdf=KdfParams.fast_for_tests())
    ctx = demo.ctx
    window = MainWindow(ctx, kdf=KdfParams.fast_for_tests())
    qtbot.addWidget(window)
    window.show()
    assert window.page_titles() == ["Today", "Caseload", "Calendar", "Åben rådgivning",
                                    "Companies",
                                    "Group sessions", "Partners", "Referrals", "Reports",
                                    "Management information", "Team", "Synchronisation",
                                    "Workstations"]
    danish = _danish_sources()
    seen: list[tuple[str, str]] = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(50)
        seen += list(_visible_texts(window))
    page = window.caseload
    for row in range(min(page.model.rowCount(), 8)):
        record = window.open_citizen(page.model.row_at(row).citizen_id)
        for tab in range(record.tabs.count()):
            record.tabs.setCurrentIndex(tab)
            seen += list(_visible_texts(record))
        record.close()
    left = sorted({(where, text) for where, text in seen if text.replace("&", "") in danish})
    assert left == [], "Danish text in the English UI:\n" + "\n".join(
        f"{where}: {text!r}" for where, text in left)
    assert any(text == "Next deadline" for _where, text in seen)
    window.close()
    ctx.store.close()


def test_fremskudt_lang_en_starts_in_english(tmp_path: Path) -> None:
    """The installed command with --lang en: a double-clicked bundle's message in English
    (the one GUI path that ends without a user; shown offscreen and closed by a timer)."""
    bundle = tmp_path / "pakke-0001.fsb"
    bundle.write_bytes(b"age-encryption.org/v1\n")
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "from app.__main__ import main\n"
        "app = QApplication(['fremskudt'])\n"
        "def close():\n"
        "    for w in QApplication.topLevelWidgets():\n"
        "        if isinstance(w, QMessageBox) and w.isVisible():\n"
        "            print(w.text()); w.accept()\n"
        "    QTimer.singleShot(50, close)\n"
        "QTimer.singleShot(50, close)\n"
        f"sys.exit(main(['--lang', 'en', {str(bundle)!r}]))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen",
                                                       "PATH": "/usr/bin:/bin",
                                                       "HOME": str(tmp_path)}, check=False)
    assert result.returncode == 0, result.stderr
    assert "is a synchronisation bundle for the jobcentre" in result.stdout


def test_a_refused_form_explains_itself_in_english(qtbot, english, office) -> None:
    """The core refuses in Danish; the form shows the English message, with the field's
    English name filled into it, and nothing is saved."""
    window = MainWindow(office.admin, kdf=KdfParams.fast_for_tests())
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_titles().index("Caseload"))  # after "Today"
    qtbot.mouseClick(window.caseload.new_button, Qt.MouseButton.LeftButton)
    dialog = window.new_citizen_dialog
    assert dialog.windowTitle() == "New citizen"
    dialog.widgets["cpr"].setText("3102901234")
    dialog.widgets["first"].setText("Amal")
    dialog.widgets["last"].setText("Hassan")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The CPR number does not contain a valid date of birth."
    dialog.widgets["cpr"].setText("0101901234")
    dialog.widgets["first"].setText("")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == "First name must be filled in."
    assert window.caseload.model.rowCount() == 0
    dialog.close()
    window.close()
