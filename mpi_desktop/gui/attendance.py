"""The attendance capture screen of a workshop session or a training.

Built for a room of sixty, keyboard only: type the name, Tab, one key for the identity
(M Mujer, H Hombre, L LGBTTTI, N Prefiero no decirlo), Enter adds the person and returns to
the name. Totals by identity stay in view. A person already on the list is refused with a
message beside the name, before anything is sent. The other mode — counts only, no names —
and "Importar lista…" (CSV/XLSX, with a preview) are one click away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.activity_inputs import AttendanceMode, ParticipantInput
from mpi_desktop.domain.activity_validation import DUPLICATE_PARTICIPANT, IDENTITY_KEYS, name_key
from mpi_desktop.domain.enums import PersonIdentity
from mpi_desktop.exchange import attendance_import
from mpi_desktop.gui.attendance_import_dialog import ImportPreviewDialog
from mpi_desktop.gui.case_file_fields import ERROR_STYLE, guarded
from mpi_desktop.gui.case_file_tabs import fill, make_table
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.services import attendance
from mpi_desktop.services.attendance import AttendanceSheet, Target

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
KEY_OF = {identity: key for key, identity in IDENTITY_KEYS.items()}
SHORT = {
    PersonIdentity.WOMAN: QT_TR_NOOP("Mujeres"),
    PersonIdentity.MAN: QT_TR_NOOP("Hombres"),
    PersonIdentity.LGBTTTI: QT_TR_NOOP("LGBTTTI"),
    PersonIdentity.UNDISCLOSED: QT_TR_NOOP("Prefiero no decirlo"),
}
NO_NAME = QT_TR_NOOP("Escriba el nombre de la persona.")
NO_IDENTITY = QT_TR_NOOP("Pulse M, H, L o N para la identidad.")
IDENTITY_HINT = QT_TR_NOOP("M Mujer · H Hombre · L LGBTTTI · N Prefiero no decirlo")
CARD_STYLE = (
    "QFrame#totalCard { background: #f4f1f7; border: 1px solid #d9d0e3; border-radius: 6px; }"
    'QFrame#totalCard[total="true"] { background: #611232; border-color: #611232; }'
    'QFrame#totalCard[total="true"] QLabel { color: white; }'
)


class IdentityKeyField(QLineEdit):
    """One key chooses the identity; Backspace clears it; Enter and Tab behave as in any field."""

    def __init__(self) -> None:
        super().__init__(readOnly=True, objectName="identityKey", placeholderText=tr(IDENTITY_HINT))
        self.identity: PersonIdentity | None = None

    def set_identity(self, identity: PersonIdentity | None) -> None:
        self.identity = identity
        self.setText(f"{KEY_OF[identity]} — {enum_label(identity)}" if identity else "")

    def _identity_key(self, event) -> bool:
        modifiers = event.modifiers()
        return event.text().upper() in IDENTITY_KEYS and modifiers in (NO_MODIFIER, Qt.KeyboardModifier.ShiftModifier)

    def event(self, event) -> bool:
        # A read-only line edit lets letters reach the window's shortcuts; these keys are ours.
        if event.type() == QEvent.Type.ShortcutOverride and self._identity_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.text().upper()
        if self._identity_key(event):
            self.set_identity(IDENTITY_KEYS[key])
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_identity(None)
        else:
            super().keyPressEvent(event)  # Enter (returnPressed), Tab, Esc… as usual


class TotalsBar(QWidget):
    """Participants by identity and the total, as large numbers."""

    def __init__(self) -> None:
        super().__init__(objectName="totalsBar", styleSheet=CARD_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.numbers: dict[str, QLabel] = {}
        for key, caption in [*((i.value, tr(SHORT[i])) for i in PersonIdentity), ("total", tr("Total"))]:
            card = QFrame(objectName="totalCard")
            card.setProperty("total", key == "total")
            column = QVBoxLayout(card)
            column.setContentsMargins(12, 6, 12, 6)
            number = QLabel("0", objectName=f"total_{key}", alignment=Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet("font-size: 22pt; font-weight: bold;")
            column.addWidget(number)
            column.addWidget(QLabel(caption, alignment=Qt.AlignmentFlag.AlignCenter))
            row.addWidget(card)
            self.numbers[key] = number

    def show_totals(self, sheet: AttendanceSheet) -> None:
        for identity in PersonIdentity:
            self.numbers[identity.value].setText(str(sheet.totals.of(identity)))
        self.numbers["total"].setText(str(sheet.totals.total))

    def text(self) -> dict[str, int]:
        return {key: int(label.text()) for key, label in self.numbers.items()}


class AttendanceScreen(QDialog):
    """Attendance of one session or training. `changed` fires after every saved change."""

    changed = Signal()

    def __init__(self, jobs: Jobs, target: Target, heading: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.target = jobs, target
        self.sheet: AttendanceSheet | None = None
        self.pending: list[str] = []  # name keys sent and not yet answered
        self.setObjectName("attendanceScreen")
        self.setWindowTitle(tr("Asistencia — {heading}").format(heading=heading))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        title = QLabel(heading, objectName="attendanceHeading", wordWrap=True)
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(title)
        self.totals = TotalsBar()
        layout.addWidget(self.totals)
        layout.addLayout(self._mode_row())
        self.panels = QStackedWidget()
        self.panels.addWidget(self._named_panel())
        self.panels.addWidget(self._headcount_panel())
        layout.addWidget(self.panels, 1)
        self.status = QLabel(objectName="attendanceStatus", wordWrap=True)
        layout.addWidget(self.status)
        QShortcut(QKeySequence("Ctrl+I"), self, activated=self.choose_file)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter adds a person; it must never press "Importar lista…"
        self.refresh()

    # -- layout ----------------------------------------------------------------------------------
    def _mode_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.named_mode = QRadioButton(tr("Lista con &nombres"), objectName="namedMode", checked=True)
        self.count_mode = QRadioButton(tr("Solo &conteo (sin nombres)"), objectName="countMode")
        group = QButtonGroup(self)
        for button in (self.named_mode, self.count_mode):
            group.addButton(button)
            row.addWidget(button)
        self.named_mode.toggled.connect(lambda on: self.panels.setCurrentIndex(0 if on else 1))
        row.addStretch(1)
        self.import_button = QPushButton(tr("&Importar lista…"), objectName="importButton")
        self.import_button.setToolTip(tr("Importar una lista CSV o XLSX con vista previa (Ctrl+I)"))
        self.import_button.clicked.connect(self.choose_file)
        row.addWidget(self.import_button)
        return row

    def _named_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        entry = QGridLayout()
        self.name_edit = QLineEdit(objectName="participantName", placeholderText=tr("Nombre completo"))
        self.identity_edit = IdentityKeyField()
        self.organisation_edit = QLineEdit(
            objectName="participantOrganisation", placeholderText=tr("Opcional; se conserva")
        )
        self.add_button = QPushButton(tr("&Agregar"), objectName="addParticipant")
        for col, (caption, widget) in enumerate(
            (
                (tr("&Nombre"), self.name_edit),
                (tr("I&dentidad"), self.identity_edit),
                (tr("&Organización"), self.organisation_edit),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            entry.addWidget(label, 0, col)
            entry.addWidget(widget, 1, col)
        entry.addWidget(self.add_button, 1, 3)
        entry.setColumnStretch(0, 3)
        entry.setColumnStretch(1, 2)
        entry.setColumnStretch(2, 2)
        self.name_error = QLabel(objectName="nameError", styleSheet=ERROR_STYLE, wordWrap=True)
        self.identity_error = QLabel(objectName="identityError", styleSheet=ERROR_STYLE, wordWrap=True)
        entry.addWidget(self.name_error, 2, 0)
        entry.addWidget(self.identity_error, 2, 1, 1, 2)
        column.addLayout(entry)
        hint = QLabel(
            tr("Nombre, Tab, una tecla para la identidad ({IDENTITY_HINT}), Intro para agregar.").format(
                IDENTITY_HINT=tr(IDENTITY_HINT)
            )
        )
        hint.setObjectName("captureHint")
        hint.setStyleSheet("color: #555;")
        column.addWidget(hint)
        self.setTabOrder(self.name_edit, self.identity_edit)
        self.setTabOrder(self.identity_edit, self.organisation_edit)
        self.setTabOrder(self.organisation_edit, self.add_button)
        for widget in (self.name_edit, self.identity_edit, self.organisation_edit):
            widget.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.name_edit.textEdited.connect(lambda _text: self.name_error.clear())
        self.table = make_table((tr("Nombre"), tr("Identidad"), tr("Organización")), "participantsTable")
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        column.addWidget(self.table, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        self.remove_button = QPushButton(tr("&Quitar de la lista"), objectName="removeParticipant")
        self.remove_button.clicked.connect(self.remove_selected)
        remove_row.addWidget(self.remove_button)
        column.addLayout(remove_row)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove_selected)
        return panel

    def _headcount_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.addWidget(
            QLabel(tr("Registre solo cuántas personas asistieron; no se guarda ningún nombre."), wordWrap=True)
        )
        form = QFormLayout()
        self.spins: dict[PersonIdentity, QSpinBox] = {}
        for identity in PersonIdentity:
            spin = QSpinBox(objectName=f"count_{identity.value}", maximum=100_000)
            form.addRow(tr(SHORT[identity]), spin)
            self.spins[identity] = spin
        column.addLayout(form)
        self.save_counts_button = QPushButton(tr("&Guardar conteo"), objectName="saveCounts")
        self.save_counts_button.clicked.connect(self.save_counts)
        self.count_error = QLabel(objectName="countError", styleSheet=ERROR_STYLE, wordWrap=True)
        column.addWidget(self.count_error)
        column.addWidget(self.save_counts_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return panel

    def showEvent(self, event) -> None:
        super().showEvent(event)
        (self.name_edit if self.named_mode.isChecked() else self.spins[PersonIdentity.WOMAN]).setFocus()

    # -- showing the sheet -----------------------------------------------------------------------
    def refresh(self) -> None:
        target = self.target
        self.jobs.run(
            lambda ws: attendance.sheet(ws.db, ws.actor, target),
            guarded(self, self.show_sheet),
            guarded(self, self._failed),
        )

    def show_sheet(self, sheet: AttendanceSheet) -> None:
        self.sheet = sheet
        self.totals.show_totals(sheet)
        fill(self.table, [(p.name, enum_label(p.identity), p.organisation or "") for p in sheet.participants])
        self.table.scrollToBottom()
        for identity, spin in self.spins.items():
            spin.setValue(sheet.totals.of(identity) if sheet.mode is AttendanceMode.HEADCOUNT else 0)
        fixed = sheet.mode is not AttendanceMode.EMPTY
        (self.count_mode if sheet.mode is AttendanceMode.HEADCOUNT else self.named_mode).setChecked(True)
        self.named_mode.setEnabled(not fixed or sheet.mode is AttendanceMode.NAMED)
        self.count_mode.setEnabled(not fixed or sheet.mode is AttendanceMode.HEADCOUNT)
        reason = attendance.NAMED_NO_COUNTS if sheet.mode is AttendanceMode.NAMED else attendance.COUNTED_NO_NAMES
        for button in (self.named_mode, self.count_mode):
            button.setToolTip("" if button.isEnabled() else reason)
        self.import_button.setEnabled(sheet.mode is not AttendanceMode.HEADCOUNT)

    def keys_on_list(self) -> set[str]:
        listed = {name_key(p.name) for p in self.sheet.participants} if self.sheet else set()
        return listed | set(self.pending)

    # -- named entry -----------------------------------------------------------------------------
    def add(self) -> None:
        name = " ".join(self.name_edit.text().split())
        identity = self.identity_edit.identity
        self.name_error.setText("" if name else tr(NO_NAME))
        self.identity_error.setText("" if identity else tr(NO_IDENTITY))
        if name and name_key(name) in self.keys_on_list():
            self.name_error.setText(DUPLICATE_PARTICIPANT)
        if self.name_error.text() or self.identity_error.text():
            (self.name_edit if self.name_error.text() else self.identity_edit).setFocus()
            self.name_edit.selectAll()
            return
        data = ParticipantInput(name, identity, self.organisation_edit.text().strip() or None)
        key, target = name_key(name), self.target
        self.pending.append(key)
        self.jobs.run(
            lambda ws: attendance.add_participant(ws.db, ws.actor, target, data),
            guarded(self, lambda sheet: self._added(key, sheet)),
            guarded(self, lambda error: self._add_failed(key, name, error)),
        )
        self.name_edit.clear()
        self.identity_edit.set_identity(None)
        self.name_edit.setFocus()

    def _added(self, key: str, sheet: AttendanceSheet) -> None:
        self.pending.remove(key)
        self.show_sheet(sheet)
        row = next((i for i, p in enumerate(sheet.participants) if name_key(p.name) == key), None)
        if row is not None:  # the list is alphabetical: show where the person just added landed
            self.table.selectRow(row)
            self.table.scrollToItem(self.table.item(row, 0))
        self._say(tr("{total} personas en la lista.").format(total=sheet.totals.total))
        self.changed.emit()

    def _add_failed(self, key: str, name: str, error: JobError) -> None:
        self.pending.remove(key)
        if not self.name_edit.text():
            self.name_edit.setText(name)  # give the person back what was typed, to correct it
        self.name_error.setText(error.problems.get("name") or error.message)
        self.name_edit.setFocus()

    def remove_selected(self) -> None:
        if not self.sheet:
            return
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        chosen = [self.sheet.participants[row] for row in rows if row < len(self.sheet.participants)]
        if not chosen:
            return
        question = tr("¿Quitar a {chosen} persona(s) de la lista?").format(chosen=len(chosen))
        answer = QMessageBox.question(self, tr("Quitar de la lista"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        for person in chosen:
            self.jobs.run(
                lambda ws, pid=person.id: attendance.remove_participant(ws.db, ws.actor, pid),
                guarded(self, lambda sheet: (self.show_sheet(sheet), self.changed.emit())),
                guarded(self, self._failed),
            )

    # -- counts ----------------------------------------------------------------------------------
    def save_counts(self) -> None:
        counts = {identity: spin.value() for identity, spin in self.spins.items()}
        target = self.target
        self.count_error.clear()
        self.jobs.run(
            lambda ws: attendance.set_headcount(ws.db, ws.actor, target, counts),
            guarded(self, lambda sheet: (self.show_sheet(sheet), self.changed.emit(), self._saved_counts())),
            guarded(self, lambda error: self.count_error.setText(error.message)),
        )

    def _saved_counts(self) -> None:
        self._say(tr("Conteo guardado."))

    # -- import ----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        if not self.import_button.isEnabled():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Importar lista de asistencia"),
            "",
            tr("Listas de asistencia (*.csv *.xlsx);;Todos los archivos (*)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Preview `path` on the worker, then show what would be imported; nothing is saved yet."""
        target = self.target
        self._say(tr("Leyendo la lista…"))
        self.jobs.run(
            lambda ws: attendance_import.preview(ws.db, ws.actor, target, path),
            guarded(self, self._show_preview),
            guarded(self, self._failed),
        )

    def _show_preview(self, preview: attendance_import.ImportPreview) -> None:
        self._say("")
        dialog = ImportPreviewDialog(preview, self)
        dialog.accepted.connect(lambda: self._confirm(preview))
        dialog.rejected.connect(lambda: self._say(tr("Importación cancelada: no se guardó nada.")))
        dialog.open()
        self.preview_dialog = dialog

    def _confirm(self, preview: attendance_import.ImportPreview) -> None:
        def done(sheet: AttendanceSheet) -> None:
            self.show_sheet(sheet)
            self._say(tr("Se importaron {accepted} personas.").format(accepted=len(preview.accepted)))
            self.changed.emit()

        self.jobs.run(
            lambda ws: attendance_import.confirm(ws.db, ws.actor, preview),
            guarded(self, done),
            guarded(self, self._failed),
        )

    def _failed(self, error: JobError) -> None:
        self._say(error.message, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
