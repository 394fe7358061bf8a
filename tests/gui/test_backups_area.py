"""The Respaldos area and the automatic backups, as the people using them see them."""

from __future__ import annotations

import threading

import pytest
from gui_support import ADMIN, CASEWORKER, STATISTICS, open_window, wait_idle
from PySide6.QtCore import Qt

from mpi_desktop.exchange import backup
from mpi_desktop.gui.backups_area import BackupsArea
from mpi_desktop.services import backup_settings

BACKUP_PASS = "frase del respaldo gui"


@pytest.fixture
def admin_window(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, ADMIN)
    wait_idle(qtbot, jobs)
    return window


def area_of(window) -> BackupsArea:
    area = window.show_area("Respaldos")
    assert isinstance(area, BackupsArea)
    return area


def finished(qtbot, jobs, area: BackupsArea) -> str:
    qtbot.waitUntil(lambda: not area.busy(), timeout=20_000)
    wait_idle(qtbot, jobs)
    return area.result.toPlainText()


def test_who_sees_what(qtbot, jobs, installation):
    lucia = open_window(qtbot, jobs, installation, CASEWORKER)
    area = area_of(lucia)
    assert not area.buttons["create"].isHidden() and not area.buttons["drill"].isHidden()
    assert area.buttons["restore"].isHidden()  # restoring is for administrators only
    assert not area.automatic.isEnabled()
    wait_idle(qtbot, jobs)
    lucia.close()
    stats = open_window(qtbot, jobs, installation, STATISTICS)
    assert "Respaldos" not in stats.area_titles()
    wait_idle(qtbot, jobs)


def test_create_with_progress_then_verify(qtbot, jobs, admin_window, tmp_path):
    area = area_of(admin_window)
    seen: list[int] = []
    area.progress.valueChanged.connect(seen.append)
    area.create_backup(tmp_path / "r.mpibak", BACKUP_PASS)
    assert area.cancel_button.isEnabled()
    text = finished(qtbot, jobs, area)
    assert "Respaldo cifrado creado y verificado" in text
    assert (tmp_path / "r.mpibak").exists()
    assert seen[-1] == 1000 and len(seen) > 3
    assert "Último respaldo:" in admin_window.backups.label.text()
    area.verify_backup(tmp_path / "r.mpibak", "frase equivocada del respaldo")
    assert finished(qtbot, jobs, area) == "La frase del respaldo no es correcta."


def test_cancel_leaves_no_file(qtbot, jobs, admin_window, tmp_path):
    area = area_of(admin_window)
    gate = threading.Event()
    jobs.run(lambda _ws: gate.wait(10))  # hold the worker so Cancelar is pressed before the copy starts
    area.create_backup(tmp_path / "r.mpibak", BACKUP_PASS)
    qtbot.mouseClick(area.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    assert "cancelada" in finished(qtbot, jobs, area)
    assert not list(tmp_path.glob("*.mpibak")) and not list(tmp_path.glob(".*.tmp"))


def test_restore_locks_the_session_and_keeps_a_safety_copy(qtbot, jobs, admin_window, installation, tmp_path):
    area = area_of(admin_window)
    area.create_backup(tmp_path / "r.mpibak", BACKUP_PASS)
    finished(qtbot, jobs, area)
    area.restore_backup(tmp_path / "r.mpibak", BACKUP_PASS)
    qtbot.waitUntil(lambda: admin_window.is_locked, timeout=20_000)
    wait_idle(qtbot, jobs)
    assert list((installation.home / "copias-antes-de-restaurar").glob("*.db"))


def test_automatic_backups_configured_then_run_when_due_and_pruned(qtbot, jobs, admin_window, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    area = area_of(admin_window)
    area.auto_passphrase.setText(BACKUP_PASS)
    area.save_automatic(str(usb), 2)
    wait_idle(qtbot, jobs)
    assert area.result.toPlainText() == "Respaldos automáticos guardados."
    assert area.auto_passphrase.text() == ""
    assert "Respaldo atrasado" in admin_window.backups.label.text()  # configured, none made yet
    admin_window.backups.run_if_due()
    wait_idle(qtbot, jobs, 20_000)
    assert len(backup.automatic_backups(usb)) == 1
    label = admin_window.backups.label
    assert label.text().startswith("Último respaldo:") and not label.styleSheet()
    admin_window.backups.run_if_due()  # not due again the same day
    wait_idle(qtbot, jobs)
    assert len(backup.automatic_backups(usb)) == 1
    for _ in range(3):  # keep the last two
        jobs.run(backup.automatic_backup)
    wait_idle(qtbot, jobs, 20_000)
    assert len(backup.automatic_backups(usb)) == 2
    area.run_drill(str(usb), None)  # the automatic folder, with its stored passphrase
    assert "Simulacro de restauración correcto" in finished(qtbot, jobs, area)


def test_a_missing_folder_is_warned_in_the_status_bar(qtbot, jobs, admin_window, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    jobs.run(lambda ws: backup_settings.configure(ws, usb, 3, BACKUP_PASS))
    wait_idle(qtbot, jobs)
    usb.rmdir()  # the USB drive was unplugged
    admin_window.backups.refresh()
    wait_idle(qtbot, jobs)
    assert "Carpeta de respaldos no disponible" in admin_window.backups.label.text()
    assert "b00020" in admin_window.backups.label.styleSheet()


def test_closing_makes_the_automatic_backup_first(qtbot, jobs, admin_window, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    jobs.run(lambda ws: backup_settings.configure(ws, usb, 3, BACKUP_PASS))
    admin_window.backups.refresh()
    wait_idle(qtbot, jobs)
    admin_window.close()
    qtbot.waitUntil(lambda: not admin_window.isVisible(), timeout=20_000)
    assert len(backup.automatic_backups(usb)) == 1
