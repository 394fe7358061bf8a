"""Measures of a case (Cuadro 6) and their actions (the month grid is services.month_grid).

Incorporated cases hold their measures in the current protection plan; attention and federal
collaboration cases hold them without one, as Cuadro 6 counts them. Every public function is
one transaction: permission, validation, state checks, the change and its audit entries. The
actions of the telephone-monitoring measure are its calls (services.monitoring), never typed
here, so the count of actions and the call log cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.catalogue import TELEPHONE_MONITORING
from mpi_desktop.domain.enums import MeasureCategory, MeasureStatus, PlanStatus
from mpi_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from mpi_desktop.domain.plan_inputs import ActionInput, MeasureInput
from mpi_desktop.domain.plan_validation import (
    validate_action,
    validate_measure,
)
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.services.case_records import (
    audit_changes,
    editable_case,
    ensure_open,
    file_record,
    load_case,
    refresh_last_activity,
    require_edit,
)
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Case, CatalogueItem, Measure, MeasureAction, ProtectionPlan

ACTIVE = (MeasureStatus.REQUESTED, MeasureStatus.IMPLEMENTED)
MEASURE_NOT_FOUND = "No se encontró la medida."
ITEM_NOT_FOUND = "La medida elegida no está en el catálogo."
ITEM_RETIRED = "La medida elegida fue retirada del catálogo; elija otra."
CALLS_ARE_ACTIONS = "Las acciones del monitoreo telefónico son sus llamadas: regístrelas en «Monitoreo»."
ACTIONS_OUTSIDE = "Hay acciones registradas fuera de esas fechas; corríjalas antes de cambiar las fechas."
MEASURE_FIELDS = tuple(f.name for f in fields(MeasureInput))


@dataclass(frozen=True)
class MeasureView:
    id: str
    case_id: str
    plan_id: str | None
    plan_version: int | None
    catalogue_item_id: str
    item_name: str
    category: MeasureCategory
    institution: str | None
    starts_on: date
    ends_on: date | None
    status: MeasureStatus
    notes: str | None
    actions_total: int
    last_action_on: date | None
    is_monitoring: bool


@dataclass(frozen=True)
class ActionView:
    id: str
    measure_id: str
    acted_on: date
    quantity: int
    notes: str | None


# --- Shared steps ---------------------------------------------------------------------------


def measure_views(session: Session, measures: Iterable[Measure]) -> tuple[MeasureView, ...]:
    """Views of live measures with their action totals, counted in one query."""
    measures = [m for m in measures if m.deleted_at is None]
    totals: dict[str, tuple[int, date | None]] = {}
    if measures:
        rows = session.execute(
            select(MeasureAction.measure_id, func.sum(MeasureAction.quantity), func.max(MeasureAction.acted_on))
            .where(MeasureAction.measure_id.in_([m.id for m in measures]), MeasureAction.deleted_at.is_(None))
            .group_by(MeasureAction.measure_id)
        ).all()
        totals = {measure_id: (int(total or 0), last) for measure_id, total, last in rows}
    return tuple(_view(m, *totals.get(m.id, (0, None))) for m in measures)


def _view(measure: Measure, total: int, last: date | None) -> MeasureView:
    item = measure.catalogue_item
    return MeasureView(
        id=measure.id,
        case_id=measure.case_id,
        plan_id=measure.plan_id,
        plan_version=measure.plan.version if measure.plan is not None else None,
        catalogue_item_id=item.id,
        item_name=item.name,
        category=item.category,
        institution=measure.institution,
        starts_on=measure.starts_on,
        ends_on=measure.ends_on,
        status=measure.status,
        notes=measure.notes,
        actions_total=total,
        last_action_on=last,
        is_monitoring=is_monitoring(item),
    )


def is_monitoring(item: CatalogueItem) -> bool:
    return item.name == TELEPHONE_MONITORING


def current_plan(session: Session, case_id: str) -> ProtectionPlan | None:
    return session.scalar(
        select(ProtectionPlan).where(
            ProtectionPlan.case_id == case_id,
            ProtectionPlan.status == PlanStatus.CURRENT,
            ProtectionPlan.deleted_at.is_(None),
        )
    )


def case_measures(session: Session, case_id: str) -> list[Measure]:
    return list(
        session.scalars(
            select(Measure)
            .where(Measure.case_id == case_id, Measure.deleted_at.is_(None))
            .order_by(Measure.starts_on, Measure.created_at)
        )
    )


def load_measure(session: Session, measure_id: str) -> tuple[Measure, Case]:
    """A live measure and its case, which must be open to change it."""
    measure = session.get(Measure, measure_id)
    if measure is None or measure.deleted_at is not None:
        raise NotFoundError(MEASURE_NOT_FOUND)
    case = load_case(session, measure.case_id)
    ensure_open(case)
    return measure, case


def _usable_item(session: Session, item_id: str | None) -> CatalogueItem:
    item = session.get(CatalogueItem, item_id) if item_id else None
    if item is None or item.deleted_at is not None:
        raise ValidationError({"catalogue_item_id": ITEM_NOT_FOUND})
    if item.retired:
        raise ValidationError({"catalogue_item_id": ITEM_RETIRED})
    return item


def _action_span(session: Session, measure_id: str) -> tuple[date | None, date | None]:
    first, last = session.execute(
        select(func.min(MeasureAction.acted_on), func.max(MeasureAction.acted_on)).where(
            MeasureAction.measure_id == measure_id, MeasureAction.deleted_at.is_(None)
        )
    ).one()
    return first, last


# --- Measures -------------------------------------------------------------------------------


def list_measures(db: Database, actor: Actor, case_id: str) -> tuple[MeasureView, ...]:
    require(actor, Permission.READ_CASES)
    with db.transaction() as session:
        case = load_case(session, case_id)
        return measure_views(session, case_measures(session, case.id))


def add_measure(db: Database, actor: Actor, case_id: str, data: MeasureInput) -> MeasureView:
    """A measure of the case; in an incorporated case it joins the current plan, if there is one."""
    require_edit(actor)
    validate_measure(data)  # the form's own problems first, before any lookup
    with db.transaction() as session:
        case = editable_case(session, case_id)
        data = validate_measure(data, opened_on=case.opened_on)
        item = _usable_item(session, data.catalogue_item_id)
        plan = current_plan(session, case.id)
        measure = Measure(case_id=case.id, plan_id=plan.id if plan else None, catalogue_item=item)
        for name in MEASURE_FIELDS:
            if name != "catalogue_item_id":
                setattr(measure, name, getattr(data, name))
        file_record(session, actor, "measure", measure, case, f"Medida «{item.name}»")
        refresh_last_activity(session, case)
        return measure_views(session, [measure])[0]


def update_measure(db: Database, actor: Actor, measure_id: str, **changes: object) -> MeasureView:
    """Change some fields of a measure (status, institution, dates…); each change is audited."""
    require_edit(actor)
    unknown = set(changes) - set(MEASURE_FIELDS)
    if unknown:
        raise TypeError(f"update_measure: unknown fields {sorted(unknown)}")
    with db.transaction() as session:
        return _update(session, actor, measure_id, changes)


def set_measure_status(
    db: Database, actor: Actor, measure_id: str, status: MeasureStatus, *, today: date | None = None
) -> MeasureView:
    """A status change; concluding a measure without an end date ends it today (or at its last action)."""
    require_edit(actor)
    with db.transaction() as session:
        measure, _case = load_measure(session, measure_id)
        changes: dict[str, object] = {"status": status}
        if status == MeasureStatus.CONCLUDED and measure.ends_on is None:
            last = _action_span(session, measure.id)[1]
            changes["ends_on"] = max(d for d in (today or mexico_city_today(), measure.starts_on, last) if d)
        return _update(session, actor, measure_id, changes)


def _update(session: Session, actor: Actor, measure_id: str, changes: Mapping[str, object]) -> MeasureView:
    measure, case = load_measure(session, measure_id)
    current = {name: getattr(measure, name) for name in MEASURE_FIELDS}
    data = validate_measure(MeasureInput(**(current | dict(changes))), opened_on=case.opened_on)
    if data.catalogue_item_id != measure.catalogue_item_id:
        item = _usable_item(session, data.catalogue_item_id)
        if is_monitoring(item) != is_monitoring(measure.catalogue_item) and _action_span(session, measure.id)[0]:
            raise ConflictError(CALLS_ARE_ACTIONS)
    first, last = _action_span(session, measure.id)
    if first and first < data.starts_on:
        raise ValidationError({"starts_on": ACTIONS_OUTSIDE})
    if last and data.ends_on and last > data.ends_on:
        raise ValidationError({"ends_on": ACTIONS_OUTSIDE})
    audit_changes(session, actor, "measure", measure, {name: getattr(data, name) for name in MEASURE_FIELDS})
    session.flush()
    session.expire(measure, ["catalogue_item"])
    refresh_last_activity(session, case)
    return measure_views(session, [measure])[0]


# --- Actions --------------------------------------------------------------------------------


def record_action(
    db: Database, actor: Actor, measure_id: str, data: ActionInput, *, today: date | None = None
) -> ActionView:
    """Actions of a measure on one day with their quantity (90 patrol rounds, 30 sessions…)."""
    require_edit(actor)
    validate_action(data, today)
    with db.transaction() as session:
        measure, case = load_measure(session, measure_id)
        if is_monitoring(measure.catalogue_item):
            raise ConflictError(CALLS_ARE_ACTIONS)
        data = validate_action(data, today, starts_on=measure.starts_on, ends_on=measure.ends_on)
        action = MeasureAction(measure_id=measure.id, acted_on=data.acted_on, quantity=data.quantity, notes=data.notes)
        what = f"Acción de «{measure.catalogue_item.name}» ({data.quantity}) del {data.acted_on.isoformat()}"
        file_record(session, actor, "measure_action", action, case, what)
        refresh_last_activity(session, case)
        return ActionView(action.id, measure.id, action.acted_on, action.quantity, action.notes)


def list_actions(db: Database, actor: Actor, measure_id: str) -> tuple[ActionView, ...]:
    require(actor, Permission.READ_CASES)
    with db.transaction() as session:
        measure = session.get(Measure, measure_id)
        if measure is None or measure.deleted_at is not None:
            raise NotFoundError(MEASURE_NOT_FOUND)
        return tuple(
            ActionView(a.id, a.measure_id, a.acted_on, a.quantity, a.notes)
            for a in sorted(measure.actions, key=lambda a: a.acted_on, reverse=True)
            if a.deleted_at is None
        )


__all__ = [
    "ActionView",
    "MeasureView",
    "add_measure",
    "list_actions",
    "list_measures",
    "record_action",
    "set_measure_status",
    "update_measure",
]
