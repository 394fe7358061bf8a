"""An unlocked installation: the open database, the key, and the person using it.

`initialize` creates a new installation (database, first administrator, recovery code);
`unlock` opens one with a user's passphrase; `recover` opens one with the recovery code and
sets a new passphrase. Nothing is written on a failed unlock except the attempt counter.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import ConflictError, ValidationError
from mpi_desktop.security import device
from mpi_desktop.security.access import Actor
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.security.device import DeviceSecretStore
from mpi_desktop.security.errors import UnknownUser, UnlockError, UserDisabled
from mpi_desktop.security.throttle import UnlockThrottle
from mpi_desktop.security.vault import KdfParams, Vault, normalize_username
from mpi_desktop.storage import schema
from mpi_desktop.storage.engine import KEY_BYTES, Database, file_salt, sniff
from mpi_desktop.storage.errors import DatabaseMissing, DatabaseNotOurs
from mpi_desktop.storage.models import User
from mpi_desktop.storage.paths import DataPaths


@dataclass
class Workspace:
    paths: DataPaths
    db: Database
    vault: Vault
    actor: Actor
    key: bytes = field(repr=False)
    store: DeviceSecretStore | None = field(default=None, repr=False)
    notices: list[str] = field(default_factory=list)

    def close(self) -> None:
        """Lock: close the database and drop the key."""
        self.db.close()
        self.key = b""


def _store(store: DeviceSecretStore | bool | None) -> DeviceSecretStore | None:
    # True means "look for the system keyring"; tests pass an in-memory store or None.
    return device.find_store() if store is True else store or None


def initialize(
    paths: DataPaths,
    username: str,
    display_name: str,
    passphrase: str,
    *,
    store: DeviceSecretStore | bool | None = True,
    params: KdfParams | None = None,
) -> tuple[Workspace, str]:
    """Create a new encrypted installation with its first administrator. Returns it and the recovery code."""
    if paths.exists():
        raise ConflictError("Ya existe una base de datos en esa carpeta; no se sobrescribe.")
    username = normalize_username(username)
    if not username or not display_name.strip():
        raise ValidationError({"username": "Indique el usuario y el nombre de la persona administradora."})
    keystore = _store(store)
    key = secrets.token_bytes(KEY_BYTES)
    vault, code = Vault.create(paths.vault, username, passphrase, key, store=keystore, params=params)
    paths.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    db = Database(paths.database, key, create=True)
    try:
        schema.upgrade(db, key, paths.migration_copies)
        with db.transaction() as session:
            user = User(username=username, display_name=display_name.strip(), role=Role.ADMINISTRATOR)
            session.add(user)
            session.flush()
            actor = Actor(user_id=user.id, username=username, role=Role.ADMINISTRATOR)
            record(
                session,
                actor,
                AuditAction.USER_ADMIN,
                entity="user",
                entity_id=user.id,
                detail="instalación creada; primera persona administradora",
            )
        db.checkpoint()  # the salt lives in page 1, which must reach the main file first
        vault.bind_database(file_salt(paths.database))
        vault.save()
    except BaseException:
        db.close()
        for leftover in (paths.database, paths.vault):
            leftover.unlink(missing_ok=True)
        raise
    # The vault says whether a device secret was really stored (a keyring may refuse the write).
    notices = [] if vault.uses_device_secret else [device.NO_STORE_MESSAGE]
    return Workspace(paths, db, vault, actor, key, keystore, notices), code


def _open(paths: DataPaths, vault: Vault, key: bytes) -> Database:
    if not paths.database.exists():
        raise DatabaseMissing()
    sniff(paths.database)  # empty, truncated mid-page, plain SQLite: said before anything else
    salt = vault.database_salt
    if salt is not None and file_salt(paths.database) != salt:
        raise DatabaseNotOurs("pertenece a otra instalación: el archivo de llaves no corresponde a esta base")
    db = Database(paths.database, key)
    try:
        schema.upgrade(db, key, paths.migration_copies)
    except BaseException:
        db.close()
        raise
    return db


def _actor_for(db: Database, username: str) -> Actor:
    # A transaction, not a bare session: it turns a damaged page met on this first read into DatabaseCorrupt.
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.username == normalize_username(username)))
    if user is None:
        raise UnknownUser()
    if not user.active:
        raise UserDisabled()
    return Actor(user_id=user.id, username=user.username, role=user.role)


def unlock_key(
    paths: DataPaths,
    username: str,
    passphrase: str,
    *,
    store: DeviceSecretStore | bool | None = True,
    clock: Callable[[], float] | None = None,
) -> tuple[Vault, bytes, DeviceSecretStore | None]:
    """Prove the passphrase and unwrap the database key, without opening the database."""
    throttle = UnlockThrottle(paths.state, clock) if clock else UnlockThrottle(paths.state)
    throttle.check(username)
    vault = Vault.load(paths.vault)
    keystore = _store(store)
    try:
        key = vault.unlock(username, passphrase, keystore)
    except UnlockError:
        throttle.failed(username)
        raise
    throttle.succeeded(username)
    return vault, key, keystore


def unlock(
    paths: DataPaths,
    username: str,
    passphrase: str,
    *,
    store: DeviceSecretStore | bool | None = True,
    clock: Callable[[], float] | None = None,
) -> Workspace:
    vault, key, keystore = unlock_key(paths, username, passphrase, store=store, clock=clock)
    db = _open(paths, vault, key)
    try:
        actor = _actor_for(db, username)
        with db.transaction() as session:
            record(session, actor, AuditAction.LOGIN)
    except BaseException:
        db.close()
        raise
    return Workspace(paths, db, vault, actor, key, keystore)


def recover(
    paths: DataPaths,
    code: str,
    username: str,
    new_passphrase: str,
    *,
    store: DeviceSecretStore | bool | None = True,
) -> tuple[Workspace, str]:
    """Open with the recovery code, give `username` a new passphrase and issue a new recovery code."""
    throttle = UnlockThrottle(paths.state)
    throttle.check("recovery")
    vault = Vault.load(paths.vault)
    keystore = _store(store)
    try:
        key = vault.unlock_with_recovery_code(code)
    except UnlockError:
        throttle.failed("recovery")
        raise
    db = _open(paths, vault, key)
    try:
        actor = _actor_for(db, username)
        vault.set_passphrase(username, new_passphrase, key, keystore)
        new_code = vault.new_recovery_code(key)
        with db.transaction() as session:
            record(
                session,
                actor,
                AuditAction.USER_ADMIN,
                entity="user",
                entity_id=actor.user_id,
                detail="acceso recuperado con el código de recuperación; nueva frase y nuevo código",
            )
        vault.save()
    except BaseException:
        db.close()
        raise
    throttle.succeeded("recovery")
    return Workspace(paths, db, vault, actor, key, keystore), new_code
