"""Typed errors raised by the core.

Each error carries a Danish message *template* with named `{placeholders}` and the values for
them (Anki's `pylib/anki/lang.py` style): the UI translates the template by key and fills in
the values, so no UI ever has to parse finished Danish text. `message` is the filled Danish
text (logs, CLI, tests).
"""

from __future__ import annotations

from app.domain.text import Text


class FremskudtError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, template: str, /, **params: object) -> None:
        message = Text(template, **params)
        super().__init__(message)
        self.template = template
        self.params = params
        self.message = message


class ValidationError(FremskudtError):
    """Bad input: nothing was changed."""

    def __init__(self, template: str, /, field: str | None = None, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class PermissionDenied(FremskudtError):
    """The current user's roles do not allow the action."""


class NotFound(FremskudtError):
    """The record asked for does not exist (or was deleted)."""


class DuplicateError(ValidationError):
    """A unique value (CPR, CVR, username) is already in use; `existing_id` names the holder."""

    def __init__(self, template: str, /, existing_id: object | None = None,
                 field: str | None = None, **params: object) -> None:
        super().__init__(template, field, **params)
        self.existing_id = existing_id


class NeedsChoice(ValidationError):
    """The action needs the user to choose first; `choices` are (key, label) the UI offers as
    links (e.g. possible duplicates before a citizen is created)."""

    def __init__(self, template: str, /, choices: list[tuple[str, str]],
                 field: str | None = None, **params: object) -> None:
        super().__init__(template, field, **params)
        self.choices = choices
