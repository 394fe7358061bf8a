"""The rules for plans, measures, actions and monitoring calls (DESIGN.md §4: clear Spanish
messages, nothing written on bad input).

Pure functions in the style of `domain.validation`: each `validate_*` returns a normalised copy
or raises one `ValidationError` with every problem keyed by field name. Rules that depend on
the case (its opening date, its modality) take what they need as arguments.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from mpi_desktop.domain.enums import CallOutcome, MeasureStatus, Modality, SessionKind
from mpi_desktop.domain.errors import ConflictError, ValidationError
from mpi_desktop.domain.plan_inputs import ActionInput, CallInput, MeasureInput, PlanInput
from mpi_desktop.domain.validation import LABELS, MEXICO_CITY, QUANTITY, _Form, validate_quantity

PLAN_LABELS = LABELS | {
    "approved_on": "La fecha de aprobación",
    "session_number": "El número de sesión",
    "session_kind": "El tipo de sesión",
    "next_review_on": "La fecha de la próxima revisión",
    "notes": "La nota",
    "catalogue_item_id": "La medida",
    "starts_on": "La fecha de inicio",
    "ends_on": "La fecha de término",
    "status": "El estado de la medida",
    "institution": "La institución responsable",
    "acted_on": "La fecha de la acción",
    "quantity": "La cantidad",
    "called_at": "La fecha y hora de la llamada",
    "outcome": "El resultado de la llamada",
    "person_id": "La persona",
    "wellbeing": "El estado de la persona",
    "next_call_due": "La próxima llamada",
    "category": "La categoría",
    "name": "El nombre de la medida",
}

PLAN_NEEDS_INCORPORATION = "Solo los casos incorporados tienen plan de protección; las medidas de atención o colaboración se registran sin plan."
SESSION_NUMBER = "El número de sesión debe ser un número entero mayor o igual a 1."
REVIEW_AFTER_APPROVAL = "La fecha de la próxima revisión debe ser posterior a la fecha de aprobación."
BEFORE_PREVIOUS_VERSION = "La fecha de aprobación no puede ser anterior a la de la versión anterior del plan."
ENDS_BEFORE_START = "La fecha de término no puede ser anterior a la fecha de inicio."
CONCLUDED_NEEDS_END = "Una medida concluida requiere fecha de término."
ACTION_BEFORE_START = "La fecha de la acción no puede ser anterior al inicio de la medida."
ACTION_AFTER_END = "La fecha de la acción no puede ser posterior al término de la medida."
GRID_QUANTITY = "La cantidad debe ser un número entero mayor o igual a 0 (0 borra las acciones del día)."
NAIVE_TIME = "{label} debe indicar la zona horaria."
CALL_IN_FUTURE = "La fecha y hora de la llamada no puede ser futura."
CALL_BEFORE_OPENING = "La fecha de la llamada no puede ser anterior a la fecha de apertura del caso."
NEXT_CALL_BEFORE_CALL = "La próxima llamada debe ser posterior a esta llamada."
INCIDENT_NEEDS_NOTE = "Describa el incidente reportado: la nota se registra como seguimiento del caso."
AGGRESSION_NEEDS_INCIDENT = "Solo una llamada que reporta un incidente puede registrar una agresión."
WELLBEING_LIMIT = 200
CATALOGUE_NAME_LIMIT = 200


def check_plan_allowed(modality: Modality) -> None:
    """A protection plan belongs to incorporated cases only (Cuadro 6 counts the rest without one)."""
    if modality != Modality.INCORPORATION:
        raise ConflictError(PLAN_NEEDS_INCORPORATION)


def _session_number(form: _Form, value: object) -> int | None:
    try:
        return validate_quantity(value, "session_number")
    except ValidationError:
        form.add("session_number", SESSION_NUMBER)
        return None


def validate_plan(
    data: PlanInput,
    today: date | None = None,
    *,
    opened_on: date | None = None,
    previous_approved_on: date | None = None,
) -> PlanInput:
    """A plan or a new version of it. `previous_approved_on`: the version it replaces."""
    today = today or datetime.now(MEXICO_CITY).date()
    form = _Form(PLAN_LABELS)
    approved_on = form.day("approved_on", data.approved_on, today=today, not_before=opened_on)
    next_review_on = form.day("next_review_on", data.next_review_on, today=None, required=False)
    cleaned = replace(
        data,
        approved_on=approved_on,
        session_number=_session_number(form, data.session_number),
        session_kind=form.choice("session_kind", data.session_kind, SessionKind),
        next_review_on=next_review_on,
        notes=form.text("notes", data.notes),
    )
    if "approved_on" not in form.problems and approved_on is not None:
        if previous_approved_on is not None and approved_on < previous_approved_on:
            form.add("approved_on", BEFORE_PREVIOUS_VERSION)
        if next_review_on is not None and "next_review_on" not in form.problems and next_review_on <= approved_on:
            form.add("next_review_on", REVIEW_AFTER_APPROVAL)
    form.raise_if_any()
    return cleaned


def validate_measure(data: MeasureInput, *, opened_on: date | None = None) -> MeasureInput:
    """A measure of a case. It may start in the future (approved now, implemented next week)."""
    form = _Form(PLAN_LABELS)
    starts_on = form.day("starts_on", data.starts_on, today=None, not_before=opened_on)
    ends_on = form.day("ends_on", data.ends_on, today=None, required=False)
    status = form.choice("status", data.status, MeasureStatus)
    item = data.catalogue_item_id.strip() if isinstance(data.catalogue_item_id, str) else None
    if not item:
        form.add("catalogue_item_id", "La medida del catálogo es obligatoria.")
    cleaned = replace(
        data,
        catalogue_item_id=item,
        starts_on=starts_on,
        ends_on=ends_on,
        status=status,
        institution=form.line("institution", data.institution),
        notes=form.text("notes", data.notes),
    )
    dated = starts_on and ends_on and "starts_on" not in form.problems and "ends_on" not in form.problems
    if dated and ends_on < starts_on:
        form.add("ends_on", ENDS_BEFORE_START)
    if status == MeasureStatus.CONCLUDED and ends_on is None and "ends_on" not in form.problems:
        form.add("ends_on", CONCLUDED_NEEDS_END)
    form.raise_if_any()
    return cleaned


def validate_action(
    data: ActionInput, today: date | None = None, *, starts_on: date | None = None, ends_on: date | None = None
) -> ActionInput:
    """Actions of a measure on one day: not in the future, inside the measure's dates, quantity ≥ 1."""
    today = today or datetime.now(MEXICO_CITY).date()
    form = _Form(PLAN_LABELS)
    acted_on = form.day("acted_on", data.acted_on, today=today)
    try:
        quantity: int | None = validate_quantity(data.quantity)
    except ValidationError:
        form.add("quantity", QUANTITY)
        quantity = None
    if acted_on is not None and "acted_on" not in form.problems:
        form_day_range(form, "acted_on", acted_on, starts_on, ends_on)
    cleaned = replace(data, acted_on=acted_on, quantity=quantity, notes=form.text("notes", data.notes))
    form.raise_if_any()
    return cleaned


def form_day_range(form: _Form, field: str, day: date, starts_on: date | None, ends_on: date | None) -> None:
    if starts_on is not None and day < starts_on:
        form.add(field, ACTION_BEFORE_START)
    elif ends_on is not None and day > ends_on:
        form.add(field, ACTION_AFTER_END)


def action_day_problem(day: date, today: date, starts_on: date, ends_on: date | None) -> str | None:
    """Why actions cannot be recorded on `day` for a measure (the month grid's cells), or None."""
    if day > today:
        return "La fecha de la acción no puede ser futura."
    form = _Form(PLAN_LABELS)
    form_day_range(form, "acted_on", day, starts_on, ends_on)
    return form.problems.get("acted_on")


def validate_grid_quantity(value: object) -> int:
    """A month-grid cell: a whole number of actions on that day; 0 (or blank) clears the day."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError({"quantity": GRID_QUANTITY})
    return value


def _moment(form: _Form, field: str, value: object, *, required: bool) -> datetime | None:
    if value is None:
        if required:
            form.add(field, f"{PLAN_LABELS[field]} es obligatoria.")
        return None
    if not isinstance(value, datetime):
        form.add(field, f"{PLAN_LABELS[field]} no es una fecha y hora válida.")
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        form.add(field, NAIVE_TIME.format(label=PLAN_LABELS[field]))
        return None
    return value


def validate_call(
    data: CallInput, now: datetime, *, opened_on: date | None = None, with_aggression: bool = False
) -> CallInput:
    """A monitoring call. `now` is aware; a call cannot be logged ahead of time. An incident
    needs a note (it becomes a follow-up) unless an aggression is recorded with the call."""
    form = _Form(PLAN_LABELS)
    called_at = _moment(form, "called_at", data.called_at, required=True)
    next_due = _moment(form, "next_call_due", data.next_call_due, required=False)
    outcome = form.choice("outcome", data.outcome, CallOutcome)
    if called_at is not None:
        if called_at > now:
            form.add("called_at", CALL_IN_FUTURE)
        elif opened_on is not None and called_at.astimezone(MEXICO_CITY).date() < opened_on:
            form.add("called_at", CALL_BEFORE_OPENING)
        if next_due is not None and next_due <= called_at:
            form.add("next_call_due", NEXT_CALL_BEFORE_CALL)
    wellbeing = data.wellbeing
    if isinstance(wellbeing, str):
        wellbeing = " ".join(wellbeing.split())
    cleaned = replace(
        data,
        called_at=called_at,
        next_call_due=next_due,
        outcome=outcome,
        person_id=data.person_id or None,
        wellbeing=form.text("wellbeing", wellbeing, limit=WELLBEING_LIMIT),
        notes=form.text("notes", data.notes),
    )
    if outcome == CallOutcome.INCIDENT_REPORTED and not with_aggression and cleaned.notes is None:
        form.add("notes", INCIDENT_NEEDS_NOTE)
    if with_aggression and outcome is not None and outcome != CallOutcome.INCIDENT_REPORTED:
        form.add("outcome", AGGRESSION_NEEDS_INCIDENT)
    form.raise_if_any()
    return cleaned


def validate_catalogue_name(name: object) -> str:
    form = _Form(PLAN_LABELS)
    if isinstance(name, str):
        name = " ".join(name.split())
    value = form.text("name", name, required=True, limit=CATALOGUE_NAME_LIMIT)
    form.raise_if_any()
    assert value is not None
    return value


__all__ = [
    "PLAN_LABELS",
    "action_day_problem",
    "check_plan_allowed",
    "validate_action",
    "validate_call",
    "validate_catalogue_name",
    "validate_grid_quantity",
    "validate_measure",
    "validate_plan",
]
