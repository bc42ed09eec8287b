"""Preview of a PDF rendered in memory, with printing; saving is a separate, explicit choice."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.ui.files import save_file_name
from app.ui.geometry import fit_size


class PdfPreview(QWidget):
    """Shows PDF bytes; "Udskriv" prints them; "Gem som fil" warns before writing to disk."""

    printed = Signal()
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, allow_save: bool = True) -> None:
        super().__init__(parent)
        self._pdf = b""
        self._allow_save = allow_save
        self._build()

    def _build(self) -> None:
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Forhåndsvisning"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self.tr("&Udskriv …"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Gem som fil …"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_document)
        self.save_button.setVisible(self._allow_save)
        # where the last file went (issue 17, point 14)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_pdf(self, data: bytes) -> None:
        self._pdf = data
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def pdf_bytes(self) -> bytes:
        return self._pdf

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            raise FremskudtError(self.tr("Printeren kunne ikke startes."))
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                size = rect.size()
                image = self.document.render(page, size, QPdfDocumentRenderOptions())
                scaled = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation)
                painter.drawImage(0, 0, scaled)
        finally:
            painter.end()
        self.printed.emit()

    def save_document(self) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Gem som fil"),
            self.tr("Dokumentet indeholder fortrolige oplysninger. En gemt fil er ikke "
                    "krypteret. Gem kun på et sted, som er beskyttet, og slet filen, når den "
                    "ikke skal bruges mere.\n\nVil du gemme alligevel?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        suggested = (self.window().windowTitle() or self.tr("dokument")) + ".pdf"
        path = save_file_name(self, self.tr("Gem PDF"), suggested.replace("/", "-"),
                              "PDF (*.pdf)")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Write the PDF to `path` and say where it went."""
        try:
            with open(path, "wb") as fh:
                fh.write(self._pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Gem som fil"), self.tr(
                "Filen kunne ikke gemmes: {error}").format(error=exc.strerror or str(exc)))
            return
        self.saved_label.setText(self.tr("Gemt: {path}").format(path=path))
        self.saved_label.setToolTip(path)
        self.saved.emit(path)


def open_pdf_dialog(parent: QWidget, title: str, pdf: bytes, name: str, *,
                    allow_save: bool = True, size: tuple[int, int] = (760, 900)) -> QDialog:
    """A non-modal window previewing `pdf`, with print (and save); `dialog.preview` is the
    PdfPreview."""
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    preview = PdfPreview(dialog, allow_save=allow_save)
    preview.set_pdf(pdf)
    QVBoxLayout(dialog).addWidget(preview)
    dialog.preview = preview
    fit_size(dialog, *size)  # a page's height where the screen has it; the buttons stay on it
    dialog.open()
    return dialog
