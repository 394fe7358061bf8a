"""The Cuadros of the informe on screen: a list of the Cuadros and the chosen one as a table.

The tables are a few rows of aggregates each (reports.informe_tables.CuadroTable), so a small
QAbstractTableModel over one table is enough: no paging. Cells read as in the PDF ("-" for
zero), band rows ("Incorporación por tipo de perfil") span the table, totals are bold.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidget, QSplitter, QTableView, QVBoxLayout, QWidget

from mpi_desktop.reports.informe_tables import CuadroTable, RowKind, cell_text

Index = QModelIndex | QPersistentModelIndex


class CuadroModel(QAbstractTableModel):
    """One Cuadro: its flattened header as column titles, its rows as printed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table: CuadroTable | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: CuadroTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.table is None else self.table.width

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        label = self.table.columns()[section]
        if role == Qt.ItemDataRole.DisplayRole:  # the lowest heading ("Mujeres"); the whole path as tooltip
            return label.split(" · ")[-1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return label
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if self.table is None or not index.isValid():
            return None
        row = self.table.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if row.kind is RowKind.BAND and column:
                return None
            return cell_text(row.cells[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.table.figure_columns:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and row.kind is not RowKind.DATA:
            return self._bold
        return None


class PreviewPanel(QWidget):
    """The list of Cuadros of the chosen sections and the selected one below its title."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tables: tuple[CuadroTable, ...] = ()
        self.list = QListWidget(objectName="cuadroList")
        self.list.setMaximumWidth(280)
        self.list.setWordWrap(True)
        self.title = QLabel(objectName="cuadroTitle", wordWrap=True)
        self.title.setStyleSheet("font-weight: bold;")
        self.model = CuadroModel(self)
        self.view = QTableView(objectName="cuadroTable")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.notes = QLabel(objectName="cuadroNotes", wordWrap=True)
        self.notes.setStyleSheet("color: #6F7271;")
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.list.currentRowChanged.connect(self.show_table)

    def set_tables(self, tables: tuple[CuadroTable, ...]) -> None:
        """Show `tables`, keeping the Cuadro that was selected when it is still there."""
        current = self.current_number()
        self.tables = tables
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([table.short_title for table in tables])
        self.list.blockSignals(False)
        numbers = [table.number for table in tables]
        row = numbers.index(current) if current in numbers else 0
        if tables:
            self.list.setCurrentRow(row)
        self.show_table(row if tables else -1)

    def current_number(self) -> int | None:
        return self.model.table.number if self.model.table is not None else None

    def show_table(self, row: int) -> None:
        table = self.tables[row] if 0 <= row < len(self.tables) else None
        self.view.clearSpans()
        self.model.set_table(table)
        if table is None:
            self.title.clear()
            self.notes.clear()
            return
        self.title.setText(table.title)
        for index, item in enumerate(table.rows):
            if item.kind is RowKind.BAND:
                self.view.setSpan(index, 0, 1, table.width)
        self.notes.setText("\n".join((table.cutoff_line, table.source_line, *table.notes)))
        header = self.view.horizontalHeader()
        for column in range(table.width):
            header.resizeSection(column, 96 if column in table.figure_columns else 260)
        self.view.resizeRowsToContents()

    def cell(self, row: int, column: int) -> str:
        """The text shown in a cell (what a person reads; used by the tests)."""
        return self.model.data(self.model.index(row, column)) or ""


__all__ = ["CuadroModel", "PreviewPanel"]
