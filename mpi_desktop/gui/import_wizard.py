"""The import wizard for legacy registers: file → columns → dry run → import → result.

Reading the file, the dry run and the import all run on the database worker (`Jobs`); the
wizard only shows what comes back. The import is one transaction: cancelling it, or any
error, leaves the database as it was. See exchange.legacy_import for the rules.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mpi_desktop.exchange.legacy_import import (
    ImportPlan,
    ImportResult,
    SheetChoice,
    dry_run,
    import_records,
    load,
    rechoose,
)
from mpi_desktop.exchange.legacy_mapping import FIELDS, IGNORE, RegisterKind
from mpi_desktop.exchange.legacy_rows import text
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import CancelToken, JobError, Jobs

FILE_FILTER = QT_TR_NOOP("Hojas de cálculo (*.xlsx *.xlsm *.csv);;Todos los archivos (*)")
NOT_IMPORTED = QT_TR_NOOP("No importar esta hoja")
EXAMPLE_LENGTH = 40


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    changed = Signal(int, int)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Archivo"))
        self.setSubTitle(
            tr(
                "Elija un libro .xlsx (una hoja por registro: Casos, Personas, Medidas, Acciones, Talleres, "
                "Asistencia) o uno o varios archivos .csv, uno por registro. Las plantillas están en docs/plantillas."
            )
        )
        self.path = QLineEdit(objectName="importPath", readOnly=True)
        browse = QPushButton(tr("&Examinar…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.status = QLabel(wordWrap=True, objectName="fileStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def browse(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Registros anteriores"), str(Path.home()), FILE_FILTER)
        if paths:
            self.read(*paths)

    def read(self, *paths: str) -> None:
        """One workbook, or several files read as one import (one CSV per register)."""
        self.path.setText("; ".join(paths))
        self.wizard_.choices = ()
        self.status.setText(tr("Leyendo…"))
        self.completeChanged.emit()
        self.wizard_.jobs.run(lambda _ws: load(paths), self._loaded, self._failed)

    def _loaded(self, choices: tuple[SheetChoice, ...]) -> None:
        self.wizard_.choices = choices
        sheets = ", ".join(
            tr("«{sheet}» ({kind})").format(
                sheet=c.sheet.name, kind=enum_label(c.kind) if c.kind else tr("sin reconocer")
            )
            for c in choices
        )
        self.status.setText(tr("Hojas encontradas: {value}.").format(value=sheets or tr("ninguna")))
        self.completeChanged.emit()

    def _failed(self, error: JobError) -> None:
        self.status.setText(error.message)

    def isComplete(self) -> bool:
        return bool(self.wizard_.choices)


class MappingPage(QWizardPage):
    """One sheet at a time: its register, and a field for each of its columns."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Columnas"))
        self.setSubTitle(tr("Revise qué dato contiene cada columna. Las columnas sin campo no se importan."))
        self.sheet = QComboBox(objectName="sheetChoice")
        self.kind = QComboBox(objectName="kindChoice")
        self.kind.addItem(NOT_IMPORTED, None)
        for kind in RegisterKind:
            self.kind.addItem(enum_label(kind), kind)
        self.table = QTableWidget(0, 3, objectName="mappingTable")
        self.table.setHorizontalHeaderLabels([tr("Columna"), tr("Ejemplo"), tr("Campo")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems = QLabel(wordWrap=True, styleSheet="color: #b00020;", objectName="mappingProblems")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&Hoja:"), buddy=self.sheet))
        top.addWidget(self.sheet, 1)
        top.addWidget(QLabel(tr("&Registro:"), buddy=self.kind))
        top.addWidget(self.kind, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.problems)
        self.sheet.currentIndexChanged.connect(self._show_sheet)
        self.kind.activated.connect(self._kind_chosen)

    def initializePage(self) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for choice in self.wizard_.choices:
            self.sheet.addItem(choice.sheet.name)
        self.sheet.blockSignals(False)
        self._show_sheet(0)

    def _current(self) -> SheetChoice:
        return self.wizard_.choices[self.sheet.currentIndex()]

    def _replace(self, choice: SheetChoice) -> None:
        choices = list(self.wizard_.choices)
        choices[self.sheet.currentIndex()] = choice
        self.wizard_.choices = tuple(choices)

    def _kind_chosen(self, _index: int) -> None:
        self._replace(rechoose(self._current(), self.kind.currentData()))
        self._show_sheet(self.sheet.currentIndex())

    def _show_sheet(self, index: int) -> None:
        if index < 0 or index >= len(self.wizard_.choices):
            return
        choice = self._current()
        self.kind.setCurrentIndex(self.kind.findData(choice.kind) if choice.kind else 0)
        sheet = choice.sheet
        self.table.setRowCount(len(sheet.headers))
        for column in range(len(sheet.headers)):
            self.table.setItem(column, 0, QTableWidgetItem(sheet.column(column)))
            example = next((text(row[column]) for row in sheet.rows if text(row[column])), "") or ""
            self.table.setItem(column, 1, QTableWidgetItem(example[:EXAMPLE_LENGTH]))
            combo = QComboBox()
            combo.addItem(IGNORE, None)
            for spec in FIELDS[choice.kind] if choice.kind else ():
                combo.addItem(spec.label + (" *" if spec.required else ""), spec.name)
            combo.setCurrentIndex(max(0, combo.findData(choice.mapping[column])))
            combo.setEnabled(choice.kind is not None)
            combo.currentIndexChanged.connect(lambda _i, c=column, box=combo: self._field_chosen(c, box))
            self.table.setCellWidget(column, 2, combo)
        self._show_problems()

    def _field_chosen(self, column: int, combo: QComboBox) -> None:
        choice = self._current()
        mapping = list(choice.mapping)
        mapping[column] = combo.currentData()
        self._replace(SheetChoice(choice.sheet, choice.kind, tuple(mapping)))
        self._show_problems()

    def _show_problems(self) -> None:
        lines = []
        for choice in self.wizard_.choices:
            lines += [f"«{choice.sheet.name}»: {problem}" for problem in choice.problems()]
        self.problems.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        chosen = [c for c in self.wizard_.choices if c.kind is not None]
        return bool(chosen) and not any(c.problems() for c in chosen)


class DryRunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Prueba sin importar"))
        self.setSubTitle(tr("Esto es lo que se crearía. Nada se ha escrito todavía."))
        self.summary = QLabel(wordWrap=True, objectName="dryRunSummary")
        self.table = QTableWidget(0, 4, objectName="rejectionsTable")
        self.table.setHorizontalHeaderLabels([tr("Hoja"), tr("Fila"), tr("Columna"), tr("Motivo")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accepted_only = QCheckBox(
            tr("Importar solo las filas aceptadas (las rechazadas no se importan)"), objectName="acceptedOnly"
        )
        self.accepted_only.toggled.connect(self.completeChanged)
        self.setCommitPage(True)  # past it the import runs: there is no going back to change it
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("&Importar"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.accepted_only)

    def initializePage(self) -> None:
        self.wizard_.plan = None
        self.summary.setText(tr("Revisando cada fila…"))
        self.table.setRowCount(0)
        self.accepted_only.setChecked(False)
        self.accepted_only.setVisible(False)
        choices = self.wizard_.choices
        self.wizard_.jobs.run(lambda ws: dry_run(ws.db, ws.actor, choices), self._planned, self._failed)

    def _planned(self, plan: ImportPlan) -> None:
        self.wizard_.plan = plan
        self.summary.setText(plan.describe())
        self.table.setRowCount(len(plan.rejections))
        for row, rejection in enumerate(plan.rejections):
            cells = (rejection.sheet, str(rejection.row or "—"), rejection.column or "—", rejection.reason)
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.accepted_only.setVisible(not plan.ok)
        self.completeChanged.emit()

    def _failed(self, error: JobError) -> None:
        self.summary.setText(error.message)

    def isComplete(self) -> bool:
        plan = self.wizard_.plan
        if plan is None or not any(plan.counts.values()):
            return False
        return plan.ok or self.accepted_only.isChecked()


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Importación"))
        self.setSubTitle(tr("Todo se importa junto o nada: si algo falla o se cancela, la base queda como estaba."))
        self.bar = QProgressBar(objectName="importProgress")
        self.cancel = QPushButton(tr("&Cancelar la importación"), objectName="cancelImport")
        self.result = QLabel(wordWrap=True, objectName="importResult")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        layout.addWidget(self.result)
        self.relay = _ProgressRelay(self)
        self.relay.changed.connect(self._progress)
        self.cancel.clicked.connect(self._cancel)
        self.token: CancelToken | None = None
        self.done = False

    def initializePage(self) -> None:
        self.done = False
        self.result.setText(tr("Importando…"))
        self.bar.setRange(0, 0)
        token = self.token = CancelToken()
        self.cancel.setEnabled(True)
        self._running(True)
        choices, relay = self.wizard_.choices, self.relay
        accepted_only = self.wizard_.dry_run_page.accepted_only.isChecked()

        def progress(done: int, total: int) -> None:
            token.check()
            relay.changed.emit(done, total)

        self.wizard_.jobs.run(
            lambda ws: import_records(ws.db, ws.actor, choices, accepted_only=accepted_only, progress=progress),
            self._imported,
            self._failed,
        )

    def _cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()
            self.result.setText(tr("Cancelando: se deshace todo lo importado…"))

    def _running(self, running: bool) -> None:
        # Closing the wizard would not stop the import; the page's own button cancels it.
        self.wizard_.button(QWizard.WizardButton.CancelButton).setEnabled(not running)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _finish(self, message: str) -> None:
        self.done = True
        self.cancel.setEnabled(False)
        self.result.setText(message)
        self.completeChanged.emit()
        self._running(False)

    def _imported(self, result: ImportResult) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        folios = [f"{legacy} → {folio}" for legacy, folio in result.folios if legacy and legacy != folio]
        self._finish(result.describe() + ("\n" + "\n".join(folios[:50]) if folios else ""))
        self.wizard_.imported.emit(result)

    def _failed(self, error: JobError) -> None:
        self._finish(tr("{message} No se importó nada.").format(message=error.message))

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportResult, once committed

    def __init__(self, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.choices: tuple[SheetChoice, ...] = ()
        self.plan: ImportPlan | None = None
        self.setWindowTitle(tr("Importar registros anteriores"))
        self.setObjectName("importWizard")
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page, self.import_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Siguiente >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Atrás"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Terminar"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cerrar"))
        self.resize(820, 560)
