"""Encrypted backups: create one from the live database, verify a file, make the automatic ones.

A backup is made in one pass (docs/backups.md §2): inside one read transaction on the live
database, the main database file's own bytes (SQLCipher ciphertext, the snapshot) are hashed and
encrypted in AES-256-GCM chunks into a temporary file after room for the manifest, while the rows
are counted; the manifest is sealed into its room; the file is fsynced while it is read back and
every chunk authenticated; then renamed (and the folder fsynced). A failure at any step — a full
disk, a cancel — leaves no file.
"""

from __future__ import annotations

import contextlib
import errno
import hmac
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
from mpi_desktop.exchange import backup_stream as stream
from mpi_desktop.exchange import snapshot
from mpi_desktop.exchange.backup_format import (
    SUFFIX,
    BackupError,
    BackupKeys,
    BackupTampered,
    Manifest,
    OpenedBackup,
    check_backup_passphrase,
    default_params,
    encode_fixed,
    new_header,
    open_prelude,
    placeholder,
    read_chunks,
    sealed_size,
)
from mpi_desktop.security.access import Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.security.vault import KdfParams
from mpi_desktop.services import backup_settings
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.engine import file_salt
from mpi_desktop.storage.files import fsync_dir

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


@contextlib.contextmanager
def _damage_is_the_source() -> Iterator[None]:
    try:
        yield
    except snapshot.SourceDamaged:
        raise BackupDamaged(1, source=True) from None


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
        steps = Steps(progress, cancelled, {"key": 0.02, "snapshot": 0.03, "write": 0.7, "verify": 0.25})
        steps.stage("key", "Derivando la llave del respaldo…")
        header, salt = new_header(params or default_params())
        keys = BackupKeys.derive(passphrase, salt, KdfParams(**header["kdf"]))
        fixed = encode_fixed(header, keys)
        with temporary_names(destination.parent, destination.name, 1) as (packed,):
            fallback = steps.stage("snapshot", "Tomando una instantánea de la base…")
            with _damage_is_the_source(), snapshot.read_snapshot(ws.db, ws.key, ws.paths.home, fallback) as snap:
                manifest = Manifest(
                    program_version=__version__,
                    schema_revision=snap.schema_revision(),
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    counts=dict.fromkeys(snap.tables(), 0),
                    database_sha256="0" * 64,
                    database_bytes=snap.size,
                    database_salt=file_salt(snap.source).hex(),
                    database_key=ws.key.hex(),
                    vault=_carried_vault(ws),
                )
                written = stream.Written(packed, header, keys, fixed, sealed_size(placeholder(manifest)))
                thread, counting = stream.start_counting(snap)
                try:
                    digest = written.stream(snap, steps.stage("write", "Cifrando y escribiendo el respaldo…"))
                    counts = stream.counted(snap, thread, counting)
                except BaseException:
                    written.close()
                    with contextlib.suppress(BaseException):
                        stream.counted(snap, thread, counting, stop=True)
                    raise
            manifest = replace(manifest, counts=counts, database_sha256=digest)
            try:
                written.seal(manifest)
                checking = steps.stage("verify", "Comprobando el archivo escrito…")
                stream.fsync_while(written.out, lambda: stream.verify_written(packed, keys, checking))
            finally:
                written.close()
            if destination.exists():  # chosen by someone else meanwhile: never replace it
                raise BackupExists()
            os.replace(packed, destination)
            fsync_dir(destination.parent)
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
    """Authenticate a backup and decrypt the database file inside it into a temporary folder in
    `folder` (by default beside the backup): every chunk authenticated, the SHA-256 and length
    compared with the manifest's. Yields the manifest and that file (SQLCipher ciphertext under
    the manifest's key, fsynced) and removes the folder afterwards unless the caller moved it.
    `check` adds SQLCipher's own checks on it: every page's HMAC, the b-tree structure and the
    row counts of the manifest — `backup verify` and the drill; a restore relies on the digest."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BackupError("No se encontró el archivo de respaldo indicado.")
    stages = {"key": 0.05, "read": 0.45, "check": 0.5} if check else {"key": 0.05, "read": 0.95}
    steps = Steps(progress, cancelled, stages)
    workdir = Path(tempfile.mkdtemp(prefix="mpi-respaldo-", dir=folder or path.parent))  # owner-only (0700)
    try:
        with translated_errors(), path.open("rb") as handle:
            steps.stage("key", "Derivando la llave del respaldo…")
            opened = open_prelude(handle, passphrase)
            part = workdir / "base.tmp"
            _decrypt_into(handle, opened, part, steps.stage("read", label))
            if check:
                steps.stage("check", "Verificando cifrado y estructura…")
                verify_counts(snapshot.check(part, opened.manifest.key), opened.manifest)
        yield opened, part
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _decrypt_into(handle, opened: OpenedBackup, part: Path, report: Callable[[float], None]) -> None:
    done, total = 0, opened.manifest.database_bytes
    fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as sink, stream.Digest() as digest:
        for data in read_chunks(handle, opened):
            digest.update(data)
            sink.write(data)
            done += len(data)
            report(done / total)
        # Constant time, as every check of a digest (DESIGN.md §4); both sides are ASCII hex.
        if not hmac.compare_digest(digest.hexdigest(), opened.manifest.database_sha256):
            raise BackupTampered("la base no coincide con su suma de verificación")
        sink.flush()
        os.fsync(sink.fileno())


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
        folder = ws.paths.home if ws is not None else None  # the local disk, not a USB drive, when there is one
        with extracted(path, passphrase, folder=folder, progress=progress, cancelled=cancelled) as (opened, _part):
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
