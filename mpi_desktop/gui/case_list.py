"""The Casos area: the case list with instant search, filters, sorting and paging.

The table model asks the database worker for one page at a time (`fetchMore`); sorting and
filtering are SQL (services.case_list), never a proxy model over Python rows. Typing in the
search box waits a moment for the next key, then asks again; answers to outdated questions are
dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.enums import CaseStatus, Identity, Modality, Profile
from mpi_desktop.gui.clipboard import guard
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.services import case_list
from mpi_desktop.services.case_list import CaseFilter, CaseRow, SortKey

COLUMNS: tuple[tuple[str, SortKey], ...] = (
    (QT_TR_NOOP("Folio"), SortKey.FOLIO),
    (QT_TR_NOOP("Nombre / colectivo"), SortKey.NAME),
    (QT_TR_NOOP("Perfil"), SortKey.PROFILE),
    (QT_TR_NOOP("Identidad"), SortKey.IDENTITY),
    (QT_TR_NOOP("Modalidad"), SortKey.MODALITY),
    (QT_TR_NOOP("Estado"), SortKey.STATUS),
    (QT_TR_NOOP("Apertura"), SortKey.OPENED),
    (QT_TR_NOOP("Última actividad"), SortKey.LAST_ACTIVITY),
)
SEARCH_DELAY_MS = 180
SHORT_PROFILE = {Profile.DEFENDER: QT_TR_NOOP("Defensora DDHH"), Profile.JOURNALIST: QT_TR_NOOP("Periodista")}

Index = QModelIndex | QPersistentModelIndex


def _date(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list, fetched page by page from the worker."""

    loaded = Signal(int)  # rows now shown
    failed = Signal(str)

    def __init__(self, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.criteria = CaseFilter()
        self._rows: list[CaseRow] = []
        self._has_more = False
        self._loading = False
        self._generation = 0  # answers for an older criteria are dropped
        self.active = False  # nothing is asked before the area starts (sorting set-up would ask thrice)

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        return (
            row.folio,
            row.name,
            tr(SHORT_PROFILE[row.profile]),
            enum_label(row.identity),
            enum_label(row.modality),
            enum_label(row.status),
            _date(row.opened_on),
            _date(row.last_activity_on),
        )[column]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_criteria(self._with(sort=COLUMNS[column][1], descending=order == Qt.SortOrder.DescendingOrder))

    # -- loading ---------------------------------------------------------------------------------
    def _with(self, **changes: Any) -> CaseFilter:
        values = {name: getattr(self.criteria, name) for name in CaseFilter.__dataclass_fields__}
        return CaseFilter(**(values | changes))

    def set_criteria(self, criteria: CaseFilter) -> None:
        self.criteria = criteria
        self.refresh()

    def refresh(self) -> None:
        if not self.active:
            return
        self._generation += 1
        self.beginResetModel()
        self._rows, self._has_more = [], False
        self.endResetModel()
        self._request(0)

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def _request(self, offset: int) -> None:
        self._loading = True
        generation, criteria = self._generation, self.criteria
        self.jobs.run(
            lambda ws: case_list.fetch_page(ws.db, ws.actor, criteria, offset),
            lambda page: self._arrived(generation, offset, page),
            self._failed,
        )

    def _arrived(self, generation: int, offset: int, page: case_list.CasePage) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._loading = False
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._has_more = page.has_more
        self.loaded.emit(len(self._rows))

    def _failed(self, error: JobError) -> None:
        self._loading = False
        self.failed.emit(error.message)


class CaseListWidget(QWidget):
    """Search box, filters and the table. `open_case` carries the chosen case's id."""

    open_case = Signal(str)
    new_case = Signal()

    def __init__(self, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.model = CaseTableModel(jobs, self)
        self.search = QLineEdit(placeholderText=tr("Buscar por folio, nombre, teléfono u organización…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("caseSearch")
        self.profile = self._combo(tr("Todos los perfiles"), [(enum_label(p), p) for p in Profile])
        self.identity = self._combo(tr("Todas las identidades"), [(enum_label(i), i) for i in Identity])
        self.modality = self._combo(tr("Todas las modalidades"), [(enum_label(m), m) for m in Modality])
        self.status = self._combo(tr("Todos los estados"), [(enum_label(s), s) for s in CaseStatus])
        self.year = self._combo(tr("Todos los años"), [])
        self.new_button = QPushButton(tr("&Nuevo caso…  (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)
        self.table = QTableView(objectName="caseTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_case.emit(self.model.row_at(index.row()).id))
        self.count_label = QLabel(objectName="caseCount")
        guard(self.table)  # folios, names, phones: copies are marked secret and cleared after 30 s
        guard(self.search)

        filters = QHBoxLayout()
        for widget in (self.profile, self.identity, self.modality, self.status, self.year):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.profile, self.identity, self.modality, self.status, self.year):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.count_label.setText)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_case)

    @staticmethod
    def _combo(everything: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def start(self) -> None:
        self.model.active = True
        self.jobs.run(lambda ws: case_list.years(ws.db, ws.actor), self._years)
        self.apply_filters()

    def _years(self, years: list[int]) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(tr("Todos los años"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.blockSignals(False)

    def apply_filters(self) -> None:
        self.model.set_criteria(
            self.model._with(
                text=self.search.text(),
                profile=self.profile.currentData(),
                identity=self.identity.currentData(),
                modality=self.modality.currentData(),
                status=self.status.currentData(),
                year=self.year.currentData(),
            )
        )

    def _loaded(self, shown: int) -> None:
        more = tr(" (desplácese para ver más)") if self.model.canFetchMore() else ""
        self.count_label.setText(tr("{shown} casos mostrados{more}").format(shown=shown, more=more))
        if shown and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
