"""The Plan Anual de Trabajo of a year: load the shipped plan, copy a plan into the next year,
edit it, enter values by hand, and read indicator values for a quarter.

Plans hold aggregates only, so anyone who may read statistics may read them. Changing a plan
or typing a value is for the administration and the statistics (planning) role; every change
is audited field by field, every typed value with who and when. Views live in
services/plan_views.py, editing in services/plan_editing.py, progress in services/plan_progress.py.
"""

from __future__ import annotations

import re
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.annual_plan import (
    ActionSpec,
    IndicatorSpec,
    ObjectiveSpec,
    PlanSpec,
    ProgramSpec,
    ValueSource,
    validate_manual_value,
    validate_quarter,
    validate_year,
)
from mpi_desktop.domain.annual_plan_2025 import SHIPPED_YEARS, shipped_plan
from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import ConflictError, NotFoundError, PermissionDenied
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.plan_indicators import count_quarter
from mpi_desktop.services.plan_views import (
    IndicatorView,
    ManualValueView,
    PlanView,
    ProgramView,
    QuarterValue,
    manual_view,
    months_text,
    plan_view,
)
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    AnnualPlan,
    Indicator,
    ManualValue,
    Objective,
    PlanAction,
    Program,
    utcnow,
)

PLAN_EDITORS = frozenset({Role.ADMINISTRATOR, Role.STATISTICS})
NOT_AN_EDITOR = "Solo la administración y el área de estadística pueden modificar el Plan Anual de Trabajo."
PLAN_NOT_FOUND = "No hay un Plan Anual de Trabajo registrado para {year}."
PLAN_EXISTS = "Ya existe un Plan Anual de Trabajo para {year}."
ITEM_NOT_FOUND = "No se encontró el elemento del Plan Anual."
NOT_MANUAL = "Este indicador se calcula con los registros del programa; no se captura a mano."


# --- Shared steps --------------------------------------------------------------------------


def require_editor(actor: Actor) -> None:
    require(actor, Permission.READ_AGGREGATES)
    if actor.role not in PLAN_EDITORS:
        raise PermissionDenied(NOT_AN_EDITOR)


def find_plan(session: Session, year: int) -> AnnualPlan | None:
    return session.scalar(select(AnnualPlan).where(AnnualPlan.year == year, AnnualPlan.deleted_at.is_(None)))


def _store_spec(session: Session, spec: PlanSpec) -> AnnualPlan:
    plan = AnnualPlan(year=spec.year, title=spec.title)
    rows: list[object] = [plan]
    for p_pos, p in enumerate(spec.programs):
        program = Program(plan=plan, position=p_pos, number=p.number, name=p.name, objective=p.objective)
        rows.append(program)
        for o_pos, o in enumerate(p.objectives):
            objective = Objective(
                program=program, position=o_pos, number=o.number, name=o.name, description=o.description
            )
            rows.append(objective)
            for a_pos, a in enumerate(o.actions):
                action = PlanAction(
                    objective=objective, position=a_pos, number=a.number, name=a.name, description=a.description,
                    frequency=a.frequency, measurement_dates=a.measurement_dates,
                    measurement_months=months_text(a.measurement_months), expected_advance=a.expected_advance,
                    direction=a.direction,
                )  # fmt: skip
                rows.append(action)
                for i_pos, spec_indicator in enumerate(a.indicators):
                    values = {f.name: getattr(spec_indicator, f.name) for f in fields(IndicatorSpec)}
                    rows.append(Indicator(action=action, position=i_pos, **values))
    # Backrefs no longer cascade into the session (SQLAlchemy 2): every row is added itself.
    session.add_all(rows)
    session.flush()
    return plan


def load_plan(session: Session, actor: Actor, year: int) -> AnnualPlan:
    """The stored plan of `year`; the shipped plan of that year is stored on first use."""
    plan = find_plan(session, year)
    if plan is not None:
        return plan
    spec = shipped_plan(year)
    if spec is None:
        raise NotFoundError(PLAN_NOT_FOUND.format(year=year))
    plan = _store_spec(session, spec)
    record(
        session, actor, AuditAction.CREATE, entity="annual_plan", entity_id=plan.id,
        detail=f"Plan Anual de Trabajo {year} cargado con el plan que incluye el programa",
    )  # fmt: skip
    return plan


def load_item(session: Session, model: type, item_id: str):
    row = session.get(model, item_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(ITEM_NOT_FOUND)
    return row


def plan_of(row: object) -> AnnualPlan:
    """The plan a program, objective, action or indicator belongs to."""
    for step in ("action", "objective", "program", "plan"):
        if isinstance(row, AnnualPlan):
            break
        row = getattr(row, step, row)
    assert isinstance(row, AnnualPlan)
    return row


# --- Plans ---------------------------------------------------------------------------------


def plan_years(db: Database, actor: Actor) -> list[int]:
    """Years with a stored plan, and years whose plan the program ships."""
    require(actor, Permission.READ_AGGREGATES)
    with db.session() as session:
        stored = session.scalars(select(AnnualPlan.year).where(AnnualPlan.deleted_at.is_(None))).all()
    return sorted(set(stored) | set(SHIPPED_YEARS))


def get_plan(db: Database, actor: Actor, year: int) -> PlanView:
    require(actor, Permission.READ_AGGREGATES)
    year = validate_year(year)
    with db.transaction() as session:
        return plan_view(load_plan(session, actor, year))


def copy_plan(db: Database, actor: Actor, year: int, to_year: int | None = None) -> PlanView:
    """A copy of the plan of `year` as the plan of `to_year` (by default the next year), to edit.

    Texts that name the source year ("programadas para el 2025") name the new one; metas,
    methods and rules are kept; línea base values typed by hand are not (last year's results
    become the new línea base)."""
    require_editor(actor)
    year = validate_year(year)
    to_year = validate_year(year + 1 if to_year is None else to_year)
    with db.transaction() as session:
        source = load_plan(session, actor, year)
        if find_plan(session, to_year) is not None:
            raise ConflictError(PLAN_EXISTS.format(year=to_year))
        pattern = re.compile(rf"\b{year}\b")

        def moved(text: str | None) -> str | None:
            return None if text is None else pattern.sub(str(to_year), text)

        old = plan_view(source)
        spec = PlanSpec(
            year=to_year,
            title=moved(old.title) or old.title,
            programs=tuple(_program_spec(p, moved) for p in old.programs),
        )
        plan = _store_spec(session, spec)
        plan.copied_from_id = source.id
        record(
            session, actor, AuditAction.CREATE, entity="annual_plan", entity_id=plan.id,
            detail=f"Plan Anual de Trabajo {to_year} copiado del plan {year}",
        )  # fmt: skip
        session.flush()
        return plan_view(plan)


def _program_spec(program: ProgramView, moved) -> ProgramSpec:
    def indicator(i: IndicatorView) -> IndicatorSpec:
        texts = {f.name: getattr(i, f.name) for f in fields(IndicatorSpec)}
        return IndicatorSpec(**{k: moved(v) if isinstance(v, str) and k != "key" else v for k, v in texts.items()})

    return ProgramSpec(
        number=program.number,
        name=moved(program.name),
        objective=moved(program.objective),
        objectives=tuple(
            ObjectiveSpec(
                o.number, moved(o.name), moved(o.description),
                tuple(
                    ActionSpec(
                        a.number, moved(a.name), moved(a.description), a.frequency, a.measurement_dates,
                        a.measurement_months, a.expected_advance, a.direction,
                        tuple(indicator(i) for i in a.indicators),
                    )
                    for a in o.actions
                ),
            )
            for o in program.objectives
        ),
    )  # fmt: skip


# --- Values --------------------------------------------------------------------------------


def enter_manual_value(
    db: Database, actor: Actor, indicator_id: str, quarter: object, value: object, note: object = None
) -> ManualValueView:
    """A value typed for one quarter of a hand-entered indicator; the latest one entered counts."""
    require_editor(actor)
    quarter, number, text = validate_manual_value(quarter, value, note)
    with db.transaction() as session:
        indicator = load_item(session, Indicator, indicator_id)
        if indicator.value_source != ValueSource.MANUAL:
            raise ConflictError(NOT_MANUAL)
        previous = latest_manual(session, indicator.id).get(quarter)
        row = ManualValue(
            indicator_id=indicator.id, quarter=quarter, value=number, entered_by_id=actor.user_id,
            entered_by=actor.username, entered_at=utcnow(), note=text,
        )  # fmt: skip
        session.add(row)
        session.flush()
        plan = plan_of(indicator)
        record(
            session, actor, AuditAction.CREATE, entity="plan_manual_value", entity_id=row.id,
            field=f"trimestre {quarter}", old=None if previous is None else previous.value, new=number,
            detail=f"Plan Anual {plan.year}, indicador {indicator.key}",
        )  # fmt: skip
        return manual_view(row)


def latest_manual(session: Session, indicator_id: str) -> dict[int, ManualValue]:
    rows = session.scalars(
        select(ManualValue)
        .where(ManualValue.indicator_id == indicator_id, ManualValue.deleted_at.is_(None))
        .order_by(ManualValue.entered_at, ManualValue.created_at)
    ).all()
    return {row.quarter: row for row in rows}  # later rows replace earlier ones


def manual_history(db: Database, actor: Actor, indicator_id: str) -> tuple[ManualValueView, ...]:
    """Every value typed for an indicator, oldest first, with who and when."""
    require(actor, Permission.READ_AGGREGATES)
    with db.session() as session:
        load_item(session, Indicator, indicator_id)
        rows = session.scalars(
            select(ManualValue)
            .where(ManualValue.indicator_id == indicator_id, ManualValue.deleted_at.is_(None))
            .order_by(ManualValue.entered_at, ManualValue.created_at)
        ).all()
        return tuple(manual_view(row) for row in rows)


def quarter_values(db: Database, actor: Actor, year: int, quarter: object) -> tuple[QuarterValue, ...]:
    """Every indicator's value for one quarter of `year`: counted from the records or typed by hand."""
    require(actor, Permission.READ_AGGREGATES)
    quarter = validate_quarter(quarter)
    with db.transaction() as session:
        plan = load_plan(session, actor, validate_year(year))
        values = []
        for view in plan_view(plan).indicators():
            if view.value_source == ValueSource.COMPUTED and view.rule is not None:
                values.append(
                    QuarterValue(view.id, view.key, float(count_quarter(session, view.rule, plan.year, quarter)),
                                 ValueSource.COMPUTED)
                )  # fmt: skip
                continue
            entry = latest_manual(session, view.id).get(quarter)
            values.append(
                QuarterValue(view.id, view.key, None, ValueSource.MANUAL)
                if entry is None
                else QuarterValue(view.id, view.key, entry.value, ValueSource.MANUAL, entry.entered_by,
                                  entry.entered_at)
            )  # fmt: skip
        return tuple(values)
