"""An in-memory keyring backend for tests: the real system keyring is never touched.

Each instance is one "machine": its secrets live in a dict and vanish with it. Classes derived
from `KeyringBackend` register themselves with keyring's backend discovery as soon as they are
defined; `unregistered` takes them out again, so that defining them here never changes which
backend `keyring.get_keyring()` would pick elsewhere in the test run.
"""

from __future__ import annotations

from typing import TypeVar

import keyring
import keyring.backend
import keyring.errors
import pytest

Backend = TypeVar("Backend", bound=type[keyring.backend.KeyringBackend])


def unregistered(cls: Backend) -> Backend:
    keyring.backend.KeyringBackend._classes.discard(cls)
    return cls


@unregistered
class MemoryKeyring(keyring.backend.KeyringBackend):
    """A well-behaved secret store of high priority, as Windows Credential Manager or the macOS Keychain."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


def use_keyring(monkeypatch: pytest.MonkeyPatch, backend: keyring.backend.KeyringBackend) -> None:
    """Make `backend` the keyring the program finds (what `keyring.get_keyring()` returns)."""
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
