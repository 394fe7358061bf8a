"""The vocabulary of the Plan Anual de Trabajo and of the Mapeo de agresiones (plan 1.4 and 1.5).

A plan is programs → objectives → actions → indicators, as in the seed's plan 2025. The
`*Spec` dataclasses are a plan as data (the shipped 2025 plan, a plan copied to a new year);
storage keeps the same fields in rows. Pure Python: no database here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from mpi_desktop.domain.enums import LabelledEnum
from mpi_desktop.domain.errors import ValidationError

QUARTERS = (1, 2, 3, 4)
# Fechas de medición of the seed (marzo, junio, septiembre, diciembre): the closing month of each quarter.
QUARTER_MONTHS = {1: 3, 2: 6, 3: 9, 4: 12}


class CalculationMethod(LabelledEnum):
    """Método de cálculo, reduced to the four kinds of formula the seed writes."""

    RATIO_PROGRAMMED = "ratio_programmed", "Realizadas ÷ programadas × 100"
    RATIO_PREVIOUS = "ratio_previous", "Periodo ÷ mismo periodo del año anterior × 100"
    COUNT = "count", "Conteo simple"
    NOT_APPLICABLE = "not_applicable", "No aplica"


class Frequency(LabelledEnum):
    QUARTERLY = "quarterly", "De manera trimestral"
    ANNUAL = "annual", "De manera anual"


class Direction(LabelledEnum):
    """Sentido del avance: ascendente means more is better; descendente, less is better."""

    ASCENDING = "ascending", "Ascendente"
    DESCENDING = "descending", "Descendente"


class ValueSource(LabelledEnum):
    COMPUTED = "computed", "Calculado con los registros del programa"
    MANUAL = "manual", "Captura manual"


class Rule(LabelledEnum):
    """How a computed indicator counts, for one date range, from what the program records."""

    JUNTA_ORDINARY_SESSIONS = "junta_ordinary_sessions", "Sesiones ordinarias de la Junta de Gobierno"
    CONSEJO_EVALUACION_SESSIONS = "consejo_evaluacion_sessions", "Sesiones del Consejo de Evaluación de Medidas"
    CONSEJO_CONSULTIVO_SESSIONS = "consejo_consultivo_sessions", "Sesiones del Consejo Consultivo"
    MESA_MULTISECTORIAL = "mesa_multisectorial", "Actividades de la Mesa de Trabajo Multisectorial"
    NEW_ATTENTIONS = "new_attentions", "Casos de atención o canalización abiertos"
    ORDINARY_INCORPORATIONS = "ordinary_incorporations", "Incorporaciones por procedimiento ordinario"
    EXTRAORDINARY_INCORPORATIONS = "extraordinary_incorporations", "Incorporaciones por procedimiento extraordinario"
    FEDERAL_COLLABORATIONS = "federal_collaborations", "Colaboraciones con el Mecanismo Federal iniciadas"
    WORKSHOPS = "workshops", "Talleres de autoprotección iniciados"
    TRAININGS_3_1 = "trainings_3_1", "Capacitaciones del eje 3.1"
    TRAININGS_3_2 = "trainings_3_2", "Capacitaciones del eje 3.2"
    TRAININGS_3_3 = "trainings_3_3", "Capacitaciones del eje 3.3"
    TRAININGS_3_4 = "trainings_3_4", "Capacitaciones del eje 3.4"
    TRAININGS_3_5 = "trainings_3_5", "Capacitaciones del eje 3.5"
    MAPPING_FINDINGS = "mapping_findings", "Registros de hallazgos del mapeo de agresiones"
    PROTEST_FINDINGS = "protest_findings", "Registros de agresiones en el contexto de protestas"


class MappingSubject(LabelledEnum):
    INDIVIDUAL = "individual", "Individual"
    COLLECTIVE = "collective", "Colectivo"


class MappingContext(LabelledEnum):
    PROTEST = "protest", "Protesta social o movilización"
    COVERAGE = "coverage", "Cobertura periodística"
    DEFENSE = "defense", "Actividad de defensa de derechos humanos"
    DIGITAL = "digital", "Espacios digitales"
    OTHER = "other", "Otro"


# --- A plan as data ----------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorSpec:
    key: str  # "1.1.1", "1.2.2a"…: unique in a plan
    name: str  # Indicadores
    meta_text: str  # Meta programada, as written
    meta_quantity: float | None  # its number, when it has one ("al menos seis" → 6)
    meta_unit: str | None
    dimension: str
    definition: str
    method: CalculationMethod
    formula: str  # Método de cálculo con variable de la fórmula, as written
    unit: str  # Unidad de medida
    baseline: str  # Línea base, as written
    responsables: str
    information_source: str  # Fuente de información
    value_source: ValueSource
    rule: Rule | None = None


@dataclass(frozen=True)
class ActionSpec:
    number: str | None
    name: str  # the action as the Cronograma names it
    description: str | None
    frequency: Frequency
    measurement_dates: str  # Fechas de medición, as written
    measurement_months: tuple[int, ...]
    expected_advance: str  # Avance de metas, as written ("25% de manera trimestral")
    direction: Direction
    indicators: tuple[IndicatorSpec, ...]


@dataclass(frozen=True)
class ObjectiveSpec:
    number: str | None
    name: str
    description: str | None
    actions: tuple[ActionSpec, ...]


@dataclass(frozen=True)
class ProgramSpec:
    number: str
    name: str
    objective: str | None
    objectives: tuple[ObjectiveSpec, ...]


@dataclass(frozen=True)
class PlanSpec:
    year: int
    title: str
    programs: tuple[ProgramSpec, ...]

    def indicators(self) -> list[IndicatorSpec]:
        return [i for p in self.programs for o in p.objectives for a in o.actions for i in a.indicators]

    def actions(self) -> list[ActionSpec]:
        return [a for p in self.programs for o in p.objectives for a in o.actions]


# --- Validation of what people type on the plan screen -----------------------------------

QUARTER_INVALID = "El trimestre debe ser 1, 2, 3 o 4."
VALUE_INVALID = "El valor debe ser un número mayor o igual a cero."
META_INVALID = "La meta debe ser un número mayor o igual a cero, o quedar vacía."
YEAR_INVALID = "El año debe estar entre 2016 y 2100."
NOTE_TOO_LONG = "La nota no puede exceder 2,000 caracteres."
TEXT_REQUIRED = "{label} es obligatorio."
MAX_VALUE = Decimal("1000000000")


def _number(raw: object) -> Decimal | None:
    """A quantity typed as text ("12", "1,5", "3.0") or given as a number; None when not one."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float | Decimal):
        value = Decimal(str(raw))
    elif isinstance(raw, str):
        try:
            value = Decimal(raw.strip().replace(",", "."))
        except InvalidOperation:
            return None
    else:
        return None
    if not value.is_finite() or value < 0 or value >= MAX_VALUE:
        return None
    return value


def plain_number(value: Decimal | float) -> float:
    """A whole number as an int (shown and audited as "4", not "4.0"); anything else as a float."""
    number = float(value)
    return int(number) if number.is_integer() else number


def validate_quarter(quarter: object) -> int:
    if isinstance(quarter, str) and quarter.strip().isdigit():
        quarter = int(quarter.strip())
    if isinstance(quarter, bool) or quarter not in QUARTERS:
        raise ValidationError({"quarter": QUARTER_INVALID})
    return int(quarter)  # type: ignore[arg-type]


def validate_manual_value(quarter: object, value: object, note: object = None) -> tuple[int, float, str | None]:
    """A value typed for one quarter: quarter 1–4, a number ≥ 0, an optional short note."""
    problems: dict[str, str] = {}
    try:
        quarter = validate_quarter(quarter)
    except ValidationError as error:
        problems |= error.problems
    number = _number(value)
    if number is None:
        problems["value"] = VALUE_INVALID
    text = note.strip() if isinstance(note, str) else None
    if text and len(text) > 2000:
        problems["note"] = NOTE_TOO_LONG
    if problems:
        raise ValidationError(problems)
    return quarter, plain_number(number), text or None  # type: ignore[arg-type]


def validate_meta_quantity(value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = _number(value)
    if number is None:
        raise ValidationError({"meta_quantity": META_INVALID})
    return plain_number(number)


def validate_year(year: object) -> int:
    if isinstance(year, str) and year.strip().isdigit():
        year = int(year.strip())
    if isinstance(year, bool) or not isinstance(year, int) or not 2016 <= year <= 2100:
        raise ValidationError({"year": YEAR_INVALID})
    return year


def required_text(field: str, label: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError({field: TEXT_REQUIRED.format(label=label)})
    return value.strip()
