"""Encrypted backups: create one from the live database, verify a file, make the automatic ones.

A backup is made in four steps (docs/backups.md): a consistent snapshot of the live database is
copied page by page under a key derived from the backup passphrase; that copy is checked (every
page's HMAC, the b-tree structure, record counts); it is packed after an authenticated manifest
into a temporary file that is fsynced and renamed (and the folder fsynced); the written file is
read back and authenticated. A failure at any step — a full disk, a cancel — leaves no file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from mpi_desktop import __version__
from mpi_desktop.exchange import snapshot
from mpi_desktop.exchange.backup_format import (
    SUFFIX,
    BackupError,
    BackupKeys,
    BackupTampered,
    BackupTruncated,
    Manifest,
    OpenedBackup,
    check_backup_passphrase,
    default_params,
    encode_prelude,
    new_header,
    open_prelude,
)
from mpi_desktop.security.access import Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.security.vault import KdfParams
from mpi_desktop.services import backup_settings
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.engine import file_salt
from mpi_desktop.storage.files import fsync_dir

CHUNK = 4 * 1024 * 1024
AUTOMATIC_PREFIX = "mpi-respaldo-"
Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


class BackupCancelled(BackupError):
    def __init__(self) -> None:
        super().__init__("Operación cancelada; no se dejó ningún archivo a medias.")


class BackupWriteFailed(BackupError):
    def __init__(self, error: BaseException) -> None:
        if snapshot.is_disk_full(error):
            why = "no hay espacio suficiente en el disco de destino"
        elif isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            why = "no se permite escribir en la carpeta de destino"
        else:
            why = "la unidad de destino no respondió como se esperaba"
        super().__init__(f"No se pudo escribir el respaldo: {why}. No quedó ningún archivo a medias.")


class BackupExists(BackupError):
    def __init__(self) -> None:
        super().__init__(
            "Ya existe un archivo con ese nombre; elija otro (un respaldo nunca sobrescribe otro archivo)."
        )


class BackupDamaged(BackupError):
    def __init__(self, problems: int, source: bool = False) -> None:
        where = (
            "La base actual tiene daños; no se creó el respaldo"
            if source
            else "La base dentro del respaldo tiene daños"
        )
        super().__init__(f"{where} ({problems} problemas de integridad). Ejecute «mpi-desktop check».")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest


@dataclass(frozen=True)
class VerifyResult:
    path: Path
    manifest: Manifest

    def describe(self) -> str:
        return (
            f"Respaldo íntegro: cifrado y autenticado, estructura correcta, {self.manifest.total_records} registros; "
            f"creado el {self.manifest.created_at[:16].replace('T', ' ')} UTC con MPI Desktop "
            f"{self.manifest.program_version}."
        )


def scaled(progress: Progress | None, start: float, width: float) -> Progress | None:
    """A part of a longer operation's progress."""
    if progress is None:
        return None
    return lambda fraction, label: progress(start + width * fraction, label)


class Steps:
    """Maps each stage's own 0..1 progress onto the whole operation, and checks for a cancel."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, stages: dict[str, float]):
        self.progress, self.cancelled, self.stages = progress, cancelled, stages
        self.base = 0.0

    def stage(self, name: str, label: str) -> Callable[[float], None]:
        start, width = (
            sum(self.stages[k] for k in list(self.stages)[: list(self.stages).index(name)]),
            self.stages[name],
        )

        def report(fraction: float) -> None:
            if self.cancelled and self.cancelled():
                raise snapshot.CopyCancelled()
            if self.progress:
                self.progress(min(1.0, start + width * fraction), label)

        report(0.0)
        return report


@contextlib.contextmanager
def temporary_names(folder: Path, stem: str, count: int) -> Iterator[list[Path]]:
    """Hidden names beside the target, removed whatever happens."""
    token = secrets.token_hex(4)
    names = [folder / f".{stem}.{token}.{index}.tmp" for index in range(count)]
    try:
        yield names
    finally:
        for name in names:
            for suffix in ("", "-journal", "-wal", "-shm"):
                name.with_name(name.name + suffix).unlink(missing_ok=True)


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Every failure of the disk or of a cancel in the program's own words."""
    try:
        yield
    except snapshot.CopyCancelled:
        raise BackupCancelled() from None
    except BackupError:
        raise
    except OSError as error:
        raise BackupWriteFailed(error) from None
    except Exception as error:
        if snapshot.is_disk_full(error):
            raise BackupWriteFailed(error) from None
        raise


def _pack(part: Path, destination: Path, prelude_size: int, report: Callable[[float], None]) -> str:
    """Write room for the prelude, then the part, into `destination` (a new file); the part's SHA-256.

    The prelude (which holds that digest) is written over the room afterwards: one read of the part,
    and no ciphertext of a provisional manifest ever reaches the disk (a nonce is used once)."""
    digest, total, done = hashlib.sha256(), part.stat().st_size, 0
    fd = os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as out, part.open("rb") as source:
        out.write(bytes(prelude_size))
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
            done += len(chunk)
            report(done / total)
    return digest.hexdigest()


def _write_prelude(destination: Path, prelude: bytes) -> None:
    with destination.open("r+b") as out:
        out.write(prelude)
        out.flush()
        os.fsync(out.fileno())


def _database_part(handle, opened: OpenedBackup, report: Callable[[float], None], sink=None) -> None:
    """Read the database part to its end, hashing it (and copying it to `sink`); truncation and
    tampering are told apart by the length and the digest the manifest vouches for."""
    digest, expected, done = hashlib.sha256(), opened.manifest.database_bytes, 0
    while chunk := handle.read(min(CHUNK, expected - done + 1)):
        done += len(chunk)
        if done > expected:
            raise BackupTampered("hay datos añadidos al final")
        digest.update(chunk)
        if sink is not None:
            sink.write(chunk)
        report(done / expected)
    if done < expected:
        raise BackupTruncated()
    if digest.hexdigest() != opened.manifest.database_sha256:
        raise BackupTampered("la base no coincide con su suma de verificación")


def create_backup(
    ws: Workspace,
    destination: str | Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    params: KdfParams | None = None,
    remember: bool = True,
) -> BackupResult:
    """Write and verify an encrypted backup at `destination`; audited. `remember` records it as the
    last good backup (not for the safety copy a restore takes)."""
    require(ws.actor, Permission.BACKUP)
    check_backup_passphrase(passphrase)
    destination = Path(destination).expanduser().absolute()
    if destination.exists():
        raise BackupExists()
    if not destination.parent.is_dir():
        raise BackupError("La carpeta de destino no existe o no está conectada.")
    with translated_errors():
        steps = Steps(progress, cancelled, {"key": 0.02, "copy": 0.55, "check": 0.28, "write": 0.1, "verify": 0.05})
        steps.stage("key", "Derivando la llave del respaldo…")
        header, salt = new_header(params or default_params())
        keys = BackupKeys.derive(passphrase, salt, KdfParams(**header["kdf"]))
        with temporary_names(destination.parent, destination.name, 2) as (part, packed):
            try:
                snapshot.snapshot(ws.db, part, keys.database, steps.stage("copy", "Copiando la base…"))
            except snapshot.SourceDamaged:
                raise BackupDamaged(1, source=True) from None
            steps.stage("check", "Verificando la copia…")
            # The structure of the snapshot (a damaged live database is not backed up); the bytes are
            # then bound to the authenticated manifest by their SHA-256.
            checked = snapshot.check(part, keys.database, every_page=False)
            if not checked.ok:
                raise BackupDamaged(len(checked.problems), source=True)
            size = part.stat().st_size
            manifest = Manifest(
                program_version=__version__,
                schema_revision=checked.schema_revision,
                created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                counts=checked.counts,
                database_sha256="0" * 64,  # the digest is taken while packing; same length, so same size
                database_bytes=size,
                database_salt=file_salt(ws.db.path).hex(),
                vault=_carried_vault(ws),
            )
            room = len(encode_prelude(header, keys, manifest))  # in memory only, never written
            digest = _pack(part, packed, room, steps.stage("write", "Escribiendo el respaldo…"))
            manifest = replace(manifest, database_sha256=digest)
            _write_prelude(packed, encode_prelude(header, keys, manifest))
            if destination.exists():  # chosen by someone else meanwhile: never replace it
                raise BackupExists()
            os.replace(packed, destination)
            fsync_dir(destination.parent)
            try:
                with destination.open("rb") as handle:  # read back what reached the disk, authenticated
                    opened = open_prelude(handle, keys=keys)
                    _database_part(handle, opened, steps.stage("verify", "Comprobando el archivo escrito…"))
            except BaseException:
                destination.unlink(missing_ok=True)
                raise
    with ws.db.transaction() as session:
        detail = f"respaldo creado y verificado: {destination.name}; {manifest.total_records} registros"
        record(session, ws.actor, AuditAction.BACKUP, entity="backup", new=digest[:16], detail=detail)
        if remember:
            backup_settings.record_good_backup(session, destination.name, datetime.fromisoformat(manifest.created_at))
    if progress:
        progress(1.0, "Respaldo creado y verificado.")
    return BackupResult(destination, manifest)


def _carried_vault(ws: Workspace) -> dict | None:
    """The key vault rides along (encrypted in the manifest) so a new computer can open the restored
    database with the recovery code or a passphrase; see docs/backups.md."""
    try:
        return json.loads(ws.paths.vault.read_bytes())
    except (OSError, ValueError):
        return None


@contextlib.contextmanager
def extracted(
    path: str | Path,
    passphrase: str,
    *,
    folder: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    label: str = "Verificando el respaldo…",
    check: bool = True,
) -> Iterator[tuple[OpenedBackup, Path]]:
    """Authenticate a backup, copy its database part to a temporary file and check it; yields the
    manifest and the part (still under the backup's key) and removes the part afterwards.
    `check=False` for a caller that re-keys the part at once (a restore): that copy reads and
    authenticates every page, and the caller checks the structure of what it built."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BackupError("No se encontró el archivo de respaldo indicado.")
    stages = {"key": 0.05, "read": 0.35, "check": 0.6} if check else {"key": 0.05, "read": 0.95}
    steps = Steps(progress, cancelled, stages)
    workdir = Path(tempfile.mkdtemp(prefix="mpi-respaldo-", dir=folder))  # owner-only (0700)
    try:
        with translated_errors(), path.open("rb") as handle:
            steps.stage("key", "Derivando la llave del respaldo…")
            opened = open_prelude(handle, passphrase)
            part = workdir / "base.tmp"
            fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "wb") as sink:
                _database_part(handle, opened, steps.stage("read", label), sink)
            if check:
                steps.stage("check", "Verificando cifrado y estructura…")
                verify_counts(snapshot.check(part, opened.keys.database), opened.manifest)
        yield opened, part
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def verify_counts(checked: snapshot.CheckReport, manifest: Manifest) -> None:
    if not checked.ok:
        raise BackupDamaged(len(checked.problems))
    if checked.counts != manifest.counts:
        raise BackupTampered("los conteos no coinciden con el manifiesto")


def verify_backup(
    path: str | Path,
    passphrase: str,
    ws: Workspace | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> VerifyResult:
    """Check a backup file end to end without touching anything; audited when a session is open."""
    path = Path(path).expanduser()
    try:
        with extracted(path, passphrase, progress=progress, cancelled=cancelled) as (opened, _part):
            result = VerifyResult(path, opened.manifest)
    except BackupError as error:
        _audit(ws, AuditAction.BACKUP, f"verificación fallida de {path.name}: {type(error).__name__}")
        raise
    _audit(ws, AuditAction.BACKUP, f"respaldo verificado: {path.name}; {result.manifest.total_records} registros")
    return result


def _audit(ws: Workspace | None, action: AuditAction, detail: str) -> None:
    if ws is None:
        return
    with ws.db.transaction() as session:
        record(session, ws.actor, action, entity="backup", detail=detail)


# ---- automatic backups ---------------------------------------------------------------------------
def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, oldest first (their names sort by time)."""
    return sorted(p for p in folder.glob(f"{AUTOMATIC_PREFIX}*{SUFFIX}") if p.is_file())


def automatic_backup(
    ws: Workspace, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> BackupResult:
    """One automatic backup into the chosen folder, then only the newest `keep` are kept."""
    current = backup_settings.status(ws)
    passphrase = backup_settings.automatic_passphrase(ws)
    if current.folder is None or not passphrase:
        raise BackupError("Los respaldos automáticos no están configurados (Respaldos → Respaldos automáticos).")
    if current.folder_missing:
        raise BackupError("La carpeta de respaldos no está disponible; conecte la memoria USB o elija otra carpeta.")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    result = create_backup(
        ws, current.folder / f"{AUTOMATIC_PREFIX}{stamp}{SUFFIX}", passphrase, progress=progress, cancelled=cancelled
    )
    for old in automatic_backups(current.folder)[: -current.keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return result
