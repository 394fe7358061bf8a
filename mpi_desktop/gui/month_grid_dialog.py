"""The month grid: every active measure of a case × the days of a month, typed by keyboard.

Type a number and Enter or Tab moves on, like a spreadsheet; 0 or Supr clears a day. Nothing
is written until Guardar (Ctrl+S), and then the whole month in one transaction: if any cell
is wrong, the cells at fault turn red with their message and nothing is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.gui.case_file_fields import ERROR_STYLE, confirm_discard, guarded
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.services import month_grid
from mpi_desktop.services.month_grid import MonthGrid

LOCKED = QBrush(QColor("#eeeeee"))
WRONG = QBrush(QColor("#f8d7da"))
WEEKDAYS = QT_TR_NOOP("LMMJVSD")
HEADER_LIMIT = 48  # characters of a measure's name beside its row; the tooltip has it whole


class MonthGridDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self, jobs: Jobs, case_id: str, folio: str, parent: QWidget | None = None, *, month: date | None = None
    ):
        super().__init__(parent)
        self.jobs, self.case_id = jobs, case_id
        self.setObjectName("monthGridDialog")
        self.setWindowTitle(tr("Acciones del mes — {folio}").format(folio=folio))
        self.resize(1200, 420)
        today = month or mexico_city_today()
        self.year, self.month = today.year, today.month
        self.grid: MonthGrid | None = None
        self.filling = False
        self.changed: dict[tuple[str, int], str] = {}

        self.title = QLabel(objectName="monthTitle")
        self.previous = QPushButton(tr("◀ Mes an&terior"), objectName="previousMonth")
        self.next = QPushButton(tr("Mes si&guiente ▶"), objectName="nextMonth")
        self.previous.clicked.connect(lambda: self.move(-1))
        self.next.clicked.connect(lambda: self.move(1))
        top = QHBoxLayout()
        top.addWidget(self.previous)
        top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.next)

        self.table = QTableWidget(objectName="monthGrid")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(34)
        self.table.itemChanged.connect(self._edited)
        self.message = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="gridMessage")
        self.message.hide()
        hint = QLabel(
            tr(
                "Escriba la cantidad de acciones de cada día; 0 o Supr borra el día. Las celdas grises no admiten "
                "acciones (fuera de las fechas de la medida, días futuros o llamadas de monitoreo)."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("&Guardar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(tr("Guardar todo el mes (Ctrl+S)"))
        buttons.addButton(tr("&Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self._clear_cell)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.load()

    # -- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        case_id, year, month = self.case_id, self.year, self.month
        self.title.setText(
            tr("{capitalize} de {year} (cargando…)").format(
                capitalize=QLocale().standaloneMonthName(month).capitalize(), year=year
            )
        )
        self.jobs.run(
            lambda ws: month_grid.month_grid(ws.db, ws.actor, case_id, year, month),
            guarded(self, self.show_grid),
            guarded(self, self._failed),
        )

    def move(self, step: int) -> None:
        if self.changed and not confirm_discard(self):
            return
        index = self.year * 12 + self.month - 1 + step
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.load()

    def show_grid(self, grid: MonthGrid) -> None:
        self.grid, self.changed = grid, {}
        self.message.hide()
        self.title.setText(
            tr("{month} de {year}").format(month=QLocale().standaloneMonthName(grid.month).capitalize(), year=grid.year)
        )
        self.filling = True
        self.table.clear()
        self.table.setRowCount(len(grid.rows))
        self.table.setColumnCount(grid.days + 1)
        labels = []
        for day in range(1, grid.days + 1):
            weekday = date(grid.year, grid.month, day).weekday()
            labels.append(f"{day}\n{tr(WEEKDAYS)[weekday]}")
        self.table.setHorizontalHeaderLabels([*labels, tr("Total")])
        for r, row in enumerate(grid.rows):
            name = f"{row.item_name} ({enum_label(row.category)})"
            header = QTableWidgetItem(name if len(name) <= HEADER_LIMIT else name[: HEADER_LIMIT - 1] + "…")
            header.setToolTip(row.locked or name)
            self.table.setVerticalHeaderItem(r, header)
        for r, row in enumerate(grid.rows):
            for c, quantity in enumerate(row.quantities):
                item = QTableWidgetItem(str(quantity) if quantity else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                problem = row.locked or row.problems[c]
                if problem or not grid.editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setBackground(LOCKED)
                    item.setToolTip(problem or tr("El caso está cerrado."))
                self.table.setItem(r, c, item)
            self._total(r)
        self.table.horizontalHeader().setSectionResizeMode(grid.days, QHeaderView.ResizeMode.ResizeToContents)
        self.filling = False
        self.save_button.setEnabled(grid.editable)
        if grid.rows:
            self._first_open_cell()
        else:
            self.message.setText(tr("El caso no tiene medidas activas en este mes."))
            self.message.show()

    def _first_open_cell(self) -> None:
        today = mexico_city_today()
        column = today.day - 1 if (today.year, today.month) == (self.year, self.month) else 0
        for r in range(self.table.rowCount()):
            item = self.table.item(r, column)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                self.table.setCurrentCell(r, column)
                return
        self.table.setCurrentCell(0, column)

    def _total(self, row: int) -> None:
        assert self.grid is not None
        total = 0
        for c in range(self.grid.days):
            text = self.table.item(row, c).text().strip()
            total += int(text) if text.isdigit() else 0
        item = QTableWidgetItem(str(total))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, self.grid.days, item)

    def _failed(self, error: JobError) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        if self.grid is not None and error.problems:
            by_key = {
                f"{row.measure_id}:{c + 1}": (r, c)
                for r, row in enumerate(self.grid.rows)
                for c in range(self.grid.days)
            }
            for key, text in error.problems.items():
                if key in by_key:
                    item = self.table.item(*by_key[key])
                    item.setBackground(WRONG)
                    item.setToolTip(text)
            first = next(iter(error.problems.values()))
            self.message.setText(
                tr("No se guardó nada: {first}").format(first=first)
                if len(error.problems) == 1
                else tr("No se guardó nada: {problems} celdas tienen errores (en rojo). {first}").format(
                    problems=len(error.problems), first=first
                )
            )
        else:
            self.message.setText(error.message)
        self.message.show()

    # -- editing ---------------------------------------------------------------------------------
    def _edited(self, item: QTableWidgetItem) -> None:
        if self.filling or self.grid is None or item.column() >= self.grid.days:
            return
        row = self.grid.rows[item.row()]
        self.changed[(row.measure_id, item.column() + 1)] = item.text().strip()
        item.setBackground(QBrush())
        item.setToolTip("")
        self.filling = True
        self._total(item.row())
        self.filling = False

    def _clear_cell(self) -> None:
        item = self.table.currentItem()
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
            item.setText("")

    def dirty(self) -> bool:
        return bool(self.changed)

    def save(self) -> None:
        if self.grid is None or not self.save_button.isEnabled():
            return
        editor = QApplication.focusWidget()
        if self.table.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.table.commitData(editor)  # Ctrl+S inside a cell saves what is being typed
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if not self.changed:
            self.accept()
            return
        self.save_button.setEnabled(False)
        self.message.hide()
        case_id, year, month, cells = self.case_id, self.year, self.month, dict(self.changed)
        self.jobs.run(
            lambda ws: month_grid.save_month_grid(ws.db, ws.actor, case_id, year, month, cells),
            guarded(self, self._saved),
            guarded(self, self._failed),
        )

    def _saved(self, grid: MonthGrid) -> None:
        self.show_grid(grid)
        self.message.setText(tr("Acciones del mes guardadas."))
        self.message.setStyleSheet("color: #1e5631;")
        self.message.show()
        self.saved.emit(grid)

    def cancel(self) -> None:
        if not self.changed or confirm_discard(self):
            self.reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)


__all__ = ["MonthGridDialog"]
