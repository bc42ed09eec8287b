"""Dialogs of the workstations page: renaming a member of the office."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import FremskudtError
from app.services import peers_folder
from app.services.peers_join import NAME_MAX
from app.ui.common import error_label, name_widget, show_label_error


class RenameDialog(QDialog):
    """Omdøb: the new name, checked by the service (1-40 characters, unique in the office);
    a refusal is shown here and the dialog stays open."""

    def __init__(self, member: peers_folder.MemberView, rename: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self._rename = rename
        self.setObjectName("renameDialog")
        self.setWindowTitle(self.tr("Omdøb arbejdsstation"))
        text = QLabel(self.tr(
            "Nyt navn til <b>{name}</b> (bogstav {letter}). Navnet ses på alle kontorets "
            "arbejdsstationer og hos jobcentrets IT; det skal være forskelligt fra de andres "
            "og have højst {n} tegn.").format(name=member.name, letter=member.letter or "-",
                                               n=NAME_MAX))
        text.setWordWrap(True)
        self.name = name_widget(QLineEdit(member.name), "renameName",
                                self.tr("Arbejdsstationens nye navn"))
        self.name.setMaxLength(NAME_MAX)
        self.name.selectAll()
        self.error = error_label("renameError")
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("&Omdøb"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("renameConfirm")
        cancel = buttons.addButton(self.tr("&Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("renameCancel")
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 200)

    def confirm(self) -> bool:
        try:
            self._rename(self.name.text())
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            self.name.setFocus()
            return False
        self.accept()
        return True
