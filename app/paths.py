"""Where Fremskudt keeps its files. The one module that knows; nothing is created on import."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Fremskudt"
APP_AUTHOR = "Fremskudt"

STORE_FILE = "office.db"
KEYRING_FILE = "office.keys.json"
BACKUP_DIR = "backups"
WINDOWS_FILE = "windows.json"  # window sizes and positions per screen


def default_data_dir() -> Path:
    """The per-machine data folder (on Windows under %LOCALAPPDATA%)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


# The UI's languages: Danish (the source) and English (resources/translations/fremskudt_en.*)
UI_LANGUAGES = ("da", "en")


def documents_dir() -> Path:
    """The user's Documents folder: where file dialogs start (issue 17, point 14)."""
    return Path(platformdirs.user_documents_dir())


def resources_dir() -> Path:
    """The shipped resources: fonts, icons, translations."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path(name: str) -> Path:
    return resources_dir() / "fonts" / name


@dataclass(frozen=True)
class DataPaths:
    """The files of one office workstation, all under one folder."""

    root: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None) -> DataPaths:
        if data_dir is None:
            env = os.environ.get("FREMSKUDT_DATA_DIR")
            return cls(Path(env) if env else default_data_dir())
        return cls(Path(data_dir))

    @property
    def store(self) -> Path:
        return self.root / STORE_FILE

    @property
    def keyring(self) -> Path:
        return self.root / KEYRING_FILE

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR

    @property
    def windows(self) -> Path:
        return self.root / WINDOWS_FILE

    def exists(self) -> bool:
        return self.store.exists() and self.keyring.exists()

    def ensure(self) -> None:
        """Create the folders; called by the commands that write, never on import."""
        for folder in (self.root, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)  # the office's data: owner only
