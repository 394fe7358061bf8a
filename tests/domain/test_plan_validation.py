"""The rules for plans, measures, actions and calls, with their Spanish messages per field."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mpi_desktop.domain.enums import CallOutcome, MeasureStatus, Modality, SessionKind
from mpi_desktop.domain.errors import ConflictError, ValidationError
from mpi_desktop.domain.plan_inputs import ActionInput, CallInput, MeasureInput, PlanInput
from mpi_desktop.domain.plan_validation import (
    ACTION_AFTER_END,
    ACTION_BEFORE_START,
    CALL_IN_FUTURE,
    CONCLUDED_NEEDS_END,
    ENDS_BEFORE_START,
    GRID_QUANTITY,
    INCIDENT_NEEDS_NOTE,
    PLAN_NEEDS_INCORPORATION,
    REVIEW_AFTER_APPROVAL,
    SESSION_NUMBER,
    action_day_problem,
    check_plan_allowed,
    validate_action,
    validate_call,
    validate_catalogue_name,
    validate_grid_quantity,
    validate_measure,
    validate_plan,
)
from mpi_desktop.domain.validation import MEXICO_CITY, QUANTITY

TODAY = date(2024, 2, 29)
NOW = datetime(2024, 3, 1, 5, 30, tzinfo=UTC)


def problems(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as error:
        call(*args, **kwargs)
    return error.value.problems


def test_a_plan_is_normalised():
    plan = validate_plan(PlanInput(date(2024, 2, 1), " 4 ", "extraordinary", date(2024, 8, 1), "  nota  "), TODAY)
    assert (plan.session_number, plan.session_kind, plan.notes) == (4, SessionKind.EXTRAORDINARY, "nota")


def test_plan_problems_are_reported_per_field():
    found = problems(validate_plan, PlanInput(date(2024, 3, 2), 0, "x", date(2024, 1, 1)), TODAY)
    assert found == {
        "approved_on": "La fecha de aprobación no puede ser futura.",
        "session_number": SESSION_NUMBER,
        "session_kind": "El tipo de sesión no es una opción válida.",
    }
    assert problems(validate_plan, PlanInput(date(2024, 2, 1), 1, next_review_on=date(2024, 2, 1)), TODAY) == {
        "next_review_on": REVIEW_AFTER_APPROVAL
    }
    assert problems(validate_plan, PlanInput(None, 1), TODAY) == {
        "approved_on": "La fecha de aprobación es obligatoria."
    }


@pytest.mark.parametrize("modality", [Modality.ATTENTION, Modality.FEDERAL_COLLABORATION])
def test_only_incorporated_cases_have_plans(modality):
    check_plan_allowed(Modality.INCORPORATION)
    with pytest.raises(ConflictError, match=PLAN_NEEDS_INCORPORATION):
        check_plan_allowed(modality)


def test_measure_dates_and_status():
    ok = validate_measure(MeasureInput("item", date(2024, 1, 1), "  SSC   CDMX ", date(2024, 1, 1)))
    assert ok.institution == "SSC CDMX"
    assert problems(validate_measure, MeasureInput("item", date(2024, 2, 1), ends_on=date(2024, 1, 31))) == {
        "ends_on": ENDS_BEFORE_START
    }
    assert problems(validate_measure, MeasureInput("item", date(2024, 2, 1), status=MeasureStatus.CONCLUDED)) == {
        "ends_on": CONCLUDED_NEEDS_END
    }
    assert problems(validate_measure, MeasureInput("", None, status="x")) == {
        "starts_on": "La fecha de inicio es obligatoria.",
        "status": "El estado de la medida no es una opción válida.",
        "catalogue_item_id": "La medida del catálogo es obligatoria.",
    }
    assert (
        "anterior a la fecha de apertura"
        in problems(validate_measure, MeasureInput("item", date(2024, 1, 1)), opened_on=date(2024, 1, 15))["starts_on"]
    )


@pytest.mark.parametrize("quantity", [0, -1, "0", "", None, "tres", 2.5, True])
def test_an_action_needs_a_quantity_of_at_least_one(quantity):
    assert problems(validate_action, ActionInput(TODAY, quantity), TODAY) == {"quantity": QUANTITY}


def test_actions_fall_inside_the_measure_and_not_in_the_future():
    assert validate_action(ActionInput(TODAY, "90"), TODAY).quantity == 90
    start, end = date(2024, 2, 1), date(2024, 2, 10)
    assert problems(validate_action, ActionInput(date(2024, 1, 31), 1), TODAY, starts_on=start) == {
        "acted_on": ACTION_BEFORE_START
    }
    assert problems(validate_action, ActionInput(date(2024, 2, 11), 1), TODAY, starts_on=start, ends_on=end) == {
        "acted_on": ACTION_AFTER_END
    }
    assert problems(validate_action, ActionInput(date(2024, 3, 1), 1), TODAY) == {
        "acted_on": "La fecha de la acción no puede ser futura."
    }
    assert action_day_problem(date(2024, 2, 5), TODAY, start, end) is None
    assert action_day_problem(date(2024, 3, 5), TODAY, start, None) == "La fecha de la acción no puede ser futura."


def test_grid_cells_accept_zero_and_blank_as_clearing():
    assert [validate_grid_quantity(v) for v in ("", None, "0", 0, " 12 ")] == [0, 0, 0, 0, 12]
    for bad in (-1, "x", "1.5", True):
        assert problems(validate_grid_quantity, bad) == {"quantity": GRID_QUANTITY}


def test_calls_cannot_be_in_the_future_and_incidents_need_a_note():
    just_before = datetime(2024, 2, 29, 23, 29, tzinfo=MEXICO_CITY)
    assert validate_call(CallInput(just_before, "contacted", wellbeing="  bien  "), NOW).wellbeing == "bien"
    late = datetime(2024, 3, 1, 0, 1, tzinfo=MEXICO_CITY)
    assert problems(validate_call, CallInput(late, CallOutcome.CONTACTED), NOW) == {"called_at": CALL_IN_FUTURE}
    assert problems(validate_call, CallInput(just_before, CallOutcome.INCIDENT_REPORTED, notes="  "), NOW) == {
        "notes": INCIDENT_NEEDS_NOTE
    }
    assert validate_call(CallInput(just_before, CallOutcome.INCIDENT_REPORTED), NOW, with_aggression=True)
    assert problems(validate_call, CallInput(None, None), NOW) == {
        "called_at": "La fecha y hora de la llamada es obligatoria.",
        "outcome": "El resultado de la llamada es obligatorio.",
    }


def test_catalogue_names():
    assert validate_catalogue_name("  Botón   de pánico ") == "Botón de pánico"
    assert problems(validate_catalogue_name, "") == {"name": "El nombre de la medida es obligatorio."}
    assert "no puede exceder" in problems(validate_catalogue_name, "x" * 201)["name"]
