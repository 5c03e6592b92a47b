"""Typed errors. The library raises these; the CLI turns each into one line on stderr
and exit code 2, so users never see a traceback for bad input."""

from __future__ import annotations


class ChatAuditError(Exception):
    """Base class: `message` says what is wrong, `hint` what to try."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(ChatAuditError):
    """The export (or another input file) cannot be read as asked."""


class UsageError(ChatAuditError):
    """An option or configuration value is malformed or unknown."""


class ModelError(ChatAuditError):
    """A model is missing, corrupt or of the wrong kind."""


class OutputError(ChatAuditError):
    """The report cannot be written where asked."""
