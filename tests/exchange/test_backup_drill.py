"""The restore drill: one call proves the latest backup restores, and leaves nothing behind."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from conftest import BACKUP_PASS, add_case, dump
from sqlalchemy import select

from mpi_desktop.exchange import backup, drill
from mpi_desktop.exchange.backup_format import BackupError, BackupTampered
from mpi_desktop.storage.models import AuditEvent


def temp_entries() -> set[str]:
    return {name for name in os.listdir(tempfile.gettempdir()) if name.startswith(("mpi-simulacro-", "mpi-respaldo-"))}


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "usb"
    path.mkdir()
    return path


def test_the_drill_restores_the_latest_backup_compares_counts_and_cleans_up(installed, folder):
    old = backup.create_backup(installed, folder / "a-viejo.mpibak", BACKUP_PASS).path
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    add_case(installed, "Persona Del Segundo Respaldo")
    backup.create_backup(installed, folder / "b-nuevo.mpibak", BACKUP_PASS)
    before_temp, before_rows = temp_entries(), dump(installed.db)
    report = drill.run_drill(installed, folder=folder, passphrase=BACKUP_PASS)
    assert report.file.name == "b-nuevo.mpibak"
    assert not report.differences
    counts = {line.table: (line.in_backup, line.live) for line in report.lines}
    assert counts["cases"] == (3, 3)
    assert "Simulacro de restauración correcto" in report.describe()
    assert "coinciden" in report.describe()
    assert temp_entries() == before_temp
    assert not [p for p in installed.paths.home.iterdir() if p.name.startswith(("mpi-simulacro-", "mpi-respaldo-"))]
    after = dump(installed.db)
    assert {k: v for k, v in after.items() if k not in ("audit_events", "settings")} == {
        k: v for k, v in before_rows.items() if k not in ("audit_events", "settings")
    }
    with installed.db.session() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert (last.action, last.detail) == (
        "restore",
        "simulacro de restauración correcto con b-nuevo.mpibak; conteos iguales",
    )


def test_differences_with_the_live_data_are_reported_in_spanish(installed, folder):
    backup.create_backup(installed, folder / "r.mpibak", BACKUP_PASS)
    add_case(installed, "Persona Posterior")
    report = drill.run_drill(installed, folder=folder, passphrase=BACKUP_PASS)
    assert [line.label for line in report.differences][:1] == ["Casos"]
    assert "Casos: 2 en el respaldo, 3 ahora." in report.describe()
    assert not report.warnings


def test_the_drill_uses_the_automatic_backup_folder_and_passphrase(installed, folder):
    from mpi_desktop.services import backup_settings

    backup_settings.configure(installed, folder, 3, BACKUP_PASS)
    backup.automatic_backup(installed)
    report = drill.run_drill(installed)
    assert report.file.parent == folder


def test_a_damaged_latest_backup_fails_the_drill_and_the_failure_is_audited(installed, folder):
    made = backup.create_backup(installed, folder / "r.mpibak", BACKUP_PASS).path
    data = bytearray(made.read_bytes())
    data[-100] ^= 0xFF
    made.write_bytes(bytes(data))
    before_temp = temp_entries()
    with pytest.raises(BackupTampered):
        drill.run_drill(installed, folder=folder, passphrase=BACKUP_PASS)
    assert temp_entries() == before_temp
    assert not [p for p in installed.paths.home.iterdir() if p.name.startswith(("mpi-simulacro-", "mpi-respaldo-"))]
    with installed.db.session() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert last.detail == "simulacro de restauración fallido con r.mpibak: BackupTampered"


def test_an_empty_or_missing_folder_is_said_plainly(installed, folder):
    with pytest.raises(BackupError, match="No hay respaldos"):
        drill.run_drill(installed, folder=folder, passphrase=BACKUP_PASS)
    with pytest.raises(BackupError, match="no existe o no está conectada"):
        drill.run_drill(installed, folder=folder / "desconectada", passphrase=BACKUP_PASS)
