"""Restoring a backup: over the current database, or onto a new computer (docs/backups.md).

Over the current database: the backup is authenticated and its database file decrypted beside
the live file (every chunk authenticated, the SHA-256 compared). That file is SQLCipher
ciphertext under the key it had at backup time: when that is the live key and salt (a backup of
this installation) it is used as it is, and the key vault stays valid; otherwise it is re-keyed
page by page to the live key and salt. It is migrated forward and checked for the restoring
administrator; only then is an encrypted safety copy of the live database kept (the live file
itself, hard-linked) and the restored file renamed over it.

On a new computer (an empty data folder): the backup carries the key vault. The person proves
the recovery code (and sets a new passphrase, as `recover` does) or an administrator passphrase
whose slot needs no device secret; the vault's key opens the database as it is.
Anything refused before the swap leaves every file as it was.
"""

from __future__ import annotations

import hmac
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import ConflictError
from mpi_desktop.exchange import snapshot
from mpi_desktop.exchange.backup import (
    BackupCancelled,
    BackupDamaged,
    Cancelled,
    Progress,
    extracted,
    scaled,
    temporary_names,
    translated_errors,
    verify_counts,
)
from mpi_desktop.exchange.backup_format import BackupError, Manifest, OpenedBackup
from mpi_desktop.security import device
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.security.device import DeviceSecretStore
from mpi_desktop.security.vault import Vault, check_passphrase, normalize_username
from mpi_desktop.services import workspace
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage import schema
from mpi_desktop.storage.engine import Database, file_salt
from mpi_desktop.storage.files import fsync_dir, write_atomic
from mpi_desktop.storage.models import User
from mpi_desktop.storage.paths import DataPaths

SAFETY_FOLDER = "copias-antes-de-restaurar"


class RestoreRefused(BackupError):
    pass


class BackupFromNewerProgram(BackupError):
    def __init__(self) -> None:
        super().__init__(
            "El respaldo fue hecho con una versión más nueva de MPI Desktop; actualice el programa para restaurarlo."
        )


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    safety_copy: Path | None
    migrated: bool
    recovery_code: str | None = None  # a new code, when the recovery code was used on a new computer

    def describe(self) -> str:
        lines = [f"Respaldo del {self.manifest.created_at[:16].replace('T', ' ')} UTC restaurado."]
        if self.migrated:
            lines.append("Se actualizó al esquema de datos de esta versión del programa.")
        if self.safety_copy:
            lines.append(
                f"La base anterior quedó guardada, cifrada como siempre, en {self.safety_copy}; para volver a ella, "
                "cierre el programa y cópiela sobre mpi.db."
            )
        return " ".join(lines)


def materialize(
    opened: OpenedBackup,
    part: Path,
    destination: Path,
    key: bytes,
    salt: bytes,
    copies: Path,
    progress=None,
    *,
    thorough: bool = False,
) -> tuple[bool, snapshot.CheckReport | None]:
    """Put a backup's database file at `destination` under `key` and `salt` and bring its schema to
    this program's head. Returns whether a migration ran, and with `thorough` SQLCipher's checks.

    The file is moved as it is when `key` and `salt` are the ones it was written under (a backup of
    this installation): its bytes are the snapshot's, as the digest has just proven. Otherwise it
    is re-keyed page by page (slow, and reading every page authenticates it). `thorough` (the
    drill) adds every page's HMAC, the b-tree structure and, without a migration, the counts."""
    manifest = opened.manifest
    if hmac.compare_digest(key + salt, manifest.key + manifest.salt):
        os.replace(part, destination)
    else:
        try:
            snapshot.copy_database(part, manifest.key, destination, key, salt, progress)
        except snapshot.SourceDamaged:
            raise BackupDamaged(1) from None
    db = Database(destination, key)
    try:
        before = schema.current_revision(db)
        try:
            schema.upgrade(db, key, copies)
        except Exception as error:  # alembic cannot find the revision: a newer program wrote it
            if type(error).__module__.startswith("alembic"):
                raise BackupFromNewerProgram() from None
            raise
        migrated = before != schema.head_revision()
    finally:
        db.close()
    if not thorough:
        return migrated, None
    checked = snapshot.check(destination, key)
    if migrated and not checked.ok:  # a migration may add tables or move rows: the structure only
        raise BackupDamaged(len(checked.problems))
    if not migrated:
        verify_counts(checked, manifest)
    return migrated, checked


def _restoring_actor(path: Path, key: bytes, username: str) -> Actor:
    """The person must be an active administrator in the restored data, or could not open it after."""
    with Database(path, key) as db, db.session() as session:
        user = session.scalar(select(User).where(User.username == normalize_username(username)))
        actor = None if user is None else Actor(user_id=user.id, username=user.username, role=user.role)
        active = bool(user and user.active)
    if actor is None or not active or actor.role is not Role.ADMINISTRATOR:
        raise RestoreRefused(
            "En el respaldo su usuario no existe, está desactivado o no es administrador: después de restaurar "
            "no podría abrir la base. No se modificó nada."
        )
    return actor


def restore_over(
    ws: Workspace,
    path: str | Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RestoreResult:
    """Replace the live database with a backup's content; the old one is kept in a safety copy.
    On success `ws` holds the restored database (the caller should lock and reopen its windows)."""
    require(ws.actor, Permission.RESTORE)
    path, paths = Path(path).expanduser(), ws.paths
    name = path.name
    verifying = scaled(progress, 0.0, 0.45)
    with (
        extracted(path, passphrase, folder=paths.home, progress=verifying, cancelled=cancelled, check=False) as (
            opened,
            part,
        ),
        translated_errors(),
        temporary_names(paths.home, paths.database.name, 1) as (new,),
    ):
        report = scaled(progress, 0.45, 0.5)

        def step(fraction: float) -> None:
            if cancelled and cancelled():
                raise snapshot.CopyCancelled()
            if report:
                report(fraction, "Preparando la base restaurada…")

        # The live key and salt: the vault stays bound to the file, and the swap is a single rename.
        salt = file_salt(paths.database)
        migrated, _checked = materialize(opened, part, new, ws.key, salt, paths.migration_copies, step)
        actor = _restoring_actor(new, ws.key, ws.actor.username)
        if cancelled and cancelled():  # the last point where a cancel is possible
            raise BackupCancelled()
        with ws.db.transaction() as session:  # in the old database, so the safety copy holds it
            record(session, ws.actor, AuditAction.RESTORE, entity="backup", detail=f"restauración iniciada: {name}")
        safety = _swap(ws, new)
    ws.actor = actor
    with ws.db.transaction() as session:
        detail = f"respaldo restaurado: {name}; creado {opened.manifest.created_at}; copia previa {safety.name}"
        record(session, actor, AuditAction.RESTORE, entity="backup", detail=detail)
    if progress:
        progress(1.0, "Restauración terminada.")
    return RestoreResult(opened.manifest, safety, migrated)


def _swap(ws: Workspace, new: Path) -> Path:
    """Close the live database, keep it as the safety copy, rename the restored file over it, reopen.

    The safety copy is the live file itself, still encrypted under the live key and with the same
    salt (so the key vault opens it if it is put back): a hard link taken before the rename costs
    nothing and cannot fail half-way; where links are not supported it is a plain fsynced copy."""
    home, live = ws.paths.home, ws.paths.database
    safety_dir = home / SAFETY_FOLDER
    safety_dir.mkdir(mode=0o700, exist_ok=True)
    safety = safety_dir / f"antes-de-restaurar-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}.db"
    ws.db.close()  # checkpoints: the main file holds everything, and no -wal is left
    try:
        try:
            os.link(live, safety)
        except OSError:
            shutil.copyfile(live, safety)
            os.chmod(safety, 0o600)
            snapshot.fsync(safety)
        fsync_dir(safety_dir)
        os.replace(new, live)
        for suffix in ("-wal", "-shm"):  # a closed database leaves none; a stale one must not be replayed
            live.with_name(live.name + suffix).unlink(missing_ok=True)
        fsync_dir(home)
    finally:
        ws.db = Database(live, ws.key)
    return safety


def restore_new(
    paths: DataPaths,
    path: str | Path,
    passphrase: str,
    username: str,
    secret: str,
    *,
    recovery_code: bool = False,
    new_passphrase: str | None = None,
    store: DeviceSecretStore | bool | None = True,
    progress: Progress | None = None,
) -> tuple[Workspace, RestoreResult]:
    """Set up an installation on a new computer from a backup. `secret` is the administrator's
    passphrase, or with `recovery_code` the recovery code (then `new_passphrase` is required)."""
    if paths.exists():
        raise ConflictError(
            "Ya hay una base de datos en esta carpeta; ábrala y restaure desde Respaldos, que guarda antes una copia."
        )
    if recovery_code:
        check_passphrase(new_passphrase or "", username)
    keystore = device.find_store() if store is True else store or None
    paths.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    placed = False
    try:
        with extracted(path, passphrase, folder=paths.home, progress=scaled(progress, 0.0, 0.5), check=False) as (
            opened,
            part,
        ):
            vault = _carried_vault(opened.manifest, paths)
            key = vault.unlock_with_recovery_code(secret) if recovery_code else vault.unlock(username, secret, keystore)
            salt = opened.manifest.salt
            with translated_errors(), temporary_names(paths.home, paths.database.name, 1) as (new,):
                migrated, _checked = materialize(opened, part, new, key, salt, paths.migration_copies)
                _restoring_actor(new, key, username)
                placed = True
                os.replace(new, paths.database)
                fsync_dir(paths.home)
            vault.bind_database(file_salt(paths.database))
            vault.save()
        if recovery_code:
            ws, code = workspace.recover(paths, secret, username, new_passphrase or "", store=keystore)
        else:
            ws, code = workspace.unlock(paths, username, secret, store=keystore), None
    except BaseException:
        if placed:
            for leftover in (paths.database, paths.vault):
                leftover.unlink(missing_ok=True)
        raise
    with ws.db.transaction() as session:
        detail = f"instalación restaurada en este equipo desde {Path(path).name}; creado {opened.manifest.created_at}"
        record(session, ws.actor, AuditAction.RESTORE, entity="backup", detail=detail)
    if progress:
        progress(1.0, "Restauración terminada.")
    return ws, RestoreResult(opened.manifest, None, migrated, code)


def _carried_vault(manifest: Manifest, paths: DataPaths) -> Vault:
    if manifest.vault is None:
        raise RestoreRefused("Este respaldo no lleva el archivo de llaves; restáurelo sobre una instalación existente.")
    # Through Vault.load, so the carried vault gets every check a vault on disk gets.
    workdir = Path(tempfile.mkdtemp(prefix="mpi-llaves-", dir=paths.home))
    try:
        carried = workdir / "llaves.json"
        # Owner-only and whole, like the vault on disk: it holds the wrapped keys and the user names.
        write_atomic(carried, json.dumps(manifest.vault).encode("utf-8"))
        vault = Vault.load(carried)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    vault.path = paths.vault
    return vault
