"""The "Talleres y capacitaciones" area: workshops (Cuadro 7) with their sessions, and trainings
(Cuadro 8), with totals by identity. Roles that may record them get the create/edit buttons and
the attendance screen; the statistics role sees the same lists and totals, never a name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.enums import PersonIdentity
from mpi_desktop.gui.activity_dialogs import TrainingDialog, WorkshopDialog, WorkshopSessionDialog, days_text
from mpi_desktop.gui.attendance import SHORT, AttendanceScreen
from mpi_desktop.gui.case_file_fields import day_text, guarded
from mpi_desktop.gui.case_file_tabs import fill, make_table
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.security.access import Actor, Permission
from mpi_desktop.services import trainings, workshops
from mpi_desktop.services.attendance import Target, Totals
from mpi_desktop.services.trainings import TrainingView
from mpi_desktop.services.workshops import WorkshopView

TOTAL_COLUMNS = (*(SHORT[i] for i in PersonIdentity), QT_TR_NOOP("Total"))


def totals_cells(totals: Totals) -> list[object]:
    return [*(totals.of(i) for i in PersonIdentity), totals.total]


def hours_text(hours: float) -> str:
    return f"{hours:g}"


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class WorkshopsTab(QWidget):
    def __init__(self, jobs: Jobs, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.editable = jobs, actor.can(Permission.EDIT_CASES) and actor.can(Permission.READ_CASES)
        self.rows: list[WorkshopView] = []
        self.new_button = QPushButton(tr("&Nuevo taller…"), objectName="newWorkshop")
        self.edit_button = QPushButton(tr("&Editar taller…"), objectName="editWorkshop")
        self.add_session_button = QPushButton(tr("Agregar &sesión…"), objectName="addSession")
        self.edit_session_button = QPushButton(tr("Editar se&sión…"), objectName="editSession")
        self.attendance_button = QPushButton(tr("&Asistencia…"), objectName="openAttendance")
        self.workshops = make_table(
            (tr("Título"), tr("Dirigido a"), tr("Sesiones"), tr("Horas"), *TOTAL_COLUMNS), "workshopsTable"
        )
        self.sessions = make_table((tr("Fecha"), tr("Horas"), tr("Registro"), *TOTAL_COLUMNS), "sessionsTable")
        self.status = QLabel(objectName="workshopsStatus")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.workshops)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(tr("Sesiones del taller seleccionado (Intro abre la asistencia)")))
        column.addWidget(self.sessions)
        column.addLayout(button_row(self.add_session_button, self.edit_session_button, self.attendance_button))
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.new_button, self.edit_button))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        for button in (self.new_button, self.edit_button, self.add_session_button, self.edit_session_button):
            button.setVisible(self.editable)
        self.attendance_button.setVisible(self.editable)
        self.new_button.clicked.connect(lambda: self._open(WorkshopDialog(self.jobs, self)))
        self.edit_button.clicked.connect(self.edit_workshop)
        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button.clicked.connect(self.edit_session)
        self.attendance_button.clicked.connect(self.open_attendance)
        self.workshops.itemSelectionChanged.connect(self.show_sessions)
        self.workshops.doubleClicked.connect(lambda _index: self.edit_workshop())
        self.sessions.activated.connect(lambda _index: self.open_attendance())

    def start(self) -> None:
        self.jobs.run(
            lambda ws: workshops.list_workshops(ws.db, ws.actor),
            guarded(self, self.show_rows),
            guarded(self, self._failed),
        )

    def show_rows(self, rows: list[WorkshopView]) -> None:
        chosen = self.current().id if self.current() else None
        self.rows = rows
        fill(
            self.workshops,
            [(w.title, w.directed_to, len(w.sessions), hours_text(w.hours), *totals_cells(w.totals)) for w in rows],
        )
        index = next((i for i, w in enumerate(rows) if w.id == chosen), 0 if rows else -1)
        if index >= 0:
            self.workshops.selectRow(index)
        self.show_sessions()
        self.status.setText(tr("%n talleres.", "", len(rows)))

    def current(self) -> WorkshopView | None:
        row = self.workshops.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def current_session(self):
        workshop, row = self.current(), self.sessions.currentRow()
        return workshop.sessions[row] if workshop and 0 <= row < len(workshop.sessions) else None

    def show_sessions(self) -> None:
        workshop = self.current()
        sessions = workshop.sessions if workshop else ()
        fill(
            self.sessions,
            [(day_text(s.held_on), hours_text(s.hours), enum_label(s.mode), *totals_cells(s.totals)) for s in sessions],
        )
        if sessions:
            self.sessions.selectRow(len(sessions) - 1)

    def edit_workshop(self) -> None:
        if self.editable and self.current():
            self._open(WorkshopDialog(self.jobs, self, self.current()))

    def add_session(self) -> None:
        if self.current():
            self._open(WorkshopSessionDialog(self.jobs, self.current().id, self))

    def edit_session(self) -> None:
        if self.current_session():
            self._open(WorkshopSessionDialog(self.jobs, self.current().id, self, self.current_session()))

    def open_attendance(self) -> AttendanceScreen | None:
        workshop, session = self.current(), self.current_session()
        if not (self.editable and workshop and session):
            return None
        heading = tr("{title} — {directed_to} — sesión del {held_on}").format(
            title=workshop.title, directed_to=workshop.directed_to, held_on=day_text(session.held_on)
        )
        screen = AttendanceScreen(self.jobs, Target.session(session.id), heading, self)
        screen.changed.connect(self.start)
        screen.show()
        return screen

    def _open(self, dialog) -> None:
        dialog.saved.connect(lambda _view: self.start())
        dialog.show()

    def _failed(self, error: JobError) -> None:
        self.status.setText(error.message)


class TrainingsTab(QWidget):
    def __init__(self, jobs: Jobs, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.editable = jobs, actor.can(Permission.EDIT_CASES) and actor.can(Permission.READ_CASES)
        self.rows: list[TrainingView] = []
        self.new_button = QPushButton(tr("&Nueva capacitación…"), objectName="newTraining")
        self.edit_button = QPushButton(tr("&Editar…"), objectName="editTraining")
        self.attendance_button = QPushButton(tr("&Asistencia…"), objectName="trainingAttendance")
        columns = (tr("Acción"), tr("Fechas"), tr("Modalidad"), tr("Eje"), tr("Colabora"), *TOTAL_COLUMNS)
        self.table = make_table(columns, "trainingsTable")
        self.table.horizontalHeader().setSectionResizeMode(0, self.table.horizontalHeader().ResizeMode.Interactive)
        self.table.setColumnWidth(0, 360)
        self.status = QLabel(objectName="trainingsStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.new_button, self.edit_button, self.attendance_button))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        for button in (self.new_button, self.edit_button, self.attendance_button):
            button.setVisible(self.editable)
        self.new_button.clicked.connect(lambda: self._open(TrainingDialog(self.jobs, self)))
        self.edit_button.clicked.connect(self.edit)
        self.attendance_button.clicked.connect(self.open_attendance)
        self.table.activated.connect(lambda _index: self.open_attendance())

    def start(self) -> None:
        self.jobs.run(
            lambda ws: trainings.list_trainings(ws.db, ws.actor),
            guarded(self, self.show_rows),
            guarded(self, self._failed),
        )

    def show_rows(self, rows: list[TrainingView]) -> None:
        self.rows = rows
        fill(
            self.table,
            [
                (
                    t.title,
                    days_text(t.dates),
                    enum_label(t.modality),
                    t.axis.value,
                    t.partner or "",
                    *totals_cells(t.totals),
                )
                for t in rows
            ],
        )
        self.status.setText(tr("{rows} acciones de prevención y capacitación.").format(rows=len(rows)))

    def current(self) -> TrainingView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def edit(self) -> None:
        if self.current():
            self._open(TrainingDialog(self.jobs, self, self.current()))

    def open_attendance(self) -> AttendanceScreen | None:
        training = self.current()
        if not (self.editable and training):
            return None
        screen = AttendanceScreen(
            self.jobs, Target.training(training.id), f"{training.title} — {days_text(training.dates)}", self
        )
        screen.changed.connect(self.start)
        screen.show()
        return screen

    def _open(self, dialog) -> None:
        dialog.saved.connect(lambda _view: self.start())
        dialog.show()

    def _failed(self, error: JobError) -> None:
        self.status.setText(error.message)


class ActivitiesArea(QTabWidget):
    """Talleres de autoprotección and Acciones de prevención y capacitación, one tab each."""

    def __init__(self, jobs: Jobs, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activitiesArea")
        self.workshops = WorkshopsTab(jobs, actor, self)
        self.trainings = TrainingsTab(jobs, actor, self)
        self.addTab(self.workshops, tr("Talleres de autoprotección"))
        self.addTab(self.trainings, tr("Acciones de prevención y capacitación"))

    def start(self) -> None:
        self.workshops.start()
        self.trainings.start()
