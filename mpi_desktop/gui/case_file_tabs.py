"""The tabs of a case file: Resumen (view and edit), the record tables, and Historial."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.enums import CaseStatus, Identity, Modality, Procedure, Profile
from mpi_desktop.gui.case_file_fields import (
    ERROR_STYLE,
    DateField,
    Fields,
    alcaldia_combo,
    confirm_discard,
    day_text,
    enum_combo,
    guarded,
    plain,
    text_box,
)
from mpi_desktop.gui.clipboard import guard, guard_all
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.security.audit import AuditAction
from mpi_desktop.services import cases, history
from mpi_desktop.services.cases import CASE_FIELDS, CaseFile
from mpi_desktop.services.history import ACTION_LABELS, HistoryEntry

CELL_LIMIT = 160  # characters of a long text shown in a table cell; the tooltip has all of it
EMPTY = QT_TR_NOOP("(vacío)")
READ_LABEL = ACTION_LABELS[AuditAction.READ]
CHANGE_SIDE_LIMIT = 70  # characters of each side of 'old → new' in the history table


def cell(text: object) -> QTableWidgetItem:
    full = "" if text is None else str(text)
    one_line = " ".join(full.split())
    item = QTableWidgetItem(one_line if len(one_line) <= CELL_LIMIT else one_line[: CELL_LIMIT - 1] + "…")
    if one_line != full or len(one_line) > CELL_LIMIT:
        item.setToolTip(full)
    return item


def make_table(columns: Sequence[str], name: str) -> QTableWidget:
    """Read-only rows; every column as wide as its content but the last, which takes the rest."""
    table = QTableWidget(0, len(columns), objectName=name)
    table.setHorizontalHeaderLabels([tr(column) for column in columns])  # constants are marked QT_TR_NOOP
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, cell(value))


# --- Resumen -------------------------------------------------------------------------------


class SummaryTab(QWidget):
    """The case's own data; Editar turns the texts into editors, Guardar calls update_case."""

    saved = Signal(object)  # the CaseFile as saved
    editing_changed = Signal(bool)

    def __init__(self, jobs: Jobs, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.case_id = jobs, case_id
        self.file: CaseFile | None = None
        self.initial: dict[str, object] = {}
        content = QWidget()
        form = QFormLayout(content)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form = form
        self.folio = self._info(form, tr("Folio:"), "folioText")
        self.status = self._info(form, tr("Estado:"), "statusText")
        self.close_reason = self._info(form, tr("Motivo de cierre:"), "closeReasonText")
        self.fields = Fields(form, display=True)
        add = self.fields.add
        add("profile", tr("Per&fil:"), enum_combo(Profile))
        add("identity", tr("I&dentidad:"), enum_combo(Identity))
        add("modality", tr("&Modalidad:"), enum_combo(Modality))
        add("procedure", tr("Procedimien&to:"), enum_combo(Procedure, optional=True))
        add("opened_on", tr("Fecha de apert&ura:"), DateField())
        add("collective_name", tr("Nom&bre del colectivo u organización:"), QLineEdit())
        add("alcaldia", tr("&Alcaldía:"), alcaldia_combo())
        add("summary", tr("R&esumen:"), text_box(160))
        self.last_activity = self._info(form, tr("Última actividad:"), "lastActivityText")
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        self.message = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="summaryMessage")
        self.message.hide()
        self.edit_button = QPushButton(tr("&Editar"), objectName="editButton")
        self.save_button = QPushButton(tr("&Guardar"), objectName="saveButton", toolTip=tr("Guardar (Ctrl+S)"))
        self.cancel_button = QPushButton(tr("Cance&lar"), objectName="cancelButton", toolTip=tr("Cancelar (Esc)"))
        self.edit_button.clicked.connect(self.start_editing)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch()  # keeps the buttons at the right while the message is hidden
        for button in (self.edit_button, self.save_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        guard_all(self)  # every field's text and editor copies securely
        self._set_editing(False)

    @staticmethod
    def _info(form: QFormLayout, label: str, name: str) -> QLabel:
        text = QLabel(objectName=name, wordWrap=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, text)
        return text

    @property
    def editing(self) -> bool:
        return self.fields.editing

    def show_file(self, file: CaseFile) -> None:
        """Show a (re)loaded file; an edit in progress keeps what was typed."""
        self.file = file
        closed = file.status == CaseStatus.CLOSED
        self.folio.setText(file.folio)
        self.status.setText(
            tr("Cerrado el {closed_on}").format(closed_on=day_text(file.closed_on))
            if closed
            else enum_label(file.status)
        )
        self.close_reason.setText(file.close_reason or "")
        self.form.setRowVisible(self.close_reason, closed)
        self.last_activity.setText(day_text(file.last_activity_on) or "—")
        if not self.editing:
            self.fields.set_values({name: plain(getattr(file, name)) for name in CASE_FIELDS})
            self.initial = self.fields.values()  # as the editors say it: None and "" alike
        self.edit_button.setEnabled(not closed)

    # -- editing ---------------------------------------------------------------------------------
    def start_editing(self) -> None:
        if self.file is None or self.file.status == CaseStatus.CLOSED:
            return
        self._set_editing(True)
        self.fields.editors["profile"].setFocus()

    def _set_editing(self, editing: bool) -> None:
        self.fields.set_editing(editing)
        self.edit_button.setVisible(not editing)
        self.save_button.setVisible(editing)
        self.save_button.setEnabled(True)
        self.cancel_button.setVisible(editing)
        self.message.hide()
        self.editing_changed.emit(editing)

    def dirty(self) -> bool:
        return self.editing and self.fields.values() != self.initial

    def restore(self, values: dict[str, object]) -> None:
        self.start_editing()
        if self.editing:
            self.fields.set_values(values)

    def save(self) -> None:
        if not self.editing or not self.save_button.isEnabled():
            return
        self.fields.clear_problems()
        self.message.hide()
        self.save_button.setEnabled(False)
        case_id, values = self.case_id, self.fields.values()
        self.jobs.run(
            lambda ws: cases.update_case(ws.db, ws.actor, case_id, **values),
            guarded(self, self._saved),
            guarded(self, self._failed),
        )

    def _saved(self, file: CaseFile) -> None:
        self._set_editing(False)
        self.show_file(file)
        self.saved.emit(file)

    def _failed(self, error: JobError) -> None:
        self.save_button.setEnabled(True)
        leftover = self.fields.show_problems(error.problems)
        if leftover or not error.problems:
            self.message.setText(" ".join(leftover.values()) if leftover else error.message)
            self.message.show()

    def cancel(self) -> None:
        if not self.editing or (self.dirty() and not confirm_discard(self)):
            return
        self._set_editing(False)
        if self.file is not None:
            self.show_file(self.file)


# --- Records -------------------------------------------------------------------------------


class RecordsTab(QWidget):
    """A table of one kind of record with its buttons. `actions`: (text, slot, needs a selection)."""

    def __init__(
        self,
        name: str,
        columns: Sequence[str],
        row: Callable[[Any], Sequence[object]],
        actions: Sequence[tuple[str, Callable[[], None], bool]],
        *,
        empty: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.row = row
        self.records: tuple[Any, ...] = ()
        self.table = make_table(columns, f"{name}Table")
        self.empty = QLabel(empty, objectName=f"{name}Empty")
        self.buttons: list[tuple[QPushButton, bool]] = []
        bar = QHBoxLayout()
        bar.addWidget(self.empty)
        bar.addStretch(1)
        for text, slot, needs_selection in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons.append((button, needs_selection))
        if actions:
            # Enter or a double click on a row runs the first action that works on a row.
            row_action = next((slot for _t, slot, needs in actions if needs), None)
            if row_action is not None:
                self.table.activated.connect(lambda _index: row_action())
            # Supr on a row runs the last row action: by convention the removal, which asks for a reason.
            last_row_action = next((slot for _t, slot, needs in reversed(actions) if needs), None)
            if last_row_action is not None and len([a for a in actions if a[2]]) > 1:
                delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
                delete.setContext(Qt.ShortcutContext.WidgetShortcut)
                delete.activated.connect(last_row_action)
        self.table.itemSelectionChanged.connect(self._enable)
        guard(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.editable = True

    def show_records(self, records: Sequence[Any], editable: bool) -> None:
        self.records = tuple(records)
        self.editable = editable
        fill(self.table, [self.row(record) for record in self.records])
        self.empty.setVisible(not self.records)
        self._enable()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button, needs_selection in self.buttons:
            button.setEnabled(self.editable and (chosen or not needs_selection))


# --- Historial -----------------------------------------------------------------------------

HISTORY_COLUMNS = (
    QT_TR_NOOP("Fecha y hora"),
    QT_TR_NOOP("Usuario"),
    QT_TR_NOOP("Acción"),
    QT_TR_NOOP("Registro"),
    QT_TR_NOOP("Campo"),
    QT_TR_NOOP("Anterior → nuevo"),
    QT_TR_NOOP("Detalle"),
)


def change_text(entry: HistoryEntry, limit: int | None = None) -> str:
    """'old → new'; with a limit each side is shortened on its own, so the new value always shows."""
    if entry.field_label is None:
        return ""

    def side(value: str | None) -> str:
        text = " ".join((value or tr(EMPTY)).split())
        return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"

    return f"{side(entry.old)} → {side(entry.new)}"


def history_row(entry: HistoryEntry) -> list[str]:
    record = f"{entry.record_label}: {entry.record_name}" if entry.record_name else entry.record_label
    return [
        entry.at.strftime("%d/%m/%Y %H:%M"),
        entry.username,
        entry.action_label,
        record,
        entry.field_label or "",
        change_text(entry, CHANGE_SIDE_LIMIT),
        entry.detail or "",
    ]


class HistoryTab(QWidget):
    """Who changed what and when, from the audit log. Loaded when shown (reading it is audited)."""

    def __init__(self, jobs: Jobs, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.case_id = jobs, case_id
        self.entries: list[HistoryEntry] = []
        self.stale = True
        self.loading = False
        self.table = make_table(HISTORY_COLUMNS, "historyTable")
        self.table.setWordWrap(True)  # reasons and changed narratives: shown whole, not cut
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)  # a changed summary wraps here
        self.table.setColumnWidth(5, 300)
        guard(self.table)  # old → new values are personal data too
        self.reads = QCheckBox(tr("Incluir consultas del e&xpediente"), objectName="includeReads")
        self.reads.toggled.connect(self._show)
        self.refresh_button = QPushButton(tr("&Actualizar"), objectName="refreshHistory")
        self.refresh_button.clicked.connect(self.load)
        self.status = QLabel(objectName="historyStatus")
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.reads)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

    def load(self) -> None:
        if self.loading:
            self.stale = True  # asked again meanwhile: load once more when this answer arrives
            return
        self.loading, self.stale = True, False
        self.status.setText(tr("Cargando historial…"))
        case_id = self.case_id
        self.jobs.run(
            lambda ws: history.case_history(ws.db, ws.actor, case_id),
            guarded(self, self._loaded),
            guarded(self, self._failed),
        )

    def _loaded(self, entries: list[HistoryEntry]) -> None:
        self.loading = False
        self.entries = entries
        self._show()
        if self.stale and self.isVisible():
            self.load()

    def _failed(self, error: JobError) -> None:
        self.loading = False
        self.status.setText(error.message)

    def _show(self) -> None:
        shown = [e for e in self.entries if self.reads.isChecked() or e.action_label != READ_LABEL]
        fill(self.table, [history_row(entry) for entry in shown])
        for row, entry in enumerate(shown):
            if entry.field_label is not None:
                self.table.item(row, 5).setToolTip(
                    tr("Antes: {value}\n\nDespués: {value2}").format(
                        value=entry.old or tr(EMPTY), value2=entry.new or tr(EMPTY)
                    )
                )
        self.table.resizeRowsToContents()
        self.status.setText(tr("%n movimientos", "", len(shown)) if shown else tr("Sin movimientos registrados."))
