"""Fixtures shared by the whole suite.

- No test may open a socket: the program is offline by design (DESIGN.md §4).
- Argon2id runs with small parameters here; the real ones are tuned to ~0.5 s.
- `db` is a fresh, migrated, encrypted database in a temporary data folder.
"""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from mpi_desktop.domain.enums import Role
from mpi_desktop.security.access import Actor
from mpi_desktop.storage import schema
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import User
from mpi_desktop.storage.paths import DataPaths

_REAL_SOCKET = socket.socket


class SocketOpened(AssertionError):
    pass


class _GuardedSocket(_REAL_SOCKET):
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise SocketOpened("Se intentó abrir un socket: MPI Desktop no usa la red.")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test in which the program (or a library it calls) opens a socket of any kind."""
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "socketpair", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "create_server", _refuse)


def _refuse(*args: object, **kwargs: object) -> None:
    raise SocketOpened("Se intentó abrir un socket: MPI Desktop no usa la red.")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    """Every test gets its own data folder; nothing touches the real user's files."""
    home = tmp_path / "datos"
    monkeypatch.setenv("MPI_DESKTOP_HOME", str(home))
    for name in ("MPI_DESKTOP_USER", "MPI_DESKTOP_PASSPHRASE", "MPI_DESKTOP_BACKUP_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    return DataPaths(home)


@pytest.fixture(autouse=True)
def no_system_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the machine's real keyring; device tests install their own backend."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small Argon2id parameters so the suite stays fast; the format and code path are the real ones."""
    from mpi_desktop.security import vault

    fast = vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    monkeypatch.setattr(vault, "DEFAULT_PARAMS", fast)
    monkeypatch.setattr(vault, "calibrate", lambda *args, **kwargs: fast)


@pytest.fixture
def db_key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def db(isolated_home: DataPaths, db_key: bytes) -> Iterator[Database]:
    isolated_home.home.mkdir(parents=True, exist_ok=True)
    database = Database(isolated_home.database, db_key, create=True)
    schema.upgrade(database, db_key, isolated_home.migration_copies)
    yield database
    database.close()


def _actor(db: Database, username: str, role: Role) -> Actor:
    with db.transaction() as session:
        user = User(username=username, display_name=username.title(), role=role)
        session.add(user)
        session.flush()
        return Actor(user_id=user.id, username=username, role=role)


@pytest.fixture
def admin(db: Database) -> Actor:
    return _actor(db, "admin", Role.ADMINISTRATOR)


@pytest.fixture
def caseworker(db: Database) -> Actor:
    return _actor(db, "lucia", Role.CASEWORKER)


@pytest.fixture
def statistician(db: Database) -> Actor:
    return _actor(db, "esta", Role.STATISTICS)
