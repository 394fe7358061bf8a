"""The Respaldos area (create, verify, restore, drill, automatic backups) and the automatic backups
themselves: daily and on close, with the last good backup shown in the status bar.

Every operation runs on the database worker; progress comes back through a queued signal and
Cancelar sets a token the operation checks between steps (a cancelled backup leaves no file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.exchange import backup, drill, restore
from mpi_desktop.exchange.backup_format import SUFFIX
from mpi_desktop.gui.i18n import QT_TR_NOOP, tr
from mpi_desktop.gui.worker import CancelToken, JobError, Jobs
from mpi_desktop.security.access import Permission
from mpi_desktop.services import backup_settings
from mpi_desktop.services.backup_settings import BackupStatus

if TYPE_CHECKING:
    from mpi_desktop.gui.main_window import MainWindow

FILTER = QT_TR_NOOP("Respaldos de MPI Desktop (*{SUFFIX})")
CHECK_EVERY_MS = 60 * 60 * 1000  # the daily backup is looked for every hour


class Relay(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued connection)."""

    progressed = Signal(float, str)


class PassphraseDialog(QDialog):
    """The backup passphrase, twice when a new backup is made with it."""

    def __init__(self, title: str, parent: QWidget | None = None, *, twice: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.passphrase = QLineEdit(objectName="backupPassphrase", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="backupRepeat", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(tr("&Frase del respaldo:"), self.passphrase)
        if twice:
            form.addRow(tr("&Repita la frase:"), self.repeat)
            form.addRow(QLabel(tr("Guárdela por escrito en un lugar seguro: sin ella el respaldo no puede abrirse.")))
        self.twice = twice
        self.error = QLabel(wordWrap=True, styleSheet="color: #b00020;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if self.twice and self.passphrase.text() != self.repeat.text():
            self.error.setText(tr("Las frases no coinciden."))
            return
        self.accept()

    @classmethod
    def ask(cls, title: str, parent: QWidget, *, twice: bool = False) -> str | None:
        dialog = cls(title, parent, twice=twice)
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class BackupsArea(QWidget):
    restored = Signal()  # the live database was replaced: the window locks and reopens
    status_changed = Signal(object)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.jobs: Jobs = window.jobs
        self.actor = window.actor
        self.token: CancelToken | None = None
        self.relay = Relay(self)
        self.relay.progressed.connect(self._progressed)
        self.setObjectName("backupsArea")

        self.progress = QProgressBar(objectName="backupProgress", maximum=1000)
        self.stage = QLabel(objectName="backupStage")
        self.cancel_button = QPushButton(tr("&Cancelar"), objectName="backupCancel", enabled=False)
        self.cancel_button.clicked.connect(self.cancel)
        self.result = QPlainTextEdit(readOnly=True, objectName="backupResult")

        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, allowed in (
            ("create", tr("Crear &respaldo…"), self._ask_create, Permission.BACKUP),
            ("verify", tr("&Verificar un respaldo…"), self._ask_verify, Permission.BACKUP),
            ("drill", tr("&Simulacro de restauración"), self._ask_drill, Permission.BACKUP),
            ("restore", tr("Res&taurar…"), self._ask_restore, Permission.RESTORE),
        ):
            button = QPushButton(text, objectName=f"backup_{key}")
            button.clicked.connect(slot)
            button.setVisible(self.actor.can(allowed))
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)

        self.automatic = self._automatic_group()
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        layout.addLayout(running)
        layout.addWidget(self.stage)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.automatic)

    def _automatic_group(self) -> QGroupBox:
        group = QGroupBox(tr("Respaldos automáticos (al cerrar y cada día)"), objectName="automaticGroup")
        form = QFormLayout(group)
        self.folder = QLineEdit(objectName="automaticFolder")
        choose = QPushButton(tr("&Elegir…"))
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow(tr("Carpeta (p. ej. una memoria USB):"), row)
        self.keep = QSpinBox(objectName="automaticKeep", minimum=1, maximum=100, value=backup_settings.DEFAULT_KEEP)
        form.addRow(tr("Conservar los últimos:"), self.keep)
        self.auto_passphrase = QLineEdit(objectName="automaticPassphrase", echoMode=QLineEdit.EchoMode.Password)
        self.auto_passphrase.setPlaceholderText(tr("déjela vacía para conservar la actual"))
        form.addRow(tr("Frase de los respaldos:"), self.auto_passphrase)
        self.auto_status = QLabel(wordWrap=True, objectName="automaticStatus")
        save = QPushButton(tr("&Guardar"), objectName="automaticSave")
        save.clicked.connect(lambda: self.save_automatic(self.folder.text().strip() or None, self.keep.value()))
        form.addRow(self.auto_status, save)
        group.setEnabled(self.actor.can(Permission.RESTORE))  # administrators choose; others see
        return group

    def start(self) -> None:
        self.jobs.run(backup_settings.status, self._show_status)

    def _show_status(self, status: BackupStatus) -> None:
        if status.folder is not None and not self.folder.text():
            self.folder.setText(str(status.folder))
        self.keep.setValue(status.keep)
        self.auto_status.setText(status.describe())
        self.status_changed.emit(status)

    # -- running one operation at a time ---------------------------------------------------------
    def _run(self, job: Callable[..., Any], done: Callable[[Any], None]) -> None:
        self.token = token = CancelToken()
        for button in self.buttons.values():
            button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.result.clear()

        def progress(fraction: float, label: str) -> None:
            self.relay.progressed.emit(fraction, label)

        self.jobs.run(
            lambda ws: job(ws, progress=progress, cancelled=lambda: token.cancelled),
            lambda value: self._finish(lambda: done(value)),
            lambda error: self._finish(lambda: self._failed(error)),
        )

    def _progressed(self, fraction: float, label: str) -> None:
        self.progress.setValue(round(fraction * 1000))
        self.stage.setText(label)

    def _finish(self, then: Callable[[], None]) -> None:
        self.token = None
        for button in self.buttons.values():
            button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        then()
        self.start()

    def _failed(self, error: JobError) -> None:
        self.stage.setText(tr("No se completó."))
        self.result.setPlainText(error.message)

    def cancel(self) -> None:
        if self.token:
            self.token.cancel()
            self.stage.setText(tr("Cancelando…"))

    def busy(self) -> bool:
        return self.token is not None

    # -- the operations (the buttons ask, these run; tests call them directly) --------------------
    def create_backup(self, path: str | Path, passphrase: str) -> None:
        def done(result: backup.BackupResult) -> None:
            self.result.setPlainText(
                tr(
                    "Respaldo cifrado creado y verificado: {path}\n{total_records} registros. Guarde la frase del respaldo por escrito."
                ).format(path=result.path, total_records=result.manifest.total_records)
            )

        self._run(lambda ws, **kw: backup.create_backup(ws, Path(path), passphrase, **kw), done)

    def verify_backup(self, path: str | Path, passphrase: str) -> None:
        self._run(
            lambda ws, **kw: backup.verify_backup(Path(path), passphrase, ws, **kw),
            lambda result: self.result.setPlainText(result.describe()),
        )

    def restore_backup(self, path: str | Path, passphrase: str) -> None:
        def done(result: restore.RestoreResult) -> None:
            self.result.setPlainText(result.describe())
            window = self.window()
            self.restored.emit()  # the window locks: every widget showing the old data goes
            # Shown after the lock (which closes open dialogs), over the unlock window; no personal data.
            box = QMessageBox(
                QMessageBox.Icon.Information, tr("Restauración terminada"), result.describe(), parent=window
            )
            box.setInformativeText(tr("Abra la sesión de nuevo para trabajar con los datos restaurados."))
            box.setObjectName("restoreDone")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self._run(lambda ws, **kw: restore.restore_over(ws, Path(path), passphrase, **kw), done)

    def run_drill(self, folder: str | Path | None, passphrase: str | None) -> None:
        def job(ws, **kw):
            return drill.run_drill(ws, folder=Path(folder) if folder else None, passphrase=passphrase, **kw)

        self._run(job, lambda report: self.result.setPlainText(report.describe()))

    def save_automatic(self, folder: str | None, keep: int) -> None:
        passphrase = self.auto_passphrase.text() or None

        def saved(status: BackupStatus) -> None:
            self.auto_passphrase.clear()
            self._show_status(status)
            self.result.setPlainText(tr("Respaldos automáticos guardados."))

        self.jobs.run(
            lambda ws: backup_settings.configure(ws, folder, keep, passphrase),
            saved,
            lambda error: self.result.setPlainText(error.message),
        )

    # -- asking (dialogs) ------------------------------------------------------------------------
    def _ask_create(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Guardar respaldo cifrado"), tr("respaldo") + SUFFIX, tr(FILTER).format(SUFFIX=SUFFIX)
        )
        if path:
            path = path if path.endswith(SUFFIX) else path + SUFFIX
            passphrase = PassphraseDialog.ask(tr("Frase del nuevo respaldo"), self, twice=True)
            if passphrase is not None:
                self.create_backup(path, passphrase)

    def _ask_verify(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Verificar un respaldo"), "", tr(FILTER).format(SUFFIX=SUFFIX))
        passphrase = PassphraseDialog.ask(tr("Frase del respaldo"), self) if path else None
        if path and passphrase is not None:
            self.verify_backup(path, passphrase)

    def _ask_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Restaurar un respaldo"), "", tr(FILTER).format(SUFFIX=SUFFIX))
        if not path:
            return
        answer = QMessageBox.warning(
            self,
            tr("Restaurar un respaldo"),
            tr(
                "La base actual se reemplazará por el contenido del respaldo.\n\nAntes se guarda una copia cifrada de "
                "la base actual (con la misma frase del respaldo) en la carpeta de datos. ¿Continuar?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        passphrase = (
            PassphraseDialog.ask(tr("Frase del respaldo"), self) if answer == QMessageBox.StandardButton.Yes else None
        )
        if passphrase is not None:
            self.restore_backup(path, passphrase)

    def _ask_drill(self) -> None:
        folder = self.folder.text().strip() or QFileDialog.getExistingDirectory(self, tr("Carpeta de respaldos"))
        if folder:
            # The automatic passphrase when the folder is the automatic one; otherwise ask.
            automatic = folder == self.folder.text().strip()
            passphrase = None if automatic else PassphraseDialog.ask(tr("Frase del respaldo"), self)
            if automatic or passphrase is not None:
                self.run_drill(folder, passphrase)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Carpeta de respaldos automáticos"), self.folder.text())
        if folder:
            self.folder.setText(folder)


class AutomaticBackups(QObject):
    """The status-bar label, the daily backup and the backup on close, for the main window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.label = QLabel(objectName="statusBackup")
        self.status: BackupStatus | None = None
        self.closing = False
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()

    def refresh(self) -> None:
        if not self.window_.is_locked:
            self.window_.jobs.run(backup_settings.status, self.show)

    def show(self, status: BackupStatus) -> None:
        self.status = status
        self.label.setText(status.describe())
        self.label.setStyleSheet("color: #b00020;" if status.warning else "")

    def run_if_due(self) -> None:
        window = self.window_
        if window.is_locked or not window.actor.can(Permission.BACKUP):
            return

        def job(ws):
            if backup_settings.due(ws):
                backup.automatic_backup(ws)
            return backup_settings.status(ws)

        window.jobs.run(job, self.show, lambda _error: self.refresh())

    def hold_close(self, event) -> bool:
        """On close, make the automatic backup first (if configured); True when the close waits for it."""
        window, status = self.window_, self.status
        if self.closing or window.is_locked or status is None or not status.configured or status.folder_missing:
            return False
        if not window.actor.can(Permission.BACKUP):
            return False
        self.closing = True
        event.ignore()
        self.label.setText(tr("Creando el respaldo automático antes de salir…"))
        window.jobs.run(backup.automatic_backup, lambda _r: window.close(), lambda _e: window.close())
        return True
