"""The "Plan y medidas" tab of a case file: the current plan and its earlier versions, the
measures with their status and institution, their actions, and the monitoring calls.

Loaded on the worker when first shown and after every change; each change made here tells
the case file (`changed`) so its last activity and history follow. Keyboard: Ctrl+N new
measure, Ctrl+Shift+A record an action, Ctrl+Shift+M month grid, Ctrl+Shift+L log a call;
Enter on a measure edits it.
"""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from mpi_desktop.domain.enums import MeasureStatus, PlanStatus
from mpi_desktop.gui.call_dialog import CallDialog
from mpi_desktop.gui.case_file_fields import ERROR_STYLE, day_text, guarded
from mpi_desktop.gui.case_file_tabs import fill, make_table
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.month_grid_dialog import MonthGridDialog
from mpi_desktop.gui.plan_dialogs import ActionDialog, MeasureDialog, PlanDialog
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.services import catalogue, monitoring, plans
from mpi_desktop.services.measures import MeasureView
from mpi_desktop.services.monitoring import CallView
from mpi_desktop.services.plans import PlanOverview, PlanView

MEASURE_COLUMNS = (
    QT_TR_NOOP("Medida"),
    QT_TR_NOOP("Categoría"),
    QT_TR_NOOP("Institución"),
    QT_TR_NOOP("Inicio"),
    QT_TR_NOOP("Término"),
    QT_TR_NOOP("Estado"),
    QT_TR_NOOP("Acciones"),
    QT_TR_NOOP("Última acción"),
    QT_TR_NOOP("Plan"),
)
CALL_COLUMNS = (
    QT_TR_NOOP("Fecha y hora"),
    QT_TR_NOOP("Persona"),
    QT_TR_NOOP("Resultado"),
    QT_TR_NOOP("Estado de la persona"),
    QT_TR_NOOP("Próxima llamada"),
    QT_TR_NOOP("Registró"),
    QT_TR_NOOP("Notas"),
)
STATUS_COLORS = {
    MeasureStatus.REQUESTED: "#8a5a00",
    MeasureStatus.IMPLEMENTED: "#1e5631",
    MeasureStatus.SUSPENDED: "#b00020",
    MeasureStatus.CONCLUDED: "#5f6368",
}
ALL = "all"


def moment_text(value) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def measure_row(m: MeasureView) -> tuple[object, ...]:
    plan = tr("Versión {plan_version}").format(plan_version=m.plan_version) if m.plan_version else tr("Sin plan")
    return (
        m.item_name,
        enum_label(m.category),
        m.institution,
        day_text(m.starts_on),
        day_text(m.ends_on),
        enum_label(m.status),
        m.actions_total,
        day_text(m.last_action_on),
        plan,
    )


def call_row(c: CallView) -> tuple[object, ...]:
    return (
        moment_text(c.called_at),
        c.person_name,
        enum_label(c.outcome),
        c.wellbeing,
        moment_text(c.next_call_due),
        c.caseworker,
        c.notes,
    )


def plan_text(plan: PlanView | None, overview: PlanOverview) -> str:
    if not overview.can_have_plan:
        return tr(
            "<b>{modality}</b>: este caso no lleva plan de protección; sus medidas se registran sin plan, como las cuenta el Cuadro 6."
        ).format(modality=enum_label(overview.modality))
    if plan is None:
        return tr("<b>Sin plan de protección.</b> Registre el plan aprobado por el Consejo de Evaluación de Medidas.")
    review = (
        tr("Próxima revisión: <b>{next_review_on}</b>").format(next_review_on=day_text(plan.next_review_on))
        if plan.next_review_on
        else tr("Sin revisión programada")
    )
    session = tr(" en la {rsplit}").format(rsplit=plan.session_label.rsplit(", ", 1)[0]) if plan.session_label else ""
    earlier = len(overview.earlier)
    versions = tr("%n versiones anteriores", "", earlier) if earlier else tr("sin versiones anteriores")
    return tr(
        "<b>Plan de protección vigente — versión {version}</b>, aprobado el {approved_on}{session}.<br>{review} · {versions}"
    ).format(
        version=plan.version, approved_on=day_text(plan.approved_on), session=session, review=review, versions=versions
    )


class PlanTab(QWidget):
    changed = Signal(object)  # something was saved: the case file reloads

    def __init__(self, jobs: Jobs, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.case_id = jobs, case_id
        self.setObjectName("planTab")
        self.overview: PlanOverview | None = None
        self.items: tuple = ()
        self.calls: tuple[CallView, ...] = ()
        self.shown: tuple[MeasureView, ...] = ()
        self.stale, self.loading = True, False
        self.dialogs: list[QWidget] = []

        self.summary = QLabel(objectName="planSummary", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.summary.setStyleSheet("background: #eef3fb; border: 1px solid #c5d4ec; border-radius: 4px; padding: 8px;")
        self.new_plan = QPushButton(tr("Registrar &plan…"), objectName="newPlanButton")
        self.reevaluate = QPushButton(tr("R&eevaluar plan…"), objectName="reevaluateButton")
        self.new_plan.clicked.connect(lambda: self.open_plan_dialog(reevaluate=False))
        self.reevaluate.clicked.connect(lambda: self.open_plan_dialog(reevaluate=True))
        self.version = QComboBox(objectName="versionFilter")
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version.currentIndexChanged.connect(self._show_measures)
        version_caption = QLabel(tr("&Ver:"))
        version_caption.setBuddy(self.version)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_plan)
        top.addWidget(self.reevaluate)

        self.measures = make_table(MEASURE_COLUMNS, "measuresTable")
        # A long catalogue name ("Otras que se requieran…") must not push the other columns away.
        self.measures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.measures.setColumnWidth(0, 330)
        self.measures.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.measures.activated.connect(lambda _index: self.edit_measure())
        self.measures.itemSelectionChanged.connect(self._enable)
        self.add_button = QPushButton(tr("&Nueva medida…"), objectName="addMeasureButton", toolTip=tr("Ctrl+N"))
        self.edit_button = QPushButton(tr("E&ditar medida…"), objectName="editMeasureButton", toolTip=tr("Enter"))
        self.action_button = QPushButton(
            tr("Registrar &acción…"), objectName="actionButton", toolTip=tr("Ctrl+Shift+A")
        )
        self.grid_button = QPushButton(tr("Cuadrícula &mensual…"), objectName="gridButton", toolTip=tr("Ctrl+Shift+M"))
        self.add_button.clicked.connect(self.add_measure)
        self.edit_button.clicked.connect(self.edit_measure)
        self.action_button.clicked.connect(self.record_action)
        self.grid_button.clicked.connect(self.open_grid)
        bar = QHBoxLayout()
        bar.addWidget(version_caption)
        bar.addWidget(self.version)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.action_button, self.grid_button):
            bar.addWidget(button)

        self.calls_table = make_table(CALL_COLUMNS, "callsTable")
        self.call_button = QPushButton(tr("Registrar &llamada…"), objectName="callButton", toolTip=tr("Ctrl+Shift+L"))
        self.call_button.clicked.connect(self.log_call)
        self.calls_empty = QLabel(tr("Sin llamadas de monitoreo registradas."), objectName="callsEmpty")
        call_bar = QHBoxLayout()
        call_bar.addWidget(QLabel(tr("<b>Llamadas de monitoreo telefónico</b>")))
        call_bar.addWidget(self.calls_empty)
        call_bar.addStretch(1)
        call_bar.addWidget(self.call_button)

        upper, lower = QWidget(), QWidget()
        upper_layout, lower_layout = QVBoxLayout(upper), QVBoxLayout(lower)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.measures, 1)
        upper_layout.addLayout(bar)
        lower_layout.addLayout(call_bar)
        lower_layout.addWidget(self.calls_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.message = QLabel(objectName="planMessage", wordWrap=True, styleSheet=ERROR_STYLE)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.add_measure),
            (QKeySequence("Ctrl+Shift+A"), self.record_action),
            (QKeySequence("Ctrl+Shift+M"), self.open_grid),
            (QKeySequence("Ctrl+Shift+L"), self.log_call),
        ):
            shortcut = QShortcut(keys, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._enable()

    # -- loading ---------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """The case changed (saved, closed, reopened): load again now if shown, else when shown."""
        self.stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.load()

    def load(self) -> None:
        if self.loading:
            self.stale = True
            return
        self.loading, self.stale = True, False
        case_id = self.case_id

        def read(ws):
            overview = plans.plan_overview(ws.db, ws.actor, case_id)
            items = tuple(catalogue.list_items(ws.db, ws.actor, include_retired=True))
            return overview, items, monitoring.list_calls(ws.db, ws.actor, case_id)

        self.jobs.run(read, guarded(self, self._loaded), guarded(self, self._failed))

    def _loaded(self, answer) -> None:
        self.loading = False
        self.overview, self.items, self.calls = answer
        overview = self.overview
        self.message.hide()
        self.summary.setText(plan_text(overview.current, overview))
        self.new_plan.setVisible(overview.can_have_plan and overview.current is None)
        self.reevaluate.setVisible(overview.current is not None)
        chosen = self.version.currentData()
        self.version.blockSignals(True)
        self.version.clear()
        self.version.addItem(tr("Todas las medidas del caso ({measures})").format(measures=len(overview.measures)), ALL)
        for plan in (overview.current, *overview.earlier):
            if plan is not None:
                state = "vigente" if plan.status == PlanStatus.CURRENT else "sustituida"
                self.version.addItem(
                    tr("Versión {version} ({state}, {approved_on}): {measures} medidas").format(
                        version=plan.version,
                        state=state,
                        approved_on=day_text(plan.approved_on),
                        measures=len(plan.measures),
                    ),
                    plan.id,
                )
        self.version.setCurrentIndex(max(self.version.findData(chosen), 0))
        self.version.blockSignals(False)
        self.version.setVisible(overview.can_have_plan)
        self._show_measures()
        fill(self.calls_table, [call_row(call) for call in self.calls])
        self.calls_empty.setVisible(not self.calls)
        if self.stale and self.isVisible():
            self.load()

    def _failed(self, error: JobError) -> None:
        self.loading = False
        self.message.setText(error.message)
        self.message.show()

    def _show_measures(self) -> None:
        if self.overview is None:
            return
        chosen = self.version.currentData()
        plans_by_id = {p.id: p for p in (self.overview.current, *self.overview.earlier) if p is not None}
        self.shown = self.overview.measures if chosen in (None, ALL) else plans_by_id[chosen].measures
        selected = self.selected()
        fill(self.measures, [measure_row(m) for m in self.shown])
        keep = next((i for i, m in enumerate(self.shown) if selected and m.id == selected.id), 0)
        if self.shown:
            self.measures.selectRow(keep)
        for row, measure in enumerate(self.shown):
            self.measures.item(row, 5).setForeground(QColor(STATUS_COLORS[measure.status]))
        self._enable()

    def _enable(self) -> None:
        editable = self.overview is not None and self.overview.case_open
        chosen = self.selected()
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and chosen is not None)
        self.action_button.setEnabled(editable and chosen is not None and not chosen.is_monitoring)
        self.grid_button.setEnabled(self.overview is not None)
        self.call_button.setEnabled(editable)
        self.new_plan.setEnabled(editable)
        self.reevaluate.setEnabled(editable)

    def selected(self) -> MeasureView | None:
        rows = self.measures.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    # -- changing --------------------------------------------------------------------------------
    def _open(self, dialog) -> QWidget:
        dialog.saved.connect(self._after_save)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def _forget(self, dialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _after_save(self, result: object) -> None:
        if self.isSignalConnected(QMetaMethod.fromSignal(self.changed)):
            self.changed.emit(result)  # the case file reloads, and with it this tab (mark_stale)
        else:
            self.mark_stale()

    def _can_edit(self) -> bool:
        return self.overview is not None and self.overview.case_open

    def open_plan_dialog(self, *, reevaluate: bool) -> PlanDialog | None:
        if not self._can_edit() or not self.overview.can_have_plan:
            return None
        active = None
        if reevaluate:
            if self.overview.current is None:
                return None
            active = tuple(
                m for m in self.overview.measures if m.status in (MeasureStatus.REQUESTED, MeasureStatus.IMPLEMENTED)
            )
        return self._open(PlanDialog(self.jobs, self.case_id, self.overview.folio, self, active=active))

    def add_measure(self) -> MeasureDialog | None:
        if not self._can_edit():
            return None
        return self._open(MeasureDialog(self.jobs, self.case_id, self.overview.folio, self, items=self.items))

    def edit_measure(self) -> MeasureDialog | None:
        measure = self.selected()
        if not self._can_edit() or measure is None:
            return None
        return self._open(MeasureDialog(self.jobs, self.case_id, self.overview.folio, self, measure, items=self.items))

    def record_action(self) -> ActionDialog | None:
        measure = self.selected()
        if not self._can_edit() or measure is None or measure.is_monitoring:
            return None
        return self._open(ActionDialog(self.jobs, self.case_id, self.overview.folio, self, measure))

    def open_grid(self) -> MonthGridDialog | None:
        if self.overview is None:
            return None
        dialog = MonthGridDialog(self.jobs, self.case_id, self.overview.folio, self)
        return self._open(dialog)

    def log_call(self) -> CallDialog | None:
        if not self._can_edit():
            return None
        return self._open(CallDialog(self.jobs, self.case_id, self.overview.folio, self))


__all__ = ["PlanTab"]
