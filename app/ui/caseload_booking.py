"""The caseload's part of issue 20: a due item that a booked meeting will meet shows the
booking instead of its mark ("Snart"), and "Book møde" books one for the selected row with
the kind the due item asks for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.domain.appointments import booking_meets, suggested_kind
from app.services.caseload import CaseloadRow
from app.services.context import ServiceContext
from app.ui.appointment_dialogs import BookingDialog

BOOKED_COLOUR = QColor("#1565c0")


def booking_for(row: CaseloadRow, bookings: dict[str, dt.datetime]) -> dt.datetime | None:
    """The citizen's next booking when it meets the row's due item (on or before the date)."""
    at = bookings.get(row.citizen_key)
    if at is None or not booking_meets(row.next_due_kind, row.next_due_on,
                                       at.astimezone().date()):
        return None
    return at


def booked_text(at: dt.datetime) -> str:
    return QCoreApplication.translate("CaseloadModel", "Booket {when}").format(
        when=f"{at.astimezone():%d.%m %H.%M}")


def book_for_row(parent: QWidget, ctx: ServiceContext, row: CaseloadRow) -> BookingDialog:
    """The booking dialog for the row's citizen, the kind its due item asks for."""
    dialog = BookingDialog(ctx, citizen_id=row.citizen_id, citizen_name=row.name,
                           kind=suggested_kind(row.next_due_kind), parent=parent)
    dialog.open()
    return dialog
