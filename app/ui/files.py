"""Files the user picks: dialogs that start in the user's Documents with a suggested name,
and sizes written as people read them (issue 17, points 12 and 14)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from app.paths import documents_dir

KB = 1000
MB = 1000 * KB


def size_text(size: int) -> str:
    """"15 kB", "2,4 MB": the unit that fits, decimals in the UI's locale."""
    locale = QLocale()
    if size < MB:
        kb = size / KB
        return QCoreApplication.translate("Files", "{n} kB").format(
            n=locale.toString(kb, "f", 1 if kb < 10 else 0))
    return QCoreApplication.translate("Files", "{n} MB").format(
        n=locale.toString(size / MB, "f", 1))


def start_folder() -> str:
    folder = documents_dir()
    return str(folder if folder.is_dir() else Path.home())


def save_file_name(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    """A path to save to ('' when cancelled), starting in Documents with `suggested`."""
    return QFileDialog.getSaveFileName(parent, title, str(Path(start_folder()) / suggested),
                                       file_filter)[0]


def open_file_name(parent: QWidget, title: str, file_filter: str) -> str:
    """A file to read ('' when cancelled), starting in Documents."""
    return QFileDialog.getOpenFileName(parent, title, start_folder(), file_filter)[0]


def folder_name(parent: QWidget, title: str) -> str:
    """A folder ('' when cancelled), starting in Documents."""
    return QFileDialog.getExistingDirectory(parent, title, start_folder())
