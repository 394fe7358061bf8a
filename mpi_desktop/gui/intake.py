"""The intake dialog: one form for a new case of any modality, its persons, aggression and risk.

Saving runs on the database worker: the domain rules check the form (problems come back keyed
by field and are shown beside each field), then possible duplicates are looked for, then the
case is filed by `services.cases.create_case`. The GUI itself only knows which fields are
required, so that the save button can say what is still missing. Unsaved typing is offered as
a draft when the session locks (`drafts()`), and the draft restores every field.
"""

from __future__ import annotations

import re
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QMessageBox, QWidget

from mpi_desktop.domain.enums import (
    ALCALDIAS,
    AggressionKind,
    Identity,
    Modality,
    Procedure,
    Profile,
    RiskLevel,
)
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.gui.forms.ui_intake import Ui_IntakeDialog
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.intake_persons import (
    ErrorHeights,
    PersonsEditor,
    blank_person,
    changed_signal,
    enum_or_none,
    fill_choices,
    set_widget_value,
    show_error,
    widget_value,
)
from mpi_desktop.gui.intake_screening import DuplicateDialog, inputs_of, missing_of, screen_and_create
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.services.case_records import CaseFile
from mpi_desktop.services.duplicates import DuplicateCandidate

FORM = "intake"
PAYLOAD_VERSION = 1
NO_ALCALDIA = QT_TR_NOOP("— Sin especificar —")
CHECK_FIELDS = QT_TR_NOOP("No se guardó el caso: revise los datos marcados en rojo.")
_PERSON_KEY = re.compile(r"persons\[(\d+)\]\.(\w+)")


# --- The dialog ----------------------------------------------------------------------------


class IntakeDialog(QDialog):
    """A new case. `case_created(case_id)` once filed; `open_existing(case_id)` for a duplicate."""

    case_created = Signal(str)
    open_existing = Signal(str)

    def __init__(self, jobs: Jobs, parent: QWidget | None = None, draft: dict | None = None):
        super().__init__(parent)
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)
        self.jobs = jobs
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.created: CaseFile | None = None
        self.duplicate_dialog: DuplicateDialog | None = None
        self.notice: QMessageBox | None = None
        self._acknowledged: frozenset[str] = frozenset()
        self._saving = False
        self._done = False  # saved, discarded or swapped for an existing case: nothing left to keep
        self._build()
        self.set_payload({})
        self._blank = self.payload()
        if draft:
            self.set_payload(draft)
        self._connect()
        self._refresh()
        self._fit_screen()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        ui = self.ui
        self.modality_group = QButtonGroup(self)
        self.modality_buttons = {
            Modality.INCORPORATION: ui.incorporationRadio,
            Modality.ATTENTION: ui.attentionRadio,
            Modality.FEDERAL_COLLABORATION: ui.federalRadio,
        }
        for button in self.modality_buttons.values():
            self.modality_group.addButton(button)
        fill_choices(ui.procedureCombo, Procedure)
        fill_choices(ui.profileCombo, Profile)
        fill_choices(ui.identityCombo, Identity)
        fill_choices(ui.aggressionKindCombo, AggressionKind)
        fill_choices(ui.riskLevelCombo, RiskLevel)
        for combo in (ui.alcaldiaCombo, ui.aggressionAlcaldiaCombo):
            combo.addItem(tr(NO_ALCALDIA), None)
            for name in ALCALDIAS:
                combo.addItem(name, name)
        self.persons = PersonsEditor(ui, self)
        # Each field under the key the service's problems use...
        self.fields: dict[str, QWidget] = {
            "procedure": ui.procedureCombo,
            "profile": ui.profileCombo,
            "identity": ui.identityCombo,
            "opened_on": ui.openedOnEdit,
            "alcaldia": ui.alcaldiaCombo,
            "collective_name": ui.collectiveNameEdit,
            "summary": ui.summaryEdit,
            "aggression.occurred_on": ui.aggressionDateEdit,
            "aggression.kind": ui.aggressionKindCombo,
            "aggression.context": ui.aggressionContextEdit,
            "aggression.alcaldia": ui.aggressionAlcaldiaCombo,
            "aggression.description": ui.aggressionDescriptionEdit,
            "risk.assessed_on": ui.riskDateEdit,
            "risk.level": ui.riskLevelCombo,
            "risk.summary": ui.riskSummaryEdit,
        }
        # ...and the label beside it that shows its problem: procedureCombo → procedureError.
        self.errors: dict[str, QLabel] = {"modality": ui.modalityError, "persons": ui.personsError} | {
            key: getattr(ui, re.sub(r"(Edit|Combo)$", "Error", widget.objectName()))
            for key, widget in self.fields.items()
        }
        labels = [*self.errors.values(), *self.persons.errors.values(), ui.formError]
        for label in labels:
            show_error(label, None)
        ErrorHeights(self).watch(labels)

    def _connect(self) -> None:
        ui = self.ui
        self.modality_group.buttonToggled.connect(lambda *_: self._edited("modality"))
        for key, widget in self.fields.items():
            changed_signal(widget).connect(lambda *_, k=key: self._edited(k))
        for group in (ui.aggressionGroup, ui.riskGroup):
            group.toggled.connect(lambda *_: self._refresh())
        self.persons.changed.connect(self._refresh)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.cancel)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, activated=self.save)

    def _fit_screen(self) -> None:
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 40), min(self.height(), room.height() - 60))

    # -- the form as a JSON-ready payload --------------------------------------------------------
    def modality(self) -> Modality | None:
        return next((m for m, button in self.modality_buttons.items() if button.isChecked()), None)

    def payload(self) -> dict[str, Any]:
        """Every field, JSON-serialisable: dates as ISO strings, choices as their stored values."""
        values = {key: widget_value(widget) for key, widget in self.fields.items()}
        section = {"aggression": {}, "risk": {}}
        for key in [key for key in values if "." in key]:
            prefix, field = key.split(".")
            section[prefix][field] = values.pop(key)
        modality = self.modality()
        return {
            "version": PAYLOAD_VERSION,
            "modality": modality.value if modality else None,
            **values,
            "persons": self.persons.payload(),
            "aggression": {"enabled": self.ui.aggressionGroup.isChecked(), **section["aggression"]},
            "risk": {"enabled": self.ui.riskGroup.isChecked(), **section["risk"]},
        }

    def set_payload(self, payload: dict[str, Any]) -> None:
        """Show a payload (a draft, or {} for a blank form); what is missing or unreadable gets its default."""
        today = QDate(mexico_city_today()).toString(Qt.DateFormat.ISODate)
        defaults = {"opened_on": today, "aggression.occurred_on": today, "risk.assessed_on": today}
        for key, widget in self.fields.items():
            prefix, _, field = key.rpartition(".")
            source = payload.get(prefix, {}) if prefix else payload
            value = source.get(field) if isinstance(source, dict) else None
            set_widget_value(widget, defaults.get(key, "") if value is None and key in defaults else value)
        modality = enum_or_none(Modality, payload.get("modality"))
        self.modality_group.setExclusive(False)
        for member, button in self.modality_buttons.items():
            button.setChecked(member == modality)
        self.modality_group.setExclusive(True)
        for name, group in (("aggression", self.ui.aggressionGroup), ("risk", self.ui.riskGroup)):
            section = payload.get(name)
            group.setChecked(bool(isinstance(section, dict) and section.get("enabled")))
        persons = payload.get("persons")
        self.persons.set_persons(
            [p for p in persons if isinstance(p, dict)] if isinstance(persons, list) else [blank_person()]
        )
        self._refresh()

    def has_typed_data(self) -> bool:
        return self.payload() != self._blank

    def missing(self) -> list[str]:
        return missing_of(self.payload())

    def _edited(self, key: str) -> None:
        if key in self.errors:
            show_error(self.errors[key], None)
        if key == "identity":
            show_error(self.errors["persons"], None)
            show_error(self.errors["collective_name"], None)
        self._refresh()

    def _refresh(self) -> None:
        ui = self.ui
        incorporation = self.modality() == Modality.INCORPORATION
        ui.caseForm.setRowVisible(ui.procedureCombo, incorporation)  # only incorporations have one
        if not incorporation:
            show_error(ui.procedureError, None)
        ui.collectiveNameEdit.setEnabled(ui.identityCombo.currentData() == Identity.COLLECTIVE)
        missing = self.missing()
        ui.saveButton.setEnabled(not missing and not self._saving)
        text = tr("Falta: {missing}").format(missing=", ".join(missing)) if missing else ""
        ui.saveButton.setToolTip(text or tr("Guardar el caso (Ctrl+S o Ctrl+Intro)"))
        ui.saveButton.setAccessibleDescription(text)
        ui.missingLabel.setText(text)
        title = self.modality()
        self.setWindowTitle(tr("Nuevo caso — {title}").format(title=enum_label(title)) if title else tr("Nuevo caso"))

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or self._done or self.missing():
            return
        data, aggression, risk = inputs_of(self.payload())
        acknowledged = self._acknowledged
        self._set_saving(True)
        self.jobs.run(
            lambda ws: screen_and_create(ws, data, aggression, risk, acknowledged), self._answered, self._failed
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ui.statusLabel.setText(tr("Guardando…") if saving else "")
        self.ui.cancelButton.setEnabled(not saving)
        self._refresh()

    def _answered(self, result: CaseFile | list[DuplicateCandidate]) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if isinstance(result, list):
            self._warn_duplicates(result)
        else:
            self._created(result)

    def _failed(self, error: JobError) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.show_problems(error.problems, error.message)

    def show_problems(self, problems: dict[str, str], message: str = "") -> None:
        """Each problem beside its field; those of no shown field, and other errors, below the form."""
        for label in self.errors.values():
            show_error(label, None)
        by_person: dict[int, dict[str, str]] = {}
        elsewhere = []
        for key, text in problems.items():
            person = _PERSON_KEY.fullmatch(key)
            if person and person.group(2) in self.persons.editors:
                by_person.setdefault(int(person.group(1)), {})[person.group(2)] = text
            elif key in self.errors:
                show_error(self.errors[key], text)
            else:
                elsewhere.append(text)
        self.persons.show_problems(by_person)
        if problems:
            show_error(self.ui.formError, " ".join([tr(CHECK_FIELDS), *elsewhere]))
        else:
            show_error(self.ui.formError, message or tr(CHECK_FIELDS))
        self._refresh()
        self._focus_first_problem(problems, by_person)

    def _focus_first_problem(self, problems: dict[str, str], by_person: dict[int, dict[str, str]]) -> None:
        for key in problems:
            widget = self.fields.get(key)
            if key == "modality":
                widget = self.ui.incorporationRadio
            elif key == "persons":
                widget = self.ui.personsTable
            elif by_person and _PERSON_KEY.fullmatch(key):
                widget = self.persons.editors[next(iter(by_person[min(by_person)]))]
            if widget is not None:
                self.ui.scrollArea.ensureWidgetVisible(widget)
                widget.setFocus()
                return

    def _warn_duplicates(self, found: list[DuplicateCandidate]) -> None:
        show_error(self.ui.formError, None)
        dialog = DuplicateDialog(found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self._open_existing)
        dialog.register_anyway.connect(lambda: self._register_anyway(found))
        dialog.rejected.connect(lambda: self.ui.statusLabel.setText(tr("No se guardó: revise el posible duplicado.")))
        self.duplicate_dialog = dialog
        dialog.open()

    def _register_anyway(self, found: list[DuplicateCandidate]) -> None:
        self._acknowledged |= {candidate.case_id for candidate in found}
        self.save()

    def _open_existing(self, case_id: str) -> None:
        self._done = True
        self.open_existing.emit(case_id)
        self.accept()

    def _created(self, file: CaseFile) -> None:
        self.created = file
        self._done = True
        self.case_created.emit(file.id)
        self.notice = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Caso registrado"),
            tr("Caso {folio} registrado.").format(folio=file.folio),
            parent=self.parentWidget(),
        )
        self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice.setModal(False)
        self.notice.show()
        self.accept()

    # -- leaving ---------------------------------------------------------------------------------
    def drafts(self) -> list[tuple[str, str, dict]]:
        """The unsaved form, for the encrypted drafts kept while the session is locked."""
        if self._done or not self.has_typed_data():
            return []
        modality = self.modality()
        title = (
            tr("Nuevo caso — {modality} (sin guardar)").format(modality=enum_label(modality))
            if modality
            else tr("Nuevo caso (sin guardar)")
        )
        return [(FORM, title, self.payload())]

    def cancel(self) -> None:
        """Esc and Cancelar: ask before throwing typed data away."""
        if self._saving:
            return
        if self._done or not self.has_typed_data() or self._confirm_discard():
            self._done = True
            self.reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Descartar el caso"),
            tr("Los datos capturados no se han guardado. ¿Desea descartarlos?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Locking rejects the dialog after collecting its draft: reject() never asks. The window's
        # close button does.
        if self._saving:
            event.ignore()
        elif self._done or not self.isVisible() or not self.has_typed_data() or self._confirm_discard():
            self._done = True
            event.accept()
        else:
            event.ignore()


__all__ = ["FORM", "IntakeDialog"]
