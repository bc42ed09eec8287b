"""The navigation's pages: which pages a user's roles give, in order, and how each is made.

One entry per page. A page is made the first time it is shown (`MainWindow._show_page`).
Titles are translated in the "MainWindow" context, as the window's own texts are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.roles import Permission, Role
from app.services.context import CurrentUser, ServiceContext
from app.ui.companies_page import CompaniesPage
from app.ui.find_page import FindCitizenPage
from app.ui.groups_page import GroupsPage
from app.ui.partners_page import PartnersPage
from app.ui.referrals_page import ReferralsPage
from app.ui.sync_page import SyncPage
from app.ui.team_page import TeamPage
from app.ui.today_page import TodayPage
from app.ui.workstations_page import WorkstationsPage


class MainWindow(Protocol):
    """What a page factory may use of the main window (app/ui/main_window.py)."""

    ctx: ServiceContext
    drop_in_page: QWidget | None

    def _reload_caseload(self) -> None: ...

    def _caseload_page(self) -> QWidget: ...

    def _drop_in_page(self) -> QWidget: ...

    def _measures_page(self) -> QWidget: ...

    def _no_role_page(self) -> QWidget: ...

    def open_citizen(self, citizen_id) -> QWidget: ...


def _t(text: str) -> str:
    """A title marked with QT_TRANSLATE_NOOP, translated now (the language can change)."""
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class NavPage:
    title: str  # marked QT_TRANSLATE_NOOP("MainWindow", ...)
    shown_to: Callable[[CurrentUser], bool]
    make: Callable[[MainWindow], QWidget]


def _desk(user: CurrentUser) -> bool:
    return user.can(Permission.CASE_READ)


def _calendar_page(window: MainWindow) -> QWidget:
    from app.ui.calendar_page import CalendarPage  # icalendar when first shown (issue 22)

    return CalendarPage(window.ctx, window.open_citizen)


def _reports_page(window: MainWindow) -> QWidget:
    from app.ui.reports_page import ReportsPage  # reportlab when first shown (issue 22)

    return ReportsPage(window.ctx)


def _leader(user: CurrentUser) -> bool:
    return Role.LEDER in user.roles


PAGES: list[NavPage] = [
    # issue 20, points 1-6: the desk roles start the day on "I dag"
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "I dag"), _desk,
            lambda w: TodayPage(w.ctx, w.open_citizen)),
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Sagsstamme"), _desk,
            lambda w: w._caseload_page()),
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Kalender"), _desk,
            lambda w: _calendar_page(w)),
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Sagsstamme"),
            lambda u: not _desk(u) and u.can(Permission.CITIZEN_BASIC),
            lambda w: FindCitizenPage(w.ctx)),
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Åben rådgivning"),
            lambda u: u.can(Permission.QUEUE), lambda w: w._drop_in_page()),
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Virksomheder"),
            lambda u: u.can(Permission.COMPANY), lambda w: CompaniesPage(w.ctx)),
    # issue 20, points 7, 11 and 12
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Gruppeforløb"), _desk, lambda w: GroupsPage(w.ctx)),
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Samarbejdspartnere"), _desk,
            lambda w: PartnersPage(w.ctx)),
    # issue 19, point 3: the jobcenter's referrals
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Henvisninger"), _desk,
            lambda w: ReferralsPage(w.ctx, w.open_citizen)),
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Rapporter"),
            lambda u: u.can(Permission.REPORTS), lambda w: _reports_page(w)),
    # issue 21: the programme's measures for the leader
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Ledelsesinformation"), _leader,
            lambda w: w._measures_page()),
    # issue 20, points 8-10: makkerskaber, caseload band, handover
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Team"), _leader, lambda w: TeamPage(w.ctx)),
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Synkronisering"),
            lambda u: u.can(Permission.EXPORT), lambda w: SyncPage(w.ctx)),
    # issue 18
    NavPage(QT_TRANSLATE_NOOP("MainWindow", "Arbejdsstationer"),
            lambda u: u.can(Permission.ADMIN) or _leader(u),
            lambda w: WorkstationsPage(w.ctx)),
]


def pages_for_user(window: MainWindow) -> list[tuple[str, Callable[[], QWidget]]]:
    """(title, factory) of every page the window's user may see, in navigation order."""
    user = window.ctx.user
    pages: list[tuple[str, Callable[[], QWidget]]] = [
        (_t(page.title), lambda page=page: page.make(window))
        for page in PAGES if page.shown_to(user)]
    if not user.roles - {Role.ADMINISTRATOR}:  # issue 17, point 9: say what to ask for
        pages.insert(0, (_t(QT_TRANSLATE_NOOP("MainWindow", "Dine roller")),
                         window._no_role_page))
    return pages
