"""The restore drill: prove that the latest backup can really be restored, without touching anything.

The latest backup in a folder is authenticated and put into a temporary folder inside the data
folder exactly as a restore would (migrated forward included), then given SQLCipher's full checks
(every page's HMAC, the b-tree structure, the counts of its manifest), and its record counts
compared with the live database's. The temporary copy is removed in every case.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from mpi_desktop.exchange.backup import SUFFIX, Cancelled, Progress, extracted, scaled
from mpi_desktop.exchange.backup_format import BackupError, Manifest
from mpi_desktop.exchange.restore import materialize
from mpi_desktop.security.access import Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services import backup_settings
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.models import Base

# Tables whose rows belong to the program's bookkeeping, not to the casework: they differ after
# any session (the audit of this very drill, drafts, settings) and are not compared.
BOOKKEEPING = frozenset({"alembic_version", "audit_events", "drafts", "settings"})
LABELS = {
    "cases": "Casos",
    "persons": "Personas",
    "aggressions": "Agresiones",
    "risk_assessments": "Análisis de riesgo",
    "follow_ups": "Seguimientos",
    "referrals": "Canalizaciones",
    "protection_plans": "Planes de protección",
    "measures": "Medidas",
    "measure_actions": "Acciones de medidas",
    "monitoring_calls": "Llamadas de monitoreo",
    "measure_catalogue": "Catálogo de medidas",
    "workshops": "Talleres",
    "workshop_sessions": "Sesiones de taller",
    "attendances": "Asistencias",
    "trainings": "Capacitaciones",
    "training_dates": "Fechas de capacitación",
    "headcounts": "Participantes por identidad",
    "governing_sessions": "Sesiones de órganos colegiados",
    "institutional_activities": "Actividades interinstitucionales",
    "users": "Usuarios",
    "folio_counters": "Contadores de folio",
}


@dataclass(frozen=True)
class CountLine:
    table: str
    in_backup: int
    live: int

    @property
    def label(self) -> str:
        return LABELS.get(self.table, self.table.replace("_", " ").capitalize())

    @property
    def more_in_backup(self) -> bool:
        """The live database has fewer rows than the backup: something was deleted, or lost."""
        return self.in_backup > self.live


@dataclass(frozen=True)
class DrillReport:
    file: Path
    manifest: Manifest
    migrated: bool
    lines: tuple[CountLine, ...]

    @property
    def differences(self) -> list[CountLine]:
        return [line for line in self.lines if line.in_backup != line.live]

    @property
    def warnings(self) -> list[CountLine]:
        return [line for line in self.lines if line.more_in_backup]

    def describe(self) -> str:
        text = [
            f"Simulacro de restauración correcto con {self.file.name} (creado el "
            f"{self.manifest.created_at[:16].replace('T', ' ')} UTC): se restauró en una carpeta temporal, "
            "pasó las verificaciones de cifrado y estructura, y la copia temporal se eliminó."
        ]
        if self.migrated:
            text.append("El respaldo se actualizó al esquema de esta versión del programa sin problemas.")
        if not self.differences:
            text.append("Los conteos de registros coinciden con la base actual.")
        else:
            text.append("Diferencias con la base actual (normales si se trabajó después del respaldo):")
            for line in self.differences:
                mark = " ⚠ el respaldo tiene más registros que la base actual" if line.more_in_backup else ""
                text.append(f"  {line.label}: {line.in_backup} en el respaldo, {line.live} ahora.{mark}")
        return "\n".join(text)


def latest_backup(folder: Path) -> Path:
    """The newest backup file in `folder` (by modification time)."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise BackupError("La carpeta de respaldos no existe o no está conectada.")
    found = [path for path in folder.glob(f"*{SUFFIX}") if path.is_file() and not path.name.startswith(".")]
    if not found:
        raise BackupError("No hay respaldos (archivos .mpibak) en la carpeta indicada.")
    return max(found, key=lambda path: (path.stat().st_mtime, path.name))


def live_counts(ws: Workspace) -> dict[str, int]:
    with ws.db.session() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def run_drill(
    ws: Workspace,
    *,
    folder: Path | None = None,
    file: Path | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DrillReport:
    """Drill with `file`, or the latest backup in `folder` (by default the automatic-backup folder).
    Without a passphrase, the one of the automatic backups is used. Audited, pass or fail."""
    require(ws.actor, Permission.BACKUP)
    if file is None:
        folder = folder or backup_settings.status(ws).folder
        if folder is None:
            raise BackupError("Indique la carpeta de respaldos o configure los respaldos automáticos.")
        file = latest_backup(folder)
    file = Path(file).expanduser()
    passphrase = passphrase or backup_settings.automatic_passphrase(ws)
    if not passphrase:
        raise BackupError("Indique la frase del respaldo.")
    try:
        report = _drill(ws, file, passphrase, progress, cancelled)
    except BackupError as error:
        _audit(ws, f"simulacro de restauración fallido con {file.name}: {type(error).__name__}")
        raise
    verdict = "con diferencias de conteo" if report.differences else "conteos iguales"
    _audit(ws, f"simulacro de restauración correcto con {file.name}; {verdict}")
    return report


def _drill(ws: Workspace, file: Path, passphrase: str, progress, cancelled) -> DrillReport:
    checking = scaled(progress, 0.0, 0.4)
    # In the data folder, on the local disk: the copy is SQLCipher ciphertext like the live file.
    home = ws.paths.home
    with extracted(file, passphrase, folder=home, progress=checking, cancelled=cancelled, check=False) as (
        opened,
        part,
    ):
        workdir = Path(tempfile.mkdtemp(prefix="mpi-simulacro-", dir=home))  # owner-only (0700); always removed
        try:
            restored = workdir / "simulacro.db"
            if progress:
                progress(0.4, "Restaurando en una carpeta temporal y verificando cada página…")
            # What a restore does (migrate forward), then every check SQLCipher has, and the counts.
            manifest = opened.manifest
            migrated, checked = materialize(
                opened, part, restored, manifest.key, manifest.salt, workdir / "copias", thorough=True
            )
            assert checked is not None
            if progress:
                progress(0.9, "Comparando con la base actual…")
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    live = live_counts(ws)
    tables = sorted((set(checked.counts) | set(live)) - BOOKKEEPING)
    lines = tuple(CountLine(table, checked.counts.get(table, 0), live.get(table, 0)) for table in tables)
    if progress:
        progress(1.0, "Simulacro terminado.")
    return DrillReport(file, opened.manifest, migrated, lines)


def _audit(ws: Workspace, detail: str) -> None:
    with ws.db.transaction() as session:
        record(session, ws.actor, AuditAction.RESTORE, entity="backup", detail=detail)
