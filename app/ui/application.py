"""Starting the GUI: the Qt application, the translation, first run or login, the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import __version__, logs
from app.domain.roles import Permission
from app.paths import DataPaths, font_path, resources_dir
from app.services import office, peers_live
from app.services.context import ServiceContext
from app.ui import crash
from app.ui.geometry import install_screen_fitter
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None, lang: str = "da") -> QApplication:
    app = QApplication.instance() or QApplication(argv or ["fremskudt"])
    app.setApplicationName("Fremskudt")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Fremskudt")
    icon = resources_dir() / "icons" / "fremskudt.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        QFontDatabase.addApplicationFont(str(font_path(name)))
    if not QFontDatabase.families():
        app.setFont(QFont("DejaVu Sans", 10))
    install_translations(app, lang)
    install_screen_fitter(app)  # every window inside a 1366×768 screen at any scale
    return app


def install_translations(app: QApplication, lang: str) -> None:
    """Danish is the source language; Qt's own dialogs get Qt's translation of the language.
    Calling it again replaces the translation (tests switch languages)."""
    # Danish conventions (dates, decimal comma) in either language: en_DK is English words
    # with Danish formats, so calendars and spin boxes read naturally in both.
    language = QLocale.Language.English if lang == "en" else QLocale.Language.Danish
    QLocale.setDefault(QLocale(language, QLocale.Country.Denmark))
    for old in app.findChildren(QTranslator, "fremskudtTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    qt_translator = QTranslator(app)
    qt_translator.setObjectName("fremskudtTranslator")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt_translator.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
    catalogue = resources_dir() / "translations" / f"fremskudt_{lang}"
    if lang != "da":
        ours = QTranslator(app)
        ours.setObjectName("fremskudtTranslator")
        if not ours.load(str(catalogue.with_suffix(".qm"))):
            raise FileNotFoundError(f"{catalogue.with_suffix('.qm')} mangler")
        app.installTranslator(ours)


def ask_pending_recovery(ctx: ServiceContext) -> bool:
    """Before anything else: a setup that ended before its recovery sheet was confirmed gets a
    new key now (issue 17, point 8). False when the dialog did not end confirmed."""
    if not (ctx.user.can(Permission.ADMIN) and office.recovery_sheet_pending(ctx)):
        return True
    from app.ui.setup_wizard import PendingRecoveryDialog  # rarely needed: not at every start

    return PendingRecoveryDialog(ctx).exec() == QDialog.DialogCode.Accepted


def open_main_window(ctx: ServiceContext) -> MainWindow:
    """Show the main window at once; the day's first backup starts behind it (status bar)."""
    window = MainWindow(ctx)
    window.show()
    window.start_day()
    return window


def run_gui(paths: DataPaths, lang: str = "da", opened_bundle: Path | None = None) -> int:
    app = make_application(lang=lang)
    # an unexpected error is written to logs/fremskudt.log in the data folder and shown
    logs.setup(paths)
    hook = crash.install()
    try:
        return _run(app, paths, opened_bundle)
    finally:
        hook.uninstall()
        logs.shutdown()


def _run(app: QApplication, paths: DataPaths, opened_bundle: Path | None) -> int:
    if opened_bundle is not None:
        QMessageBox.information(None, "Fremskudt", QCoreApplication.translate(
            "Application",
            "{name} er en synkroniseringspakke til jobcentret ({size:.1f} MB). Den er "
            "krypteret til jobcentrets nøgle og indlæses centralt med "
            "'fremskudt-central import'. Kontoret kan ikke åbne den.").format(
            name=opened_bundle.name,
            size=opened_bundle.stat().st_size / 1e6 if opened_bundle.exists() else 0))
        return 0
    if not paths.exists():
        from app.ui.setup_wizard import SetupWizard  # first run only (issue 22: start imports)

        wizard = SetupWizard(paths)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.ctx is None:
            return 0
        ctx = wizard.ctx
    else:
        login = LoginDialog(paths)
        if login.exec() != QDialog.DialogCode.Accepted or login.ctx is None:
            return 0
        ctx = login.ctx
    if not ask_pending_recovery(ctx):
        ctx.store.close()
        return 0
    window = open_main_window(ctx)
    # live sync with the office's other workstations (issue 23), behind the window
    window.live_sync = peers_live.AppLiveSync(ctx)
    code = app.exec()
    window.live_sync.stop()
    window.ctx.store.close()
    return code
