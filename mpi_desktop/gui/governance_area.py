"""The "Sesiones y actividades" area: sessions of the governing bodies (Cuadros 1–2) with their
topics and — for the Consejo de Evaluación de Medidas — the plans they approved; and the
institutional events and meetings of section 4 of the informe.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.enums import ActivityKind, GoverningBody
from mpi_desktop.gui.activity_dialogs import GoverningSessionDialog, InstitutionalActivityDialog
from mpi_desktop.gui.case_file_fields import day_text, guarded
from mpi_desktop.gui.case_file_tabs import fill, make_table
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.security.access import Actor, Permission
from mpi_desktop.services import governance
from mpi_desktop.services.governance import GoverningSessionView, InstitutionalActivityView

ALL = QT_TR_NOOP("Todos")


def filter_combo(enum, name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem(tr(ALL), None)
    for member in enum:
        combo.addItem(enum_label(member), member.value)
    return combo


class _ListTab(QWidget):
    """A filter, a table, a detail pane and the buttons to record and edit."""

    def __init__(self, jobs: Jobs, actor: Actor, columns: tuple[str, ...], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.actor = jobs, actor
        self.editable = actor.can(Permission.EDIT_CASES)
        self.rows: list = []
        self.filter = self.make_filter()
        self.new_button = QPushButton(self.new_label(), objectName=f"new_{name}")
        self.edit_button = QPushButton(tr("&Editar…"), objectName=f"edit_{name}")
        for button in (self.new_button, self.edit_button):
            button.setVisible(self.editable)
        self.table = make_table(columns, f"{name}Table")
        self.detail = QPlainTextEdit(readOnly=True, objectName=f"{name}Detail")
        self.status = QLabel(objectName=f"{name}Status")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&Filtrar:"), buddy=self.filter))
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.filter.currentIndexChanged.connect(lambda _i: self.start())
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.table.activated.connect(lambda _index: self.edit())
        self.new_button.clicked.connect(lambda: self._open(self.dialog(None)))
        self.edit_button.clicked.connect(self.edit)

    # -- what subclasses say ---------------------------------------------------------------------
    def make_filter(self) -> QComboBox:
        raise NotImplementedError

    def new_label(self) -> str:
        raise NotImplementedError

    def fetch(self, ws, chosen):
        raise NotImplementedError

    def cells(self, row) -> tuple:
        raise NotImplementedError

    def describe(self, row) -> str:
        raise NotImplementedError

    def dialog(self, record):
        raise NotImplementedError

    # -- behaviour -------------------------------------------------------------------------------
    def start(self) -> None:
        chosen = self.filter.currentData()
        self.jobs.run(lambda ws: self.fetch(ws, chosen), guarded(self, self.show_rows), guarded(self, self._failed))

    def show_rows(self, rows: list) -> None:
        self.rows = rows
        fill(self.table, [self.cells(row) for row in rows])
        if rows:
            self.table.selectRow(0)
        self.show_detail()
        self.status.setText(tr("%n registros.", "", len(rows)))

    def current(self):
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def show_detail(self) -> None:
        row = self.current()
        self.detail.setPlainText(self.describe(row) if row else "")

    def edit(self) -> None:
        if self.editable and self.current():
            self._open(self.dialog(self.current()))

    def _open(self, dialog) -> None:
        dialog.saved.connect(lambda _view: self.start())
        dialog.show()
        self.open_dialog = dialog

    def _failed(self, error: JobError) -> None:
        self.status.setText(error.message)


class SessionsTab(_ListTab):
    def __init__(self, jobs: Jobs, actor: Actor, parent: QWidget | None = None):
        super().__init__(
            jobs,
            actor,
            (tr("Órgano"), tr("Sesión"), tr("Fecha"), tr("Planes aprobados"), tr("Temas")),
            "sessions",
            parent,
        )

    def make_filter(self) -> QComboBox:
        return filter_combo(GoverningBody, "bodyFilter")

    def new_label(self) -> str:
        return tr("&Nueva sesión…")

    def fetch(self, ws, chosen):
        body = GoverningBody(chosen) if chosen else None
        return governance.list_sessions(ws.db, ws.actor, body=body)

    def cells(self, row: GoverningSessionView) -> tuple:
        plans = row.approved_plan_count if row.body is GoverningBody.CONSEJO_EVALUACION else ""
        return (enum_label(row.body), row.title, day_text(row.held_on), plans, row.topics or "")

    def describe(self, row: GoverningSessionView) -> str:
        lines = [
            f"{row.title} — {enum_label(row.body)}",
            tr("Fecha: {held_on}").format(held_on=day_text(row.held_on)),
            "",
            tr("Temas abordados:"),
        ]
        lines.append(row.topics or "—")
        if row.body is GoverningBody.CONSEJO_EVALUACION:
            lines += [
                "",
                tr("Planes de protección aprobados: {approved_plan_count}").format(
                    approved_plan_count=row.approved_plan_count
                ),
            ]
            lines += [
                tr("  • {folio}, versión {version} ({approved_on})").format(
                    folio=p.folio, version=p.version, approved_on=day_text(p.approved_on)
                )
                for p in row.approved_plans
            ]
        return "\n".join(lines)

    def dialog(self, record):
        chosen = self.filter.currentData()
        return GoverningSessionDialog(self.jobs, self, record, body=GoverningBody(chosen) if chosen else None)


class ActivitiesTab(_ListTab):
    def __init__(self, jobs: Jobs, actor: Actor, parent: QWidget | None = None):
        super().__init__(
            jobs, actor, (tr("Fecha"), tr("Tipo"), tr("Institución"), tr("Título")), "institutional", parent
        )

    def make_filter(self) -> QComboBox:
        return filter_combo(ActivityKind, "kindFilter")

    def new_label(self) -> str:
        return tr("&Nueva actividad…")

    def fetch(self, ws, chosen):
        return governance.list_activities(ws.db, ws.actor, kind=ActivityKind(chosen) if chosen else None)

    def cells(self, row: InstitutionalActivityView) -> tuple:
        return (day_text(row.held_on), enum_label(row.kind), row.institution, row.title)

    def describe(self, row: InstitutionalActivityView) -> str:
        head = tr("{kind} del {held_on} — {institution}").format(
            kind=enum_label(row.kind), held_on=day_text(row.held_on), institution=row.institution
        )
        return "\n".join([head, row.title, "", row.description or ""])

    def dialog(self, record):
        return InstitutionalActivityDialog(self.jobs, self, record)


class GovernanceArea(QTabWidget):
    def __init__(self, jobs: Jobs, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("governanceArea")
        self.sessions = SessionsTab(jobs, actor, self)
        self.activities = ActivitiesTab(jobs, actor, self)
        self.addTab(self.sessions, tr("Órganos de gobierno"))
        self.addTab(self.activities, tr("Vinculación interinstitucional"))

    def start(self) -> None:
        self.sessions.start()
        self.activities.start()
