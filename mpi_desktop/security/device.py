"""The optional device secret kept in the operating system's keyring (DESIGN.md §4).

Mixed into each user's slot key, it makes the copied data folder alone useless for offline
guessing. Only real secret stores count: a backend of priority ≥ 1 that is not a plaintext
or "fail" backend. Where none exists (a headless Linux box) the program says so and works
with the passphrase alone.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

SERVICE = "MPI Desktop"
NO_STORE_MESSAGE = (
    "Este equipo no tiene un almacén de llaves del sistema disponible; la base se protege solo con la "
    "frase de acceso de cada persona. Use frases largas."
)
SECRET_BYTES = 32
# Backends that store secrets in plain or reversible form, or do nothing.
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


@dataclass
class DeviceSecretStore:
    backend: keyring.backend.KeyringBackend

    def _name(self, vault_id: str) -> str:
        return f"device-secret-{vault_id}"

    def get(self, vault_id: str) -> bytes | None:
        try:
            value = self.backend.get_password(SERVICE, self._name(vault_id))
        except keyring.errors.KeyringError:
            return None
        try:
            secret = bytes.fromhex(value) if value else None
        except (ValueError, TypeError):  # an entry someone edited: as good as absent
            return None
        return secret if secret and len(secret) == SECRET_BYTES else None

    def create(self, vault_id: str) -> bytes:
        secret = secrets.token_bytes(SECRET_BYTES)
        self.backend.set_password(SERVICE, self._name(vault_id), secret.hex())
        return secret


def acceptable(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    if any(module.startswith(refused) for refused in _REFUSED_MODULES):
        return False
    try:
        priority = float(backend.priority)
    except Exception:  # a backend that cannot even say its priority is not usable
        return False
    return priority >= 1


def find_store() -> DeviceSecretStore | None:
    """The system keyring if it is a real secret store, else None (and the caller says so)."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    chainer = getattr(backend, "backends", None)
    if chainer:  # ChainerBackend: pick the best acceptable one
        candidates = sorted((b for b in chainer if acceptable(b)), key=lambda b: b.priority, reverse=True)
        return DeviceSecretStore(candidates[0]) if candidates else None
    return DeviceSecretStore(backend) if acceptable(backend) else None
