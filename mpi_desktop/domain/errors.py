"""Errors the program explains to people. Every message is Spanish and names no person."""

from __future__ import annotations


class MpiError(Exception):
    """Base of every error meant for a person: `str(error)` is a complete Spanish sentence."""


class ValidationError(MpiError):
    """Input that breaks a domain rule. `problems` maps a field name to its message."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()))


class NotFoundError(MpiError):
    pass


class PermissionDenied(MpiError):
    pass


class ConflictError(MpiError):
    """The change contradicts the current state (a closed case, a used catalogue item…)."""
