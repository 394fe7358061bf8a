"""The Plan Anual area: the plan as a tree with its quarterly progress, the entry of hand-typed
values, the meta of an indicator, copying the plan into the next year, the avance PDF, and
the Mapeo de agresiones register in a tab of its own (gui/mapping_register.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.annual_plan import QUARTERS, ValueSource
from mpi_desktop.domain.progress import Status
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.mapping_register import MappingRegister
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.reports.annual_progress import decimal, percent, write_annual_progress
from mpi_desktop.security.access import Actor
from mpi_desktop.services import annual_plan, plan_editing, plan_progress
from mpi_desktop.services.annual_plan import PLAN_EDITORS
from mpi_desktop.services.plan_progress import IndicatorProgress, ProgressReport

COLUMNS = (
    QT_TR_NOOP("Programa, objetivo, acción o indicador"),
    QT_TR_NOOP("Meta"),
    QT_TR_NOOP("T1"),
    QT_TR_NOOP("T2"),
    QT_TR_NOOP("T3"),
    QT_TR_NOOP("T4"),
    QT_TR_NOOP("Línea base"),
    QT_TR_NOOP("Estado"),
)
STATUS_COLOURS = {Status.ON_TRACK: Qt.GlobalColor.darkGreen, Status.BEHIND: Qt.GlobalColor.red}
INDICATOR_ROLE = Qt.ItemDataRole.UserRole


def quarter_text(item: IndicatorProgress, quarter: int) -> str:
    row = item.quarters[quarter - 1]
    if row.status == Status.NOT_DUE:
        return ""
    value = "s/d" if row.realized is None else decimal(row.realized)
    return f"{value} ({percent(row.percent)})" if row.percent is not None else value


def describe(item: IndicatorProgress) -> str:
    """Every field of the indicator as the plan writes it, then who typed which value."""
    view = item.indicator
    lines = [
        f"{view.key} {view.name}",
        tr("Meta programada: {meta_text}").format(meta_text=view.meta_text),
        tr("Dimensión: {dimension}").format(dimension=view.dimension),
        tr("Definición: {definition}").format(definition=view.definition),
        tr("Método de cálculo: {formula} ({method})").format(formula=view.formula, method=enum_label(view.method)),
        tr("Unidad de medida: {unit}").format(unit=view.unit),
        tr("Línea base: {baseline}").format(baseline=view.baseline)
        + (f" — {decimal(item.baseline_total)} ({item.baseline_origin})" if item.baseline_origin else ""),
        tr("Responsables: {responsables}").format(responsables=view.responsables),
        tr("Fuente de información: {information_source}").format(information_source=view.information_source),
        tr("Origen del valor: {value_source}").format(value_source=enum_label(view.value_source))
        + (f" — {enum_label(view.rule)}" if view.rule else ""),
    ]
    for quarter, entry in zip(QUARTERS, item.entries, strict=True):
        if entry is not None:
            moment = entry.entered_at.astimezone().strftime("%d/%m/%Y %H:%M")
            lines.append(
                tr("T{quarter}: {value} — capturado por {entered_by} el {moment}").format(
                    quarter=quarter, value=decimal(entry.value), entered_by=entry.entered_by, moment=moment
                )
            )
    return "\n".join(lines)


class PlanTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="planTree")
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels([tr(column) for column in COLUMNS])
        self.setColumnWidth(0, 380)
        self.setAlternatingRowColors(True)

    def show_report(self, report: ProgressReport) -> None:
        self.clear()
        for program in report.programs:
            top = QTreeWidgetItem(self, [f"{program.program.number}. {program.program.name}"])
            for objective in program.objectives:
                o = objective.objective
                node = QTreeWidgetItem(top, [f"{o.number} {o.name}" if o.number else o.name])
                for action in objective.actions:
                    a = action.action
                    status = enum_label(action.status) if action.status else tr("Sin indicador")
                    branch = QTreeWidgetItem(node, [f"{a.number} {a.name}" if a.number else a.name])
                    branch.setText(7, status)
                    branch.setToolTip(0, f"{enum_label(a.frequency)}. {a.measurement_dates}. {a.expected_advance}.")
                    for item in action.indicators:
                        self._indicator(branch, item)
            top.setExpanded(True)
        self.expandAll()

    def _indicator(self, parent: QTreeWidgetItem, item: IndicatorProgress) -> None:
        view = item.indicator
        meta = "" if view.meta_quantity is None else f"{decimal(view.meta_quantity)} {view.meta_unit or ''}".strip()
        texts = [f"{view.key} {view.name}", meta, *(quarter_text(item, q) for q in QUARTERS)]
        texts += [decimal(item.baseline_total) if item.baseline_total is not None else "", enum_label(item.status)]
        leaf = QTreeWidgetItem(parent, texts)
        leaf.setData(0, INDICATOR_ROLE, item)
        if item.status in STATUS_COLOURS:
            leaf.setForeground(7, STATUS_COLOURS[item.status])

    def find_indicator(self, key: str) -> QTreeWidgetItem | None:
        for leaf in self.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive):
            item = leaf.data(0, INDICATOR_ROLE)
            if item is not None and item.indicator.key == key:
                return leaf
        return None


class AnnualPlanArea(QWidget):
    def __init__(self, jobs: Jobs, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, objectName="annualPlanArea")
        self.jobs = jobs
        self.editor = actor.role in PLAN_EDITORS
        self.report: ProgressReport | None = None
        self.loaded = False

        self.year = QComboBox(objectName="planYear")
        self.cut = QDateEdit(objectName="planCut", calendarPopup=True, displayFormat="dd/MM/yyyy")
        today = mexico_city_today()
        self.cut.setDate(QDate(today.year, today.month, today.day))
        self.refresh_button = QPushButton(tr("&Actualizar"), objectName="planRefresh", clicked=self.refresh)
        self.copy_button = QPushButton(tr("&Copiar al año siguiente"), objectName="planCopy", clicked=self.copy_plan)
        self.pdf_button = QPushButton(tr("Guardar &PDF de avance…"), objectName="planPdf", clicked=self._ask_pdf)
        self.copy_button.setVisible(self.editor)
        bar = QHBoxLayout()
        for widget in (QLabel(tr("Año:")), self.year, QLabel(tr("Corte al:")), self.cut, self.refresh_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.pdf_button)
        self.year.activated.connect(lambda _index: self.refresh())

        self.tree = PlanTree()
        self.tree.currentItemChanged.connect(lambda current, _previous: self._select(current))
        self.details = QPlainTextEdit(readOnly=True, objectName="indicatorDetails")
        self.value_form = self._value_form()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.details, 1)
        side_layout.addWidget(self.value_form)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.message = QLabel(wordWrap=True, objectName="planMessage")
        progress = QWidget()
        layout = QVBoxLayout(progress)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.tabs = QTabWidget(objectName="planTabs")
        self.tabs.addTab(progress, tr("Avance"))
        self.mapping = MappingRegister(jobs, actor, self)
        self.tabs.addTab(self.mapping, tr("Mapeo de agresiones"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)

    def _value_form(self) -> QWidget:
        box = QWidget(objectName="valueForm")
        form = QFormLayout(box)
        self.quarter = QComboBox(objectName="valueQuarter")
        for quarter in QUARTERS:
            self.quarter.addItem(tr("Trimestre {quarter}").format(quarter=quarter), quarter)
        self.value = QLineEdit(objectName="valueInput", placeholderText=tr("p. ej. 3"))
        self.note = QLineEdit(objectName="valueNote", placeholderText=tr("opcional: acta, oficio…"))
        self.save_value = QPushButton(tr("&Guardar valor"), objectName="saveValue", clicked=self._save_value)
        self.meta = QLineEdit(objectName="metaInput", placeholderText=tr("número de la meta anual"))
        self.save_meta = QPushButton(tr("Guardar &meta"), objectName="saveMeta", clicked=self._save_meta)
        form.addRow(tr("Trimestre:"), self.quarter)
        form.addRow(tr("&Valor realizado:"), self.value)
        form.addRow(tr("&Nota:"), self.note)
        form.addRow(self.save_value)
        form.addRow(tr("Meta anual:"), self.meta)
        form.addRow(self.save_meta)
        box.setVisible(False)
        return box

    # -- loading ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Load when first shown: the first look at a year stores its shipped plan (an audited
        write), which should happen when someone opens the area, not at every unlock."""
        if self.isVisible():
            self._load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            self._load()

    def _load(self) -> None:
        self.loaded = True
        self.jobs.run(lambda ws: annual_plan.plan_years(ws.db, ws.actor), self._years, self._error)

    def _years(self, years: list[int]) -> None:
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        current = self.year.findData(mexico_city_today().year)
        self.year.setCurrentIndex(current if current >= 0 else self.year.count() - 1)
        self.refresh()
        self.mapping.start()

    def selected_year(self) -> int | None:
        return self.year.currentData()

    def cut_date(self) -> date:
        return self.cut.date().toPython()

    def refresh(self) -> None:
        year, cut = self.selected_year(), self.cut_date()
        if year is None:
            return
        self.jobs.run(
            lambda ws: plan_progress.progress_report(ws.db, ws.actor, year, today=cut), self._show, self._error
        )

    def _show(self, report: ProgressReport) -> None:
        selected = self._current_item()
        self.report = report
        self.tree.show_report(report)
        counts = report.status_counts()
        self.message.setText(
            tr("{title}: {indicators} indicadores; ").format(title=report.title, indicators=len(report.indicators()))
            + ", ".join(f"{enum_label(s).lower()} {counts[s]}" for s in Status if counts[s])
        )
        if selected is not None:
            leaf = self.tree.find_indicator(selected.indicator.key)
            if leaf is not None:
                self.tree.setCurrentItem(leaf)

    def _error(self, error: JobError) -> None:
        self.message.setText(error.message)

    # -- the selected indicator ------------------------------------------------------------------
    def _current_item(self) -> IndicatorProgress | None:
        current = self.tree.currentItem()
        return None if current is None else current.data(0, INDICATOR_ROLE)

    def _select(self, leaf: QTreeWidgetItem | None) -> None:
        item = None if leaf is None else leaf.data(0, INDICATOR_ROLE)
        self.details.setPlainText("" if item is None else describe(item))
        self.value_form.setVisible(item is not None and self.editor)
        if item is not None:
            manual = item.indicator.value_source == ValueSource.MANUAL
            for widget in (self.quarter, self.value, self.note, self.save_value):
                widget.setEnabled(manual)
            meta = item.indicator.meta_quantity
            self.meta.setText("" if meta is None else decimal(meta))

    def _save_value(self) -> None:
        item = self._current_item()
        if item is None:
            return
        indicator_id, quarter = item.indicator.id, self.quarter.currentData()
        value, note = self.value.text(), self.note.text()
        self.jobs.run(
            lambda ws: annual_plan.enter_manual_value(ws.db, ws.actor, indicator_id, quarter, value, note),
            self._value_saved,
            self._error,
        )

    def _value_saved(self, entry) -> None:
        self.value.clear()
        self.note.clear()
        self.message.setText(tr("Valor del trimestre {quarter} guardado.").format(quarter=entry.quarter))
        self.refresh()

    def _save_meta(self) -> None:
        item = self._current_item()
        if item is None:
            return
        indicator_id, meta = item.indicator.id, self.meta.text()
        self.jobs.run(
            lambda ws: plan_editing.update_item(ws.db, ws.actor, "indicator", indicator_id, meta_quantity=meta),
            lambda _plan: (self.message.setText(tr("Meta guardada.")), self.refresh()),
            self._error,
        )

    # -- the plan as a whole ---------------------------------------------------------------------
    def copy_plan(self) -> None:
        year = self.selected_year()
        if year is None:
            return
        self.jobs.run(lambda ws: annual_plan.copy_plan(ws.db, ws.actor, year), self._copied, self._error)

    def _copied(self, plan) -> None:
        if self.year.findData(plan.year) < 0:
            self.year.addItem(str(plan.year), plan.year)
        self.year.setCurrentIndex(self.year.findData(plan.year))
        self.message.setText(tr("Plan {year} creado como copia; ajuste sus metas.").format(year=plan.year))
        self.refresh()

    def _ask_pdf(self) -> None:
        year = self.selected_year()
        suggested = f"avance-plan-anual-{year}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Guardar avance del Plan Anual"), suggested, tr("PDF (*.pdf)")
        )
        if chosen:
            self.save_pdf(Path(chosen))

    def save_pdf(self, path: Path) -> None:
        year, cut = self.selected_year(), self.cut_date()
        if year is None:
            return
        self.jobs.run(
            lambda ws: write_annual_progress(ws.db, ws.actor, year, path, today=cut),
            lambda _report: self.message.setText(tr("Avance guardado en {path}.").format(path=path)),
            self._error,
        )


__all__ = ["AnnualPlanArea"]
