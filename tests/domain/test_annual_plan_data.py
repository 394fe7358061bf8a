"""The Plan Anual de Trabajo 2025 shipped with the program is the seed's plan, field by field."""

from __future__ import annotations

import pytest

from mpi_desktop.domain.annual_plan import CalculationMethod, Direction, Frequency, Rule, ValueSource
from mpi_desktop.domain.annual_plan_2025 import SHIPPED_YEARS, plan_2025, shipped_plan

PLAN = plan_2025()
BY_KEY = {indicator.key: indicator for indicator in PLAN.indicators()}
ACTIONS = {action.name: action for action in PLAN.actions()}


def test_the_plan_has_the_six_programs_of_the_seed_in_order() -> None:
    assert PLAN.year == 2025 and SHIPPED_YEARS == (2025,)
    assert [(p.number, p.name) for p in PLAN.programs] == [
        ("1", "Atención integral a personas defensoras de derechos humanos y periodistas"),
        ("2", "Colaboración interinstitucional"),
        (
            "3",
            "Acciones de prevención y capacitación para el ejercicio de la libertad de expresión y el derecho a "
            "defender derechos humanos",
        ),
        ("4", "Programa de capacitación 2025"),
        ("5", "Transparencia y gobierno abierto"),
        ("6", "Planeación estratégica 2025"),
    ]


def test_every_objective_action_and_indicator_is_there() -> None:
    assert [len(p.objectives) for p in PLAN.programs] == [5, 3, 5, 1, 3, 1]
    assert [sum(len(o.actions) for o in p.objectives) for p in PLAN.programs] == [12, 3, 5, 1, 3, 1]
    assert len(PLAN.indicators()) == 24
    assert len(BY_KEY) == 24  # keys are unique
    # The twelve rows of the Cronograma for program 1, in its order.
    first = [a.name for o in PLAN.programs[0].objectives for a in o.actions]
    assert first[:5] == [
        "Realización de las sesiones de la Junta de Gobierno.",
        "Realización de las sesiones de Consejo de Evaluación de Medidas.",
        "Actividades con el Consejo Consultivo.",
        "Mesa de Trabajo Multisectorial.",
        "Elaboración y publicación de los Lineamientos de Acción Social.",
    ]
    assert "Participar en la base de Derechos Humanos." in first


@pytest.mark.parametrize(
    ("key", "quantity", "meta_text"),
    [
        ("1.1.1", 4, "Realización de cuatro sesiones ordinarias de la Junta de Gobierno programadas para el 2025."),
        (
            "1.1.2",
            6,
            "Realización de al menos seis sesiones del Consejo de Evaluación de Medidas programadas para el 2025.",
        ),
        ("1.1.3", 1, "Realizar al menos una actividad relacionada con la Mesa de Trabajo Multisectorial."),
        ("1.3", 5, "Realizar al menos cinco talleres de autoprotección facilitados por el MPI CDMX."),
        ("3.1", 3, "Realizar tres actividades de prevención y capacitación relacionadas con estos temas durante 2025."),
        (
            "3.2",
            4,
            "Realizar cuatro actividades de prevención y capacitación relacionadas con estos temas durante 2025.",
        ),
        (
            "3.3",
            4,
            "Realizar cuatro actividades de prevención y capacitación relacionados con estos temas durante 2025.",
        ),
        ("3.4", 4, "Realizar cuatro actividades de prevención y capacitación relacionados con este tema durante 2025."),
        ("3.5", 3, "Realizar tres actividades de prevención y capacitación relacionados con este tema durante 2025."),
        ("2.1", 1, None),
        ("2.3", 1, "Establecer una colaboración con organismos o instancias internacionales."),
        ("5.3", 4, None),
        ("1.2.1", None, "Brindar atenciones o canalizaciones al 100% de casos que lo soliciten."),
        ("1.4", None, None),
    ],
)
def test_metas_as_the_seed_writes_them(key: str, quantity: float | None, meta_text: str | None) -> None:
    indicator = BY_KEY[key]
    assert indicator.meta_quantity == quantity
    if meta_text is not None:
        assert indicator.meta_text == meta_text


def test_methods_of_calculation_follow_the_formulas() -> None:
    methods = {key: indicator.method for key, indicator in BY_KEY.items()}
    assert methods["1.1.1"] == CalculationMethod.RATIO_PROGRAMMED
    assert methods["1.2.1"] == methods["1.4"] == methods["1.5.1"] == methods["5.2"] == CalculationMethod.RATIO_PREVIOUS
    assert methods["1.2.3"] == CalculationMethod.COUNT
    assert methods["6"] == CalculationMethod.NOT_APPLICABLE
    assert BY_KEY["6"].formula == "No aplica." and BY_KEY["6"].name == "N/A"
    assert BY_KEY["1.4"].formula.startswith("(Número de registro de hallazgos de información / número de registro")


def test_the_indicator_fields_are_the_seeds() -> None:
    junta = BY_KEY["1.1.1"]
    assert junta.name.startswith("Número total de Sesiones Ordinarias de la Dirección General")
    assert junta.unit == "Sesiones con la Junta de Gobierno."
    assert junta.baseline == "Número de sesiones del año inmediato anterior."
    assert junta.responsables.startswith("Secretaría de Gobierno; Dirección General")
    assert junta.information_source.startswith("Informes bimestrales del MPI CDMX")
    assert BY_KEY["4.1"].information_source == "Constancias de las capacitaciones realizadas."
    assert BY_KEY["5.3"].information_source == "Actas de las sesiones."
    assert BY_KEY["5.1"].responsables == "Unidad de Transparencia."
    # 1.2.2 holds two indicators: incorporations by ordinary and by extraordinary procedure.
    follow_up = ACTIONS["Seguimiento a casos incorporados al MPI CDMX."]
    assert [i.key for i in follow_up.indicators] == ["1.2.2a", "1.2.2b"]


def test_computed_indicators_name_their_rule_and_hand_entered_ones_do_not() -> None:
    computed = {key: i.rule for key, i in BY_KEY.items() if i.value_source == ValueSource.COMPUTED}
    assert computed == {
        "1.1.1": Rule.JUNTA_ORDINARY_SESSIONS,
        "1.1.2": Rule.CONSEJO_EVALUACION_SESSIONS,
        "1.1.3": Rule.MESA_MULTISECTORIAL,
        "1.2.1": Rule.NEW_ATTENTIONS,
        "1.2.2a": Rule.ORDINARY_INCORPORATIONS,
        "1.2.2b": Rule.EXTRAORDINARY_INCORPORATIONS,
        "1.2.3": Rule.FEDERAL_COLLABORATIONS,
        "1.3": Rule.WORKSHOPS,
        "1.4": Rule.MAPPING_FINDINGS,
        "1.5.1": Rule.PROTEST_FINDINGS,
        "3.1": Rule.TRAININGS_3_1,
        "3.2": Rule.TRAININGS_3_2,
        "3.3": Rule.TRAININGS_3_3,
        "3.4": Rule.TRAININGS_3_4,
        "3.5": Rule.TRAININGS_3_5,
    }
    manual = sorted(key for key, i in BY_KEY.items() if i.value_source == ValueSource.MANUAL)
    assert manual == ["1.1.4", "2.1", "2.2", "2.3", "4.1", "5.1", "5.2", "5.3", "6"]
    assert all(BY_KEY[key].rule is None for key in manual)


def test_the_cronograma_measures_quarterly_except_the_yearly_actions() -> None:
    for action in PLAN.actions():
        assert action.direction == Direction.ASCENDING
        if action.frequency == Frequency.QUARTERLY:
            assert action.measurement_dates == "Marzo; junio; septiembre; diciembre"
            assert action.measurement_months == (3, 6, 9, 12)
            assert action.expected_advance == "25% de manera trimestral"
        else:
            assert action.expected_advance == "100% de manera anual"
    yearly = {
        a.number: (a.measurement_dates, a.measurement_months) for a in PLAN.actions() if a.frequency == Frequency.ANNUAL
    }
    assert yearly == {
        "1.1.4": ("Primer trimestre de 2024", (3,)),  # the seed's own text, year included
        "4.1": ("No se señalan en el Cronograma de actividades", (12,)),
        "6": ("Primer trimestre de 2024", (3,)),
    }


def test_no_plan_is_shipped_for_other_years() -> None:
    assert shipped_plan(2024) is None
    assert shipped_plan(2025) is PLAN
