"""The main window: areas by role, the status bar, locking (Ctrl+L, idle, sleep) and drafts.

Locking saves every unsaved form as an encrypted draft, closes the database (dropping the
key), destroys every widget that shows personal data and shows the unlock window. After the
same person unlocks, the drafts are offered back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from mpi_desktop.gui.areas import build_areas
from mpi_desktop.gui.backups_area import AutomaticBackups
from mpi_desktop.gui.clipboard import secure_clipboard
from mpi_desktop.gui.i18n import enum_label, tr
from mpi_desktop.gui.idle import IdleWatcher
from mpi_desktop.gui.unlock import UnlockDialog
from mpi_desktop.gui.worker import Jobs
from mpi_desktop.services import drafts, settings
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.paths import DataPaths

DraftTriple = tuple[str, str, dict[str, Any]]


class DraftSource(Protocol):
    def drafts(self) -> list[DraftTriple]: ...


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, jobs: Jobs, paths: DataPaths, ws: Workspace, *, idle_minutes: float = 5.0):
        super().__init__()
        self.jobs, self.paths = jobs, paths
        self.actor = ws.actor
        self.is_locked = False
        self.draft_handlers: dict[str, Callable[[dict[str, Any]], None]] = {}
        self.setWindowTitle(tr("MPI Desktop — MPI CDMX"))
        self.resize(1200, 760)
        self._build_status_bar()
        lock_action = QAction(tr("&Bloquear"), self, shortcut=QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(self.lock)
        self.addAction(lock_action)
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        self.idle.slept.connect(self.lock)
        self.idle.screen_locked.connect(self.lock)
        self._build_areas()
        self.idle.start()
        self.apply_idle_setting()

    def apply_idle_setting(self) -> None:
        """The administrator's choice of idle minutes (default 5), read from the database."""

        def apply(minutes: int) -> None:
            self.idle.set_minutes(minutes)
            if not self.is_locked:
                self.idle.start()

        self.jobs.run(settings.idle_minutes, apply)

    # -- building --------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(objectName="statusUser")
        self.database_label = QLabel(
            tr("Base: {database}").format(database=self.paths.database), objectName="statusDatabase"
        )
        self.lock_button = QToolButton(text=tr("Bloquear (Ctrl+L)"), objectName="lockButton")
        self.lock_button.clicked.connect(self.lock)
        bar.addWidget(self.user_label)
        bar.addWidget(self.database_label, 1)
        self.backups = AutomaticBackups(self)  # last good backup; daily and on-close backups
        bar.addWidget(self.backups.label)
        bar.addPermanentWidget(self.lock_button)

    def _build_areas(self) -> None:
        self.user_label.setText(f"{self.actor.username} · {enum_label(self.actor.role)}")
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget(objectName="areas")
        self.areas = build_areas(self)
        for title, widget in self.areas:
            self.nav.addItem(title)
            self.stack.addWidget(widget)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._started: set[int] = set()
        self.nav.currentRowChanged.connect(self._start_area)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)  # the old one, with its personal data, is deleted by Qt
        # The case list loads first (where a caseworker goes first), then the summary of Inicio;
        # every other area loads the first time it is shown: one worker serves them all, and on a
        # large database the agenda or the workshop lists take seconds that must not stand between
        # a search and its answer.
        if "Casos" in self.area_titles():
            self._start_area(self.area_titles().index("Casos"))
        self.nav.setCurrentRow(0)
        self.backups.refresh()

    def _start_area(self, index: int) -> None:
        if index < 0 or index in self._started:
            return
        self._started.add(index)
        start = getattr(self.areas[index][1], "start", None)
        if start:
            start()

    def area_titles(self) -> list[str]:
        return [title for title, _widget in self.areas]

    def show_area(self, title: str) -> QWidget:
        index = self.area_titles().index(title)
        self.nav.setCurrentRow(index)
        return self.areas[index][1]

    # -- locking ---------------------------------------------------------------------------------
    def collect_drafts(self) -> list[DraftTriple]:
        found: list[DraftTriple] = []
        for widget in self.findChildren(QWidget):
            source = getattr(widget, "drafts", None)
            if callable(source):
                found += source()
        return found

    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        self.idle.stop()
        secure_clipboard().clear_if_ours(selection=True)  # nothing copied stays behind the lock
        pending = self.collect_drafts()
        actor = self.actor
        for window in QApplication.topLevelWidgets():  # dialogs showing personal data go too
            if window is not self and isinstance(window, QDialog) and window.isVisible():
                window.reject()
        self.hide()
        self.setCentralWidget(QWidget())
        if pending:
            self.jobs.run(lambda ws: drafts.save_drafts(ws.db, actor, pending))
        self.jobs.close_workspace(lambda _result: self._ask_unlock())
        self.locked.emit()

    def _ask_unlock(self) -> None:
        dialog = UnlockDialog(self.jobs, self.paths, username=self.actor.username)
        self.unlock_dialog = dialog
        dialog.accepted.connect(lambda: self._after_unlock(dialog.workspace))
        dialog.rejected.connect(QApplication.quit)
        dialog.show()

    def _after_unlock(self, ws: Workspace | None) -> None:
        if ws is None:
            return
        self.actor = ws.actor
        self.is_locked = False
        self.draft_handlers.clear()
        self._build_areas()
        self.show()
        self.idle.start()
        self.apply_idle_setting()
        self.unlocked.emit()
        self.offer_drafts()

    def offer_drafts(self) -> None:
        self.jobs.run(lambda ws: drafts.pending_drafts(ws.db, ws.actor), self._drafts_found)

    def _drafts_found(self, found: list[drafts.DraftView]) -> None:
        if not found:
            return
        titles = "\n".join(f"• {draft.title}" for draft in found)
        answer = QMessageBox.question(
            self,
            tr("Formularios sin guardar"),
            tr("Al bloquearse la sesión había formularios sin guardar:\n{titles}\n\n¿Desea recuperarlos?").format(
                titles=titles
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            for draft in found:
                handler = self.draft_handlers.get(draft.form)
                if handler:
                    handler(draft.payload)
        ids = [draft.id for draft in found]
        self.jobs.run(lambda ws: drafts.discard_drafts(ws.db, ws.actor, ids))

    def closeEvent(self, event) -> None:
        if not self.is_locked:
            pending = self.collect_drafts()
            if (
                pending
                and QMessageBox.question(
                    self, tr("Salir"), tr("Hay formularios sin guardar. ¿Salir de todos modos y descartarlos?")
                )
                != QMessageBox.StandardButton.Yes
            ):
                event.ignore()
                return
            if self.backups.hold_close(event):
                return
        event.accept()


__all__ = ["MainWindow", "Qt"]
