"""The dialogs of the "Plan y medidas" tab: plan (new or re-evaluated), measure, action.

They are case-file record dialogs (saved on the worker, each problem beside its field, Ctrl+S
saves, Esc asks before discarding what was typed); the rules are the domain's.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem

from mpi_desktop.domain.enums import MeasureCategory, MeasureStatus, SessionKind
from mpi_desktop.domain.plan_inputs import ActionInput, MeasureInput, PlanInput
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.gui.case_file_dialogs import RecordDialog
from mpi_desktop.gui.case_file_fields import DateField, day_text, enum_combo, plain, text_box
from mpi_desktop.gui.i18n import enum_label, tr
from mpi_desktop.services import measures, plans
from mpi_desktop.services.catalogue import CatalogueItemView
from mpi_desktop.services.measures import MeasureView

REVIEW_AFTER_DAYS = 182  # the Consejo reviews a plan about every six months


class PlanDialog(RecordDialog):
    """The first plan of a case, or (with `active` measures given) its re-evaluation."""

    part = "plan"

    def __init__(self, jobs, case_id, folio, parent=None, *, active: tuple[MeasureView, ...] | None = None):
        self.active = active
        super().__init__(jobs, case_id, folio, parent)

    @property
    def reevaluating(self) -> bool:
        return self.active is not None

    def heading(self) -> str:
        return tr("Reevaluar plan de protección") if self.reevaluating else tr("Registrar plan de protección")

    def intro(self) -> str:
        if self.reevaluating:
            return tr(
                "La reevaluación crea una nueva versión del plan; la versión actual se conserva como sustituida. "
                "Marque las medidas que el Consejo da por concluidas; las demás continúan."
            )
        return tr("Plan aprobado por el Consejo de Evaluación de Medidas.")

    def build(self) -> None:
        add = self.fields.add
        approved = add("approved_on", tr("Fecha de a&probación:"), DateField())
        add("session_number", tr("&Número de sesión del Consejo:"), QLineEdit(placeholderText=tr("p. ej. 3")))
        add("session_kind", tr("&Tipo de sesión:"), enum_combo(SessionKind))
        review = add("next_review_on", tr("Próxima &revisión:"), DateField(optional=True))
        review.set_iso((mexico_city_today() + timedelta(days=REVIEW_AFTER_DAYS)).isoformat())
        approved.dateChanged.connect(
            lambda day: review.set_iso((day.toPython() + timedelta(days=REVIEW_AFTER_DAYS)).isoformat())
        )
        add("notes", tr("N&otas:"), text_box(60))
        self.conclude = QListWidget(objectName="concludeList")
        if self.reevaluating:
            for measure in self.active or ():
                item = QListWidgetItem(f"{measure.item_name} — {measure.institution or tr('sin institución')}")
                item.setData(Qt.ItemDataRole.UserRole, measure.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.conclude.addItem(item)
            self.conclude.setMaximumHeight(120)
            caption = QLabel(tr("Medidas a &concluir:"))
            caption.setBuddy(self.conclude)
            self.fields.form.addRow(caption, self.conclude)

    def concluded(self) -> list[str]:
        items = (self.conclude.item(row) for row in range(self.conclude.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def job(self, values):
        case_id, data = self.case_id, PlanInput(**values)
        if not self.reevaluating:
            return lambda ws: plans.create_plan(ws.db, ws.actor, case_id, data)
        ending = self.concluded()
        return lambda ws: plans.reevaluate_plan(ws.db, ws.actor, case_id, data, conclude=ending)


class MeasureDialog(RecordDialog):
    """A new measure chosen from the catalogue by category, or changes to one."""

    part = "measure"

    def __init__(self, jobs, case_id, folio, parent=None, record: MeasureView | None = None, *, items=()):
        self.items: tuple[CatalogueItemView, ...] = tuple(items)
        super().__init__(jobs, case_id, folio, parent, record)

    def heading(self) -> str:
        return tr("Editar medida") if self.record else tr("Nueva medida")

    def build(self) -> None:
        add = self.fields.add
        self.category = QComboBox(objectName="category")
        for member in MeasureCategory:
            self.category.addItem(enum_label(member), member.value)
        caption = QLabel(tr("C&ategoría:"))
        caption.setBuddy(self.category)
        self.fields.form.addRow(caption, self.category)
        self.item = add("catalogue_item_id", tr("&Medida:"), QComboBox())
        self.category.currentIndexChanged.connect(self._offer_items)
        add("institution", tr("&Institución responsable:"), QLineEdit())
        add("starts_on", tr("Fecha de i&nicio:"), DateField())
        add("ends_on", tr("Fecha de &término:"), DateField(optional=True))
        add("status", tr("&Estado:"), enum_combo(MeasureStatus))
        add("notes", tr("N&otas:"), text_box(60))
        self._offer_items()

    def _offer_items(self) -> None:
        category = self.category.currentData()
        current = getattr(self.record, "catalogue_item_id", None)
        self.item.clear()
        for item in self.items:
            if item.category == category and (not item.retired or item.id == current):
                self.item.addItem(item.name + (tr(" (retirada)") if item.retired else ""), item.id)

    def from_record(self, record: MeasureView) -> dict[str, object]:
        self.category.setCurrentIndex(max(self.category.findData(record.category.value), 0))
        return {name: plain(getattr(record, name)) for name in self.fields.editors}

    def restore(self, values: dict[str, object]) -> None:
        item = next((i for i in self.items if i.id == values.get("catalogue_item_id")), None)
        if item is not None:
            self.category.setCurrentIndex(self.category.findData(item.category.value))
        super().restore(values)

    def job(self, values):
        if self.record is None:
            case_id, data = self.case_id, MeasureInput(**values)
            return lambda ws: measures.add_measure(ws.db, ws.actor, case_id, data)
        measure_id = self.record.id
        return lambda ws: measures.update_measure(ws.db, ws.actor, measure_id, **values)


class ActionDialog(RecordDialog):
    """Actions of one measure on one day, with their quantity (90 patrol rounds, 30 sessions…)."""

    part = "measure_action"

    def heading(self) -> str:
        return tr("Registrar acción")

    def intro(self) -> str:
        record: MeasureView = self.record
        return tr("{item_name} ({category}), desde el {starts_on}.").format(
            item_name=record.item_name, category=enum_label(record.category), starts_on=day_text(record.starts_on)
        )

    def build(self) -> None:
        self.fields.add("acted_on", tr("&Fecha:"), DateField())
        self.fields.add("quantity", tr("&Cantidad de acciones:"), QLineEdit("1"))
        self.fields.add("notes", tr("N&otas:"), text_box(60))

    def from_record(self, record: Any) -> dict[str, object]:
        last_day = min(mexico_city_today(), record.ends_on or date.max)
        return {"acted_on": last_day.isoformat()}

    def job(self, values):
        measure_id, data = self.record.id, ActionInput(**values)
        return lambda ws: measures.record_action(ws.db, ws.actor, measure_id, data)


__all__ = ["ActionDialog", "MeasureDialog", "PlanDialog"]
