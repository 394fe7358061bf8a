"""The period rules (DESIGN.md §2): ranges, labels, cut-off, and the one Cuadro 3 row of a case."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mpi_desktop.domain.enums import Modality
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.periods import CaseRow, Period, PeriodKind, case_row, classify, long_date

DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def periods(draw) -> Period:
    start = draw(DAYS)
    end = draw(st.dates(min_value=start, max_value=start + timedelta(days=800)))
    cutoff = draw(st.none() | st.dates(min_value=start, max_value=end + timedelta(days=60)))
    return Period.between(start, end, cutoff)


def test_the_seeds_bimester():
    period = Period.bimester(2024, 1)
    assert (period.start, period.end, period.cutoff) == (date(2024, 1, 1), date(2024, 2, 29), date(2024, 2, 29))
    assert period.kind is PeriodKind.BIMESTER and period.kind.noun == "bimestre"
    assert period.label == "enero–febrero de 2024"
    assert period.cutoff_label == "29 de febrero de 2024"
    assert long_date(date(2024, 2, 8)) == "08 de febrero de 2024"


@pytest.mark.parametrize(
    ("period", "label"),
    [
        (Period.bimester(2023, 6), "noviembre–diciembre de 2023"),
        (Period.bimester(2025, 1), "enero–febrero de 2025"),  # not a leap year
        (Period.quarter(2024, 2), "abril–junio de 2024"),
        (Period.year(2024), "2024"),
        (Period.month(2024, 2), "febrero de 2024"),
        (Period.between(date(2023, 11, 1), date(2024, 2, 29)), "noviembre de 2023 – febrero de 2024"),
        (Period.between(date(2024, 1, 1), date(2024, 2, 15)), "1 de enero – 15 de febrero de 2024"),
    ],
)
def test_labels_are_spanish_babel_intervals(period, label):
    assert period.label == label


def test_bimesters_tile_the_year():
    bimesters = Period.bimesters(2024)
    assert bimesters[0].start == date(2024, 1, 1) and bimesters[-1].end == date(2024, 12, 31)
    for before, after in itertools.pairwise(bimesters):
        assert after.start == before.end + timedelta(days=1)
    assert Period.bimester(2025, 1).end == date(2025, 2, 28)
    assert [q.end for q in Period.quarters(2024)] == [
        date(2024, 3, 31),
        date(2024, 6, 30),
        date(2024, 9, 30),
        date(2024, 12, 31),
    ]


@given(DAYS)
def test_every_day_has_its_bimester_and_the_current_one_is_cut_off_today(day):
    bimester = Period.bimester_of(day)
    assert day in bimester and bimester.kind is PeriodKind.BIMESTER
    current = Period.current_bimester(day)
    assert (current.start, current.end, current.cutoff, current.until) == (bimester.start, bimester.end, day, day)
    assert day + timedelta(days=1) not in current


def test_ranges_are_recognised_by_their_shape():
    assert Period.between(date(2024, 3, 1), date(2024, 4, 30)) == Period.bimester(2024, 2)
    assert Period.between(date(2024, 1, 1), date(2024, 12, 31)) == Period.year(2024)
    assert Period.between(date(2024, 2, 1), date(2024, 3, 31)).kind is PeriodKind.RANGE  # not a bimester


@pytest.mark.parametrize(
    "make",
    [
        lambda: Period.between(date(2024, 3, 1), date(2024, 2, 1)),
        lambda: Period.between(date(2024, 3, 1), date(2024, 3, 31), cutoff=date(2024, 2, 28)),
        lambda: Period.bimester(2024, 7),
        lambda: Period.quarter(2024, 0),
        lambda: Period.month(2024, 13),
    ],
)
def test_impossible_periods_are_refused_in_spanish(make):
    with pytest.raises(ValidationError) as error:
        make()
    assert "period" in error.value.problems and str(error.value)[0].isupper()


def test_the_six_rows_in_the_seeds_order():
    assert [row.label for row in CaseRow] == [
        "Incorporados al MPI CDMX",
        "Seguimiento a casos incorporados",
        "Atenciones o canalización",
        "Seguimiento en Atenciones o canalización",
        "Colaboraciones con el Mecanismo de Protección Federal",
        "Seguimiento a colaboraciones con el Mecanismo de Protección Federal",
    ]
    assert CaseRow.NEW_INCORPORATION.title(Period.bimester(2024, 1)) == "Incorporados al MPI CDMX en 2024"
    for row in CaseRow:
        assert case_row(row.modality, row.is_new) is row


def test_classification_at_the_edges():
    period = Period.bimester(2024, 1)
    before, first, last, after = date(2023, 12, 31), date(2024, 1, 1), date(2024, 2, 29), date(2024, 3, 1)
    attention = Modality.ATTENTION
    assert classify(period, first, attention, []) is CaseRow.NEW_ATTENTION
    assert classify(period, last, Modality.INCORPORATION, []) is CaseRow.NEW_INCORPORATION
    assert classify(period, after, attention, [after]) is None
    assert classify(period, before, attention, [before, after]) is None
    assert classify(period, before, attention, [first]) is CaseRow.FOLLOW_UP_ATTENTION
    assert classify(period, date(2019, 5, 1), Modality.FEDERAL_COLLABORATION, [last]) is (
        CaseRow.FOLLOW_UP_COLLABORATION
    )
    # Activity after the cut-off does not count yet.
    early = Period.bimester(2024, 1, cutoff=date(2024, 1, 31))
    assert classify(early, before, attention, [date(2024, 2, 1)]) is None
    assert classify(early, date(2024, 2, 1), attention, []) is None


@given(periods(), DAYS, st.sampled_from(list(Modality)), st.lists(DAYS, max_size=6))
def test_each_case_falls_in_at_most_one_row_by_the_rule(period, opened, modality, activity):
    row = classify(period, opened, modality, activity)
    if opened in period:
        assert row is case_row(modality, True)
    elif opened < period.start and any(day in period for day in activity):
        assert row is case_row(modality, False)
    else:
        assert row is None
    if row is not None:
        assert row.modality is modality
        assert sum(candidate is row for candidate in CaseRow) == 1
    # The order of the activity dates never matters.
    assert classify(period, opened, modality, list(reversed(activity))) is row


@given(periods())
def test_until_is_the_last_counted_day(period):
    assert period.until == min(period.end, period.cutoff)
    assert period.start in period and period.until in period
    assert period.until + timedelta(days=1) not in period and period.start - timedelta(days=1) not in period
    assert period.label
