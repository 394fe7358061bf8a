"""The Mapeo de agresiones tab: register a finding of the open-source monitoring, see the year's
findings, the counts that feed indicators 1.4 and 1.5.1, and export the aggregates to XLSX.

The source is typed or pasted as text; nothing here opens it. The statistics role sees the
counts and exports the aggregates, never the register itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.annual_plan import MappingContext, MappingSubject
from mpi_desktop.domain.enums import ALCALDIAS, AggressionKind, Profile
from mpi_desktop.domain.mapping_validation import FindingInput
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.exchange.mapping_export import export_mapping_aggregates
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.security.access import Actor, Permission
from mpi_desktop.services import aggression_mapping
from mpi_desktop.services.aggression_mapping import FindingView, MappingCounts

TABLE_COLUMNS = (
    QT_TR_NOOP("Fecha"),
    QT_TR_NOOP("Tipo"),
    QT_TR_NOOP("Perfil"),
    QT_TR_NOOP("Individual o colectivo"),
    QT_TR_NOOP("Contexto"),
    QT_TR_NOOP("Alcaldía"),
    QT_TR_NOOP("Contacto"),
    QT_TR_NOOP("Caso"),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _combo(name: str, enum) -> QComboBox:
    combo = QComboBox(objectName=name)
    for member in enum:
        combo.addItem(enum_label(member), member)
    return combo


class MappingRegister(QWidget):
    def __init__(self, jobs: Jobs, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, objectName="mappingRegister")
        self.jobs = jobs
        self.can_register = actor.can(Permission.EDIT_CASES) and actor.can(Permission.READ_CASES)
        today = mexico_city_today()

        self.year = QSpinBox(objectName="mappingYear", minimum=2016, maximum=2100, value=today.year)
        self.year.valueChanged.connect(lambda _value: self.start())
        self.counts = QLabel(objectName="mappingCounts", wordWrap=True)
        export = QPushButton(tr("&Exportar agregados (XLSX)…"), objectName="mappingExport", clicked=self._ask_export)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Año:")))
        bar.addWidget(self.year)
        bar.addWidget(self.counts, 1)
        bar.addWidget(export)

        self.form = self._form(today)
        self.table = QTableWidget(0, len(TABLE_COLUMNS), objectName="mappingTable")
        self.table.setHorizontalHeaderLabels([tr(column) for column in TABLE_COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.message = QLabel(wordWrap=True, objectName="mappingMessage")

        body = QHBoxLayout()
        body.addWidget(self.form)
        body.addWidget(self.table, 1)
        self.form.setVisible(self.can_register)
        self.table.setVisible(self.can_register)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

    def _form(self, today: date) -> QWidget:
        box = QWidget(objectName="findingForm")
        form = QFormLayout(box)
        self.found_on = QDateEdit(_qdate(today), objectName="foundOn", calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.known_occurrence = QCheckBox(tr("Fecha de la agresión:"), objectName="knownOccurrence")
        self.occurred_on = QDateEdit(_qdate(today), objectName="occurredOn", calendarPopup=True,
                                     displayFormat="dd/MM/yyyy", enabled=False)  # fmt: skip
        self.known_occurrence.toggled.connect(self.occurred_on.setEnabled)
        self.source = QLineEdit(objectName="findingSource", placeholderText=tr("medio o dirección (solo como texto)"))
        self.profile = _combo("findingProfile", Profile)
        self.subject = _combo("findingSubject", MappingSubject)
        self.kind = _combo("findingKind", AggressionKind)
        self.context = _combo("findingContext", MappingContext)
        self.protest = QLineEdit(objectName="findingProtest", placeholderText=tr("p. ej. marcha del 8 de marzo"))
        self.context.currentIndexChanged.connect(
            lambda _i: self.protest.setEnabled(self.context.currentData() == MappingContext.PROTEST)
        )
        self.alcaldia = QComboBox(objectName="findingAlcaldia")
        self.alcaldia.addItem(tr("Sin alcaldía"), None)
        for name in ALCALDIAS:
            self.alcaldia.addItem(name, name)
        self.case_folio = QLineEdit(objectName="findingCase", placeholderText=tr("MPI-2025-0001 (opcional)"))
        self.contacted = QCheckBox(tr("Se estableció contacto con la persona"), objectName="findingContacted")
        self.notes = QPlainTextEdit(objectName="findingNotes")
        self.notes.setMaximumHeight(70)
        self.problems = QLabel(wordWrap=True, styleSheet="color: #b00020;", objectName="findingProblems")
        register = QPushButton(tr("&Registrar hallazgo"), objectName="registerFinding", clicked=self.register)
        form.addRow(tr("Fecha del &hallazgo:"), self.found_on)
        form.addRow(self.known_occurrence, self.occurred_on)
        form.addRow(tr("&Fuente:"), self.source)
        form.addRow(tr("&Perfil:"), self.profile)
        form.addRow(tr("Individual o &colectivo:"), self.subject)
        form.addRow(tr("&Tipo de agresión:"), self.kind)
        form.addRow(tr("C&ontexto:"), self.context)
        form.addRow(tr("Pro&testa:"), self.protest)
        form.addRow(tr("&Alcaldía:"), self.alcaldia)
        form.addRow(tr("Folio del ca&so:"), self.case_folio)
        form.addRow(self.contacted)
        form.addRow(tr("&Notas:"), self.notes)
        form.addRow(self.problems)
        form.addRow(register)
        self.protest.setEnabled(self.context.currentData() == MappingContext.PROTEST)
        return box

    # -- reading ---------------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        year = self.year.value()
        return date(year, 1, 1), date(year, 12, 31)

    def start(self) -> None:
        first, last = self.period()
        self.jobs.run(lambda ws: aggression_mapping.mapping_counts(ws.db, ws.actor, first, last), self._counts,
                      self._error)  # fmt: skip
        if self.can_register:
            self.jobs.run(lambda ws: aggression_mapping.list_findings(ws.db, ws.actor, first, last), self._list,
                          self._error)  # fmt: skip

    def _counts(self, counts: MappingCounts) -> None:
        self.counts.setText(
            tr(
                "1.4 Registros de hallazgos: {findings} · 1.5.1 En protestas: {protest_findings} (en {protests} protestas) · Con contacto: {contacted}"
            ).format(
                findings=counts.findings,
                protest_findings=counts.protest_findings,
                protests=counts.protests,
                contacted=counts.contacted,
            )
        )

    def _list(self, findings: tuple[FindingView, ...]) -> None:
        self.table.setRowCount(len(findings))
        for row, item in enumerate(findings):
            values = (
                item.found_on.strftime("%d/%m/%Y"), enum_label(item.kind), enum_label(item.profile), enum_label(item.subject),
                enum_label(item.context) + (f" — {item.protest}" if item.protest else ""), item.alcaldia or "—",
                tr("Sí") if item.contacted else tr("No"), item.case_folio or "—",
            )  # fmt: skip
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _error(self, error: JobError) -> None:
        self.message.setText(error.message)

    # -- registering -----------------------------------------------------------------------------
    def finding_input(self) -> FindingInput:
        return FindingInput(
            found_on=self.found_on.date().toPython(),
            occurred_on=self.occurred_on.date().toPython() if self.known_occurrence.isChecked() else None,
            source=self.source.text(),
            profile=self.profile.currentData(),
            subject=self.subject.currentData(),
            kind=self.kind.currentData(),
            context=self.context.currentData(),
            protest=self.protest.text() if self.protest.isEnabled() else None,
            alcaldia=self.alcaldia.currentData(),
            case_folio=self.case_folio.text() or None,
            contacted=self.contacted.isChecked(),
            notes=self.notes.toPlainText() or None,
        )

    def register(self) -> None:
        data = self.finding_input()
        self.problems.clear()
        self.jobs.run(lambda ws: aggression_mapping.register_finding(ws.db, ws.actor, data), self._registered,
                      self._refused)  # fmt: skip

    def _registered(self, _view: FindingView) -> None:
        for field in (self.source, self.protest, self.case_folio):
            field.clear()
        self.notes.clear()
        self.contacted.setChecked(False)
        self.message.setText(tr("Hallazgo registrado."))
        self.start()

    def _refused(self, error: JobError) -> None:
        self.problems.setText("\n".join(error.problems.values()) or error.message)

    # -- exporting -------------------------------------------------------------------------------
    def _ask_export(self) -> None:
        suggested = f"mapeo-agresiones-{self.year.value()}.xlsx"
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("Exportar agregados"), suggested, tr("Excel (*.xlsx)"))
        if chosen:
            self.export(Path(chosen))

    def export(self, path: Path) -> None:
        first, last = self.period()
        self.jobs.run(
            lambda ws: export_mapping_aggregates(ws.db, ws.actor, path, first, last),
            lambda rows: self.message.setText(
                tr("{rows} filas de agregados exportadas a {path}.").format(rows=rows, path=path)
            ),
            self._error,
        )
