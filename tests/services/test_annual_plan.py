"""The Plan Anual service: the shipped plan, a copy for the next year, edits, hand-entered values
(audited with who and when), values counted from the records, and the quarterly progress."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import audit_trail
from sqlalchemy import func, select

from mpi_desktop.domain.annual_plan import MappingContext, MappingSubject, ValueSource
from mpi_desktop.domain.enums import (
    AggressionKind,
    GoverningBody,
    Identity,
    Modality,
    Procedure,
    Profile,
    SessionKind,
    ThematicAxis,
    TrainingModality,
)
from mpi_desktop.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from mpi_desktop.domain.progress import Status
from mpi_desktop.security.access import Actor
from mpi_desktop.services import annual_plan, plan_editing, plan_progress
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    AnnualPlan,
    Case,
    GoverningSession,
    Indicator,
    ManualValue,
    MappingFinding,
    Training,
    TrainingDate,
    Workshop,
    WorkshopSession,
    utcnow,
)


def indicator(plan, key: str):
    return next(i for i in plan.indicators() if i.key == key)


def values(db: Database, actor: Actor, year: int, quarter: int) -> dict[str, float | None]:
    return {v.key: v.value for v in annual_plan.quarter_values(db, actor, year, quarter)}


# --- Recorded data, put straight into the tables ------------------------------------------

_folio = iter(range(1, 1000))


def add_case(db: Database, opened_on: date, modality: Modality, procedure: Procedure | None = None, **extra) -> None:
    with db.transaction() as session:
        session.add(
            Case(
                folio=f"MPI-T-{next(_folio):04d}",
                profile=Profile.DEFENDER,
                identity=Identity.WOMAN,
                modality=modality,
                procedure=procedure,
                opened_on=opened_on,
                **extra,
            )
        )


def add_session(db: Database, body: GoverningBody, held_on: date, kind: SessionKind = SessionKind.ORDINARY) -> None:
    with db.transaction() as session:
        session.add(GoverningSession(body=body, number=1, kind=kind, held_on=held_on))


def add_workshop(db: Database, *days: date) -> None:
    extra = {"audience": "collective"} if hasattr(Workshop, "audience") else {}
    with db.transaction() as session:
        workshop = Workshop(title="Autoprotección", directed_to="Colectivo", **extra)
        session.add(workshop)
        for day in days:
            session.add(WorkshopSession(workshop=workshop, held_on=day, hours=2))


def add_training(db: Database, axis: ThematicAxis, *days: date) -> None:
    with db.transaction() as session:
        training = Training(title="Seguridad digital", modality=TrainingModality.VIRTUAL, axis=axis)
        session.add(training)
        session.flush()
        for day in days:
            session.add(TrainingDate(training_id=training.id, held_on=day))


def add_finding(db: Database, found_on: date, context: MappingContext = MappingContext.COVERAGE, **extra) -> None:
    with db.transaction() as session:
        session.add(
            MappingFinding(
                found_on=found_on,
                source="Medio local",
                profile=Profile.JOURNALIST,
                subject=MappingSubject.INDIVIDUAL,
                kind=AggressionKind.PHYSICAL,
                context=context,
                protest="Marcha" if context == MappingContext.PROTEST else None,
                **extra,
            )
        )


# --- The shipped plan ------------------------------------------------------------------------


def test_the_2025_plan_is_stored_once_on_first_use(db: Database, statistician: Actor) -> None:
    plan = annual_plan.get_plan(db, statistician, 2025)
    assert len(plan.programs) == 6 and len(plan.actions()) == 25 and len(plan.indicators()) == 24
    assert indicator(plan, "1.1.1").meta_quantity == 4
    again = annual_plan.get_plan(db, statistician, 2025)
    assert again.id == plan.id
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AnnualPlan)) == 1
        assert session.scalar(select(func.count()).select_from(Indicator)) == 24
    created = [e for e in audit_trail(db) if e.entity == "annual_plan"]
    assert len(created) == 1 and "2025" in created[0].detail
    assert 2025 in annual_plan.plan_years(db, statistician)


def test_a_year_without_a_plan_says_so(db: Database, statistician: Actor) -> None:
    with pytest.raises(NotFoundError, match="2019"):
        annual_plan.get_plan(db, statistician, 2019)


# --- Copying into the next year --------------------------------------------------------------


def test_a_plan_is_copied_into_the_next_year_and_can_be_edited(db: Database, statistician: Actor) -> None:
    copy = annual_plan.copy_plan(db, statistician, 2025)
    assert copy.year == 2026 and len(copy.indicators()) == 24
    junta = indicator(copy, "1.1.1")
    assert (
        junta.meta_text == "Realización de cuatro sesiones ordinarias de la Junta de Gobierno programadas para el 2026."
    )
    assert junta.rule == indicator(annual_plan.get_plan(db, statistician, 2025), "1.1.1").rule
    # Years other than the plan's own stay as written.
    assert indicator(copy, "2.2") is not None
    assert any("2019, 2020, 2022 y 2023" in o.name for p in copy.programs for o in p.objectives)

    edited = plan_editing.update_item(db, statistician, "indicator", junta.id, meta_quantity="5")
    assert indicator(edited, "1.1.1").meta_quantity == 5
    original = annual_plan.get_plan(db, statistician, 2025)
    assert indicator(original, "1.1.1").meta_quantity == 4  # the source plan is untouched
    change = [e for e in audit_trail(db) if e.entity == "plan_indicator"][-1]
    assert (change.field, change.old_value, change.new_value, change.username) == (
        "meta_quantity",
        "4",
        "5",
        "esta",
    )

    with pytest.raises(ConflictError, match="2026"):
        annual_plan.copy_plan(db, statistician, 2025)


def test_only_planning_roles_change_a_plan(db: Database, caseworker: Actor, statistician: Actor) -> None:
    plan = annual_plan.get_plan(db, caseworker, 2025)  # everyone may read it
    with pytest.raises(PermissionDenied):
        annual_plan.copy_plan(db, caseworker, 2025)
    with pytest.raises(PermissionDenied):
        plan_editing.update_item(db, caseworker, "indicator", indicator(plan, "1.3").id, meta_quantity=6)
    with pytest.raises(PermissionDenied):
        annual_plan.enter_manual_value(db, caseworker, indicator(plan, "5.3").id, 1, 1)


def test_bad_edits_change_nothing(db: Database, statistician: Actor) -> None:
    plan = annual_plan.get_plan(db, statistician, 2025)
    workshops = indicator(plan, "1.3")
    before = len(audit_trail(db))
    with pytest.raises(ValidationError) as error:
        plan_editing.update_item(db, statistician, "indicator", workshops.id, meta_quantity="-2")
    assert "meta_quantity" in error.value.problems
    with pytest.raises(ValidationError) as error:
        plan_editing.update_item(db, statistician, "indicator", workshops.id, rule=None)
    assert "rule" in error.value.problems
    with pytest.raises(ValidationError):
        plan_editing.update_item(db, statistician, "indicator", workshops.id, name="  ")
    with pytest.raises(ValidationError):
        plan_editing.update_item(db, statistician, "action", plan.actions()[0].id, measurement_months=[13])
    assert len(audit_trail(db)) == before
    assert indicator(annual_plan.get_plan(db, statistician, 2025), "1.3") == workshops


# --- Hand-entered values -------------------------------------------------------------------


def test_hand_entered_values_are_audited_with_who_and_when(db: Database, statistician: Actor) -> None:
    committee = indicator(annual_plan.get_plan(db, statistician, 2025), "5.3")
    first = annual_plan.enter_manual_value(db, statistician, committee.id, 1, "1", note="Acta 1/2025")
    second = annual_plan.enter_manual_value(db, statistician, committee.id, "1", 2)
    assert (first.value, first.entered_by, first.note) == (1, "esta", "Acta 1/2025")
    assert second.entered_at >= first.entered_at and (utcnow() - second.entered_at).total_seconds() < 60

    row = next(v for v in annual_plan.quarter_values(db, statistician, 2025, 1) if v.key == "5.3")
    assert (row.value, row.source, row.entered_by) == (2, ValueSource.MANUAL, "esta")
    assert [v.value for v in annual_plan.manual_history(db, statistician, committee.id)] == [1, 2]

    entries = [e for e in audit_trail(db) if e.entity == "plan_manual_value"]
    assert [(e.field, e.old_value, e.new_value, e.username) for e in entries] == [
        ("trimestre 1", None, "1", "esta"),
        ("trimestre 1", "1", "2", "esta"),
    ]
    assert "5.3" in entries[0].detail


@pytest.mark.parametrize(
    ("quarter", "value", "field"),
    [(5, 1, "quarter"), (0, 1, "quarter"), (1, -1, "value"), (1, "muchos", "value"), (1, True, "value")],
)
def test_bad_values_are_refused_and_nothing_is_written(
    db: Database, statistician: Actor, quarter: object, value: object, field: str
) -> None:
    committee = indicator(annual_plan.get_plan(db, statistician, 2025), "5.3")
    with pytest.raises(ValidationError) as error:
        annual_plan.enter_manual_value(db, statistician, committee.id, quarter, value)
    assert field in error.value.problems
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ManualValue)) == 0


def test_computed_indicators_take_no_hand_entered_values(db: Database, statistician: Actor) -> None:
    junta = indicator(annual_plan.get_plan(db, statistician, 2025), "1.1.1")
    with pytest.raises(ConflictError):
        annual_plan.enter_manual_value(db, statistician, junta.id, 1, 3)


# --- Values counted from the records ---------------------------------------------------------


def test_every_computed_indicator_counts_its_records_with_exact_quarter_boundaries(
    db: Database, statistician: Actor
) -> None:
    for day in (date(2025, 3, 31), date(2025, 4, 1)):
        add_session(db, GoverningBody.JUNTA_DE_GOBIERNO, day)
        add_session(db, GoverningBody.CONSEJO_EVALUACION, day)
        add_case(db, day, Modality.ATTENTION)
        add_case(db, day, Modality.INCORPORATION, Procedure.ORDINARY)
        add_case(db, day, Modality.FEDERAL_COLLABORATION)
        add_finding(db, day)
        add_finding(db, day, MappingContext.PROTEST)
    add_session(db, GoverningBody.JUNTA_DE_GOBIERNO, date(2025, 2, 1), SessionKind.EXTRAORDINARY)  # not ordinary
    add_session(db, GoverningBody.MESA_MULTISECTORIAL, date(2025, 1, 1))
    add_case(db, date(2025, 1, 1), Modality.INCORPORATION, Procedure.EXTRAORDINARY)
    add_case(db, date(2025, 2, 2), Modality.ATTENTION, deleted_at=utcnow())  # deleted: never counts
    add_case(db, date(2024, 12, 31), Modality.ATTENTION)  # last year
    add_workshop(db, date(2025, 3, 20), date(2025, 4, 3))  # counted once, where it started
    add_training(db, ThematicAxis.AXIS_3_3, date(2025, 3, 31))
    add_training(db, ThematicAxis.AXIS_3_5, date(2025, 4, 1), date(2025, 4, 8))

    q1, q2 = values(db, statistician, 2025, 1), values(db, statistician, 2025, 2)
    assert {k: q1[k] for k in ("1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2a", "1.2.2b", "1.2.3", "1.3")} == {
        "1.1.1": 1, "1.1.2": 1, "1.1.3": 1, "1.2.1": 1, "1.2.2a": 1, "1.2.2b": 1, "1.2.3": 1, "1.3": 1,
    }  # fmt: skip
    assert {k: q2[k] for k in ("1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2a", "1.2.2b", "1.2.3", "1.3")} == {
        "1.1.1": 1, "1.1.2": 1, "1.1.3": 0, "1.2.1": 1, "1.2.2a": 1, "1.2.2b": 0, "1.2.3": 1, "1.3": 0,
    }  # fmt: skip
    assert (q1["1.4"], q1["1.5.1"], q2["1.4"], q2["1.5.1"]) == (2, 1, 2, 1)
    assert (q1["3.3"], q1["3.5"], q2["3.3"], q2["3.5"]) == (1, 0, 0, 1)
    assert q1["5.3"] is None  # hand-entered and not yet filled in


def test_a_leap_day_counts_in_the_first_quarter_of_last_years_baseline(db: Database, statistician: Actor) -> None:
    add_case(db, date(2024, 2, 29), Modality.ATTENTION)
    add_case(db, date(2024, 4, 1), Modality.ATTENTION)
    add_case(db, date(2025, 3, 31), Modality.ATTENTION)
    report = plan_progress.progress_report(db, statistician, 2025, today=date(2025, 4, 10))
    attentions = next(i for i in report.indicators() if i.indicator.key == "1.2.1")
    assert attentions.baseline_origin == "Registros de 2024" and attentions.baseline_total == 2
    first = attentions.quarters[0]
    assert (first.realized, first.baseline_cumulative, first.percent, first.status) == (1, 1, 100, Status.ON_TRACK)


# --- Progress --------------------------------------------------------------------------------


def test_progress_as_of_mid_july(db: Database, statistician: Actor) -> None:
    add_session(db, GoverningBody.JUNTA_DE_GOBIERNO, date(2025, 3, 14))
    add_session(db, GoverningBody.JUNTA_DE_GOBIERNO, date(2025, 6, 30))
    add_session(db, GoverningBody.CONSEJO_EVALUACION, date(2025, 5, 5))
    add_session(db, GoverningBody.JUNTA_DE_GOBIERNO, date(2025, 7, 2))
    report = plan_progress.progress_report(db, statistician, 2025, today=date(2025, 7, 15))
    assert report.closed_quarters == 2 and len(report.indicators()) == 24
    by_key = {i.indicator.key: i for i in report.indicators()}

    junta = by_key["1.1.1"]
    assert [q.percent for q in junta.quarters[:3]] == [25, 50, 75]
    assert [q.status for q in junta.quarters] == [Status.ON_TRACK, Status.ON_TRACK, Status.IN_PROGRESS, Status.NOT_DUE]
    assert junta.status == Status.ON_TRACK and junta.current.quarter == 2

    consejo = by_key["1.1.2"]  # one session of six by June: 16.7 % against 50 %
    assert consejo.status == Status.BEHIND and consejo.current.percent == pytest.approx(100 / 6)
    assert by_key["5.3"].status == Status.NO_DATA
    assert by_key["1.2.2a"].status == Status.NO_TARGET  # the plan sets no number of incorporations
    assert report.status_counts()[Status.BEHIND] >= 1

    action = next(a for a in report.actions() if a.action.number == "1.1.2")
    assert action.status == Status.BEHIND
    assert next(a for a in report.actions() if a.action.name == "Actividades con el Consejo Consultivo.").status is None


def test_last_years_typed_values_are_the_baseline_of_the_copy(db: Database, statistician: Actor) -> None:
    committee = indicator(annual_plan.get_plan(db, statistician, 2025), "5.3")
    for quarter, value in ((1, 1), (2, 1), (3, 2), (4, 1)):
        annual_plan.enter_manual_value(db, statistician, committee.id, quarter, value)
    copy = annual_plan.copy_plan(db, statistician, 2025)
    annual_plan.enter_manual_value(db, statistician, indicator(copy, "5.3").id, 1, 1)
    report = plan_progress.progress_report(db, statistician, 2026, today=date(2026, 4, 1))
    sessions = next(i for i in report.indicators() if i.indicator.key == "5.3")
    assert (sessions.baseline_origin, sessions.baseline_total) == ("Plan 2025", 5)
    assert sessions.quarters[0].baseline_percent == 100 and sessions.status == Status.ON_TRACK
    assert sessions.entries[0].entered_by == "esta"

    # A línea base typed by hand wins over last year's values.
    plan_editing.update_item(db, statistician, "indicator", indicator(copy, "5.3").id, baseline_value="10")
    report = plan_progress.progress_report(db, statistician, 2026, today=date(2026, 4, 1))
    sessions = next(i for i in report.indicators() if i.indicator.key == "5.3")
    assert (sessions.baseline_origin, sessions.baseline_total) == ("Capturada", 10)


def test_a_plain_count_and_a_not_applicable_approval_in_the_progress(db: Database, statistician: Actor) -> None:
    add_case(db, date(2024, 3, 31), Modality.FEDERAL_COLLABORATION)
    add_case(db, date(2024, 4, 1), Modality.FEDERAL_COLLABORATION)
    add_case(db, date(2025, 1, 15), Modality.FEDERAL_COLLABORATION)
    add_case(db, date(2025, 3, 31), Modality.FEDERAL_COLLABORATION)
    approval = indicator(annual_plan.get_plan(db, statistician, 2025), "6")
    annual_plan.enter_manual_value(db, statistician, approval.id, 1, 1, note="Acta de la Junta de Gobierno")
    report = plan_progress.progress_report(db, statistician, 2025, today=date(2025, 4, 1))
    by_key = {i.indicator.key: i for i in report.indicators()}

    collaborations = by_key["1.2.3"]  # conteo simple: no target, shown against last year's same span
    first = collaborations.quarters[0]
    assert (first.realized, first.baseline_cumulative, first.baseline_percent) == (2, 1, 200)
    assert collaborations.status == Status.NO_TARGET and collaborations.baseline_total == 2

    planning = by_key["6"]  # "no aplica": approved once, in the first quarter
    assert (planning.quarters[0].percent, planning.status) == (100, Status.ON_TRACK)
    assert planning.quarters[1].status == Status.IN_PROGRESS
