"""Helpers for the GUI tests (a module of its own: `from conftest import …` would find another
folder's conftest when several test folders run together)."""

from __future__ import annotations

from mpi_desktop.gui.main_window import MainWindow
from mpi_desktop.gui.worker import Jobs
from mpi_desktop.services import workspace
from mpi_desktop.storage.paths import DataPaths

ADMIN, CASEWORKER, STATISTICS = "admin", "lucia", "estadistica"
PASSPHRASE = "frase de prueba de la gui"


def open_window(qtbot, jobs: Jobs, paths: DataPaths, username: str) -> MainWindow:
    """Unlock as `username` on the worker and show the main window, as the program does."""
    opened: list[workspace.Workspace] = []
    jobs.open(lambda: workspace.unlock(paths, username, PASSPHRASE, store=None), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    window = MainWindow(jobs, paths, opened[0])
    qtbot.addWidget(window)
    window.show()
    return window


def wait_idle(qtbot, jobs: Jobs, timeout: int = 10_000) -> None:
    """Until the worker has answered everything asked so far."""
    qtbot.waitUntil(lambda: jobs.pending() == 0, timeout=timeout)
