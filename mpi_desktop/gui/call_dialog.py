"""The compact dialog that logs one monitoring call, from the agenda or the case file.

Made for a few keystrokes: it opens with the time set to now, "Contactada" chosen and the next
call a week later, focus on the outcome; Enter saves. "Reporta incidente" shows the choice
to file the note as a follow-up (the default) or to record an aggression, in the same save.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QLineEdit, QRadioButton

from mpi_desktop.domain.enums import AggressionKind, CallOutcome
from mpi_desktop.domain.inputs import AggressionInput
from mpi_desktop.domain.plan_inputs import CallInput
from mpi_desktop.domain.validation import MEXICO_CITY
from mpi_desktop.gui.case_file_dialogs import RecordDialog
from mpi_desktop.gui.case_file_fields import DateField, alcaldia_combo, enum_combo, guarded, text_box
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.services import cases, monitoring

NEXT_CALL_AFTER = timedelta(days=7)
AGGRESSION = "aggression."


def moment_editor(value: datetime) -> QDateTimeEdit:
    editor = QDateTimeEdit(calendarPopup=True, displayFormat=tr("dd/MM/yyyy HH:mm"))
    editor.setDateTime(QDateTime(value.replace(tzinfo=None, second=0, microsecond=0)))
    return editor


def moment(editor: QDateTimeEdit) -> datetime:
    """The typed wall-clock time, read as Mexico City time (the mechanism's, whatever the laptop's zone)."""
    return editor.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=MEXICO_CITY)


class CallDialog(RecordDialog):
    part = "monitoring_call"
    save_text = QT_TR_NOOP("&Registrar llamada")

    def __init__(self, jobs, case_id, folio, parent=None, *, person: tuple[str, str] | None = None):
        """`person`: (id, name) of whom the agenda says to call; otherwise the case's persons are offered."""
        self.person = person
        super().__init__(jobs, case_id, folio, parent)
        if person is None:
            self.jobs.run(
                lambda ws: cases.get_case(ws.db, ws.actor, case_id).persons, guarded(self, self._offer_persons)
            )
        self._outcome_changed()

    def heading(self) -> str:
        return tr("Registrar llamada de monitoreo")

    def build(self) -> None:
        add, form = self.fields.add, self.fields.form
        now = datetime.now(MEXICO_CITY)
        self.called_at = moment_editor(now)
        self.called_at.setObjectName("called_at")
        caption = QLabel(tr("&Fecha y hora:"))
        caption.setBuddy(self.called_at)
        form.addRow(caption, self.called_at)
        persons = add("person_id", tr("&Persona:"), QComboBox())
        if self.person is not None:
            persons.addItem(self.person[1], self.person[0])
        self.outcome = add("outcome", tr("&Resultado:"), enum_combo(CallOutcome))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        add("wellbeing", tr("¿Cómo &está?:"), QLineEdit(placeholderText=tr("p. ej. tranquila, con temor, sin novedad")))
        add("notes", tr("N&otas:"), text_box(60))
        self.schedule = QCheckBox(tr("Programar la &siguiente llamada:"), objectName="scheduleNext", checked=True)
        self.next_call = moment_editor(now + NEXT_CALL_AFTER)
        self.next_call.setObjectName("next_call_due")
        self.schedule.toggled.connect(self.next_call.setEnabled)
        form.addRow(self.schedule, self.next_call)

        self.as_follow_up = QRadioButton(tr("Como se&guimiento del caso (la nota)"), checked=True)
        self.as_aggression = QRadioButton(tr("Como a&gresión"))
        self.as_follow_up.setObjectName("incidentAsFollowUp")
        self.as_aggression.setObjectName("incidentAsAggression")
        form.addRow(tr("Registrar el incidente:"), self.as_follow_up)
        form.addRow("", self.as_aggression)
        self.incident_rows = [self.as_follow_up, self.as_aggression]
        for name, label, editor in (
            ("occurred_on", tr("Fecha de la agresión:"), DateField()),
            ("kind", tr("Tipo de agresión:"), enum_combo(AggressionKind)),
            ("alcaldia", tr("Alcaldía:"), alcaldia_combo()),
            ("description", tr("Descripción:"), text_box(50)),
        ):
            self.incident_rows.append(add(AGGRESSION + name, label, editor).parentWidget())
        self.as_aggression.toggled.connect(self._outcome_changed)

    def _offer_persons(self, persons) -> None:
        combo = self.fields.editors["person_id"]
        for person in persons:
            combo.addItem(f"{person.full_name} ({enum_label(person.role)})", person.id)
        self.initial = self.fields.values()

    def _outcome_changed(self) -> None:
        incident = self.outcome.currentData() == CallOutcome.INCIDENT_REPORTED.value
        for row in self.incident_rows:
            shown = incident and (row in (self.as_follow_up, self.as_aggression) or self.as_aggression.isChecked())
            self.fields.form.setRowVisible(row, shown)
        self.adjustSize()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.outcome.setFocus()

    def job(self, values):
        values = dict(values)
        details = {key[len(AGGRESSION) :]: values.pop(key) for key in list(values) if key.startswith(AGGRESSION)}
        incident = values["outcome"] == CallOutcome.INCIDENT_REPORTED.value
        aggression = AggressionInput(**details) if incident and self.as_aggression.isChecked() else None
        data = CallInput(
            called_at=moment(self.called_at),
            next_call_due=moment(self.next_call) if self.schedule.isChecked() else None,
            **values,
        )
        case_id = self.case_id
        return lambda ws: monitoring.log_call(ws.db, ws.actor, case_id, data, aggression=aggression)


__all__ = ["CallDialog"]
