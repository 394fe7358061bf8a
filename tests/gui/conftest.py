"""GUI fixtures: a real installation, the database worker, and the main window, offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Re-exported for tests that look the GUI conftest up as a plugin.
from gui_support import ADMIN, CASEWORKER, PASSPHRASE, STATISTICS, open_window, wait_idle  # noqa: F401

from mpi_desktop.domain.enums import Role
from mpi_desktop.gui.main_window import MainWindow
from mpi_desktop.gui.worker import Jobs
from mpi_desktop.services import users, workspace
from mpi_desktop.storage.paths import DataPaths


@pytest.fixture(autouse=True)
def no_leftover_windows(qapp) -> Iterator[None]:
    """Each GUI test starts with no window of an earlier one: a leftover dialog, touched by a later
    test's lock after its own worker has stopped, crashed the interpreter."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.fixture
def installation(isolated_home: DataPaths) -> DataPaths:
    """An installation with one user per role (all with PASSPHRASE)."""
    ws, _code = workspace.initialize(isolated_home, ADMIN, "Ana Administradora", PASSPHRASE, store=None)
    users.add_user(ws, CASEWORKER, "Lucía Pérez", Role.CASEWORKER, PASSPHRASE)
    users.add_user(ws, STATISTICS, "Esteban Estadística", Role.STATISTICS, PASSPHRASE)
    ws.close()
    return isolated_home


@pytest.fixture
def jobs(qapp) -> Iterator[Jobs]:
    worker = Jobs()
    yield worker
    worker.shutdown()


@pytest.fixture
def caseworker_window(qtbot, jobs: Jobs, installation: DataPaths) -> MainWindow:
    return open_window(qtbot, jobs, installation, CASEWORKER)
