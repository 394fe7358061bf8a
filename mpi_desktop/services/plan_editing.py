"""Editing a Plan Anual de Trabajo: any field of the plan, a program, an objective, an action or
an indicator, validated, each change audited old → new."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from mpi_desktop.domain.annual_plan import (
    CalculationMethod,
    Direction,
    Frequency,
    Rule,
    ValueSource,
    required_text,
    validate_meta_quantity,
)
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.security.access import Actor
from mpi_desktop.services.annual_plan import load_item, plan_of, require_editor
from mpi_desktop.services.case_records import audit_changes
from mpi_desktop.services.plan_views import IndicatorView, PlanView, months_text, plan_view
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import AnnualPlan, Indicator, Objective, PlanAction, Program

RULE_REQUIRED = "Un indicador calculado con los registros necesita la regla con la que se calcula."
MONTHS_INVALID = "Los meses de medición deben ser números del 1 al 12."

_TEXT_LABELS = {
    "title": "El título",
    "name": "El nombre",
    "meta_text": "La meta programada",
    "dimension": "La dimensión",
    "definition": "La definición",
    "formula": "El método de cálculo",
    "unit": "La unidad de medida",
    "baseline": "La línea base",
    "responsables": "Los responsables",
    "information_source": "La fuente de información",
    "measurement_dates": "Las fechas de medición",
    "expected_advance": "El avance de metas",
}
_OPTIONAL_TEXT = {"objective", "description", "meta_unit"}
_ENUMS = {"method": CalculationMethod, "value_source": ValueSource, "rule": Rule, "frequency": Frequency,
          "direction": Direction}  # fmt: skip
_EDITABLE = {
    AnnualPlan: {"title", "approved_on"},
    Program: {"name", "objective"},
    Objective: {"name", "description"},
    PlanAction: {"name", "description", "frequency", "measurement_dates", "measurement_months", "expected_advance",
                 "direction"},
    Indicator: {f.name for f in fields(IndicatorView)} - {"id", "key"},
}  # fmt: skip
_ENTITY = {AnnualPlan: "annual_plan", Program: "plan_program", Objective: "plan_objective",
           PlanAction: "plan_action", Indicator: "plan_indicator"}  # fmt: skip
# What the GUI names: it never holds the models themselves.
KINDS = {"plan": AnnualPlan, "program": Program, "objective": Objective, "action": PlanAction,
         "indicator": Indicator}  # fmt: skip


def _clean(field: str, value: object) -> object:
    if field in _TEXT_LABELS:
        return required_text(field, _TEXT_LABELS[field], value)
    if field in _OPTIONAL_TEXT:
        return value.strip() or None if isinstance(value, str) else None
    if field in ("meta_quantity", "baseline_value"):
        try:
            return validate_meta_quantity(value)
        except ValidationError as error:
            raise ValidationError({field: next(iter(error.problems.values()))}) from None
    if field == "rule" and value in (None, ""):
        return None
    if field in _ENUMS:
        try:
            return _ENUMS[field](value)
        except ValueError:
            raise ValidationError({field: "El valor elegido no es una opción válida."}) from None
    if field == "measurement_months":
        months = tuple(value) if isinstance(value, tuple | list) else ()
        if not months or not all(isinstance(m, int) and 1 <= m <= 12 for m in months):
            raise ValidationError({field: MONTHS_INVALID})
        return months_text(tuple(sorted(set(months))))
    if field == "approved_on":
        if value is not None and not isinstance(value, date):
            raise ValidationError({field: "La fecha de aprobación no es una fecha válida."})
        return value
    raise TypeError(field)


def update_item(db: Database, actor: Actor, kind: str, item_id: str, **changes: object) -> PlanView:
    """Change fields of a plan, program, objective, action or indicator (`kind`: a key of KINDS);
    each change is audited. Returns the whole plan as it now stands."""
    require_editor(actor)
    model = KINDS[kind]
    unknown = set(changes) - _EDITABLE[model]
    if unknown:
        raise TypeError(f"update_item: unknown fields {sorted(unknown)}")
    cleaned = {field: _clean(field, value) for field, value in changes.items()}
    with db.transaction() as session:
        row = load_item(session, model, item_id)
        if model is Indicator:
            source = cleaned.get("value_source", row.value_source)
            rule = cleaned.get("rule", row.rule)
            if source == ValueSource.COMPUTED and rule is None:
                raise ValidationError({"rule": RULE_REQUIRED})
        audit_changes(session, actor, _ENTITY[model], row, cleaned)
        session.flush()
        plan = plan_of(row)
        session.expire_all()
        return plan_view(load_item(session, AnnualPlan, plan.id))
