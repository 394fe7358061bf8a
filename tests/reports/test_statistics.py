"""The statistics of the seed informe (enero–febrero 2024), reproduced from a database built to
hold its numbers: every Cuadro the seed prints, cell by cell, and nothing of the distractors."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from seed_fixture import (
    ACTIVITIES,
    CONSEJO,
    CUADRO_3_PRINTED,
    CUADRO_5,
    CUADRO_5_TOTALS,
    CUADRO_6,
    CUADRO_6_BY_CATEGORY,
    CUADRO_6_TOTALS,
    CUADRO_7,
    CUADRO_8,
    CUADRO_8_TOTALS,
    JUNTA,
    PERIOD,
    SeedData,
    build_seed,
)

from mpi_desktop.domain.enums import ActivityKind, GoverningBody, Identity, PersonIdentity, Procedure, Profile
from mpi_desktop.domain.errors import PermissionDenied
from mpi_desktop.domain.periods import CaseRow, Period
from mpi_desktop.reports import statistics
from mpi_desktop.reports.statistics import InformeStatistics, Section, informe_statistics


@pytest.fixture
def seed(db) -> SeedData:
    return build_seed(db)


@pytest.fixture
def informe(db, seed, statistician) -> InformeStatistics:
    return informe_statistics(db, statistician, PERIOD)


def test_cuadro_3_is_the_seeds_cell_by_cell(informe):
    cuadro = informe.cases
    assert [row.row for row in cuadro.rows] == list(CaseRow)
    for row in cuadro.rows:
        assert row.counts.printed() == CUADRO_3_PRINTED[row.row], row.label
    assert cuadro.totals.printed() == CUADRO_3_PRINTED[None]
    assert cuadro.rows[0].label == "Incorporados al MPI CDMX en 2024"
    assert cuadro.row(CaseRow.FOLLOW_UP_ATTENTION).label == "Seguimiento en Atenciones o canalización"
    assert [heading for *_, heading in statistics.printed_columns()] == (
        ["Mujeres", "Hombres", "LGBTTTI", "Colectivo", "Número de casos"] * 2 + ["Totales"]
    )


def test_charts_1_to_10_split_each_follow_up_and_new_row_by_profile_and_identity(informe):
    charts = informe.charts
    assert [chart.number for chart in charts] == list(range(1, 11))
    # Gráficas 1 and 2: the four incorporated cases followed up (3 defenders, 1 journalist; one
    # woman, one man, two collectives), as the sentence of section 2.3 says.
    assert [bar.value for bar in charts[0].bars] == [3, 1]
    assert [(bar.key, bar.value) for bar in charts[1].bars] == [
        (Identity.WOMAN, 1),
        (Identity.MAN, 1),
        (Identity.LGBTTTI, 0),
        (Identity.COLLECTIVE, 2),
    ]
    assert [bar.value for bar in charts[8].bars] == [13, 15]  # Gráfica 9: 28 collaborations followed up
    assert [bar.value for bar in charts[9].bars] == [11, 9, 0, 8]
    assert all(chart.total == informe.cases.row(chart.row).counts.total for chart in charts)
    assert [chart.row for chart in charts[::2]] == [
        CaseRow.FOLLOW_UP_INCORPORATION,
        CaseRow.NEW_ATTENTION,
        CaseRow.FOLLOW_UP_ATTENTION,
        CaseRow.NEW_COLLABORATION,
        CaseRow.FOLLOW_UP_COLLABORATION,
    ]


def test_cuadro_4_has_no_incorporation_in_2024_up_to_the_cut_off(informe):
    cuadro = informe.incorporations
    assert cuadro.year == 2024 and cuadro.cutoff == date(2024, 2, 29)
    assert cuadro.month_names[0] == "Enero" and cuadro.month_names[-1] == "Diciembre"
    assert [row.label for row in cuadro.by_procedure] == ["Ordinario", "Extraordinario"]
    assert [row.label for row in cuadro.by_profile] == [
        "Personas Periodistas",
        "Personas Defensoras de Derechos Humanos",
    ]
    assert all(row.months == (0,) * 12 for row in cuadro.by_procedure + cuadro.by_profile)
    assert cuadro.total == 0


def test_cuadro_5_counts_every_incorporation_by_year_since_the_first(informe):
    cuadro = informe.history
    assert [row.year for row in cuadro.rows] == list(CUADRO_5)
    for row in cuadro.rows:
        for (profile, identity), count in CUADRO_5[row.year].items():
            assert row.counts.cell(profile, identity) == count
        assert row.counts.total == sum(CUADRO_5[row.year].values())
    assert cuadro.totals.printed() == CUADRO_5_TOTALS


def test_cuadro_6_measures_and_actions_by_item(informe):
    cuadro = informe.measures
    assert [(row.category, row.item, row.measures, row.actions) for row in cuadro.rows] == list(CUADRO_6)
    assert (cuadro.measures, cuadro.actions) == CUADRO_6_TOTALS
    assert {total.category: total.measures for total in cuadro.by_category} == CUADRO_6_BY_CATEGORY
    assert [row.category.label for row in cuadro.rows[:1]] == ["Preventiva"]


def test_cuadro_7_one_workshop_three_sessions(informe):
    directed_to, sessions, hours, (women, men, lgbttti, total) = CUADRO_7
    (row,) = informe.workshops.rows
    assert (row.number, row.directed_to, row.sessions, row.hours) == (1, directed_to, sessions, hours)
    people = row.participants
    assert (people.women, people.men, people.lgbttti, people.total) == (women, men, lgbttti, total)
    assert people.of(PersonIdentity.UNDISCLOSED) == 10
    assert informe.workshops.participants == people and informe.workshops.hours == 9


def test_cuadro_8_the_five_trainings(informe):
    rows = informe.trainings.rows
    assert [(row.title, row.dates, row.partner) for row in rows] == [entry[:3] for entry in CUADRO_8]
    for row, (*_, (women, men, undisclosed, total)) in zip(rows, CUADRO_8, strict=True):
        people = row.participants
        assert (people.women, people.men, people.undisclosed, people.total) == (women, men, undisclosed, total)
    people = informe.trainings.participants
    assert (people.women, people.men, people.undisclosed, people.total) == CUADRO_8_TOTALS


def test_cuadros_1_and_2_and_section_4(informe):
    ((junta,), (consejo,)) = informe.junta.rows, informe.consejo.rows
    assert (junta.number, junta.kind, junta.held_on) == JUNTA
    assert (consejo.number, consejo.kind, consejo.held_on) == CONSEJO
    assert informe.junta.body is GoverningBody.JUNTA_DE_GOBIERNO
    events = [(ActivityKind.EVENT, a.held_on, a.institution, a.title) for a in informe.activities.events]
    meetings = [(ActivityKind.MEETING, a.held_on, a.institution, a.title) for a in informe.activities.meetings]
    expected = sorted(ACTIVITIES, key=lambda a: (a[1], a[2], a[3]))
    assert events == [a for a in expected if a[0] is ActivityKind.EVENT]
    assert meetings == [a for a in expected if a[0] is ActivityKind.MEETING]


def test_no_persons_name_in_any_result(informe, seed):
    text = repr(informe)
    assert seed.person_names and not any(name in text for name in seed.person_names)
    assert "Ficticia" not in text and "Ficticio" not in text  # nor the collectives' names


def test_sections_not_asked_for_are_not_read(db, seed, statistician):
    only = informe_statistics(db, statistician, PERIOD, sections=[Section.TRAININGS])
    assert only.cases is None and only.junta is None and only.activities is None and only.charts == ()
    assert len(only.trainings.rows) == 5


def test_single_tables_agree_with_the_whole_informe(db, informe, statistician):
    assert statistics.cases_attended(db, statistician, PERIOD) == informe.cases
    assert statistics.measures_granted(db, statistician, PERIOD) == informe.measures
    assert statistics.workshops(db, statistician, PERIOD) == informe.workshops
    assert statistics.trainings(db, statistician, PERIOD) == informe.trainings
    assert statistics.incorporations_of_year(db, statistician, PERIOD) == informe.incorporations
    assert statistics.incorporations_by_year(db, statistician, PERIOD) == informe.history
    assert statistics.institutional_activities(db, statistician, PERIOD) == informe.activities
    junta = statistics.governing_sessions(db, statistician, PERIOD, GoverningBody.JUNTA_DE_GOBIERNO)
    assert junta == informe.junta
    assert statistics.charts(informe.cases) == informe.charts


def test_results_are_frozen(informe):
    with pytest.raises(dataclasses.FrozenInstanceError):
        informe.cases.totals.values = ()  # type: ignore[misc]


def test_permission_is_required(db, seed):
    from mpi_desktop.domain.enums import Role
    from mpi_desktop.security.access import GRANTS, Actor, Permission

    nobody = Actor(user_id=None, username="x", role=Role.STATISTICS)
    assert Permission.READ_AGGREGATES in GRANTS[Role.STATISTICS]
    original = GRANTS[Role.STATISTICS]
    GRANTS[Role.STATISTICS] = frozenset()
    try:
        with pytest.raises(PermissionDenied):
            informe_statistics(db, nobody, PERIOD)
    finally:
        GRANTS[Role.STATISTICS] = original


def test_the_cut_off_stops_the_count(db, seed, statistician):
    # Cut off on 31 January: February's new cases and February-only activity drop out.
    early = Period.bimester(2024, 1, cutoff=date(2024, 1, 31))
    informe = informe_statistics(db, statistician, early, sections=[Section.CASES, Section.TRAININGS])
    assert informe.cases.totals.total < 53
    assert informe.trainings.rows == ()
    assert informe.incorporations.cutoff == date(2024, 1, 31)


def test_another_period_counts_other_things(db, seed, statistician):
    march = informe_statistics(db, statistician, Period.bimester(2024, 2))
    assert march.cases.row(CaseRow.NEW_COLLABORATION).counts.cell(Profile.JOURNALIST, Identity.MAN) == 1
    assert [row.title for row in march.trainings.rows] == ["Curso ficticio"]
    assert march.workshops.rows[0].sessions == 1
    assert [a.title for a in march.activities.events] == ["Después"]
    assert march.junta.rows == ()
    assert march.incorporations.by_procedure[0].months == (0,) * 12
    assert Procedure.ORDINARY is march.incorporations.by_procedure[0].key
