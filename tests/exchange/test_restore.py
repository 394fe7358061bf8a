"""Restoring: every record back, the live database never lost, refusals that touch nothing."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from conftest import ADMIN_PASS, BACKUP_PASS, add_case, dump, machine
from sqlalchemy import func, select

from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import ConflictError, PermissionDenied
from mpi_desktop.exchange import backup, restore
from mpi_desktop.exchange.backup_format import BackupError, BackupTampered, WrongBackupPassphrase
from mpi_desktop.security.errors import DeviceSecretMissing, WrongPassphrase, WrongRecoveryCode
from mpi_desktop.services import users, workspace
from mpi_desktop.storage import schema
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import AuditEvent, Case
from mpi_desktop.storage.paths import DataPaths

GROWING = ("audit_events", "settings")  # the restore itself is audited (and the audit head moves)


def same_records(before: dict, after: dict) -> None:
    """Every table equal row by row; the audit log may only have grown at its end."""
    for table, rows in before.items():
        if table in GROWING:
            continue
        assert after[table] == rows, table
    assert after["audit_events"][: len(before["audit_events"])] == before["audit_events"]
    settings = lambda rows: {row for row in rows if row[0] != "audit_head"}  # noqa: E731
    assert settings(before["settings"]) <= settings(after["settings"])


def files(folder: Path) -> dict[str, bytes]:
    # The -shm file is SQLite's shared-memory index, rewritten by any reader; it holds no data.
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix != ".db-shm"}


@pytest.fixture
def made(installed, tmp_path) -> Path:
    return backup.create_backup(installed, tmp_path / "respaldo.mpibak", BACKUP_PASS).path


def test_round_trip_onto_a_new_computer_with_a_passphrase(installed, tmp_path):
    before = dump(installed.db)
    made = backup.create_backup(installed, tmp_path / "respaldo.mpibak", BACKUP_PASS).path
    elsewhere = DataPaths(tmp_path / "otro-equipo")
    ws, result = restore.restore_new(elsewhere, made, BACKUP_PASS, "admin", ADMIN_PASS, store=None)
    try:
        same_records(before, dump(ws.db))
        assert result.recovery_code is None and not result.migrated
        assert ws.actor.role is Role.ADMINISTRATOR
    finally:
        ws.close()
    # Every user keeps their passphrase there: the key vault came with the backup.
    lucia = workspace.unlock(elsewhere, "lucia", ADMIN_PASS, store=None)
    lucia.close()


def test_a_new_computer_without_the_device_secret_needs_the_recovery_code(isolated_home, tmp_path):
    office = machine()
    ws, code = workspace.initialize(isolated_home, "admin", "Admin", ADMIN_PASS, store=office)
    assert ws.vault.uses_device_secret
    add_case(ws, "Ana Pérez López")
    before = dump(ws.db)
    made = backup.create_backup(ws, tmp_path / "r.mpibak", BACKUP_PASS).path
    ws.close()
    laptop = DataPaths(tmp_path / "laptop-nueva")
    with pytest.raises(DeviceSecretMissing, match="código de recuperación"):
        restore.restore_new(laptop, made, BACKUP_PASS, "admin", ADMIN_PASS, store=machine())
    assert not laptop.exists()
    with pytest.raises(WrongRecoveryCode):
        restore.restore_new(
            laptop, made, BACKUP_PASS, "admin", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", recovery_code=True,
            new_passphrase="frase nueva de la laptop",
        )  # fmt: skip
    assert not laptop.exists()
    restored, result = restore.restore_new(
        laptop, made, BACKUP_PASS, "admin", code, recovery_code=True, new_passphrase="frase nueva de la laptop",
        store=machine(),
    )  # fmt: skip
    same_records(before, dump(restored.db))
    restored.close()
    assert result.recovery_code and result.recovery_code != code
    workspace.unlock(laptop, "admin", "frase nueva de la laptop", store=None).close()
    with pytest.raises(WrongRecoveryCode):  # the old code was replaced, as `recover` does
        workspace.recover(laptop, code, "admin", "otra frase nueva larga", store=None)


def test_a_new_computer_refuses_a_folder_that_has_an_installation(installed, made):
    with pytest.raises(ConflictError, match="Ya hay una base de datos"):
        restore.restore_new(installed.paths, made, BACKUP_PASS, "admin", ADMIN_PASS, store=None)


def test_a_new_computer_refuses_a_caseworker(installed, made, tmp_path):
    laptop = DataPaths(tmp_path / "laptop")
    with pytest.raises(restore.RestoreRefused, match="no es administrador"):
        restore.restore_new(laptop, made, BACKUP_PASS, "lucia", ADMIN_PASS, store=None)
    assert not laptop.database.exists() and not laptop.vault.exists()


def test_restore_over_the_live_database_brings_back_every_record_and_keeps_a_safety_copy(installed, tmp_path):
    before = dump(installed.db)
    made = backup.create_backup(installed, tmp_path / "respaldo.mpibak", BACKUP_PASS).path
    add_case(installed, "Persona Posterior Al Respaldo")
    result = restore.restore_over(installed, made, BACKUP_PASS)
    same_records(before, dump(installed.db))
    assert result.safety_copy.parent == installed.paths.home / restore.SAFETY_FOLDER
    assert stat.S_IMODE(result.safety_copy.stat().st_mode) == 0o600
    # The safety copy is the previous database, under the installation's key: the newer case is in it.
    with Database(result.safety_copy, installed.key) as previous, previous.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 3
    assert "cópiela sobre mpi.db" in result.describe()
    # The same vault still opens the restored file.
    installed.close()
    again = workspace.unlock(installed.paths, "admin", ADMIN_PASS, store=None)
    assert again.db.integrity().ok
    again.close()


def test_a_backup_of_another_installation_is_rekeyed_to_this_one(installed, tmp_path):
    """The file inside a backup is under the key of the installation that made it: restored over
    another installation it is re-keyed to the live key and salt, so the live key vault (every
    passphrase, the recovery code) keeps opening it."""
    other_home = DataPaths(tmp_path / "otra-oficina")
    other, _code = workspace.initialize(other_home, "admin", "Otra Admin", "frase de la otra oficina", store=None)
    add_case(other, "Persona De La Otra Oficina")
    theirs = dump(other.db)
    made = backup.create_backup(other, tmp_path / "ajeno.mpibak", BACKUP_PASS).path
    other.close()
    live_salt = installed.paths.database.read_bytes()[:16]
    restore.restore_over(installed, made, BACKUP_PASS)
    same_records(theirs, dump(installed.db))
    assert installed.paths.database.read_bytes()[:16] == live_salt
    installed.close()
    again = workspace.unlock(installed.paths, "admin", ADMIN_PASS, store=None)  # this installation's passphrase
    assert again.db.integrity().ok
    again.close()


def test_a_restore_is_audited_in_both_databases(installed, made):
    result = restore.restore_over(installed, made, BACKUP_PASS)
    details = [e[10] for e in dump(installed.db)["audit_events"] if e[4] == "restore"]
    assert details[-1].startswith("respaldo restaurado: respaldo.mpibak")
    with Database(result.safety_copy, installed.key) as previous, previous.session() as session:
        old = list(session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "restore")))
    assert old == ["restauración iniciada: respaldo.mpibak"]


def corrupt(kind: str, made: Path, tmp_path: Path) -> tuple[Path, str, type]:
    data = made.read_bytes()
    if kind == "truncated":
        made.write_bytes(data[: len(data) // 2])
        return made, BACKUP_PASS, BackupError
    if kind == "flipped":
        flipped = bytearray(data)
        flipped[-5000] ^= 0x04
        made.write_bytes(bytes(flipped))
        return made, BACKUP_PASS, BackupTampered
    if kind == "wrong passphrase":
        return made, "no es la frase correcta", WrongBackupPassphrase
    foreign = tmp_path / "foto.mpibak"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    return foreign, BACKUP_PASS, BackupError


@pytest.mark.parametrize("kind", ["truncated", "flipped", "wrong passphrase", "foreign"])
def test_a_refused_restore_touches_nothing(installed, made, tmp_path, kind):
    path, passphrase, error = corrupt(kind, made, tmp_path)
    installed.db.checkpoint()
    before_files, before_rows = files(installed.paths.home), dump(installed.db)
    with pytest.raises(error):
        restore.restore_over(installed, path, passphrase)
    assert dump(installed.db) == before_rows
    installed.db.checkpoint()
    assert files(installed.paths.home) == before_files  # no safety copy, no temporary file, same vault


def test_only_an_administrator_restores(installed, made):
    lucia = workspace.unlock(installed.paths, "lucia", ADMIN_PASS, store=None)
    try:
        with pytest.raises(PermissionDenied, match="Solo la administración"):
            restore.restore_over(lucia, made, BACKUP_PASS)
    finally:
        lucia.close()


def test_an_administrator_missing_from_the_backup_is_refused_before_anything_changes(installed, made):
    users.add_user(installed, "nueva", "Nueva Admin", Role.ADMINISTRATOR, ADMIN_PASS)
    newcomer = workspace.unlock(installed.paths, "nueva", ADMIN_PASS, store=None)
    try:
        before = dump(newcomer.db)
        with pytest.raises(restore.RestoreRefused, match="No se modificó nada"):
            restore.restore_over(newcomer, made, BACKUP_PASS)
        assert dump(newcomer.db) == before
        assert not (installed.paths.home / restore.SAFETY_FOLDER).exists()
    finally:
        newcomer.close()


def test_a_cancelled_restore_keeps_the_live_database(installed, made):
    before = dump(installed.db)
    with pytest.raises(backup.BackupCancelled):
        restore.restore_over(installed, made, BACKUP_PASS, cancelled=lambda: True)
    assert dump(installed.db) == before


def test_an_older_schema_is_migrated_forward(installed, tmp_path, monkeypatch):
    """A program one revision ahead restores a backup of this one: the data comes along."""
    newer = tmp_path / "migraciones"
    shutil.copytree(schema.MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    head = schema.head_revision()
    (newer / "versions" / "0002_test_extra.py").write_text(
        f'revision = "0002_test"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        "def upgrade():\n    op.create_table('test_extra', sa.Column('id', sa.Integer, primary_key=True))\n"
    )
    before = dump(installed.db)
    made = backup.create_backup(installed, tmp_path / "respaldo.mpibak", BACKUP_PASS).path
    monkeypatch.setattr(schema, "MIGRATIONS", newer)
    result = restore.restore_over(installed, made, BACKUP_PASS)
    assert result.migrated
    assert schema.current_revision(installed.db) == "0002_test"
    same_records(before, dump(installed.db))


def test_a_backup_from_a_newer_program_is_refused(installed, made, tmp_path, monkeypatch):
    older = tmp_path / "migraciones"
    shutil.copytree(schema.MIGRATIONS, older, ignore=shutil.ignore_patterns("__pycache__"))
    for revision in (older / "versions").glob("*.py"):
        revision.unlink()
    (older / "versions" / "0000_old.py").write_text(
        'revision = "0000_old"\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n'
        "def upgrade():\n    pass\n"
    )
    monkeypatch.setattr(schema, "MIGRATIONS", older)
    before = dump(installed.db)
    with pytest.raises(restore.BackupFromNewerProgram, match="versión más nueva"):
        restore.restore_over(installed, made, BACKUP_PASS)
    assert dump(installed.db) == before


def test_wrong_admin_passphrase_on_a_new_computer(made, tmp_path):
    laptop = DataPaths(tmp_path / "laptop")
    with pytest.raises(WrongPassphrase):
        restore.restore_new(laptop, made, BACKUP_PASS, "admin", "frase que no es", store=None)
    assert not laptop.database.exists() and not laptop.vault.exists()
