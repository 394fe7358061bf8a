"""Showing a recovery code once (with printing), and opening the database with one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.gui.i18n import tr
from mpi_desktop.gui.worker import Jobs
from mpi_desktop.services import workspace
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.paths import DataPaths


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown a single time; closing needs the confirmation that it was saved."""

    def __init__(self, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Código de recuperación"))
        self.code = code
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "<b>Este código se muestra una sola vez.</b> Con él se abre la base de datos si se olvida la "
                    "frase de acceso; quien lo tenga puede leer todos los casos. Imprímalo o anótelo y guárdelo "
                    "bajo llave, lejos de este equipo."
                ),
                wordWrap=True,
            )
        )
        shown = QLabel(code)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # no clipboard copies
        shown.setObjectName("recoveryCode")
        layout.addWidget(shown)
        self.print_button = QPushButton(tr("&Imprimir…"))
        self.print_button.clicked.connect(self.print_code)
        layout.addWidget(self.print_button)
        self.saved = QCheckBox(tr("He guardado el código en un lugar seguro"))
        layout.addWidget(self.saved)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Continuar"))
        ok.setEnabled(False)
        self.saved.toggled.connect(ok.setEnabled)
        layout.addWidget(self.buttons)

    def document(self) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(
            tr(
                "<h2>MPI CDMX · MPI Desktop</h2><p><b>CÓDIGO DE RECUPERACIÓN — CONFIDENCIAL</b></p>"
                "<p style='font-size:18pt; font-family:monospace'>{code}</p>"
                "<p>Guarde esta hoja bajo llave. Permite abrir la base de datos sin frase de acceso.</p>"
            ).format(code=self.code)
        )
        return document

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    def reject(self) -> None:  # Esc must not lose the only showing of the code
        if self.saved.isChecked():
            super().reject()


class RecoveryDialog(QDialog):
    """Open with the recovery code and give a user a new passphrase; then show the new code."""

    def __init__(self, jobs: Jobs, paths: DataPaths, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.paths = jobs, paths
        self.workspace: Workspace | None = None
        self.setWindowTitle(tr("Recuperar el acceso"))
        form = QFormLayout(self)
        self.code_edit = QLineEdit(placeholderText="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.user_edit = QLineEdit()
        self.pass_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(tr("Código de &recuperación:"), self.code_edit)
        form.addRow(tr("&Usuario:"), self.user_edit)
        form.addRow(tr("&Nueva frase de acceso:"), self.pass_edit)
        form.addRow(tr("&Repita la frase:"), self.repeat_edit)
        self.error = QLabel(wordWrap=True, styleSheet="color: #b00020;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Recuperar"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.new_code = ""

    def submit(self) -> None:
        if self.pass_edit.text() != self.repeat_edit.text():
            self.error.setText(tr("Las frases de acceso no coinciden."))
            return
        code, user, new = self.code_edit.text(), self.user_edit.text(), self.pass_edit.text()

        def opener() -> Workspace:
            ws, self.new_code = workspace.recover(self.paths, code, user, new)
            return ws

        self.jobs.open(opener, self._done, lambda error: self.error.setText(error.message))

    def _done(self, ws: Workspace) -> None:
        self.workspace = ws
        RecoveryCodeDialog(self.new_code, self).exec()
        self.new_code = ""
        self.accept()
