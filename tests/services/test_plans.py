"""Protection plans: approval by a Consejo session, re-evaluation keeping earlier versions with
their measures, review reminders, and refusals that write nothing."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import TODAY, audit_trail
from plan_samples import item_id, open_case, plan_input, snapshot

from mpi_desktop.domain.enums import GoverningBody, MeasureStatus, Modality, PlanStatus, SessionKind
from mpi_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from mpi_desktop.domain.plan_inputs import MeasureInput
from mpi_desktop.domain.plan_validation import BEFORE_PREVIOUS_VERSION, PLAN_NEEDS_INCORPORATION, REVIEW_AFTER_APPROVAL
from mpi_desktop.services import cases, history, measures, plans
from mpi_desktop.storage.models import GoverningSession

PATROLS = "Rondines bitacorados (Código águila)"
PSYCHOLOGY = "Atención psicológica"


def test_a_plan_is_approved_in_a_session_of_the_consejo(db, caseworker):
    case_id = open_case(db, caseworker)
    plan = plans.create_plan(db, caseworker, case_id, plan_input(number=3), today=TODAY)

    assert (plan.version, plan.status, plan.approved_on) == (1, PlanStatus.CURRENT, date(2024, 1, 25))
    assert plan.session_label == "Sesión Ordinaria n.º 3 del Consejo de Evaluación de Medidas, 25/01/2024"
    with db.session() as session:
        council = session.query(GoverningSession).one()
        assert (council.body, council.number, council.kind) == (
            GoverningBody.CONSEJO_EVALUACION,
            3,
            SessionKind.ORDINARY,
        )
    # A second case approved in the same session shares it.
    other = open_case(db, caseworker)
    plans.create_plan(db, caseworker, other, plan_input(number=3), today=TODAY)
    with db.session() as session:
        assert session.query(GoverningSession).count() == 1

    entries = [e for e in audit_trail(db) if e.entity == "protection_plan"]
    assert entries[0].detail.startswith("Plan de protección, versión 1 en el caso MPI-2024-")
    assert cases.get_case(db, caseworker, case_id).last_activity_on == date(2024, 1, 25)


def test_measures_of_an_incorporated_case_join_its_current_plan(db, caseworker):
    case_id = open_case(db, caseworker)
    plans.create_plan(db, caseworker, case_id, plan_input(), today=TODAY)
    measure = measures.add_measure(
        db, caseworker, case_id, MeasureInput(item_id(db, caseworker, PATROLS), date(2024, 1, 26), "SSC")
    )
    assert measure.plan_version == 1
    overview = plans.plan_overview(db, caseworker, case_id)
    assert [m.item_name for m in overview.current.measures] == [PATROLS]
    assert overview.can_have_plan and overview.earlier == ()


def test_reevaluation_files_a_new_version_and_keeps_the_earlier_one_readable(db, caseworker):
    case_id = open_case(db, caseworker)
    plans.create_plan(db, caseworker, case_id, plan_input(), today=TODAY)
    patrols = measures.add_measure(
        db, caseworker, case_id, MeasureInput(item_id(db, caseworker, PATROLS), date(2024, 1, 26), "SSC")
    )
    measures.add_measure(
        db, caseworker, case_id, MeasureInput(item_id(db, caseworker, PSYCHOLOGY), date(2024, 1, 26), "SIBISO")
    )

    second = plans.reevaluate_plan(
        db,
        caseworker,
        case_id,
        plan_input(date(2024, 2, 20), number=5, session_kind=SessionKind.EXTRAORDINARY),
        conclude=[patrols.id],
        today=TODAY,
    )

    versions = plans.list_plans(db, caseworker, case_id)
    assert [(p.version, p.status) for p in versions] == [(2, PlanStatus.CURRENT), (1, PlanStatus.SUPERSEDED)]
    assert second.session_label.startswith("Sesión Extraordinaria n.º 5")
    first = versions[1]
    assert first.approved_on == date(2024, 1, 25)
    assert {m.item_name: m.status for m in first.measures} == {
        PATROLS: MeasureStatus.CONCLUDED,
        PSYCHOLOGY: MeasureStatus.REQUESTED,
    }
    ended = next(m for m in first.measures if m.id == patrols.id)
    assert ended.ends_on == date(2024, 2, 20)
    overview = plans.plan_overview(db, caseworker, case_id)
    assert overview.current.version == 2
    assert [p.version for p in overview.earlier] == [1]
    assert len(overview.measures) == 2  # both still in the file, one concluded

    # The history tab reads it all from the audit log.
    lines = {(e.record_label, e.field_label, e.new) for e in history.case_history(db, caseworker, case_id)}
    assert ("Plan de protección", "Estado del plan", "Sustituido") in lines
    assert ("Medida", "Estado de la medida", "Concluida") in lines


def test_a_third_version_follows_the_second(db, caseworker):
    case_id = open_case(db, caseworker)
    plans.create_plan(db, caseworker, case_id, plan_input(), today=TODAY)
    plans.reevaluate_plan(db, caseworker, case_id, plan_input(date(2024, 2, 1)), today=TODAY)
    third = plans.reevaluate_plan(db, caseworker, case_id, plan_input(date(2024, 2, 1), number=4), today=TODAY)
    assert third.version == 3
    assert [p.status for p in plans.list_plans(db, caseworker, case_id)].count(PlanStatus.CURRENT) == 1


@pytest.mark.parametrize("modality", [Modality.ATTENTION, Modality.FEDERAL_COLLABORATION])
def test_no_plan_for_a_case_that_is_not_incorporated(db, caseworker, modality):
    case_id = open_case(db, caseworker, modality)
    before = snapshot(db)
    with pytest.raises(ConflictError, match=PLAN_NEEDS_INCORPORATION):
        plans.create_plan(db, caseworker, case_id, plan_input(), today=TODAY)
    assert snapshot(db) == before
    assert not plans.plan_overview(db, caseworker, case_id).can_have_plan


def test_refusals_write_nothing(db, caseworker):
    case_id = open_case(db, caseworker)
    plans.create_plan(db, caseworker, case_id, plan_input(), today=TODAY)
    before = snapshot(db)

    with pytest.raises(ConflictError, match="ya tiene un plan vigente"):
        plans.create_plan(db, caseworker, case_id, plan_input(), today=TODAY)
    with pytest.raises(ValidationError) as error:
        plans.reevaluate_plan(db, caseworker, case_id, plan_input(date(2024, 1, 20)), today=TODAY)
    assert error.value.problems == {"approved_on": BEFORE_PREVIOUS_VERSION}
    with pytest.raises(ValidationError) as error:
        plans.reevaluate_plan(
            db, caseworker, case_id, plan_input(date(2024, 2, 2), next_review_on=date(2024, 2, 1)), today=TODAY
        )
    assert error.value.problems == {"next_review_on": REVIEW_AFTER_APPROVAL}
    with pytest.raises(ValidationError) as error:
        plans.reevaluate_plan(db, caseworker, case_id, plan_input(date(2024, 3, 5)), today=TODAY)
    assert error.value.problems == {"approved_on": "La fecha de aprobación no puede ser futura."}
    with pytest.raises(ValidationError) as error:
        plans.reevaluate_plan(db, caseworker, case_id, plan_input(number=0), today=TODAY)
    assert "session_number" in error.value.problems
    with pytest.raises(ValidationError, match="no es una medida vigente"):
        plans.reevaluate_plan(db, caseworker, case_id, plan_input(date(2024, 2, 2)), conclude=["x"], today=TODAY)
    assert snapshot(db) == before


def test_no_plan_before_the_case_opened_nor_on_a_closed_case(db, caseworker):
    case_id = open_case(db, caseworker)
    before = snapshot(db)
    with pytest.raises(ValidationError, match="anterior a la fecha de apertura"):
        plans.create_plan(db, caseworker, case_id, plan_input(date(2024, 1, 2)), today=TODAY)
    assert snapshot(db) == before
    cases.close_case(db, caseworker, case_id, "Concluyó el riesgo.", date(2024, 2, 1), today=TODAY)
    before = snapshot(db)
    with pytest.raises(ConflictError, match="cerrado"):
        plans.create_plan(db, caseworker, case_id, plan_input(), today=TODAY)
    assert snapshot(db) == before


def test_statistics_role_cannot_create_or_read_plans(db, caseworker, statistician):
    case_id = open_case(db, caseworker)
    with pytest.raises(PermissionDenied):
        plans.create_plan(db, statistician, case_id, plan_input(), today=TODAY)
    with pytest.raises(PermissionDenied):
        plans.plan_overview(db, statistician, case_id)


def test_reviews_due_lists_overdue_and_coming_reviews_of_current_plans(db, caseworker):
    overdue, coming, later, closed = (open_case(db, caseworker) for _ in range(4))
    plans.create_plan(db, caseworker, overdue, plan_input(next_review_on=date(2024, 2, 20)), today=TODAY)
    plans.create_plan(db, caseworker, coming, plan_input(next_review_on=date(2024, 3, 10)), today=TODAY)
    plans.create_plan(db, caseworker, later, plan_input(next_review_on=date(2024, 6, 1)), today=TODAY)
    plans.create_plan(db, caseworker, closed, plan_input(next_review_on=date(2024, 2, 1)), today=TODAY)
    cases.close_case(db, caseworker, closed, "Sin riesgo.", date(2024, 2, 2), today=TODAY)

    due = plans.reviews_due(db, caseworker, today=TODAY)
    assert [(d.case_id, d.overdue) for d in due] == [(overdue, True), (coming, False)]

    # A review held: its next date moves, and it leaves the list.
    plan_id = due[0].plan_id
    plans.set_next_review(db, caseworker, plan_id, date(2024, 8, 20))
    assert [d.case_id for d in plans.reviews_due(db, caseworker, today=TODAY)] == [coming]
    lines = {(e.field_label, e.new) for e in history.case_history(db, caseworker, overdue)}
    assert ("Próxima revisión", "20/08/2024") in lines
