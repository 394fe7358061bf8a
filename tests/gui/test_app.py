"""Starting the program: the entry point, scripted unlock, and a safe crash message."""

from __future__ import annotations

import os
import subprocess
import sys

from gui_support import CASEWORKER, PASSPHRASE
from PySide6.QtWidgets import QDialog, QMessageBox

from mpi_desktop import cli
from mpi_desktop.gui import app
from mpi_desktop.gui.unlock import UnlockDialog


def test_without_a_display_the_command_says_so_in_spanish(monkeypatch, capsys, installation):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert cli.main([]) == 1
    err = capsys.readouterr().err
    assert "No hay pantalla disponible" in err and "mpi-desktop summary" in err


def test_script_credentials_unlock_without_typing(qtbot, jobs, installation, monkeypatch):
    monkeypatch.setenv("MPI_DESKTOP_USER", CASEWORKER)
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(
        UnlockDialog,
        "exec",
        lambda dialog: (
            qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000),
            dialog.result(),
        )[1],
    )
    ws = app.first_workspace(jobs, installation)
    assert ws is not None and ws.actor.username == CASEWORKER


def test_crash_dialog_shows_no_exception_text(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_crash_handler()
    try:
        raise ValueError("Xóchitl Nájera 5512345678")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert shown and "Xóchitl" not in shown[0] and "5512345678" not in shown[0]
    assert "error inesperado" in shown[0]


def test_smoke_test_opens_every_area_of_the_role_and_exits_cleanly(installation, monkeypatch):
    """`gui --smoke-test` is what the bundle check runs: it must visit every area and exit 0.
    In a process of its own: quitting the QApplication would leave this one unusable for later tests."""
    env = {**os.environ, "MPI_DESKTOP_USER": CASEWORKER, "MPI_DESKTOP_PASSPHRASE": PASSPHRASE}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-m", "mpi_desktop", "gui", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Áreas abiertas: Inicio, Casos, Planes y medidas, Monitoreo" in done.stdout
