"""Avance del Plan Anual de Trabajo: every indicator's quarters, cumulative progress, línea base
and status, as of a day (the rules are in domain/progress.py).

Where the values come from: a computed indicator counts the program's records
(services/plan_indicators.py), up to the as-of day for the quarter in course; a hand-entered
one takes the latest value typed for each quarter. The línea base is, in this order: the
number typed as the indicator's línea base; for a computed indicator, the same count over the
previous year; for a hand-entered one, the values typed in the previous year's plan for the
indicator with the same key.

An action is behind when any of its indicators is behind, on track when none is behind and
at least one is on track, and otherwise takes the status of its first indicator.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.annual_plan import QUARTERS, ValueSource
from mpi_desktop.domain.progress import (
    Measurement,
    QuarterProgress,
    Status,
    closed_quarters,
    overall,
    quarterly_progress,
)
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.services.annual_plan import find_plan, latest_manual, load_plan
from mpi_desktop.services.plan_indicators import count_year_by_quarter
from mpi_desktop.services.plan_views import (
    ActionView,
    IndicatorView,
    ManualValueView,
    ObjectiveView,
    ProgramView,
    manual_view,
    plan_view,
)
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Indicator, Objective, PlanAction, Program


@dataclass(frozen=True)
class IndicatorProgress:
    indicator: IndicatorView
    quarters: tuple[QuarterProgress, ...]
    current: QuarterProgress | None  # the latest evaluated quarter
    status: Status
    baseline_total: float | None
    baseline_origin: str | None  # "Capturada", "Registros de 2024", "Plan 2024"
    entries: tuple[ManualValueView | None, ...]  # the typed value in force for each quarter


@dataclass(frozen=True)
class ActionProgress:
    action: ActionView
    indicators: tuple[IndicatorProgress, ...]

    @property
    def status(self) -> Status | None:
        statuses = [item.status for item in self.indicators]
        if not statuses:
            return None
        if Status.BEHIND in statuses:
            return Status.BEHIND
        if Status.ON_TRACK in statuses:
            return Status.ON_TRACK
        return statuses[0]


@dataclass(frozen=True)
class ObjectiveProgress:
    objective: ObjectiveView
    actions: tuple[ActionProgress, ...]


@dataclass(frozen=True)
class ProgramProgress:
    program: ProgramView
    objectives: tuple[ObjectiveProgress, ...]


@dataclass(frozen=True)
class ProgressReport:
    year: int
    title: str
    as_of: date
    closed_quarters: int
    programs: tuple[ProgramProgress, ...]

    def indicators(self) -> list[IndicatorProgress]:
        return [i for p in self.programs for o in p.objectives for a in o.actions for i in a.indicators]

    def actions(self) -> list[ActionProgress]:
        return [a for p in self.programs for o in p.objectives for a in o.actions]

    def status_counts(self) -> Counter[Status]:
        return Counter(item.status for item in self.indicators())


def _previous_manual(session: Session, year: int, key: str) -> dict[int, float] | None:
    plan = find_plan(session, year - 1)
    if plan is None:
        return None
    indicator = session.scalar(
        select(Indicator)
        .join(PlanAction, PlanAction.id == Indicator.action_id)
        .join(Objective, Objective.id == PlanAction.objective_id)
        .join(Program, Program.id == Objective.program_id)
        .where(Program.plan_id == plan.id, Indicator.key == key, Indicator.deleted_at.is_(None))
    )
    if indicator is None:
        return None
    values = {quarter: row.value for quarter, row in latest_manual(session, indicator.id).items()}
    return values or None


def _indicator_progress(
    session: Session, year: int, action: ActionView, view: IndicatorView, as_of: date, closed: int
) -> IndicatorProgress:
    measurement = Measurement(
        view.method, action.direction, action.frequency, action.measurement_months, view.meta_quantity
    )
    entries: dict[int, ManualValueView] = {}
    baseline: dict[int, float | None] | None = None
    origin = None
    if view.value_source == ValueSource.COMPUTED and view.rule is not None:
        realized = {q: float(n) for q, n in count_year_by_quarter(session, view.rule, year, until=as_of).items()}
        if view.baseline_value is None:
            baseline = {q: float(n) for q, n in count_year_by_quarter(session, view.rule, year - 1).items()}
            origin = f"Registros de {year - 1}"
    else:
        entries = {q: manual_view(row) for q, row in latest_manual(session, view.id).items()}
        realized = {q: entry.value for q, entry in entries.items()}
        if view.baseline_value is None:
            previous = _previous_manual(session, year, view.key)
            if previous is not None:
                baseline = {q: previous.get(q) for q in QUARTERS}
                origin = f"Plan {year - 1}"
    total = view.baseline_value
    if view.baseline_value is not None:
        origin = "Capturada"
    elif baseline is not None and all(value is not None for value in baseline.values()):
        total = sum(value or 0.0 for value in baseline.values())
    quarters = quarterly_progress(measurement, realized, closed=closed, baseline=baseline, baseline_total=total)
    current = overall(quarters)
    status = current.status if current is not None else quarters[min(closed, 3)].status
    return IndicatorProgress(view, quarters, current, status, total, origin, tuple(entries.get(q) for q in QUARTERS))


def progress_report(db: Database, actor: Actor, year: int, *, today: date | None = None) -> ProgressReport:
    """The Avance del Plan Anual de Trabajo of `year` as of `today` (by default, today in Mexico City)."""
    require(actor, Permission.READ_AGGREGATES)
    as_of = today or mexico_city_today()
    closed = closed_quarters(year, as_of)
    with db.transaction() as session:
        plan = plan_view(load_plan(session, actor, year))
        programs = tuple(
            ProgramProgress(
                program,
                tuple(
                    ObjectiveProgress(
                        objective,
                        tuple(
                            ActionProgress(
                                action,
                                tuple(
                                    _indicator_progress(session, year, action, indicator, as_of, closed)
                                    for indicator in action.indicators
                                ),
                            )
                            for action in objective.actions
                        ),
                    )
                    for objective in program.objectives
                ),
            )
            for program in plan.programs
        )
        return ProgressReport(plan.year, plan.title, as_of, closed, programs)
