"""Quarterly progress of an indicator of the Plan Anual de Trabajo: pure rules, no database.

Quarters are calendar quarters (the seed measures in marzo, junio, septiembre, diciembre).
Values are what was realized *in* each quarter; progress is cumulative from 1 January.

The rules, by método de cálculo:

- Realizadas ÷ programadas × 100 (and "no aplica" or a plain count when the plan gives a
  number as its meta): the percentage of the annual meta reached so far,
  cumulative ÷ meta × 100. It is expected to reach 25, 50, 75 and 100 % at the end of each
  quarter when the action is measured quarterly ("25 % de manera trimestral"); an action
  measured once a year is expected to reach 100 % in the quarter of its measurement month and
  0 % before it.
- Periodo ÷ periodo anterior × 100: cumulative ÷ the same span of the previous year (the línea
  base) × 100; the expected level is 100 % (keeping last year's level).
- A plain count without a numeric meta has no target: it is shown with its línea base only.

Status of a quarter that has closed (sentido del avance decides which side is good):
  ascendente: on track when percent ≥ expected percent; behind when below;
  descendente: on track when percent ≤ expected percent; behind when above.
No tolerance is applied: 24.9 % against 25 % is behind, because a meta of 4 sessions a year
means one a quarter and the plan states it so. Without a value for a measurement quarter the
status is "sin dato" (a hand-entered value is missing, which is different from a zero); with
no numeric meta "sin meta"; with no línea base (or a línea base of zero) for a ratio against
the previous period "sin línea base". A quarter in course is "en curso" and a later one
"pendiente". Quarters that are not measurement quarters of the action are "sin medición"; an action
measured once a year is judged on its cumulative value from its measurement quarter on, so a
publication that came a quarter late shows as done from then on.

Línea base: the previous year's value of the same quarters when known quarter by quarter;
when only a yearly total is known it is spread evenly (a quarter of the year per quarter).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from mpi_desktop.domain.annual_plan import QUARTERS, CalculationMethod, Direction, Frequency
from mpi_desktop.domain.enums import LabelledEnum


class Status(LabelledEnum):
    ON_TRACK = "on_track", "En tiempo"
    BEHIND = "behind", "Con rezago"
    NO_DATA = "no_data", "Sin dato"
    NO_TARGET = "no_target", "Sin meta numérica"
    NO_BASELINE = "no_baseline", "Sin línea base"
    NOT_MEASURED = "not_measured", "Sin medición en el trimestre"
    IN_PROGRESS = "in_progress", "En curso"
    NOT_DUE = "not_due", "Pendiente"


EVALUATED = frozenset({Status.ON_TRACK, Status.BEHIND, Status.NO_DATA, Status.NO_TARGET, Status.NO_BASELINE})


@dataclass(frozen=True)
class Measurement:
    """What the rules need to know about an indicator and its action."""

    method: CalculationMethod
    direction: Direction
    frequency: Frequency
    measurement_months: tuple[int, ...]
    meta_quantity: float | None


@dataclass(frozen=True)
class QuarterProgress:
    quarter: int
    realized: float | None  # realized in the quarter
    cumulative: float | None  # realized from 1 January to the end of the quarter
    programmed: float | None  # programmed in the quarter (a share of the meta)
    programmed_cumulative: float | None
    expected_percent: float | None
    percent: float | None  # by método de cálculo (see the module docstring)
    baseline_cumulative: float | None  # línea base for the same span
    baseline_percent: float | None  # cumulative ÷ línea base × 100
    status: Status


# --- Calendar ------------------------------------------------------------------------------


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a calendar quarter (31 March, 30 June, 30 September, 31 December)."""
    if quarter not in QUARTERS:
        raise ValueError(quarter)
    last_month = 3 * quarter
    return date(year, last_month - 2, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])


def closed_quarters(year: int, today: date) -> int:
    """How many quarters of `year` have ended by `today` (0–4)."""
    if today.year > year:
        return 4
    if today.year < year:
        return 0
    return sum(1 for q in QUARTERS if quarter_range(year, q)[1] <= today)


def measured_quarters(measurement_months: tuple[int, ...]) -> frozenset[int]:
    return frozenset(quarter_of(date(2000, month, 1)) for month in measurement_months)


def expected_percent(measurement: Measurement, quarter: int) -> float:
    """The share of the annual meta expected by the end of `quarter` (25/50/75/100, or 0/100)."""
    if measurement.frequency == Frequency.QUARTERLY:
        return 25.0 * quarter
    first = min(measured_quarters(measurement.measurement_months), default=4)
    return 100.0 if quarter >= first else 0.0


# --- Progress ------------------------------------------------------------------------------


def _good(direction: Direction, percent: float, expected: float) -> bool:
    if direction == Direction.DESCENDING:
        return percent <= expected + 1e-9
    return percent >= expected - 1e-9


def _ratio(part: float | None, whole: float | None) -> float | None:
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole * 100.0


def _baseline_to(quarter: int, by_quarter: Mapping[int, float | None] | None, total: float | None) -> float | None:
    if by_quarter is not None and all(by_quarter.get(q) is not None for q in range(1, quarter + 1)):
        return sum(by_quarter[q] or 0.0 for q in range(1, quarter + 1))
    if total is not None:
        return total * quarter / 4
    return None


def has_target(measurement: Measurement) -> bool:
    if measurement.method == CalculationMethod.RATIO_PREVIOUS:
        return True
    return measurement.meta_quantity is not None and measurement.meta_quantity > 0


def quarterly_progress(
    measurement: Measurement,
    realized: Mapping[int, float | None],
    *,
    closed: int,
    baseline: Mapping[int, float | None] | None = None,
    baseline_total: float | None = None,
) -> tuple[QuarterProgress, ...]:
    """The four quarters of a year; `closed` is how many have ended (closed_quarters)."""
    measured = measured_quarters(measurement.measurement_months)
    meta = measurement.meta_quantity
    rows = []
    cumulative: float | None = None
    previous_expected = 0.0
    for quarter in QUARTERS:
        due = quarter <= closed + 1  # closed, or the quarter in course
        value = realized.get(quarter) if due else None
        if value is not None:
            cumulative = (cumulative or 0.0) + value
        expected = expected_percent(measurement, quarter)
        programmed = programmed_cumulative = None
        if meta is not None and measurement.method != CalculationMethod.RATIO_PREVIOUS:
            programmed = meta * (expected - previous_expected) / 100.0
            programmed_cumulative = meta * expected / 100.0
        previous_expected = expected
        base = _baseline_to(quarter, baseline, baseline_total)
        if measurement.method == CalculationMethod.RATIO_PREVIOUS:
            percent, shown_expected = _ratio(cumulative, base), 100.0
        else:
            percent = _ratio(cumulative, meta) if meta else None
            shown_expected = expected if has_target(measurement) else None
        if due:
            status = _status(measurement, quarter, closed, measured, value, cumulative, percent, shown_expected, base)
            done = cumulative
        else:
            status, done, percent = Status.NOT_DUE, None, None
        row = QuarterProgress(
            quarter=quarter,
            realized=value,
            cumulative=done,
            programmed=programmed,
            programmed_cumulative=programmed_cumulative,
            expected_percent=shown_expected,
            percent=percent,
            baseline_cumulative=base,
            baseline_percent=_ratio(done, base),
            status=status,
        )
        rows.append(row)
    return tuple(rows)


def _status(
    measurement: Measurement,
    quarter: int,
    closed: int,
    measured: frozenset[int],
    value: float | None,
    cumulative: float | None,
    percent: float | None,
    expected: float | None,
    base: float | None,
) -> Status:
    if quarter > closed:
        return Status.IN_PROGRESS
    if measurement.frequency == Frequency.QUARTERLY:
        if quarter not in measured:
            return Status.NOT_MEASURED
        if value is None:
            return Status.NO_DATA
    else:
        # Measured once: due from its measurement quarter on, and a late result still counts.
        if quarter < min(measured, default=4):
            return Status.NOT_MEASURED
        if cumulative is None:
            return Status.NO_DATA
    if not has_target(measurement):
        return Status.NO_TARGET
    if measurement.method == CalculationMethod.RATIO_PREVIOUS and (base is None or base <= 0):
        return Status.NO_BASELINE
    if percent is None or expected is None:
        return Status.NO_TARGET
    return Status.ON_TRACK if _good(measurement.direction, percent, expected) else Status.BEHIND


def overall(rows: tuple[QuarterProgress, ...]) -> QuarterProgress | None:
    """The row that speaks for the indicator today: the latest evaluated quarter, if any."""
    evaluated = [row for row in rows if row.status in EVALUATED]
    return evaluated[-1] if evaluated else None
