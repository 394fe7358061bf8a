"""Which areas a person sees, by role. An area that does not exist yet is not listed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from mpi_desktop.gui.activities_area import ActivitiesArea
from mpi_desktop.gui.admin import AdminArea
from mpi_desktop.gui.agenda import MonitoringArea
from mpi_desktop.gui.annual_plan_area import AnnualPlanArea
from mpi_desktop.gui.backups_area import BackupsArea
from mpi_desktop.gui.case_file import DRAFT_FORM, CaseFileWidget
from mpi_desktop.gui.case_list import CaseListWidget
from mpi_desktop.gui.governance_area import GovernanceArea
from mpi_desktop.gui.i18n import tr
from mpi_desktop.gui.intake import IntakeDialog
from mpi_desktop.gui.plans_area import PlansArea
from mpi_desktop.gui.reports_area import ReportsArea
from mpi_desktop.gui.worker import Jobs
from mpi_desktop.security.access import Permission
from mpi_desktop.services import summary

if TYPE_CHECKING:
    from mpi_desktop.gui.main_window import MainWindow


class SummaryArea(QWidget):
    """Counts only: every role may see it."""

    def __init__(self, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.text = QPlainTextEdit(readOnly=True, objectName="summaryText")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        refresh = QPushButton(tr("&Actualizar"))
        refresh.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(refresh)

    def start(self) -> None:
        self.jobs.run(summary.describe, self.text.setPlainText)


class CasesArea(QTabWidget):
    """The case list as the first tab; each opened case file in a tab of its own."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.jobs = window.jobs
        self.setTabsClosable(True)
        self.setObjectName("casesArea")
        self.list = CaseListWidget(self.jobs, self)
        self.addTab(self.list, tr("Lista de casos"))
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.RightSide, None)
        self.tabCloseRequested.connect(self._close_tab)
        self.list.open_case.connect(self.open_case)
        self.list.new_case.connect(self.new_case)
        window.draft_handlers["intake"] = lambda payload: self.new_case(payload)
        window.draft_handlers[DRAFT_FORM] = lambda payload: self.open_case(payload["case_id"]).restore_draft(payload)

    def start(self) -> None:
        self.list.start()

    def open_case(self, case_id: str) -> CaseFileWidget:
        for index in range(1, self.count()):
            widget = self.widget(index)
            if isinstance(widget, CaseFileWidget) and widget.case_id == case_id:
                self.setCurrentIndex(index)
                return widget
        widget = CaseFileWidget(self.jobs, case_id, self)
        widget.title_changed.connect(lambda title, w=widget: self.setTabText(self.indexOf(w), title))
        widget.changed.connect(self.list.model.refresh)
        index = self.addTab(widget, tr("Cargando…"))
        self.setCurrentIndex(index)
        return widget

    def new_case(self, draft: dict | None = None) -> IntakeDialog:
        dialog = IntakeDialog(self.jobs, self, draft=draft if isinstance(draft, dict) else None)
        dialog.case_created.connect(lambda case_id: (self.list.model.refresh(), self.open_case(case_id)))
        dialog.open_existing.connect(self.open_case)
        dialog.show()
        return dialog

    def _close_tab(self, index: int) -> None:
        if index > 0:
            widget = self.widget(index)
            self.removeTab(index)
            widget.deleteLater()


def build_areas(window: MainWindow) -> list[tuple[str, QWidget]]:
    """The areas of the navigation, in the order of the GUI issue; each only for the roles that may
    use it (personal data needs READ_CASES; aggregates are for every role, statistics included)."""
    actor = window.actor
    jobs = window.jobs
    areas: list[tuple[str, QWidget]] = [(tr("Inicio"), SummaryArea(jobs))]
    if actor.can(Permission.READ_CASES):
        areas.append((tr("Casos"), CasesArea(window)))
        areas.append((tr("Planes y medidas"), PlansArea(window, jobs)))
        areas.append((tr("Monitoreo"), MonitoringArea(window, jobs)))
    if actor.can(Permission.READ_AGGREGATES):  # names of participants only with READ_CASES, inside
        areas.append((tr("Talleres y capacitaciones"), ActivitiesArea(jobs, actor)))
        areas.append((tr("Sesiones y actividades"), GovernanceArea(jobs, actor)))
        areas.append((tr("Plan Anual"), AnnualPlanArea(jobs, actor)))
        areas.append((tr("Informes"), ReportsArea(jobs)))
    if actor.can(Permission.BACKUP):
        backups = BackupsArea(window)
        backups.restored.connect(window.lock)
        backups.status_changed.connect(window.backups.show)
        areas.append((tr("Respaldos"), backups))
    if actor.can(Permission.MANAGE_USERS):
        admin = AdminArea(jobs)
        admin.idle_changed.connect(window.idle.set_minutes)
        areas.append((tr("Administración"), admin))
    return areas
