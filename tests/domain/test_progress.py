"""Quarterly progress rules of the Plan Anual: quarter boundaries, the expected 25/50/75/100 %,
the comparison with the línea base and the on-track / behind status."""

from __future__ import annotations

from datetime import date

import pytest

from mpi_desktop.domain.annual_plan import CalculationMethod, Direction, Frequency
from mpi_desktop.domain.progress import (
    Measurement,
    Status,
    closed_quarters,
    expected_percent,
    overall,
    quarter_of,
    quarter_range,
    quarterly_progress,
)

QUARTERLY = (3, 6, 9, 12)


def measure(
    meta: float | None = 4,
    method: CalculationMethod = CalculationMethod.RATIO_PROGRAMMED,
    frequency: Frequency = Frequency.QUARTERLY,
    months: tuple[int, ...] = QUARTERLY,
    direction: Direction = Direction.ASCENDING,
) -> Measurement:
    return Measurement(method, direction, frequency, months, meta)


def statuses(rows) -> list[Status]:
    return [row.status for row in rows]


# --- Calendar ------------------------------------------------------------------------------


def test_quarters_end_on_31_march_30_june_30_september_31_december() -> None:
    assert [quarter_range(2025, q) for q in (1, 2, 3, 4)] == [
        (date(2025, 1, 1), date(2025, 3, 31)),
        (date(2025, 4, 1), date(2025, 6, 30)),
        (date(2025, 7, 1), date(2025, 9, 30)),
        (date(2025, 10, 1), date(2025, 12, 31)),
    ]
    assert quarter_of(date(2025, 3, 31)) == 1 and quarter_of(date(2025, 4, 1)) == 2
    assert quarter_of(date(2024, 2, 29)) == 1  # a leap day belongs to the first quarter
    with pytest.raises(ValueError):
        quarter_range(2025, 5)


def test_a_quarter_is_closed_from_its_last_day() -> None:
    assert closed_quarters(2025, date(2025, 3, 30)) == 0
    assert closed_quarters(2025, date(2025, 3, 31)) == 1
    assert closed_quarters(2025, date(2025, 4, 1)) == 1
    assert closed_quarters(2025, date(2025, 12, 31)) == 4
    assert closed_quarters(2025, date(2026, 1, 2)) == 4
    assert closed_quarters(2026, date(2025, 12, 31)) == 0


def test_expected_share_is_25_per_quarter_or_all_at_the_yearly_measurement() -> None:
    assert [expected_percent(measure(), q) for q in (1, 2, 3, 4)] == [25, 50, 75, 100]
    yearly_march = measure(1, frequency=Frequency.ANNUAL, months=(3,))
    assert [expected_percent(yearly_march, q) for q in (1, 2, 3, 4)] == [100, 100, 100, 100]
    yearly_december = measure(1, frequency=Frequency.ANNUAL, months=(12,))
    assert [expected_percent(yearly_december, q) for q in (1, 2, 3, 4)] == [0, 0, 0, 100]


# --- Realized ÷ programmed -----------------------------------------------------------------


def test_four_sessions_a_year_one_each_quarter_is_on_track() -> None:
    rows = quarterly_progress(measure(4), {1: 1, 2: 1, 3: 1, 4: 1}, closed=4)
    assert [row.percent for row in rows] == [25, 50, 75, 100]
    assert [row.cumulative for row in rows] == [1, 2, 3, 4]
    assert [row.programmed for row in rows] == [1, 1, 1, 1]
    assert statuses(rows) == [Status.ON_TRACK] * 4


def test_a_quarter_without_sessions_is_behind_until_it_is_caught_up() -> None:
    rows = quarterly_progress(measure(4), {1: 0, 2: 2, 3: 0}, closed=3)
    assert statuses(rows)[:3] == [Status.BEHIND, Status.ON_TRACK, Status.BEHIND]
    assert rows[2].percent == 50 and rows[2].expected_percent == 75


def test_a_meta_of_six_programs_one_and_a_half_a_quarter() -> None:
    rows = quarterly_progress(measure(6), {1: 1, 2: 2}, closed=2)
    assert rows[0].programmed == 1.5 and rows[1].programmed_cumulative == 3
    assert rows[0].percent == pytest.approx(100 / 6)
    assert statuses(rows)[:2] == [Status.BEHIND, Status.ON_TRACK]  # 16.7 % < 25 %; 50 % = 50 %


def test_descending_direction_turns_the_comparison_around() -> None:
    rows = quarterly_progress(measure(4, direction=Direction.DESCENDING), {1: 2, 2: 0}, closed=2)
    assert statuses(rows)[:2] == [Status.BEHIND, Status.ON_TRACK]  # 50 % > 25 %, then 50 % ≤ 50 %


def test_quarters_in_course_and_later_ones_are_not_judged() -> None:
    rows = quarterly_progress(measure(4), {1: 1, 2: 1, 3: 5}, closed=1)
    assert statuses(rows) == [Status.ON_TRACK, Status.IN_PROGRESS, Status.NOT_DUE, Status.NOT_DUE]
    assert rows[1].cumulative == 2  # the quarter in course shows what is done so far
    assert rows[2].realized is None and rows[2].cumulative is None and rows[2].percent is None
    assert overall(rows) is rows[0]


def test_a_missing_hand_entered_value_is_no_data_not_zero() -> None:
    rows = quarterly_progress(measure(4), {1: 1}, closed=2)
    assert statuses(rows)[:2] == [Status.ON_TRACK, Status.NO_DATA]
    assert overall(rows).status == Status.NO_DATA


def test_without_a_numeric_meta_there_is_no_target() -> None:
    rows = quarterly_progress(measure(None), {1: 3}, closed=1, baseline={1: 2, 2: 2, 3: 2, 4: 2})
    assert rows[0].status == Status.NO_TARGET
    assert rows[0].percent is None and rows[0].expected_percent is None
    assert rows[0].baseline_percent == 150


def test_a_plain_count_without_meta_is_shown_against_its_baseline() -> None:
    rows = quarterly_progress(measure(None, CalculationMethod.COUNT), {1: 3, 2: 1}, closed=2, baseline_total=8)
    assert statuses(rows)[:2] == [Status.NO_TARGET, Status.NO_TARGET]
    assert [rows[0].baseline_cumulative, rows[1].baseline_cumulative] == [2, 4]  # spread evenly
    assert rows[1].baseline_percent == 100


# --- Period ÷ previous period --------------------------------------------------------------


def test_ratio_to_the_same_span_of_last_year() -> None:
    method = CalculationMethod.RATIO_PREVIOUS
    last_year = {1: 4, 2: 2, 3: 3, 4: 1}
    rows = quarterly_progress(measure(None, method), {1: 4, 2: 1}, closed=2, baseline=last_year)
    assert [rows[0].percent, rows[1].percent] == [100, pytest.approx(500 / 6)]
    assert statuses(rows)[:2] == [Status.ON_TRACK, Status.BEHIND]
    assert rows[0].expected_percent == 100


def test_ratio_without_a_baseline_cannot_be_judged() -> None:
    method = CalculationMethod.RATIO_PREVIOUS
    rows = quarterly_progress(measure(None, method), {1: 4}, closed=1, baseline={1: 0, 2: 0, 3: 0, 4: 0})
    assert rows[0].status == Status.NO_BASELINE and rows[0].percent is None
    assert quarterly_progress(measure(None, method), {1: 4}, closed=1)[0].status == Status.NO_BASELINE


def test_a_partial_baseline_by_quarter_falls_back_to_the_yearly_total() -> None:
    rows = quarterly_progress(measure(4), {1: 1, 2: 1}, closed=2, baseline={1: 3, 2: None}, baseline_total=8)
    assert rows[0].baseline_cumulative == 3 and rows[1].baseline_cumulative == 4


# --- Measured once a year ------------------------------------------------------------------


def test_a_yearly_publication_due_in_march_counts_when_it_comes_late() -> None:
    lineamientos = measure(1, frequency=Frequency.ANNUAL, months=(3,))
    rows = quarterly_progress(lineamientos, {2: 1}, closed=3)
    assert statuses(rows)[:3] == [Status.NO_DATA, Status.ON_TRACK, Status.ON_TRACK]
    assert rows[1].percent == 100


def test_a_yearly_result_due_in_december_is_not_measured_before() -> None:
    certificate = measure(1, frequency=Frequency.ANNUAL, months=(12,))
    rows = quarterly_progress(certificate, {}, closed=4)
    assert statuses(rows) == [Status.NOT_MEASURED] * 3 + [Status.NO_DATA]
    rows = quarterly_progress(certificate, {4: 0}, closed=4)
    assert rows[3].status == Status.BEHIND


def test_not_applicable_with_a_meta_is_a_done_or_not_check() -> None:
    approval = measure(1, CalculationMethod.NOT_APPLICABLE, Frequency.ANNUAL, (3,))
    assert quarterly_progress(approval, {1: 1}, closed=1)[0].status == Status.ON_TRACK
    assert quarterly_progress(approval, {1: 0}, closed=1)[0].status == Status.BEHIND
