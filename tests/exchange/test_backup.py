"""Creating and verifying encrypted backups: what an administrator and an attacker would see."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
import sqlcipher3
from conftest import BACKUP_PASS, NAMES, dump
from sqlalchemy import select

from mpi_desktop.domain.catalogue import MEASURE_CATALOGUE
from mpi_desktop.domain.errors import PermissionDenied
from mpi_desktop.exchange import backup, backup_format, drill, snapshot
from mpi_desktop.exchange.backup_format import (
    FORMAT_VERSION,
    MAGIC,
    BackupNotOurs,
    BackupTampered,
    BackupTruncated,
    BackupVersionUnsupported,
    WeakBackupPassphrase,
    WrongBackupPassphrase,
)
from mpi_desktop.services import backup_settings, workspace
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import AuditEvent, Setting


@pytest.fixture
def made(installed, tmp_path) -> Path:
    return backup.create_backup(installed, tmp_path / "respaldo.mpibak", BACKUP_PASS).path


def audit_details(ws) -> list[tuple[str, str]]:
    with ws.db.session() as session:
        return [(e.action, e.detail or "") for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def test_a_backup_is_written_verified_audited_and_remembered(installed, tmp_path):
    stages = []
    result = backup.create_backup(
        installed, tmp_path / "respaldo.mpibak", BACKUP_PASS, progress=lambda f, label: stages.append((f, label))
    )
    assert result.path.read_bytes().startswith(MAGIC)
    assert result.manifest.counts["cases"] == 2 and result.manifest.counts["users"] == 2
    assert result.manifest.schema_revision is not None
    assert [f for f, _ in stages] == sorted(f for f, _ in stages) and stages[-1][0] == 1.0
    verified = backup.verify_backup(result.path, BACKUP_PASS, installed)
    assert verified.manifest == result.manifest
    assert "Respaldo íntegro" in verified.describe()
    details = [d for action, d in audit_details(installed) if action == "backup"]
    assert details[0].startswith("respaldo creado y verificado: respaldo.mpibak")
    assert details[1].startswith("respaldo verificado: respaldo.mpibak")
    status = backup_settings.status(installed)
    assert status.last_good_file == "respaldo.mpibak" and status.last_good_at is not None


def test_the_file_is_owner_only_and_no_temporary_file_is_left(made, tmp_path):
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "datos") == ["respaldo.mpibak"]


def test_no_name_or_catalogue_string_is_readable_in_the_file(made):
    data = made.read_bytes()
    known = [*NAMES, "Coyoacán", "Ana Administradora", "Lucía Pérez", "defensa del territorio"]
    known += [entry.name for entry in MEASURE_CATALOGUE] + ["measure_actions", "CREATE TABLE", "SQLite format"]
    for text in known:
        for encoding in ("utf-8", "utf-16-le", "latin-1"):
            try:
                needle = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            assert needle not in data, text
    assert b"admin" not in data and b"lucia" not in data  # not even the user names of the carried vault


def test_an_existing_file_is_never_overwritten(made, installed):
    before = made.read_bytes()
    with pytest.raises(backup.BackupExists):
        backup.create_backup(installed, made, BACKUP_PASS)
    assert made.read_bytes() == before


def test_a_short_passphrase_is_refused_before_anything_is_written(installed, tmp_path):
    with pytest.raises(WeakBackupPassphrase, match="al menos 12"):
        backup.create_backup(installed, tmp_path / "r.mpibak", "corta")
    assert not (tmp_path / "r.mpibak").exists()


def test_statistics_role_may_not_back_up(installed, isolated_home, tmp_path):
    from mpi_desktop.domain.enums import Role
    from mpi_desktop.services import users

    users.add_user(installed, "esta", "Estadística", Role.STATISTICS, "frase larga del admin")
    stats = workspace.unlock(isolated_home, "esta", "frase larga del admin", store=None)
    try:
        with pytest.raises(PermissionDenied, match="no permite crear respaldos"):
            backup.create_backup(stats, tmp_path / "r.mpibak", BACKUP_PASS)
    finally:
        stats.close()


class _FullDisk:
    """A file object whose writes fail with ENOSPC after `room` bytes, as a full USB drive does."""

    def __init__(self, handle, room: int):
        self.handle, self.room = handle, room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.handle.write(data)

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def test_a_full_disk_gives_a_clear_error_and_leaves_no_partial_file(installed, tmp_path, monkeypatch):
    real_fdopen = os.fdopen
    monkeypatch.setattr(backup.os, "fdopen", lambda fd, mode="r": _FullDisk(real_fdopen(fd, mode), 10_000))
    before = dump(installed.db)
    with pytest.raises(backup.BackupWriteFailed, match="no hay espacio suficiente") as info:
        backup.create_backup(installed, tmp_path / "r.mpibak", BACKUP_PASS)
    assert "No quedó ningún archivo a medias" in str(info.value)
    assert [p.name for p in tmp_path.iterdir()] == ["datos"]
    assert backup_settings.status(installed).last_good_at is None
    monkeypatch.undo()
    assert dump(installed.db) == before


def test_a_full_disk_during_the_fallback_page_copy_is_reported_the_same_way(installed, tmp_path, monkeypatch):
    def full(*_args, **_kwargs):
        raise sqlcipher3.dbapi2.OperationalError("database or disk is full")

    before = sorted(p.name for p in installed.paths.home.iterdir())
    monkeypatch.setattr(snapshot, "_main_file_is_snapshot", lambda _probe: False)  # a writer always in the way
    monkeypatch.setattr(snapshot, "_copy", full)
    with pytest.raises(backup.BackupWriteFailed, match="no hay espacio suficiente"):
        backup.create_backup(installed, tmp_path / "r.mpibak", BACKUP_PASS)
    assert [p.name for p in tmp_path.iterdir()] == ["datos"]
    assert sorted(p.name for p in installed.paths.home.iterdir()) == before  # no page copy left behind


def test_cancelling_leaves_nothing(installed, tmp_path):
    with pytest.raises(backup.BackupCancelled, match="cancelada"):
        backup.create_backup(installed, tmp_path / "r.mpibak", BACKUP_PASS, cancelled=lambda: True)
    assert [p.name for p in tmp_path.iterdir()] == ["datos"]


def _pairs_in(path: Path) -> tuple[list[str], bool]:
    """The writer's keys in a backup, and whether they come in whole pairs."""
    with (
        backup.extracted(path, BACKUP_PASS) as (opened, part),
        snapshot.connect(part, opened.manifest.key) as conn,
    ):
        keys = [row[0] for row in conn.execute("SELECT key FROM settings WHERE key LIKE 'par-%'")]
    whole = len(keys) % 2 == 0 and {k[:-2] for k in keys if k.endswith("-a")} == {
        k[:-2] for k in keys if k.endswith("-b")
    }
    return keys, whole


class _Writer:
    """Another connection committing pairs of rows, checkpointing after every commit (the most a
    writer can do to the main file while a backup copies it)."""

    def __init__(self, ws):
        self.db = Database(ws.paths.database, ws.key)
        self.db._outside_transaction("PRAGMA wal_autocheckpoint = 1")
        self.commits = 0

    def pair(self) -> None:
        with self.db.transaction() as session:
            n = self.commits
            session.add_all([Setting(key=f"par-{n}-a", value="a"), Setting(key=f"par-{n}-b", value="b")])
        self.commits += 1


def _spy_snapshots(monkeypatch) -> list:
    """The snapshots a backup takes (to see which path it went by)."""
    taken, real = [], snapshot.read_snapshot

    @contextlib.contextmanager
    def spy(*args, **kwargs):
        with real(*args, **kwargs) as snap:
            taken.append(snap)
            yield snap

    monkeypatch.setattr(snapshot, "read_snapshot", spy)
    return taken


@pytest.mark.parametrize("path", ["direct", "fallback"])
def test_a_backup_taken_while_another_connection_writes_is_consistent(installed, tmp_path, monkeypatch, path):
    """Each writer transaction adds two rows; a consistent snapshot never holds half of one. The
    writer commits (and checkpoints) while the main file is read chunk by chunk — or, when the
    main file cannot be proven to be the snapshot, while the pages are copied one by one."""
    monkeypatch.setattr(backup_format, "CHUNK_BYTES", 4096)  # many chunks, so the writer runs between them
    if path == "fallback":
        monkeypatch.setattr(snapshot, "_main_file_is_snapshot", lambda _probe: False)
        monkeypatch.setattr(snapshot, "STEP_PAGES", 1)
    label = "Cifrando" if path == "direct" else "Tomando"
    taken = _spy_snapshots(monkeypatch)
    stop, during, writer = threading.Event(), [], _Writer(installed)

    def write() -> None:
        while not stop.is_set():
            writer.pair()

    def progress(fraction: float, text: str) -> None:
        if text.startswith(label):
            during.append(writer.commits)
            threading.Event().wait(0.005)  # let the writer commit between two chunks
        elif during and not stop.is_set():  # the copy is over: the backup's own audit entry comes next
            stop.set()
            thread.join()

    thread = threading.Thread(target=write)
    thread.start()
    while writer.commits < 3:  # some pairs before the snapshot, more while it is copied
        threading.Event().wait(0.001)
    try:
        result = backup.create_backup(installed, tmp_path / "r.mpibak", BACKUP_PASS, progress=progress)
    finally:
        stop.set()
        thread.join()
        writer.db.close()
    assert [snap.direct for snap in taken] == [path == "direct"]
    assert during[-1] > during[0], "the writer never committed while the copy ran"
    keys, whole = _pairs_in(result.path)
    assert keys, "the backup holds none of the writer's rows"
    assert whole
    assert (
        backup.verify_backup(result.path, BACKUP_PASS).manifest.counts["settings"] == result.manifest.counts["settings"]
    )


def test_a_commit_between_the_checkpoint_and_the_snapshot_is_in_the_backup(installed, tmp_path, monkeypatch):
    """A writer that slips in after the checkpoint leaves frames in the WAL that the snapshot
    sees: they must reach the main file before it is copied, or the backup would lack them."""
    writer, real = _Writer(installed), snapshot._checkpoint
    writer.db._outside_transaction("PRAGMA wal_autocheckpoint = 0")  # its frames stay in the WAL

    def checkpoint_then_commit(raw) -> None:
        real(raw)
        writer.pair()

    monkeypatch.setattr(snapshot, "_checkpoint", checkpoint_then_commit)
    taken = _spy_snapshots(monkeypatch)
    try:
        result = backup.create_backup(installed, tmp_path / "r.mpibak", BACKUP_PASS)
    finally:
        writer.db.close()
    keys, whole = _pairs_in(result.path)
    assert taken[0].direct and whole and "par-0-a" in keys


def test_a_commit_after_the_snapshot_began_makes_it_begin_again(installed, tmp_path, monkeypatch):
    """Frames newer than the snapshot, written before the check, mean the main file may not be
    proven to be the snapshot: the checkpoint and the read begin again; a writer that never stops
    leads to the page-by-page copy."""
    writer, real, calls = _Writer(installed), snapshot._main_file_is_snapshot, []
    writer.db._outside_transaction("PRAGMA wal_autocheckpoint = 0")

    def commit_then_check(probe) -> bool:
        calls.append(1)
        if len(calls) <= 2:
            writer.pair()
        return real(probe)

    monkeypatch.setattr(snapshot, "_main_file_is_snapshot", commit_then_check)
    taken = _spy_snapshots(monkeypatch)
    first = backup.create_backup(installed, tmp_path / "a.mpibak", BACKUP_PASS)
    assert len(calls) == 3 and taken[-1].direct
    keys, whole = _pairs_in(first.path)
    assert whole and keys == ["par-0-a", "par-0-b", "par-1-a", "par-1-b"]  # sorted by key, as stored

    calls.clear()
    monkeypatch.setattr(snapshot, "_main_file_is_snapshot", lambda probe: (writer.pair(), real(probe))[1])
    try:
        second = backup.create_backup(installed, tmp_path / "b.mpibak", BACKUP_PASS)
    finally:
        writer.db.close()
    assert not taken[-1].direct
    keys, whole = _pairs_in(second.path)
    assert whole and len(keys) == 2 * (2 + snapshot.ATTEMPTS)


# ---- refusals: each with its own message, and nothing touched --------------------------------------
def refusal(path: Path, passphrase: str = BACKUP_PASS) -> Exception:
    with pytest.raises(backup.BackupError) as info:
        backup.verify_backup(path, passphrase)
    return info.value


def test_wrong_passphrase(made):
    error = refusal(made, "otra frase equivocada")
    assert isinstance(error, WrongBackupPassphrase)
    assert str(error) == "La frase del respaldo no es correcta."


@pytest.mark.parametrize("keep", [5, 12, 40, 200, -4096, -1])
def test_a_truncated_file_is_told_apart(made, keep):
    data = made.read_bytes()
    made.write_bytes(data[:keep])  # a negative `keep` cuts that many bytes off the end
    error = refusal(made)
    assert isinstance(error, BackupTruncated), error
    assert "incompleto" in str(error)


@pytest.mark.parametrize("where", ["header", "manifest", "database-start", "database-middle", "database-end"])
def test_a_flipped_byte_anywhere_is_detected(made, where):
    data = bytearray(made.read_bytes())
    header_end = data.index(b"}") + 1
    positions = {
        "header": header_end - 20,
        "manifest": header_end + 16 + 4 + 40,
        "database-start": len(data) - 10 * 4096 - 4096 + 100,
        "database-middle": len(data) - 5 * 4096,
        "database-end": len(data) - 1,
    }
    data[positions[where]] ^= 0x01
    made.write_bytes(bytes(data))
    error = refusal(made)
    assert isinstance(error, BackupTampered), error
    assert "alterado o está dañado" in str(error)


def _chunked(installed, tmp_path, monkeypatch) -> tuple[Path, int, int]:
    """A backup in 4 KiB chunks: its path, where the chunks start, and each one's stored size."""
    monkeypatch.setattr(backup_format, "CHUNK_BYTES", 4096)
    made = backup.create_backup(installed, tmp_path / "bloques.mpibak", BACKUP_PASS).path
    with made.open("rb") as handle:
        opened = backup_format.open_prelude(handle, BACKUP_PASS)
    assert opened.manifest.database_bytes >= 4 * 4096
    return made, opened.database_offset, 4096 + backup_format.TAG_BYTES


@pytest.mark.parametrize("change", ["swap two chunks", "repeat a chunk", "swap the last two"])
def test_chunks_moved_or_repeated_are_detected(installed, tmp_path, monkeypatch, change):
    made, start, size = _chunked(installed, tmp_path, monkeypatch)
    data = bytearray(made.read_bytes())
    chunk = lambda i: slice(start + i * size, start + (i + 1) * size)  # noqa: E731
    if change == "swap two chunks":
        data[chunk(1)], data[chunk(2)] = data[chunk(2)], data[chunk(1)]
    elif change == "repeat a chunk":
        data[chunk(2)] = data[chunk(1)]
    else:  # the final chunk is a whole one here: same size, but its flag is in the associated data
        last = (len(data) - start) // size - 1
        assert start + (last + 1) * size == len(data)
        data[chunk(last - 1)], data[chunk(last)] = data[chunk(last)], data[chunk(last - 1)]
    made.write_bytes(bytes(data))
    error = refusal(made)
    assert isinstance(error, BackupTampered), error
    assert "no se autentica" in str(error)


@pytest.mark.parametrize("dropped", [1, 2])
def test_a_file_cut_at_a_chunk_boundary_is_truncated(installed, tmp_path, monkeypatch, dropped):
    made, start, size = _chunked(installed, tmp_path, monkeypatch)
    data = made.read_bytes()
    made.write_bytes(data[: len(data) - dropped * size])
    assert (len(made.read_bytes()) - start) % size == 0
    error = refusal(made)
    assert isinstance(error, BackupTruncated), error


def test_a_backup_of_the_previous_format_is_refused_plainly(made):
    data = bytearray(made.read_bytes())
    data[len(MAGIC)] = 1
    made.write_bytes(bytes(data))
    error = refusal(made)
    assert isinstance(error, backup_format.BackupFormatOld)
    assert "formato de respaldo anterior" in str(error)


def test_appended_bytes_are_detected(made):
    made.write_bytes(made.read_bytes() + b"\0" * 4096)
    assert isinstance(refusal(made), BackupTampered)


def test_foreign_files_are_refused_each_with_its_reason(installed, tmp_path):
    random_file = tmp_path / "azar.mpibak"
    random_file.write_bytes(secrets.token_bytes(64 * 1024))
    plain = tmp_path / "plano.mpibak"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    empty = tmp_path / "vacio.mpibak"
    empty.write_bytes(b"")
    newer = tmp_path / "nuevo.mpibak"
    newer.write_bytes(MAGIC + bytes([FORMAT_VERSION + 1]) + secrets.token_bytes(200))
    installed.db.checkpoint()
    messages = {}
    for path, kind in [
        (random_file, BackupNotOurs),
        (plain, BackupNotOurs),
        (empty, BackupNotOurs),
        (installed.paths.database, BackupNotOurs),  # the live encrypted database is not a backup
        (installed.paths.vault, BackupNotOurs),
        (newer, BackupVersionUnsupported),
    ]:
        error = refusal(path)
        assert isinstance(error, kind), (path.name, error)
        messages[path.name] = str(error)
    assert "sin cifrar" in messages["plano.mpibak"]
    assert "vacío" in messages["vacio.mpibak"]
    assert "actualice MPI Desktop" in messages["nuevo.mpibak"]
    assert messages["azar.mpibak"] == "El archivo no es un respaldo de MPI Desktop."


def test_a_refused_verification_is_audited_and_changes_nothing(made, installed):
    data = bytearray(made.read_bytes())
    data[-3] ^= 0x10
    made.write_bytes(bytes(data))
    before = dump(installed.db)
    with pytest.raises(BackupTampered):
        backup.verify_backup(made, BACKUP_PASS, installed)
    after = dump(installed.db)
    assert len(after["audit_events"]) == len(before["audit_events"]) + 1
    assert audit_details(installed)[-1] == ("backup", "verificación fallida de respaldo.mpibak: BackupTampered")
    assert {k: v for k, v in after.items() if k not in ("audit_events", "settings")} == {
        k: v for k, v in before.items() if k not in ("audit_events", "settings")
    }


def test_kdf_parameters_in_a_planted_header_are_bounded(made):
    data = made.read_bytes()
    planted = data.replace(b'"memory_kib": ', b'"memory_kib": 9', 1)  # a far larger memory cost
    made.write_bytes(planted)
    assert isinstance(refusal(made), BackupTampered | BackupTruncated)


# ---- automatic backups and their settings --------------------------------------------------------
def test_automatic_backups_are_configured_by_an_administrator_and_audited_without_the_passphrase(installed, tmp_path):
    from datetime import timedelta

    from mpi_desktop.domain.errors import ValidationError

    usb = tmp_path / "usb"
    with pytest.raises(ValidationError) as info:
        backup_settings.configure(installed, usb, 0, "corta")
    assert set(info.value.problems) == {"folder", "keep", "passphrase"}
    usb.mkdir()
    status = backup_settings.configure(installed, usb, 2, BACKUP_PASS)
    assert status.configured and status.overdue and not status.folder_missing
    assert "Respaldo atrasado" in status.describe()
    with installed.db.session() as session:
        entries = session.scalars(select(AuditEvent).where(AuditEvent.entity == "setting")).all()
    assert {e.field for e in entries} == {"backup_folder", "backup_keep", "backup_passphrase"}
    assert all(BACKUP_PASS not in f"{e.old_value}{e.new_value}{e.detail}" for e in entries)
    for _ in range(3):
        backup.automatic_backup(installed)
    kept = backup.automatic_backups(usb)
    assert len(kept) == 2
    status = backup_settings.status(installed)
    assert status.last_good_file == kept[-1].name and not status.overdue
    assert backup_settings.status(installed, now=status.last_good_at + timedelta(hours=25)).overdue
    usb_gone = tmp_path / "usb"
    shutil.rmtree(usb_gone)
    assert backup_settings.status(installed).folder_missing
    with pytest.raises(backup.BackupError, match="conecte la memoria USB"):
        backup.automatic_backup(installed)


def test_only_administrators_choose_the_automatic_backups(installed, isolated_home, tmp_path):
    lucia = workspace.unlock(isolated_home, "lucia", "frase larga del admin", store=None)
    try:
        with pytest.raises(PermissionDenied):
            backup_settings.configure(lucia, tmp_path, 3, BACKUP_PASS)
        assert not backup_settings.status(lucia).configured
    finally:
        lucia.close()


def _page_of(ws, name: str) -> int:
    with snapshot.connect(ws.paths.database, ws.key) as conn:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]


def _counted_by(ws, table: str) -> str:
    """The b-tree `SELECT count(*)` reads for `table` (its smallest covering index, or itself)."""
    with snapshot.connect(ws.paths.database, ws.key) as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN SELECT count(*) FROM {table}"))
    return plan.split("USING COVERING INDEX ")[1].split()[0] if "COVERING INDEX" in plan else table


def _damage_page(ws, page: int) -> object:
    """Flip one byte inside `page` of the closed live database; the reopened workspace."""
    ws.close()
    data = bytearray(ws.paths.database.read_bytes())
    data[(page - 1) * 4096 + 300] ^= 0x01
    ws.paths.database.write_bytes(bytes(data))
    return workspace.unlock(ws.paths, "admin", "frase larga del admin", store=None)


def test_a_damaged_live_database_is_not_backed_up_when_the_backup_reads_the_page(installed, tmp_path):
    page = _page_of(installed, _counted_by(installed, "cases"))  # counting the cases reads it
    ws = _damage_page(installed, page)
    try:
        with pytest.raises(backup.BackupDamaged, match="La base actual tiene daños; no se creó el respaldo"):
            backup.create_backup(ws, tmp_path / "r.mpibak", BACKUP_PASS)
    finally:
        ws.close()
    assert [p.name for p in tmp_path.iterdir()] == ["datos"]


def test_damage_in_a_page_the_backup_does_not_read_is_found_by_verify(installed, tmp_path):
    """The backup copies the file's bytes without decrypting them; a damaged page that neither
    unlocking nor counting reads goes into it as it is — and `backup verify`, which checks every
    page's HMAC and the structure, says so (docs/backups.md §4)."""
    counted = _counted_by(installed, "cases")
    with snapshot.connect(installed.paths.database, installed.key) as conn:
        others = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'cases' AND type = 'index'")
            if row[0] != counted
        ]
    ws = _damage_page(installed, _page_of(installed, others[0]))
    try:
        made = backup.create_backup(ws, tmp_path / "r.mpibak", BACKUP_PASS).path
        with pytest.raises(backup.BackupDamaged, match="La base dentro del respaldo tiene daños"):
            backup.verify_backup(made, BACKUP_PASS, ws)
        with pytest.raises(backup.BackupDamaged, match="La base dentro del respaldo tiene daños"):
            drill.run_drill(ws, file=made, passphrase=BACKUP_PASS)
    finally:
        ws.close()
