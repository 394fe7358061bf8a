"""Read-only views of a Plan Anual de Trabajo: frozen dataclasses copied out of the session,
so the GUI and the reports never hold ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from mpi_desktop.domain.annual_plan import CalculationMethod, Direction, Frequency, Rule, ValueSource
from mpi_desktop.storage.models import AnnualPlan, Indicator, ManualValue

# --- Views ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorView:
    id: str
    key: str
    name: str
    meta_text: str
    meta_quantity: float | None
    meta_unit: str | None
    dimension: str
    definition: str
    method: CalculationMethod
    formula: str
    unit: str
    baseline: str
    baseline_value: float | None
    responsables: str
    information_source: str
    value_source: ValueSource
    rule: Rule | None


@dataclass(frozen=True)
class ActionView:
    id: str
    number: str | None
    name: str
    description: str | None
    frequency: Frequency
    measurement_dates: str
    measurement_months: tuple[int, ...]
    expected_advance: str
    direction: Direction
    indicators: tuple[IndicatorView, ...]


@dataclass(frozen=True)
class ObjectiveView:
    id: str
    number: str | None
    name: str
    description: str | None
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class ProgramView:
    id: str
    number: str
    name: str
    objective: str | None
    objectives: tuple[ObjectiveView, ...]


@dataclass(frozen=True)
class PlanView:
    id: str
    year: int
    title: str
    approved_on: date | None
    programs: tuple[ProgramView, ...]

    def indicators(self) -> list[IndicatorView]:
        return [i for p in self.programs for o in p.objectives for a in o.actions for i in a.indicators]

    def actions(self) -> list[ActionView]:
        return [a for p in self.programs for o in p.objectives for a in o.actions]


@dataclass(frozen=True)
class ManualValueView:
    id: str
    indicator_id: str
    quarter: int
    value: float
    entered_by: str
    entered_at: datetime
    note: str | None


@dataclass(frozen=True)
class QuarterValue:
    """An indicator's value for one quarter, and where it came from."""

    indicator_id: str
    key: str
    value: float | None  # None: a hand-entered indicator nobody has filled in yet
    source: ValueSource
    entered_by: str | None = None
    entered_at: datetime | None = None


def months_text(months: tuple[int, ...]) -> str:
    return ",".join(str(month) for month in months)


def months_of(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


def _live(rows):
    return [row for row in rows if row.deleted_at is None]


def _indicator_view(row: Indicator) -> IndicatorView:
    return IndicatorView(**{f.name: getattr(row, f.name) for f in fields(IndicatorView)})


def plan_view(plan: AnnualPlan) -> PlanView:
    programs = []
    for program in _live(plan.programs):
        objectives = []
        for objective in _live(program.objectives):
            actions = tuple(
                ActionView(
                    id=a.id, number=a.number, name=a.name, description=a.description, frequency=a.frequency,
                    measurement_dates=a.measurement_dates, measurement_months=months_of(a.measurement_months),
                    expected_advance=a.expected_advance, direction=a.direction,
                    indicators=tuple(_indicator_view(i) for i in _live(a.indicators)),
                )
                for a in _live(objective.actions)
            )  # fmt: skip
            objectives.append(
                ObjectiveView(objective.id, objective.number, objective.name, objective.description, actions)
            )
        programs.append(ProgramView(program.id, program.number, program.name, program.objective, tuple(objectives)))
    return PlanView(plan.id, plan.year, plan.title, plan.approved_on, tuple(programs))


def manual_view(row: ManualValue) -> ManualValueView:
    return ManualValueView(row.id, row.indicator_id, row.quarter, row.value, row.entered_by, row.entered_at, row.note)
