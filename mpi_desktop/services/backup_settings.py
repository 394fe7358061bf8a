"""Automatic backups: the folder the administrator picks (a USB drive), how many to keep, the
passphrase they are made with, and the last good backup (kept in the encrypted database).

The passphrase of automatic backups is stored in the `settings` table, inside the encrypted
database: whoever can open the database can already read everything a backup holds, and the
program must back up on close without asking. It is never shown again nor written to the audit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.validation import MEXICO_CITY
from mpi_desktop.security.access import Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.models import Setting, utcnow

FOLDER_KEY = "backup_folder"
KEEP_KEY = "backup_keep"
PASSPHRASE_KEY = "backup_passphrase"  # noqa: S105 (a settings key, not a secret)
LAST_AT_KEY = "backup_last_good_at"
LAST_FILE_KEY = "backup_last_good_file"
DEFAULT_KEEP = 7
KEEP_RANGE = (1, 100)
DAILY = timedelta(hours=24)
MIN_PASSPHRASE = 12


@dataclass(frozen=True)
class BackupStatus:
    """What the status bar and the Respaldos area show; no secret in it."""

    folder: Path | None
    keep: int
    has_passphrase: bool
    last_good_at: datetime | None
    last_good_file: str | None
    folder_missing: bool
    overdue: bool

    @property
    def configured(self) -> bool:
        return self.folder is not None and self.has_passphrase

    @property
    def warning(self) -> bool:
        return self.folder_missing or self.overdue

    def describe(self) -> str:
        last = self.last_good_at.astimezone(MEXICO_CITY).strftime("%d/%m/%Y %H:%M") if self.last_good_at else "nunca"
        if self.folder_missing:
            return f"⚠ Carpeta de respaldos no disponible (¿memoria USB desconectada?). Último respaldo: {last}"
        if self.overdue:
            return f"⚠ Respaldo atrasado. Último respaldo: {last}"
        if not self.configured:
            return f"Respaldos automáticos sin configurar. Último respaldo: {last}"
        return f"Último respaldo: {last}"


def _values(session: Session) -> dict[str, str]:
    keys = (FOLDER_KEY, KEEP_KEY, PASSPHRASE_KEY, LAST_AT_KEY, LAST_FILE_KEY)
    return {key: row.value for key in keys if (row := session.get(Setting, key)) is not None}


def _put(session: Session, key: str, value: str | None) -> str | None:
    row = session.get(Setting, key)
    old = row.value if row else None
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Setting(key=key, value=value, updated_at=utcnow()))
    else:
        row.value, row.updated_at = value, utcnow()
    return old


def status(ws: Workspace, now: datetime | None = None) -> BackupStatus:
    """Any role may read it: it holds a folder name and a time, never personal data."""
    with ws.db.session() as session:
        values = _values(session)
    folder = Path(values[FOLDER_KEY]) if values.get(FOLDER_KEY) else None
    try:
        keep = int(values.get(KEEP_KEY, DEFAULT_KEEP))
    except ValueError:
        keep = DEFAULT_KEEP
    try:
        last_at = datetime.fromisoformat(values[LAST_AT_KEY]) if values.get(LAST_AT_KEY) else None
    except ValueError:
        last_at = None
    now = now or utcnow()
    has_passphrase = bool(values.get(PASSPHRASE_KEY))
    configured = folder is not None and has_passphrase
    return BackupStatus(
        folder=folder,
        keep=keep,
        has_passphrase=has_passphrase,
        last_good_at=last_at,
        last_good_file=values.get(LAST_FILE_KEY),
        folder_missing=configured and not folder.is_dir(),
        overdue=configured and (last_at is None or now - last_at >= DAILY),
    )


def configure(ws: Workspace, folder: str | Path | None, keep: int, passphrase: str | None = None) -> BackupStatus:
    """Choose (or with `folder=None`, turn off) automatic backups. Only administrators."""
    require(ws.actor, Permission.RESTORE)
    problems: dict[str, str] = {}
    low, high = KEEP_RANGE
    if not isinstance(keep, int) or not low <= keep <= high:
        problems["keep"] = f"Se conservan de {low} a {high} respaldos."
    if folder is not None:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            problems["folder"] = "La carpeta de respaldos no existe o no está conectada."
        elif not os.access(folder, os.W_OK):
            problems["folder"] = "No se puede escribir en la carpeta de respaldos."
    if passphrase is not None and (len(passphrase) < MIN_PASSPHRASE or len(set(passphrase)) < 4):
        problems["passphrase"] = f"La frase de los respaldos debe tener al menos {MIN_PASSPHRASE} caracteres variados."
    with ws.db.transaction() as session:
        if folder is not None and passphrase is None and not _values(session).get(PASSPHRASE_KEY):
            problems["passphrase"] = "Indique la frase con la que se cifrarán los respaldos automáticos."  # noqa: S105
        if problems:
            raise ValidationError(problems)
        new_folder = str(folder) if folder is not None else None
        old_folder = _put(session, FOLDER_KEY, new_folder)
        if old_folder != new_folder:
            record(
                session,
                ws.actor,
                AuditAction.UPDATE,
                entity="setting",
                field=FOLDER_KEY,
                old=old_folder,
                new=new_folder,
            )
        old_keep = _put(session, KEEP_KEY, str(keep))
        if old_keep != str(keep):
            record(session, ws.actor, AuditAction.UPDATE, entity="setting", field=KEEP_KEY, old=old_keep, new=keep)
        if passphrase is not None:
            _put(session, PASSPHRASE_KEY, passphrase)
            # Only that it changed: the value never reaches the audit.
            record(session, ws.actor, AuditAction.UPDATE, entity="setting", field=PASSPHRASE_KEY, detail="cambiada")
    return status(ws)


def automatic_passphrase(ws: Workspace) -> str | None:
    """For the automatic backup job only; never shown."""
    require(ws.actor, Permission.BACKUP)
    with ws.db.session() as session:
        row = session.get(Setting, PASSPHRASE_KEY)
    return row.value if row and row.value else None


def record_good_backup(session: Session, file_name: str, at: datetime) -> None:
    """Called inside the audited transaction of a backup that was written and verified."""
    _put(session, LAST_AT_KEY, at.isoformat())
    _put(session, LAST_FILE_KEY, file_name)


def due(ws: Workspace, now: datetime | None = None) -> bool:
    """An automatic backup should run now: configured, folder present, none in the last day."""
    current = status(ws, now)
    return current.configured and not current.folder_missing and current.overdue
