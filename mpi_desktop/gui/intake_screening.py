"""What the intake sends, and the screening of a new case before it is filed.

`inputs_of` turns the form's payload (see IntakeDialog.payload) into the service's inputs and
`missing_of` names the required fields still empty. `screen_and_create` runs on the database
worker: the domain rules check the whole form first (problems keyed as `create_case` keys
them, so each is shown beside its field), then cases that may be the same are looked for, and
only when there are none left to show is the case filed. `DuplicateDialog` is the warning the
intake shows for them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mpi_desktop.domain.enums import (
    AggressionKind,
    Identity,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
    RiskLevel,
)
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.inputs import AggressionInput, CaseInput, PersonInput, RiskInput
from mpi_desktop.domain.validation import validate_aggression, validate_case, validate_risk
from mpi_desktop.gui.i18n import QT_TR_NOOP, tr
from mpi_desktop.gui.intake_persons import enum_or_none
from mpi_desktop.services import cases
from mpi_desktop.services.case_records import CaseFile
from mpi_desktop.services.duplicates import DuplicateCandidate, find_possible_duplicates
from mpi_desktop.services.workspace import Workspace

# "Falta: nombre de la persona beneficiaria": how each role is named after "de".
OF_ROLE = {
    PersonRole.BENEFICIARY: QT_TR_NOOP("de la persona beneficiaria"),
    PersonRole.FAMILY: QT_TR_NOOP("del familiar"),
    PersonRole.LINKED: QT_TR_NOOP("de la persona vinculada"),
}


# --- The form's payload --------------------------------------------------------------------


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _text(section: dict[str, Any], field: str) -> str | None:
    value = section.get(field)
    return value if isinstance(value, str) and value.strip() else None


def _person(person: dict[str, Any]) -> PersonInput:
    return PersonInput(
        enum_or_none(PersonRole, person.get("role")),
        person.get("full_name") or "",
        enum_or_none(PersonIdentity, person.get("identity")),
        birth_date=_day(person.get("birth_date")),
        **{field: _text(person, field) for field in ("curp", "phone", "email", "address", "organisation", "notes")},
    )


def inputs_of(payload: dict[str, Any]) -> tuple[CaseInput, AggressionInput | None, RiskInput | None]:
    """The form as the service's inputs, unchecked: the rules say what is wrong. Only incorporations
    send a procedure, only collectives a collective name, and only the sections ticked are sent."""
    modality = enum_or_none(Modality, payload.get("modality"))
    identity = enum_or_none(Identity, payload.get("identity"))
    data = CaseInput(
        enum_or_none(Profile, payload.get("profile")),
        identity,
        modality,
        procedure=enum_or_none(Procedure, payload.get("procedure")) if modality == Modality.INCORPORATION else None,
        opened_on=_day(payload.get("opened_on")),
        collective_name=_text(payload, "collective_name") if identity == Identity.COLLECTIVE else None,
        alcaldia=_text(payload, "alcaldia"),
        summary=_text(payload, "summary"),
        persons=tuple(_person(person) for person in payload.get("persons", ())),
    )
    aggression, risk = payload.get("aggression", {}), payload.get("risk", {})
    return (
        data,
        AggressionInput(
            _day(aggression.get("occurred_on")),
            enum_or_none(AggressionKind, aggression.get("kind")),
            **{field: _text(aggression, field) for field in ("context", "alcaldia", "description")},
        )
        if aggression.get("enabled")
        else None,
        RiskInput(
            _day(risk.get("assessed_on")),
            enum_or_none(RiskLevel, risk.get("level")),
            summary=_text(risk, "summary"),
        )
        if risk.get("enabled")
        else None,
    )


def missing_of(payload: dict[str, Any]) -> list[str]:
    """The required fields still empty, named as a person says them, in the order of the form."""
    data, aggression, risk = inputs_of(payload)
    items = []
    if data.modality is None:
        items.append("modalidad")
    elif data.modality == Modality.INCORPORATION and data.procedure is None:
        items.append("procedimiento")
    items += [
        name for name, value in (("perfil", data.profile), (tr("identidad del caso"), data.identity)) if not value
    ]
    if data.opened_on is None:
        items.append(tr("fecha de apertura"))
    roles = [person.role for person in data.persons]
    if PersonRole.BENEFICIARY not in roles and not data.collective_name:
        items.append(tr("persona beneficiaria"))
    for index, person in enumerate(data.persons):
        role = person.role or PersonRole.BENEFICIARY
        same = [i for i, other in enumerate(roles) if other == role]
        whose = tr(OF_ROLE[role]) + (f" {same.index(index) + 1}" if len(same) > 1 else "")
        if not person.full_name.strip():
            items.append(tr("nombre {whose}").format(whose=whose))
        if person.identity is None:
            items.append(tr("identidad {whose}").format(whose=whose))
    if aggression is not None and aggression.kind is None:
        items.append(tr("tipo de agresión"))
    if risk is not None and risk.level is None:
        items.append(tr("nivel de riesgo"))
    return items


# --- On the database worker ----------------------------------------------------------------


def check_new_case(data: CaseInput, aggression: AggressionInput | None, risk: RiskInput | None) -> None:
    """The domain rules over the whole form, with create_case's problem keys (it checks again)."""
    problems: dict[str, str] = {}
    for prefix, validate, value in (
        ("", validate_case, data),
        ("aggression.", validate_aggression, aggression),
        ("risk.", validate_risk, risk),
    ):
        try:
            if value is not None:
                validate(value)
        except ValidationError as error:
            problems |= {f"{prefix}{field}": message for field, message in error.problems.items()}
    if problems:
        raise ValidationError(problems)


def screen_and_create(
    ws: Workspace,
    data: CaseInput,
    aggression: AggressionInput | None,
    risk: RiskInput | None,
    acknowledged: frozenset[str],
) -> CaseFile | list[DuplicateCandidate]:
    """Check, then look for duplicates not yet shown to the person, then file the case."""
    check_new_case(data, aggression, risk)
    found = [c for c in find_possible_duplicates(ws.db, ws.actor, data) if c.case_id not in acknowledged]
    if found:
        return found
    return cases.create_case(ws.db, ws.actor, data, aggression=aggression, risk=risk)


# --- The warning ---------------------------------------------------------------------------


class DuplicateDialog(QDialog):
    """Non-blocking (`open()`): `open_requested(case_id)`, `register_anyway()`, or rejected to go back."""

    open_requested = Signal(str)
    register_anyway = Signal()

    def __init__(self, candidates: list[DuplicateCandidate], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(tr("Posible caso duplicado"))
        self.candidates = candidates
        several = len(candidates) > 1
        intro = QLabel(
            (
                tr("Hay casos registrados que podrían ser de las mismas personas. Revíselos antes de continuar.")
                if several
                else tr("Hay un caso registrado que podría ser de las mismas personas. Revíselo antes de continuar.")
            ),
            wordWrap=True,
        )
        self.list = QListWidget(objectName="duplicateList")
        self.list.setSpacing(2)
        for candidate in candidates:
            name = f" · {candidate.display_name}" if candidate.display_name else ""
            item = QListWidgetItem(f"{candidate.folio}{name}\n    {'; '.join(candidate.reasons)}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.case_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._open())
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(tr("&Abrir el caso existente"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button = buttons.addButton(tr("&Registrar de todos modos"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.back_button = buttons.addButton(tr("&Volver"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.open_button, self.register_button, self.back_button):
            button.setAutoDefault(False)
        self.back_button.setDefault(True)  # Enter must not file a duplicate by accident
        self.open_button.clicked.connect(self._open)
        self.register_button.clicked.connect(self._register)
        self.back_button.clicked.connect(self.reject)
        hint = QLabel(tr("Seleccione un caso de la lista para abrirlo.") if several else "", wordWrap=True)
        hint.setVisible(several)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(620, 160 + 44 * min(len(candidates), 6))

    def selected_case_id(self) -> str:
        item = self.list.currentItem() or self.list.item(0)
        return item.data(Qt.ItemDataRole.UserRole)

    def _open(self) -> None:
        case_id = self.selected_case_id()
        self.accept()
        self.open_requested.emit(case_id)

    def _register(self) -> None:
        self.accept()
        self.register_anyway.emit()


__all__ = ["DuplicateDialog", "check_new_case", "inputs_of", "missing_of", "screen_and_create"]
