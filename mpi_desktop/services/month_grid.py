"""The month grid of a case: all its active measures × the days of a month, read and written
in one go (a caseworker types a month of patrol rounds by keyboard).

A cell is the day's total of a measure's actions. Saving sets each changed total in one
transaction — 0 clears the day — or, if any cell is wrong, writes nothing. The monitoring
measure's row is read-only: its actions are the calls.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import CaseStatus, MeasureCategory, MeasureStatus
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.plan_validation import action_day_problem, validate_grid_quantity
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import (
    audit_changes,
    editable_case,
    file_record,
    load_case,
    refresh_last_activity,
    require_edit,
)
from mpi_desktop.services.measures import ACTIVE, CALLS_ARE_ACTIONS, MEASURE_NOT_FOUND, is_monitoring
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Case, Measure, MeasureAction, utcnow

NOT_IN_MONTH = "El día no pertenece al mes."


@dataclass(frozen=True)
class GridRow:
    measure_id: str
    item_name: str
    category: MeasureCategory
    status: MeasureStatus
    quantities: tuple[int, ...]  # one per day of the month
    problems: tuple[str | None, ...]  # per day: why nothing may be typed there, or None
    locked: str | None  # why the whole row is read-only (the monitoring measure)


@dataclass(frozen=True)
class MonthGrid:
    case_id: str
    folio: str
    year: int
    month: int
    days: int
    editable: bool  # the case is open
    rows: tuple[GridRow, ...]


def _month(year: int, month: int) -> tuple[date, date, int]:
    days = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, days), days


def _grid(session: Session, case: Case, year: int, month: int, today: date) -> MonthGrid:
    first, last, days = _month(year, month)
    in_month = and_(MeasureAction.acted_on >= first, MeasureAction.acted_on <= last, MeasureAction.deleted_at.is_(None))
    with_actions = select(MeasureAction.measure_id).where(in_month)
    measures = session.scalars(
        select(Measure)
        .where(
            Measure.case_id == case.id,
            Measure.deleted_at.is_(None),
            or_(
                and_(
                    Measure.status.in_(ACTIVE),
                    Measure.starts_on <= last,
                    or_(Measure.ends_on.is_(None), Measure.ends_on >= first),
                ),
                Measure.id.in_(with_actions),
            ),
        )
        .order_by(Measure.starts_on, Measure.created_at)
    ).all()
    sums: dict[tuple[str, date], int] = {}
    if measures:
        rows = session.execute(
            select(MeasureAction.measure_id, MeasureAction.acted_on, func.sum(MeasureAction.quantity))
            .where(in_month, MeasureAction.measure_id.in_([m.id for m in measures]))
            .group_by(MeasureAction.measure_id, MeasureAction.acted_on)
        ).all()
        sums = {(measure_id, day): int(total) for measure_id, day, total in rows}
    grid_rows = []
    for measure in measures:
        item = measure.catalogue_item
        dates = [first + timedelta(days=n) for n in range(days)]
        grid_rows.append(
            GridRow(
                measure_id=measure.id,
                item_name=item.name,
                category=item.category,
                status=measure.status,
                quantities=tuple(sums.get((measure.id, day), 0) for day in dates),
                problems=tuple(action_day_problem(day, today, measure.starts_on, measure.ends_on) for day in dates),
                locked=CALLS_ARE_ACTIONS if is_monitoring(item) else None,
            )
        )
    return MonthGrid(case.id, case.folio, year, month, days, case.status == CaseStatus.OPEN, tuple(grid_rows))


def month_grid(
    db: Database, actor: Actor, case_id: str, year: int, month: int, *, today: date | None = None
) -> MonthGrid:
    """Every active measure of the case (and any with actions that month) × the days of the month."""
    require(actor, Permission.READ_CASES)
    with db.transaction() as session:
        case = load_case(session, case_id)
        return _grid(session, case, year, month, today or mexico_city_today())


def save_month_grid(
    db: Database,
    actor: Actor,
    case_id: str,
    year: int,
    month: int,
    cells: Mapping[tuple[str, int], object],
    *,
    today: date | None = None,
) -> MonthGrid:
    """Set the day totals typed in the grid — (measure id, day of month) → quantity, 0 clears —
    all in one transaction. Any bad cell (keyed "measure_id:day") and nothing is written."""
    require_edit(actor)
    today = today or mexico_city_today()
    first, _last, days = _month(year, month)
    with db.transaction() as session:
        case = editable_case(session, case_id)
        problems: dict[str, str] = {}
        wanted: dict[tuple[Measure, date], int] = {}
        for (measure_id, day_number), value in cells.items():
            key = f"{measure_id}:{day_number}"
            measure = session.get(Measure, measure_id)
            if measure is None or measure.deleted_at is not None or measure.case_id != case.id:
                problems[key] = MEASURE_NOT_FOUND
                continue
            if is_monitoring(measure.catalogue_item):
                problems[key] = CALLS_ARE_ACTIONS
                continue
            try:
                quantity = validate_grid_quantity(value)
            except ValidationError as error:
                problems[key] = error.problems["quantity"]
                continue
            if not 1 <= int(day_number) <= days:
                problems[key] = NOT_IN_MONTH
                continue
            day = first + timedelta(days=int(day_number) - 1)
            problem = action_day_problem(day, today, measure.starts_on, measure.ends_on) if quantity else None
            if problem:
                problems[key] = problem
                continue
            wanted[(measure, day)] = quantity
        if problems:
            raise ValidationError(problems)
        for (measure, day), quantity in wanted.items():
            _set_day(session, actor, case, measure, day, quantity)
        refresh_last_activity(session, case)
        session.flush()
        return _grid(session, case, year, month, today)


def _set_day(session: Session, actor: Actor, case: Case, measure: Measure, day: date, quantity: int) -> None:
    actions = list(
        session.scalars(
            select(MeasureAction)
            .where(MeasureAction.measure_id == measure.id, MeasureAction.acted_on == day)
            .where(MeasureAction.deleted_at.is_(None))
            .order_by(MeasureAction.created_at)
        )
    )
    if sum(a.quantity for a in actions) == quantity:
        return
    keep = actions[0] if actions and quantity else None
    for action in actions:
        if action is not keep:
            action.deleted_at = utcnow()
            record(
                session,
                actor,
                AuditAction.DELETE,
                entity="measure_action",
                entity_id=action.id,
                detail=f"Acción del {day.isoformat()} borrada en la cuadrícula mensual",
            )
    if keep is not None:
        audit_changes(session, actor, "measure_action", keep, {"quantity": quantity}, detail="Cuadrícula mensual")
    elif quantity:
        what = f"Acción de «{measure.catalogue_item.name}» ({quantity}) del {day.isoformat()}"
        file_record(
            session,
            actor,
            "measure_action",
            MeasureAction(measure_id=measure.id, acted_on=day, quantity=quantity),
            case,
            what,
        )


__all__ = ["GridRow", "MonthGrid", "month_grid", "save_month_grid"]
