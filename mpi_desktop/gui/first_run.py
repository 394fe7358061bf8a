"""First run: create the encrypted database and the first administrator, then show the recovery code."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from mpi_desktop.gui.i18n import tr
from mpi_desktop.gui.recovery import RecoveryCodeDialog
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.security.vault import MIN_PASSPHRASE, calibrate
from mpi_desktop.services import workspace
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.paths import DataPaths


class _AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Persona administradora"))
        self.setSubTitle(
            tr(
                "Quien administra crea las cuentas del equipo y restaura respaldos. La frase de acceso debe tener al menos {MIN_PASSPHRASE} caracteres; una frase de varias palabras es más fácil de recordar y más difícil de adivinar."
            ).format(MIN_PASSPHRASE=MIN_PASSPHRASE)
        )
        form = QFormLayout(self)
        self.user = QLineEdit(objectName="username")
        self.name = QLineEdit(objectName="displayName")
        self.passphrase = QLineEdit(objectName="passphrase", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeat", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(tr("&Usuario:"), self.user)
        form.addRow(tr("&Nombre completo:"), self.name)
        form.addRow(tr("&Frase de acceso:"), self.passphrase)
        form.addRow(tr("&Repita la frase:"), self.repeat)
        self.error = QLabel(objectName="error", wordWrap=True, styleSheet="color: #b00020;")
        form.addRow(self.error)
        for edit in (self.user, self.name, self.passphrase, self.repeat):
            edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return all(e.text().strip() for e in (self.user, self.name, self.passphrase, self.repeat))


class FirstRunWizard(QWizard):
    """Accepted once the installation exists and its workspace is open on the worker."""

    def __init__(self, jobs: Jobs, paths: DataPaths, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.paths = jobs, paths
        self.workspace: Workspace | None = None
        self.setWindowTitle(tr("MPI Desktop — Primera configuración"))
        welcome = QWizardPage()
        welcome.setTitle(tr("Bienvenida"))
        layout = QVBoxLayout(welcome)
        layout.addWidget(
            QLabel(
                tr(
                    "Se creará una base de datos cifrada en:<br><b>{home}</b><br><br>"
                    "Todo lo que se registre queda cifrado en este equipo; el programa no usa la red. "
                    "Al terminar se mostrará un <b>código de recuperación</b> una sola vez: guárdelo impreso."
                ).format(home=html.escape(str(paths.home))),
                wordWrap=True,
            )
        )
        self.admin = _AdminPage()
        self.addPage(welcome)
        self.addPage(self.admin)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Crear base de datos"))

    def accept(self) -> None:
        page = self.admin
        if page.passphrase.text() != page.repeat.text():
            page.error.setText(tr("Las frases de acceso no coinciden."))
            return
        username, name, passphrase = page.user.text(), page.name.text(), page.passphrase.text()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        page.error.setText(tr("Creando la base cifrada…"))

        def opener() -> Workspace:
            ws, self._code = workspace.initialize(self.paths, username, name, passphrase, params=calibrate())
            return ws

        self.jobs.open(opener, self._created, self._failed)

    def _created(self, ws: Workspace) -> None:
        self.workspace = ws
        RecoveryCodeDialog(self._code, self).exec()
        self._code = ""
        super().accept()

    def _failed(self, error: JobError) -> None:
        self.admin.error.setText(error.message)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
