"""The Administración area: users (add, reset passphrase, deactivate, reactivate) and checks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.enums import Role
from mpi_desktop.gui.i18n import enum_label, tr
from mpi_desktop.gui.import_wizard import ImportWizard
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.security.audit import verify
from mpi_desktop.services import settings, users
from mpi_desktop.services.users import UserView
from mpi_desktop.services.workspace import Workspace


class PassphraseDialog(QDialog):
    """Asks for a new passphrase twice (and, for a new user, name and role)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, new_user: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.username = QLineEdit(objectName="newUsername")
        self.display_name = QLineEdit(objectName="newDisplayName")
        self.role = QComboBox(objectName="newRole")
        for role in Role:
            self.role.addItem(enum_label(role), role)
        if new_user:
            form.addRow(tr("&Usuario:"), self.username)
            form.addRow(tr("&Nombre completo:"), self.display_name)
            form.addRow(tr("&Rol:"), self.role)
        self.passphrase = QLineEdit(objectName="newPassphrase", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeatPassphrase", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(tr("&Frase de acceso:"), self.passphrase)
        form.addRow(tr("R&epita la frase:"), self.repeat)
        self.error = QLabel(wordWrap=True, styleSheet="color: #b00020;", objectName="error")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(tr("Las frases de acceso no coinciden."))
            return
        self.accept()


class AdminArea(QWidget):
    def __init__(self, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.table = QTableWidget(0, 4, objectName="usersTable")
        self.table.setHorizontalHeaderLabels([tr("Usuario"), tr("Nombre"), tr("Rol"), tr("Estado")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(wordWrap=True, objectName="adminMessage")
        buttons = QHBoxLayout()
        for text, slot in (
            (tr("&Agregar usuario…"), self.add_user),
            (tr("&Restablecer frase…"), self.reset_passphrase),
            (tr("&Desactivar"), self.deactivate),
            (tr("Rea&ctivar…"), self.reactivate),
            (tr("Verificar &bitácora"), self.verify_audit),
            (tr("Verificar &integridad"), self.verify_integrity),
            (tr("Importar registros anteriores…"), self.import_legacy),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.idle_minutes = QSpinBox(objectName="idleMinutes", minimum=1, maximum=60, suffix=tr(" min"))
        save_idle = QPushButton(tr("&Guardar"))
        save_idle.clicked.connect(self.save_idle_minutes)
        idle_row = QHBoxLayout()
        idle_label = QLabel(tr("Bloqueo automático tras &inactividad:"))
        idle_label.setBuddy(self.idle_minutes)
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle_minutes)
        idle_row.addWidget(save_idle)
        idle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>Usuarios</b>")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(idle_row)
        layout.addWidget(self.message)

    idle_changed = Signal(int)

    def start(self) -> None:
        self.jobs.run(users.list_users, self._show_users, self._error)
        self.jobs.run(settings.idle_minutes, self.idle_minutes.setValue)

    def save_idle_minutes(self) -> None:
        minutes = self.idle_minutes.value()

        def saved(value: int) -> None:
            self.message.setText(tr("El programa se bloqueará tras {value} minutos sin uso.").format(value=value))
            self.idle_changed.emit(value)

        self.jobs.run(lambda ws: settings.set_idle_minutes(ws, minutes), saved, self._error)

    def _show_users(self, views: list[UserView]) -> None:
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            state = tr("Activo") if view.active else tr("Desactivado")
            for column, text in enumerate((view.username, view.display_name, enum_label(view.role), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _selected(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            self.message.setText(tr("Seleccione un usuario de la lista."))
            return None
        return self.table.item(items[0].row(), 0).text()

    def _error(self, error: JobError) -> None:
        self.message.setText(error.message)

    def _done(self, text: str):
        def show(_result: object) -> None:
            self.message.setText(text)
            self.start()

        return show

    def add_user(self) -> None:
        dialog = PassphraseDialog(tr("Agregar usuario"), self, new_user=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        username, name = dialog.username.text(), dialog.display_name.text()
        role, passphrase = dialog.role.currentData(), dialog.passphrase.text()
        self.jobs.run(
            lambda ws: users.add_user(ws, username, name, role, passphrase),
            self._done(tr("Usuario «{username}» agregado.").format(username=username)),
            self._error,
        )

    def reset_passphrase(self) -> None:
        username = self._selected()
        if not username:
            return
        dialog = PassphraseDialog(tr("Nueva frase para {username}").format(username=username), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            passphrase = dialog.passphrase.text()
            self.jobs.run(
                lambda ws: users.reset_passphrase(ws, username, passphrase),
                self._done(tr("Frase de acceso restablecida.")),
                self._error,
            )

    def deactivate(self) -> None:
        username = self._selected()
        if (
            username
            and QMessageBox.question(
                self,
                tr("Desactivar"),
                tr("¿Desactivar la cuenta «{username}»? Ya no podrá abrir la base.").format(username=username),
            )
            == QMessageBox.StandardButton.Yes
        ):
            self.jobs.run(lambda ws: users.deactivate(ws, username), self._done(tr("Cuenta desactivada.")), self._error)

    def reactivate(self) -> None:
        username = self._selected()
        if not username:
            return
        dialog = PassphraseDialog(tr("Reactivar {username}").format(username=username), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            passphrase = dialog.passphrase.text()
            self.jobs.run(
                lambda ws: users.reactivate(ws, username, passphrase), self._done(tr("Cuenta reactivada.")), self._error
            )

    def verify_audit(self) -> None:
        def check(ws: Workspace) -> str:
            with ws.db.session() as session:
                return verify(session).describe()

        self.message.setText(tr("Verificando la bitácora…"))
        self.jobs.run(check, self.message.setText, self._error)

    def import_legacy(self) -> ImportWizard:
        wizard = ImportWizard(self.jobs, self)
        wizard.show()
        return wizard

    def verify_integrity(self) -> None:
        self.message.setText(tr("Verificando el cifrado y la estructura de la base…"))
        self.jobs.run(lambda ws: ws.db.integrity().describe(), self.message.setText, self._error)
