"""The program's log: a rotating file in the data folder, owner-only, with no case data.

The log is for the office's IT and the maintainers: what failed and where, with record ids,
never a name or a CPR number. Code logs ids only; as defence in depth every record passes a
filter that masks anything shaped like a CPR number (ten digits, with or without a dash) and
drops the SQL parameters a database error may carry. No Qt here: the CLI logs the same way.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from app.paths import DataPaths

LOG_DIR = "logs"
LOG_FILE = "fremskudt.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
HANDLER_NAME = "fremskudt-file"
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# Ten digits, with or without the dash after the birth date: 0101901234, 010190-1234. A
# longer run of digits (a counter, a size) and digits inside a hex id (a UUID: hex letters or
# a dash around them) are left alone, so ids stay readable.
_CPR = re.compile(r"(?<![0-9A-Fa-f-])\d{6}-?\d{4}(?![0-9A-Fa-f])")
# SQLAlchemy puts the statement's values in its messages: "[parameters: ('Amal', ...)]"
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL)
CPR_MASK = "XXXXXX-XXXX"


def redact(text: str) -> str:
    """The text with CPR-like numbers masked and SQL parameter lists removed."""
    text = _SQL_PARAMETERS.sub("[parameters: skjult]", text)
    return _CPR.sub(CPR_MASK, text)


class RedactCpr(logging.Filter):
    """Masks CPR-like numbers in a record's message, its arguments and its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def log_file(paths: DataPaths) -> Path:
    return paths.root / LOG_DIR / LOG_FILE


def _owner_only(path: Path) -> None:
    """Create the file with mode 600 before the handler opens it (never world-readable)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    if os.name == "posix":
        path.chmod(0o600)


class _OwnerOnlyRotatingHandler(logging.handlers.RotatingFileHandler):
    """Rotated files keep mode 600 too."""

    def doRollover(self) -> None:
        super().doRollover()
        for index in range(1, self.backupCount + 1):
            rotated = Path(f"{self.baseFilename}.{index}")
            if rotated.exists() and os.name == "posix":
                rotated.chmod(0o600)
        _owner_only(Path(self.baseFilename))


def setup(paths: DataPaths, level: int = logging.INFO) -> Path:
    """Write the program's log to the data folder (logs/fremskudt.log, 1 MB x 6 files).
    Calling it again replaces the previous file handler. Returns the log file's path."""
    shutdown()
    if not paths.root.exists():
        paths.root.mkdir(parents=True, mode=0o700)
    folder = paths.root / LOG_DIR
    folder.mkdir(exist_ok=True, mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)
    path = log_file(paths)
    _owner_only(path)
    handler = _OwnerOnlyRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                        encoding="utf-8")
    handler.set_name(HANDLER_NAME)
    handler.addFilter(RedactCpr())
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    logging.getLogger("app").setLevel(level)
    logging.getLogger("app").info("log opened")
    return path


def current_log_file() -> Path | None:
    """The file the log is written to now, if `setup` has run."""
    for handler in logging.getLogger().handlers:
        if handler.get_name() == HANDLER_NAME and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def shutdown() -> None:
    """Close and remove the file handler (tests, and before a new `setup`)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
