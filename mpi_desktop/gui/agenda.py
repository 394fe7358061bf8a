"""The "Monitoreo" area: "Llamadas de hoy", the calls due today and overdue across open cases.

Enter (or a double click) on a row opens the compact call dialog for that case and person;
once the call is logged the list reloads and the row is gone. Ctrl+O opens the case file.
"Today" is Mexico City's day, as the service computes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mpi_desktop.gui.call_dialog import CallDialog
from mpi_desktop.gui.case_file_fields import ERROR_STYLE, day_text, guarded
from mpi_desktop.gui.case_file_tabs import fill, make_table
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.services import monitoring
from mpi_desktop.services.monitoring import DueCall

if TYPE_CHECKING:
    from mpi_desktop.gui.main_window import MainWindow

COLUMNS = (
    QT_TR_NOOP("Situación"),
    QT_TR_NOOP("Prevista"),
    QT_TR_NOOP("Folio"),
    QT_TR_NOOP("Caso"),
    QT_TR_NOOP("Persona"),
    QT_TR_NOOP("Teléfono"),
    QT_TR_NOOP("Última llamada"),
    QT_TR_NOOP("Último resultado"),
)
OVERDUE = QColor("#b00020")
REFRESH_MS = 5 * 60 * 1000  # the list ages as the day goes by: overdue rows appear without a click


def due_row(due: DueCall) -> tuple[object, ...]:
    state = tr("Vencida") if due.overdue else tr("Hoy")
    when = (
        due.due_at.strftime("%d/%m/%Y %H:%M") if due.due_at else tr("{day} (primera)").format(day=day_text(due.due_on))
    )
    last = due.last_called_at.strftime("%d/%m/%Y %H:%M") if due.last_called_at else tr("Nunca")
    return (
        state,
        when,
        due.folio,
        due.display_name,
        due.person_name or "—",
        due.phone or "—",
        last,
        enum_label(due.last_outcome) if due.last_outcome else "",
    )


class MonitoringArea(QWidget):
    def __init__(self, window: MainWindow | None, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_, self.jobs = window, jobs
        self.setObjectName("monitoringArea")
        self.due: tuple[DueCall, ...] = ()
        self.dialog: CallDialog | None = None
        title = QLabel(tr("<h2>Llamadas de hoy</h2>"), objectName="agendaTitle")
        self.count = QLabel(objectName="agendaCount")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count)
        self.table = make_table(COLUMNS, "agendaTable")
        self.table.activated.connect(lambda _index: self.log_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        self.message = QLabel(objectName="agendaMessage", wordWrap=True, styleSheet=ERROR_STYLE)
        self.message.hide()
        self.empty = QLabel(tr("No hay llamadas pendientes para hoy."), objectName="agendaEmpty")
        self.log_button = QPushButton(tr("&Registrar llamada…"), objectName="logCallButton", toolTip=tr("Enter"))
        self.open_button = QPushButton(tr("Abrir e&xpediente"), objectName="openCaseButton", toolTip=tr("Ctrl+O"))
        refresh = QPushButton(tr("&Actualizar"), objectName="refreshAgenda", toolTip=tr("F5"))
        self.log_button.clicked.connect(self.log_selected)
        self.open_button.clicked.connect(self.open_selected)
        refresh.clicked.connect(self.start)
        bar = QHBoxLayout()
        bar.addWidget(self.empty)
        bar.addStretch(1)
        for button in (self.log_button, self.open_button, refresh):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(
            QLabel(tr("Llamadas previstas para hoy y vencidas de los casos abiertos con monitoreo telefónico."))
        )
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        for keys, slot in (
            (QKeySequence.StandardKey.Open, self.open_selected),
            (QKeySequence.StandardKey.Refresh, self.start),
        ):
            shortcut = QShortcut(keys, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.timer = QTimer(self, interval=REFRESH_MS, timeout=self.start)
        self.timer.start()
        self._enable()

    def start(self) -> None:
        self.jobs.run(
            lambda ws: monitoring.calls_due(ws.db, ws.actor), guarded(self, self.show_due), guarded(self, self._failed)
        )

    def show_due(self, due: tuple[DueCall, ...]) -> None:
        selected = self.selected()
        self.due = tuple(due)
        self.message.hide()
        fill(self.table, [due_row(d) for d in self.due])
        for row, d in enumerate(self.due):
            if d.overdue:
                self.table.item(row, 0).setForeground(OVERDUE)
        overdue = sum(1 for d in self.due if d.overdue)
        self.count.setText(
            tr("{due} pendientes, {overdue} vencidas").format(due=len(self.due), overdue=overdue) if self.due else ""
        )
        self.empty.setVisible(not self.due)
        keep = next(
            (
                i
                for i, d in enumerate(self.due)
                if selected and (d.case_id, d.person_id) == (selected.case_id, selected.person_id)
            ),
            0,
        )
        if self.due:
            self.table.selectRow(keep)
            self.table.setFocus()
        self._enable()

    def _failed(self, error: JobError) -> None:
        self.message.setText(error.message)
        self.message.show()

    def selected(self) -> DueCall | None:
        rows = self.table.selectionModel().selectedRows()
        return self.due[rows[0].row()] if rows and rows[0].row() < len(self.due) else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.log_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen and self.window_ is not None)

    def log_selected(self) -> CallDialog | None:
        due = self.selected()
        if due is None:
            return None
        person = (due.person_id, due.person_name or "") if due.person_id else None
        dialog = CallDialog(self.jobs, due.case_id, due.folio, self, person=person)
        dialog.saved.connect(lambda _call: self.start())
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        due = self.selected()
        if due is None or self.window_ is None:
            return
        cases_area = self.window_.show_area(tr("Casos"))
        cases_area.open_case(due.case_id)


__all__ = ["MonitoringArea"]
