"""Properties of the statistics over random data (hypothesis):

- the SQL puts each case in exactly the Cuadro 3 row the pure rule (domain.periods.classify)
  gives it, for any period and cut-off, whatever the kinds of its activity and deleted rows;
- Cuadro 6 counts measures granted or acted on in the period and sums their actions' quantities;
- every total equals the sum of its parts (rows, columns, categories, months, years), and the
  tables agree with one another (Cuadro 4's year is Cuadro 5's last row).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from mpi_desktop.domain.enums import (
    AggressionKind,
    CallOutcome,
    Identity,
    MeasureCategory,
    Modality,
    Procedure,
    Profile,
    RiskLevel,
)
from mpi_desktop.domain.periods import CaseRow, Period, classify
from mpi_desktop.reports import statistics
from mpi_desktop.reports.statistics_cases import IDENTITIES, PROFILES
from mpi_desktop.storage.models import (
    Aggression,
    Case,
    CatalogueItem,
    FollowUp,
    Measure,
    MeasureAction,
    MonitoringCall,
    ProtectionPlan,
    Referral,
    RiskAssessment,
    Workshop,
    WorkshopSession,
)

STAMP = datetime(2024, 1, 1, tzinfo=UTC)
DAYS = st.dates(min_value=date(2022, 11, 1), max_value=date(2024, 8, 31))
# Every kind of dated record a case can have; "aggression" is not activity (domain.periods).
KINDS = ("follow_up", "referral", "plan", "risk", "measure_start", "action", "call", "workshop", "aggression")


def around(period: Period, before: int, after: int) -> st.SearchStrategy[date]:
    """Days near the period, so that its edges and the cut-off are hit often."""
    edges = (period.start, period.until, period.end, period.start - timedelta(days=1), period.until + timedelta(days=1))
    spread = st.integers(-before, (period.end - period.start).days + after)
    return st.sampled_from(edges) | spread.map(lambda days: period.start + timedelta(days=days))


def cases_around(period: Period) -> st.SearchStrategy[list[dict]]:
    record = st.tuples(st.sampled_from(KINDS), around(period, 60, 60), st.sampled_from((True, True, False)))
    return st.lists(
        st.fixed_dictionaries(
            {
                "profile": st.sampled_from(PROFILES),
                "identity": st.sampled_from(IDENTITIES),
                "modality": st.sampled_from(list(Modality)),
                "opened": around(period, 500, 30),
                "deleted": st.sampled_from((False, False, False, True)),
                "records": st.lists(record, max_size=3),
            }
        ),
        max_size=14,
    )


@st.composite
def periods(draw) -> Period:
    if draw(st.booleans()):
        period = Period.bimester(draw(st.sampled_from((2023, 2024))), draw(st.integers(1, 6)))
    else:
        start = draw(DAYS)
        period = Period.between(start, draw(st.dates(min_value=start, max_value=start + timedelta(days=200))))
    if draw(st.booleans()):
        return Period(period.start, period.end, draw(st.dates(period.start, period.end)), period.kind)
    return period


TABLES = (
    MonitoringCall,
    MeasureAction,
    Measure,
    WorkshopSession,
    Workshop,
    FollowUp,
    Referral,
    ProtectionPlan,
    RiskAssessment,
    Aggression,
    Case,
)
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


def _store(db, cases: list[dict]) -> dict[str, tuple[dict, list[date]]]:
    """Write `cases` afresh; returns case id → (case, the dates of its live activity)."""
    stored = {}
    with db.transaction() as session:
        for table in TABLES:
            session.execute(delete(table))
        item_id = session.scalars(select(CatalogueItem.id).order_by(CatalogueItem.sort_order)).first()
        for number, spec in enumerate(cases):
            opened = spec["opened"]
            case = Case(
                folio=f"MPI-{opened.year}-{number + 1:04d}",
                profile=spec["profile"],
                identity=spec["identity"],
                modality=spec["modality"],
                procedure=Procedure.ORDINARY if spec["modality"] is Modality.INCORPORATION else None,
                opened_on=opened,
                deleted_at=STAMP if spec["deleted"] else None,
            )
            session.add(case)
            session.flush()
            activity: list[date] = []
            for version, (kind, day, live) in enumerate(spec["records"], 1):
                gone = None if live else STAMP
                if kind in ("measure_start", "action", "call"):
                    starts = day if kind == "measure_start" else opened
                    measure = Measure(case_id=case.id, catalogue_item_id=item_id, starts_on=starts, deleted_at=gone)
                    session.add(measure)
                    if kind != "measure_start":
                        action = MeasureAction(measure=measure, acted_on=day, quantity=2)
                        session.add(action)
                        if kind == "call":
                            session.flush()
                            called = datetime(day.year, day.month, day.day, 18, tzinfo=UTC)
                            session.add(
                                MonitoringCall(
                                    case_id=case.id,
                                    measure_id=measure.id,
                                    action_id=action.id,
                                    called_at=called,
                                    outcome=CallOutcome.NO_ANSWER,
                                )
                            )
                    if live:
                        activity.append(starts)
                        activity += [] if kind == "measure_start" else [day]
                    continue
                if kind == "workshop":
                    workshop = Workshop(title="Taller", directed_to="Colectivo", case_id=case.id)
                    session.add(workshop)
                    session.add(WorkshopSession(workshop=workshop, held_on=day, hours=2, deleted_at=gone))
                elif kind == "follow_up":
                    session.add(FollowUp(case_id=case.id, noted_on=day, text="Nota.", deleted_at=gone))
                elif kind == "referral":
                    session.add(Referral(case_id=case.id, institution="C5", referred_on=day, deleted_at=gone))
                elif kind == "plan":
                    session.add(ProtectionPlan(case_id=case.id, version=version, approved_on=day, deleted_at=gone))
                elif kind == "risk":
                    session.add(RiskAssessment(case_id=case.id, assessed_on=day, level=RiskLevel.LOW, deleted_at=gone))
                else:
                    session.add(Aggression(case_id=case.id, occurred_on=day, kind=AggressionKind.THREAT))
                    continue  # a fact about the person, never activity
                if live:
                    activity.append(day)
            if not spec["deleted"]:
                stored[case.id] = (spec, activity)
    return stored


@SETTINGS
@given(period=periods(), data=st.data())
def test_each_case_is_in_the_row_the_pure_rule_gives_it(db, statistician, period, data):
    cases = data.draw(cases_around(period))
    stored = _store(db, cases)
    expected: Counter[tuple[CaseRow, Profile, Identity]] = Counter()
    for spec, activity in stored.values():
        row = classify(period, spec["opened"], spec["modality"], activity)
        if row is not None:
            expected[row, spec["profile"], spec["identity"]] += 1
    cuadro = statistics.cases_attended(db, statistician, period)
    for row in cuadro.rows:
        for profile in PROFILES:
            for identity in IDENTITIES:
                assert row.counts.cell(profile, identity) == expected[row.row, profile, identity], (row.row, profile)
    # Totals: each row's profile and grand totals, and the Totales row, are sums of their parts.
    for counts in [row.counts for row in cuadro.rows] + [cuadro.totals]:
        printed = counts.printed()
        assert printed[4] == sum(printed[0:4]) and printed[9] == sum(printed[5:9])
        assert printed[10] == printed[4] + printed[9] == counts.total
    assert cuadro.totals.values == tuple(map(sum, zip(*(row.counts.values for row in cuadro.rows), strict=True)))
    assert cuadro.totals.total == sum(expected.values())
    for chart in statistics.charts(cuadro):
        assert chart.total == cuadro.row(chart.row).counts.total


@SETTINGS
@given(period=periods(), data=st.data())
def test_incorporation_tables_add_up_and_agree(db, statistician, period, data):
    cases = data.draw(cases_around(period))
    stored = _store(db, cases)
    informe = statistics.informe_statistics(db, statistician, period, sections=[statistics.Section.CASES])
    cuadro4, cuadro5 = informe.incorporations, informe.history
    incorporated = [spec["opened"] for spec, _ in stored.values() if spec["modality"] is Modality.INCORPORATION]
    year_to_date = [day for day in incorporated if day.year == period.until.year and day <= period.until]
    assert cuadro4.total == len(year_to_date) == sum(row.total for row in cuadro4.by_profile)
    assert cuadro4.month_totals() == tuple(sum(day.month == m for day in year_to_date) for m in range(1, 13))
    assert cuadro5.rows[-1].year == period.until.year
    assert cuadro5.rows[-1].counts.total == cuadro4.total
    assert cuadro5.totals.total == sum(row.counts.total for row in cuadro5.rows)
    assert cuadro5.totals.total == sum(day <= period.until for day in incorporated)
    years = [row.year for row in cuadro5.rows]
    assert years == list(range(years[0], years[-1] + 1))
    assert informe.cases.row(CaseRow.NEW_INCORPORATION).counts.total <= len(
        [day for day in incorporated if day <= period.until]
    )


def measures_around(period: Period):
    day = around(period, 60, 60)
    return st.lists(
        st.tuples(
            st.integers(0, 17),  # catalogue item, by sort order
            day,  # starts on
            st.sampled_from((False, False, True)),  # deleted
            st.lists(st.tuples(day, st.integers(1, 90), st.sampled_from((False, False, True))), max_size=4),
        ),
        max_size=25,
    )


@SETTINGS
@given(period=periods(), data=st.data())
def test_cuadro_6_counts_measures_worked_on_and_sums_their_actions(db, statistician, period, data):
    measures = data.draw(measures_around(period))
    expected_measures: Counter[str] = Counter()
    expected_actions: Counter[str] = Counter()
    with db.transaction() as session:
        for table in TABLES:
            session.execute(delete(table))
        items = session.scalars(select(CatalogueItem).order_by(CatalogueItem.sort_order)).all()
        case = Case(
            folio="MPI-2019-0001",
            profile=Profile.DEFENDER,
            identity=Identity.WOMAN,
            modality=Modality.ATTENTION,
            opened_on=date(2019, 1, 1),
        )
        session.add(case)
        session.flush()
        for index, starts, deleted, actions in measures:
            item = items[index]
            measure = Measure(
                case_id=case.id, catalogue_item=item, starts_on=starts, deleted_at=STAMP if deleted else None
            )
            session.add(measure)
            live_in_period = [quantity for day, quantity, gone in actions if day in period and not gone]
            for day, quantity, gone in actions:
                session.add(
                    MeasureAction(measure=measure, acted_on=day, quantity=quantity, deleted_at=STAMP if gone else None)
                )
            if not deleted:
                key = f"{item.category}/{item.name}"
                expected_actions[key] += sum(live_in_period)
                expected_measures[key] += starts in period or bool(live_in_period)
    cuadro = statistics.measures_granted(db, statistician, period)
    got = {f"{row.category}/{row.item}": (row.measures, row.actions) for row in cuadro.rows}
    wanted = {
        key: (expected_measures[key], expected_actions[key])
        for key in set(expected_measures) | set(expected_actions)
        if expected_measures[key] or expected_actions[key]
    }
    assert got == wanted
    assert cuadro.measures == sum(total.measures for total in cuadro.by_category)
    assert cuadro.actions == sum(total.actions for total in cuadro.by_category)
    order = list(MeasureCategory)
    assert [order.index(row.category) for row in cuadro.rows] == sorted(
        order.index(row.category) for row in cuadro.rows
    )


@pytest.mark.parametrize("year", [2023, 2024])
def test_an_empty_database_gives_zero_tables(db, statistician, year):
    informe = statistics.informe_statistics(db, statistician, Period.year(year))
    assert informe.cases.totals.total == 0 and len(informe.cases.rows) == 6
    assert [row.year for row in informe.history.rows] == [year]
    assert informe.measures.rows == () and informe.measures.measures == 0
    assert informe.workshops.rows == () and informe.trainings.participants.total == 0
