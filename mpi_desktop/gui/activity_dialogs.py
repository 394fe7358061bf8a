"""Create/edit dialogs for workshops, their sessions, trainings, governing sessions and
institutional activities. Each saves on the worker and stays open, with each problem beside
its field, while the save fails; Ctrl+S saves, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mpi_desktop.domain.activity_inputs import (
    GoverningSessionInput,
    InstitutionalActivityInput,
    TrainingInput,
    WorkshopAudience,
    WorkshopInput,
    WorkshopSessionInput,
)
from mpi_desktop.domain.enums import ActivityKind, GoverningBody, SessionKind, ThematicAxis, TrainingModality
from mpi_desktop.domain.errors import NotFoundError, ValidationError
from mpi_desktop.gui.case_file_fields import ERROR_STYLE, DateField, Fields, enum_combo, guarded, plain, text_box
from mpi_desktop.gui.i18n import QT_TR_NOOP, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.services import cases, governance, trainings, workshops
from mpi_desktop.services.workspace import Workspace

Job = Callable[[Workspace], Any]


class FormDialog(QDialog):
    """A form saved on the worker. Subclasses say `heading`, `build` and `job`."""

    saved = Signal(object)
    heading = ""

    def __init__(self, jobs: Jobs, parent: QWidget | None = None, record: Any = None):
        super().__init__(parent)
        self.jobs, self.record = jobs, record
        self.setObjectName(type(self).__name__[0].lower() + type(self).__name__[1:])
        self.setWindowTitle(
            (tr("Editar {what}") if record is not None else tr("Registrar {what}")).format(what=tr(self.heading))
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.fields = Fields(form)
        self.build()
        self.message = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="dialogMessage")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("&Guardar"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("&Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        if record is not None:
            self.fields.set_values(self.from_record(record))

    def build(self) -> None:
        raise NotImplementedError

    def job(self, values: dict[str, Any]) -> Job:
        raise NotImplementedError

    def from_record(self, record: Any) -> dict[str, object]:
        return {name: plain(getattr(record, name)) for name in self.fields.editors if hasattr(record, name)}

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.fields.clear_problems()
        self.message.hide()
        self.save_button.setEnabled(False)
        self.jobs.run(self.job(self.fields.values()), guarded(self, self._saved), guarded(self, self._failed))

    def _saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: JobError) -> None:
        self.save_button.setEnabled(True)
        leftover = self.fields.show_problems(error.problems)
        if leftover or not error.problems:
            self.message.setText(" ".join(leftover.values()) if leftover else error.message)
            self.message.show()


def _day(value: object) -> object:
    return date.fromisoformat(value) if isinstance(value, str) and value else value


def parse_days(text: str) -> tuple[object, ...]:
    """ "08/02/2024, 15/02/2024" → dates; what is not a dd/mm/aaaa date is passed on for the validator to name."""
    days: list[object] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            days.append(datetime.strptime(part, "%d/%m/%Y").date())
        except ValueError:
            days.append(part)
    return tuple(days)


def days_text(days: tuple[date, ...]) -> str:
    return ", ".join(day.strftime("%d/%m/%Y") for day in days)


# --- Workshops ----------------------------------------------------------------------------------


class WorkshopDialog(FormDialog):
    heading = QT_TR_NOOP("taller de autoprotección")

    def build(self) -> None:
        add = self.fields.add
        add("title", tr("&Título"), QLineEdit(text="Taller de autoprotección"))  # data for the informe, not UI
        self.audience = add("audience", tr("&Tipo de destinatario"), enum_combo(WorkshopAudience))
        add("directed_to", tr("&Dirigido a"), QLineEdit(placeholderText=tr("Como aparecerá en el informe (Cuadro 7)")))
        add("case_id", tr("&Folio del caso"), QLineEdit(placeholderText="MPI-2024-0001"))
        add("notes", tr("&Notas"), text_box(60))
        self.audience.setCurrentIndex(self.audience.findData(WorkshopAudience.COLLECTIVE.value))
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self._audience_changed()

    def _audience_changed(self, *_args: object) -> None:
        is_case = self.audience.currentData() == WorkshopAudience.CASE.value
        self.fields.editors["case_id"].setEnabled(is_case)

    def from_record(self, record: Any) -> dict[str, object]:
        values = super().from_record(record)
        values["case_id"] = record.case_folio or ""
        return values

    def job(self, values: dict[str, Any]) -> Job:
        folio = values["case_id"].strip() if values["audience"] == WorkshopAudience.CASE.value else ""
        record_id = getattr(self.record, "id", None)

        def run(ws: Workspace):
            case_id = None
            if folio:
                try:
                    case_id = cases.find_case_by_folio(ws.db, ws.actor, folio).id
                except NotFoundError as error:
                    raise ValidationError({"case_id": str(error)}) from None
            data = WorkshopInput(values["title"], values["audience"], values["directed_to"], case_id, values["notes"])
            if record_id:
                return workshops.update_workshop(ws.db, ws.actor, record_id, data)
            return workshops.create_workshop(ws.db, ws.actor, data)

        return run


class WorkshopSessionDialog(FormDialog):
    heading = QT_TR_NOOP("sesión del taller")

    def __init__(self, jobs: Jobs, workshop_id: str, parent: QWidget | None = None, record: Any = None):
        self.workshop_id = workshop_id
        super().__init__(jobs, parent, record)

    def build(self) -> None:
        self.fields.add("held_on", tr("&Fecha"), DateField())
        self.fields.add("hours", tr("&Horas"), QLineEdit(text="3", placeholderText=tr("Por ejemplo 3 o 2,5")))

    def from_record(self, record: Any) -> dict[str, object]:
        return {"held_on": record.held_on.isoformat(), "hours": f"{record.hours:g}"}

    def job(self, values: dict[str, Any]) -> Job:
        data = WorkshopSessionInput(_day(values["held_on"]), values["hours"])
        record_id, workshop_id = getattr(self.record, "id", None), self.workshop_id
        if record_id:
            return lambda ws: workshops.update_session(ws.db, ws.actor, record_id, data)
        return lambda ws: workshops.add_session(ws.db, ws.actor, workshop_id, data)


# --- Trainings ----------------------------------------------------------------------------------


class TrainingDialog(FormDialog):
    heading = QT_TR_NOOP("acción de prevención y capacitación")

    def build(self) -> None:
        add = self.fields.add
        add("title", tr("&Título"), QLineEdit(placeholderText=tr("Taller virtual «…»")))
        add("dates", tr("&Fechas"), QLineEdit(placeholderText=tr("dd/mm/aaaa, separadas por comas")))
        add("modality", tr("&Modalidad"), enum_combo(TrainingModality))
        add("axis", tr("&Eje temático (Plan Anual)"), enum_combo(ThematicAxis))
        add("objective", tr("&Objetivo"), text_box(70))
        add("partner", tr("Organización &colaboradora"), QLineEdit(placeholderText=tr("Opcional")))

    def from_record(self, record: Any) -> dict[str, object]:
        values = super().from_record(record)
        values["dates"] = days_text(record.dates)
        return values

    def job(self, values: dict[str, Any]) -> Job:
        data = TrainingInput(
            values["title"],
            parse_days(values["dates"]),
            values["modality"],
            values["axis"],
            values["objective"],
            values["partner"],
        )
        record_id = getattr(self.record, "id", None)
        if record_id:
            return lambda ws: trainings.update_training(ws.db, ws.actor, record_id, data)
        return lambda ws: trainings.create_training(ws.db, ws.actor, data)


# --- Governing sessions and institutional activities ----------------------------------------------


class GoverningSessionDialog(FormDialog):
    heading = QT_TR_NOOP("sesión de órgano de gobierno")

    def __init__(
        self, jobs: Jobs, parent: QWidget | None = None, record: Any = None, body: GoverningBody | None = None
    ):
        self.preset = body
        super().__init__(jobs, parent, record)

    def build(self) -> None:
        add = self.fields.add
        body = add("body", tr("Ó&rgano"), enum_combo(GoverningBody))
        if self.preset is not None:
            body.setCurrentIndex(body.findData(self.preset.value))
        add("number", tr("&Número de sesión"), QLineEdit(text="1", placeholderText=tr("1 = Primera")))
        add("kind", tr("&Tipo"), enum_combo(SessionKind))
        add("held_on", tr("&Fecha"), DateField())
        add("topics", tr("Temas &abordados"), text_box(140))

    def from_record(self, record: Any) -> dict[str, object]:
        values = super().from_record(record)
        values["number"] = str(record.number)
        return values

    def job(self, values: dict[str, Any]) -> Job:
        data = GoverningSessionInput(
            values["body"], values["number"], values["kind"], _day(values["held_on"]), values["topics"]
        )
        record_id = getattr(self.record, "id", None)
        if record_id:
            return lambda ws: governance.update_session(ws.db, ws.actor, record_id, data)
        return lambda ws: governance.create_session(ws.db, ws.actor, data)


class InstitutionalActivityDialog(FormDialog):
    heading = QT_TR_NOOP("actividad institucional")

    def build(self) -> None:
        add = self.fields.add
        add("kind", tr("&Tipo"), enum_combo(ActivityKind))
        add("held_on", tr("&Fecha"), DateField())
        add("institution", tr("&Institución"), QLineEdit())
        add("title", tr("Tít&ulo"), QLineEdit())
        add("description", tr("&Descripción"), text_box(100))

    def job(self, values: dict[str, Any]) -> Job:
        data = InstitutionalActivityInput(
            values["kind"], _day(values["held_on"]), values["institution"], values["title"], values["description"]
        )
        record_id = getattr(self.record, "id", None)
        if record_id:
            return lambda ws: governance.update_activity(ws.db, ws.actor, record_id, data)
        return lambda ws: governance.create_activity(ws.db, ws.actor, data)
