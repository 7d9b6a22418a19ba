"""Errors a user can act on. Anything else escaping tqcheck is a bug."""

from __future__ import annotations


class TqcheckError(Exception):
    """Base class: carries a message that says what is wrong and where.

    ``details`` lists individual problems (e.g. every schema violation with
    its JSON pointer) so surfaces can show them all at once.
    """

    def __init__(self, message: str, *, where: str | None = None, details: list[dict] | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.details = details or []

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InputError(TqcheckError):
    """The text or file to check cannot be used (empty, wrong type, bad bytes)."""


class ConfigError(TqcheckError):
    """A configuration file or option is invalid."""


class RuleError(TqcheckError):
    """A rule raised while checking; the message names the rule."""


class LimitError(InputError):
    """Input within the size limits that would cost more work than a server
    allows (too many glossary entries, ...). Surfaces answer 413."""

    status = 413
