"""The "Planes y medidas" area: plans whose review is due or overdue and, for administrators,
the measure catalogue of Cuadro 6 (add items; retire those in use; delete unused ones).

Enter on a review opens the case file at its "Plan y medidas" tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.enums import MeasureCategory
from mpi_desktop.gui.case_file_fields import ERROR_STYLE, day_text, guarded
from mpi_desktop.gui.case_file_tabs import fill, make_table
from mpi_desktop.gui.i18n import enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.security.access import Permission
from mpi_desktop.services import catalogue, plans
from mpi_desktop.services.catalogue import CatalogueItemView
from mpi_desktop.services.plans import ReviewDue

if TYPE_CHECKING:
    from mpi_desktop.gui.main_window import MainWindow

OVERDUE = QColor("#b00020")


class ReviewsTab(QWidget):
    def __init__(self, window: MainWindow | None, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_, self.jobs = window, jobs
        self.due: tuple[ReviewDue, ...] = ()
        self.days = QSpinBox(objectName="reviewWindow", minimum=0, maximum=365, value=plans.DEFAULT_REVIEW_WINDOW)
        self.days.setSuffix(tr(" días"))
        self.days.valueChanged.connect(self.start)
        caption = QLabel(tr("Incluir revisiones de los próximos:"))
        caption.setBuddy(self.days)
        self.table = make_table(
            (tr("Situación"), tr("Revisión"), tr("Folio"), tr("Caso"), tr("Versión"), tr("Aprobado")), "reviewsTable"
        )
        self.table.activated.connect(lambda _index: self.open_selected())
        self.message = QLabel(objectName="reviewsMessage", wordWrap=True, styleSheet=ERROR_STYLE)
        self.message.hide()
        self.status = QLabel(objectName="reviewsStatus")
        open_button = QPushButton(tr("Abrir e&xpediente"), objectName="openReviewCase", toolTip=tr("Enter"))
        open_button.clicked.connect(self.open_selected)
        head = QHBoxLayout()
        head.addWidget(caption)
        head.addWidget(self.days)
        head.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

    def start(self) -> None:
        within = self.days.value()
        self.jobs.run(
            lambda ws: plans.reviews_due(ws.db, ws.actor, within_days=within),
            guarded(self, self.show_due),
            guarded(self, self._failed),
        )

    def show_due(self, due: tuple[ReviewDue, ...]) -> None:
        self.due = tuple(due)
        self.message.hide()
        rows = [
            (
                tr("Vencida") if d.overdue else tr("Próxima"),
                day_text(d.next_review_on),
                d.folio,
                d.display_name,
                d.version,
                day_text(d.approved_on),
            )
            for d in self.due
        ]
        fill(self.table, rows)
        for row, d in enumerate(self.due):
            if d.overdue:
                self.table.item(row, 0).setForeground(OVERDUE)
        overdue = sum(1 for d in self.due if d.overdue)
        self.status.setText(
            tr("{due} planes por revisar, {overdue} vencidos").format(due=len(self.due), overdue=overdue)
            if self.due
            else tr("Ninguna revisión pendiente.")
        )

    def _failed(self, error: JobError) -> None:
        self.message.setText(error.message)
        self.message.show()

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.window_ is None:
            return
        case_file = self.window_.show_area(tr("Casos")).open_case(self.due[rows[0].row()].case_id)
        case_file.tabs.setCurrentWidget(case_file.plan)


class CatalogueTab(QWidget):
    """Administrators only: the services refuse anyone else, this tab is not built for them."""

    def __init__(self, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.items: list[CatalogueItemView] = []
        self.table = make_table(
            (tr("Categoría"), tr("Medida"), tr("Estado"), tr("Medidas que la usan")), "catalogueTable"
        )
        self.table.itemSelectionChanged.connect(self._enable)
        self.category = QComboBox(objectName="newCategory")
        for member in MeasureCategory:
            self.category.addItem(enum_label(member), member.value)
        self.name = QLineEdit(objectName="newItemName", placeholderText=tr("Nombre de la nueva medida"))
        self.name.returnPressed.connect(self.add)
        add = QPushButton(tr("&Agregar al catálogo"), objectName="addItemButton")
        add.clicked.connect(self.add)
        self.retire = QPushButton(tr("&Retirar"), objectName="retireItemButton")
        self.retire.clicked.connect(self.toggle_retired)
        self.delete = QPushButton(tr("&Borrar"), objectName="deleteItemButton")
        self.delete.clicked.connect(self.delete_selected)
        self.message = QLabel(objectName="catalogueMessage", wordWrap=True, styleSheet=ERROR_STYLE)
        self.message.hide()
        new = QHBoxLayout()
        new.addWidget(self.category)
        new.addWidget(self.name, 1)
        new.addWidget(add)
        bar = QHBoxLayout()
        bar.addWidget(
            QLabel(tr("Una medida en uso no se borra: se retira y deja de ofrecerse para medidas nuevas.")), 1
        )
        bar.addWidget(self.retire)
        bar.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addLayout(new)
        self._enable()

    def start(self) -> None:
        self.jobs.run(
            lambda ws: catalogue.list_items(ws.db, ws.actor, include_retired=True),
            guarded(self, self.show_items),
            guarded(self, self._failed),
        )

    def show_items(self, items: list[CatalogueItemView]) -> None:
        self.items = list(items)
        fill(
            self.table,
            [
                (enum_label(i.category), i.name, tr("Retirada") if i.retired else tr("Vigente"), i.in_use)
                for i in self.items
            ],
        )
        self._enable()

    def selected(self) -> CatalogueItemView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _enable(self) -> None:
        item = self.selected()
        self.retire.setEnabled(item is not None)
        self.retire.setText(tr("&Reactivar") if item is not None and item.retired else tr("&Retirar"))
        self.delete.setEnabled(item is not None and item.in_use == 0)

    def _done(self, _result: object = None) -> None:
        self.message.hide()
        self.start()

    def _failed(self, error: JobError) -> None:
        self.message.setText(error.message)
        self.message.show()

    def add(self) -> None:
        category, name = self.category.currentData(), self.name.text()
        self.jobs.run(
            lambda ws: catalogue.add_item(ws.db, ws.actor, category, name),
            guarded(self, lambda _item: (self.name.clear(), self._done())),
            guarded(self, self._failed),
        )

    def toggle_retired(self) -> None:
        item = self.selected()
        if item is None:
            return
        item_id, retired = item.id, not item.retired
        self.jobs.run(
            lambda ws: catalogue.set_retired(ws.db, ws.actor, item_id, retired),
            guarded(self, self._done),
            guarded(self, self._failed),
        )

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = QMessageBox.question(
            self, tr("Borrar medida del catálogo"), tr("¿Borrar «{name}» del catálogo?").format(name=item.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        item_id = item.id
        self.jobs.run(
            lambda ws: catalogue.delete_item(ws.db, ws.actor, item_id),
            guarded(self, self._done),
            guarded(self, self._failed),
        )


class PlansArea(QTabWidget):
    def __init__(self, window: MainWindow | None, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plansArea")
        self.reviews = ReviewsTab(window, jobs)
        self.addTab(self.reviews, tr("Revisiones de planes"))
        self.catalogue: CatalogueTab | None = None
        actor = window.actor if window is not None else None
        if actor is not None and actor.can(Permission.MANAGE_CATALOGUE):
            self.catalogue = CatalogueTab(jobs)
            self.addTab(self.catalogue, tr("Catálogo de medidas"))
        self.setTabPosition(QTabWidget.TabPosition.North)
        self.tabBar().setExpanding(False)
        self.setDocumentMode(True)

    def start(self) -> None:
        self.reviews.start()
        if self.catalogue is not None:
            self.catalogue.start()


__all__ = ["PlansArea"]
