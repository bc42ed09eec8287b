"""Typed errors raised by the core. Each carries a Danish message the UI shows as it is."""

from __future__ import annotations


class FremskudtError(Exception):
    """Base of every error the core raises on purpose. `message` is Danish, for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(FremskudtError):
    """Bad input: nothing was changed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(FremskudtError):
    """The current user's roles do not allow the action."""


class NotFound(FremskudtError):
    """The record asked for does not exist (or was deleted)."""


class DuplicateError(ValidationError):
    """A unique value (CPR, CVR, username) is already in use; `existing_id` names the holder."""

    def __init__(self, message: str, existing_id: object | None = None, field: str | None = None):
        super().__init__(message, field)
        self.existing_id = existing_id


class NeedsChoice(ValidationError):
    """The action needs the user to choose first; `choices` are (key, label) the UI offers as
    links (e.g. possible duplicates before a citizen is created)."""

    def __init__(self, message: str, choices: list[tuple[str, str]], field: str | None = None):
        super().__init__(message, field)
        self.choices = choices
