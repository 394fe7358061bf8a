"""The Plan Anual de Trabajo 2025 of the seed, shipped as data (domain/data/plan_anual_2025.json).

The JSON keeps the seed's text as written. Two conveniences keep it short and free of typos:
a value "@name" stands for the entry `name` of its "strings" table (the seed repeats its
responsables and fuentes word for word), and an action leaves out the Cronograma fields that
equal "action_defaults" (quarterly, marzo; junio; septiembre; diciembre, 25 %, ascendente).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from mpi_desktop.domain.annual_plan import (
    ActionSpec,
    CalculationMethod,
    Direction,
    Frequency,
    IndicatorSpec,
    ObjectiveSpec,
    PlanSpec,
    ProgramSpec,
    Rule,
    ValueSource,
)

DATA_FILES = {2025: "plan_anual_2025.json"}
SHIPPED_YEARS = tuple(sorted(DATA_FILES))


def plan_from_data(data: dict[str, Any]) -> PlanSpec:
    """A plan from its JSON form (see the module docstring)."""
    strings: dict[str, str] = data.get("strings", {})
    defaults: dict[str, Any] = data.get("action_defaults", {})

    def text(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("@"):
            return strings[value[1:]]
        return value

    def indicator(raw: dict[str, Any]) -> IndicatorSpec:
        values = {name: text(value) for name, value in raw.items()}
        quantity = values.pop("meta_quantity")
        return IndicatorSpec(
            **values
            | {
                "meta_quantity": None if quantity is None else float(quantity),
                "method": CalculationMethod(values["method"]),
                "value_source": ValueSource(values["value_source"]),
                "rule": None if values.get("rule") is None else Rule(values["rule"]),
            }
        )

    def action(raw: dict[str, Any]) -> ActionSpec:
        values = defaults | {name: text(value) for name, value in raw.items()}
        return ActionSpec(
            number=values["number"],
            name=values["name"],
            description=values["description"],
            frequency=Frequency(values["frequency"]),
            measurement_dates=values["measurement_dates"],
            measurement_months=tuple(values["measurement_months"]),
            expected_advance=values["expected_advance"],
            direction=Direction(values["direction"]),
            indicators=tuple(indicator(item) for item in values["indicators"]),
        )

    def objective(raw: dict[str, Any]) -> ObjectiveSpec:
        return ObjectiveSpec(
            number=raw["number"],
            name=text(raw["name"]),
            description=text(raw.get("description")),
            actions=tuple(action(item) for item in raw["actions"]),
        )

    programs = tuple(
        ProgramSpec(
            number=raw["number"],
            name=raw["name"],
            objective=raw.get("objective"),
            objectives=tuple(objective(item) for item in raw["objectives"]),
        )
        for raw in data["programs"]
    )
    return PlanSpec(year=int(data["year"]), title=data["title"], programs=programs)


@cache
def shipped_plan(year: int) -> PlanSpec | None:
    """The plan the program ships for `year`, or None when it ships none."""
    name = DATA_FILES.get(year)
    if name is None:
        return None
    raw = resources.files("mpi_desktop.domain").joinpath("data", name).read_text(encoding="utf-8")
    return plan_from_data(json.loads(raw))


def plan_2025() -> PlanSpec:
    plan = shipped_plan(2025)
    assert plan is not None
    return plan
