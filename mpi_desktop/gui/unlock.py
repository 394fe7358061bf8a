"""The unlock window: user and passphrase, Caps Lock warning, the progressive delay, recovery."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from mpi_desktop.gui.forms.ui_unlock import Ui_UnlockDialog
from mpi_desktop.gui.i18n import tr
from mpi_desktop.gui.recovery import RecoveryDialog
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.security.errors import TooManyAttempts
from mpi_desktop.services import workspace
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.paths import DataPaths


class CapsLockWatcher(QObject):
    """Qt cannot ask for the Caps Lock state; a letter's case against the Shift key tells it."""

    changed = Signal(bool)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key_event = QKeyEvent(event)
            text = key_event.text()
            if len(text) == 1 and text.isalpha() and text.upper() != text.lower():
                shift = bool(key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.changed.emit(text.isupper() != shift)
        return False


class UnlockDialog(QDialog):
    """Accepted when a workspace is open on the worker; `workspace` holds it then."""

    def __init__(self, jobs: Jobs, paths: DataPaths, *, username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.jobs, self.paths = jobs, paths
        self.workspace: Workspace | None = None
        self.ui.databaseLabel.setText(tr("Base de datos cifrada en {home}").format(home=paths.home))
        self.ui.capsLockLabel.hide()
        self.ui.errorLabel.hide()
        self.ui.userEdit.setText(username)
        self._caps = CapsLockWatcher(self)
        self._caps.changed.connect(self.ui.capsLockLabel.setVisible)
        self.ui.passphraseEdit.installEventFilter(self._caps)
        self.ui.userEdit.installEventFilter(self._caps)
        self.ui.unlockButton.clicked.connect(self.try_unlock)
        self.ui.recoverButton.clicked.connect(self.recover)
        self._wait = QTimer(self, interval=1000)
        self._wait.timeout.connect(self._tick)
        self._seconds_left = 0
        (self.ui.passphraseEdit if username else self.ui.userEdit).setFocus()

    def try_unlock(self) -> None:
        username = self.ui.userEdit.text().strip()
        passphrase = self.ui.passphraseEdit.text()
        if not username or not passphrase:
            self.show_error(tr("Escriba su usuario y su frase de acceso."))
            return
        self.unlock_as(username, passphrase)

    def unlock_as(self, username: str, passphrase: str) -> None:
        """Prove the passphrase and open the database on the worker; the dialog closes on success."""
        self._set_busy(True)
        self.jobs.open(lambda: workspace.unlock(self.paths, username, passphrase), self._unlocked, self._failed)

    def _unlocked(self, ws: Workspace) -> None:
        self.workspace = ws
        self.ui.passphraseEdit.clear()
        self._set_busy(False)
        self.accept()

    def _failed(self, error: JobError) -> None:
        self.ui.passphraseEdit.clear()
        self._set_busy(False)
        self.show_error(error.message)
        if issubclass(error.kind, TooManyAttempts):
            digits = "".join(ch for ch in error.message if ch.isdigit())
            self._seconds_left = int(digits or 1)
            self.ui.unlockButton.setEnabled(False)
            self._wait.start()
        self.ui.passphraseEdit.setFocus()

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._wait.stop()
            self.ui.unlockButton.setEnabled(True)
            self.ui.errorLabel.hide()
        else:
            self.show_error(
                tr("Demasiados intentos fallidos. Espere {seconds_left} segundos.").format(
                    seconds_left=self._seconds_left
                )
            )

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self.ui.unlockButton.setEnabled(not busy)
        self.ui.unlockButton.setText(tr("Verificando…") if busy else tr("&Desbloquear"))
        self.ui.userEdit.setEnabled(not busy)
        self.ui.passphraseEdit.setEnabled(not busy)

    def recover(self) -> None:
        dialog = RecoveryDialog(self.jobs, self.paths, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.workspace is not None:
            self.workspace = dialog.workspace
            self.accept()
