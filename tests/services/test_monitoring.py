"""Telephone monitoring: each call is exactly one action of the case's monitoring measure, an
incident files its linked record, bad input writes nothing, and the agenda "Llamadas de hoy"
follows Mexico City's calendar day across time zones and UTC midnight."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from case_samples import OPENED, TODAY, beneficiary, new_case
from plan_samples import item_id, monitoring, mx, open_case, snapshot
from sqlalchemy import select

from mpi_desktop.domain.enums import AggressionKind, CallOutcome, MeasureStatus, Modality, PersonRole
from mpi_desktop.domain.errors import ConflictError, ValidationError
from mpi_desktop.domain.inputs import AggressionInput
from mpi_desktop.domain.plan_inputs import ActionInput, CallInput, MeasureInput
from mpi_desktop.domain.plan_validation import (
    AGGRESSION_NEEDS_INCIDENT,
    CALL_IN_FUTURE,
    INCIDENT_NEEDS_NOTE,
    NEXT_CALL_BEFORE_CALL,
)
from mpi_desktop.services import cases, measures
from mpi_desktop.services import monitoring as calls
from mpi_desktop.storage.models import MeasureAction, MonitoringCall

NOW = datetime(2024, 3, 1, 5, 30, tzinfo=UTC)  # 29/02/2024 23:30 in Mexico City
PATROLS = "Rondines bitacorados (Código águila)"


def call(called_at=None, outcome=CallOutcome.CONTACTED, **overrides) -> CallInput:
    return CallInput(called_at or mx(2024, 2, 29, 23, 30), outcome, **overrides)


@pytest.fixture
def monitored(db, caseworker) -> tuple[str, str, str]:
    """An attention case with patrols and telephone monitoring: (case, monitoring measure, patrols)."""
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    patrols = measures.add_measure(db, caseworker, case_id, MeasureInput(item_id(db, caseworker, PATROLS), OPENED))
    measures.record_action(db, caseworker, patrols.id, ActionInput(date(2024, 2, 1), 30), today=TODAY)
    return case_id, monitoring(db, caseworker, case_id), patrols.id


def test_a_call_adds_exactly_one_action_to_the_monitoring_measure(db, caseworker, monitored):
    case_id, phone, patrols = monitored
    before = snapshot(db)
    file = cases.get_case(db, caseworker, case_id)
    logged = calls.log_call(
        db,
        caseworker,
        case_id,
        call(person_id=file.persons[0].id, wellbeing="Tranquila", next_call_due=mx(2024, 3, 7, 10)),
        now=NOW,
    )
    after = snapshot(db)
    assert after["measure_actions"] - before["measure_actions"] == 1
    assert after["monitoring_calls"] - before["monitoring_calls"] == 1
    totals = {m.id: m.actions_total for m in measures.list_measures(db, caseworker, case_id)}
    assert totals == {patrols: 30, phone: 1}
    with db.session() as session:
        action = session.get(MeasureAction, logged.action_id)
        # 23:30 on 29 February in Mexico City is already 1 March in UTC: the call counts on the 29th.
        assert (action.measure_id, action.acted_on, action.quantity) == (phone, date(2024, 2, 29), 1)
        raw = session.execute(select(MonitoringCall.called_at)).scalar_one()
        assert raw == datetime(2024, 3, 1, 5, 30, tzinfo=UTC)
    assert logged.called_at == mx(2024, 2, 29, 23, 30) and logged.called_at.tzinfo is not None
    assert (logged.person_name, logged.caseworker, logged.outcome) == (
        "Ana Pérez López",
        "Lucia",
        CallOutcome.CONTACTED,
    )
    assert cases.get_case(db, caseworker, case_id).last_activity_on == date(2024, 2, 29)
    assert [c.id for c in calls.list_calls(db, caseworker, case_id)] == [logged.id]


def test_a_call_in_another_zone_is_stored_as_the_same_moment(db, caseworker, monitored):
    case_id, _phone, _patrols = monitored
    madrid = datetime(2024, 2, 29, 6, 0, tzinfo=ZoneInfo("Europe/Madrid"))  # 28/02 23:00 in Mexico City
    logged = calls.log_call(db, caseworker, case_id, call(madrid), now=NOW)
    assert logged.called_at == madrid
    assert logged.called_at.date() == date(2024, 2, 28)
    with db.session() as session:
        assert session.get(MeasureAction, logged.action_id).acted_on == date(2024, 2, 28)


def test_no_call_without_an_active_monitoring_measure(db, caseworker):
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    before = snapshot(db)
    with pytest.raises(ConflictError, match="no tiene una medida de monitoreo telefónico vigente"):
        calls.log_call(db, caseworker, case_id, call(), now=NOW)
    phone = monitoring(db, caseworker, case_id)
    measures.set_measure_status(db, caseworker, phone, MeasureStatus.SUSPENDED)
    before = snapshot(db)
    with pytest.raises(ConflictError, match="monitoreo telefónico vigente"):
        calls.log_call(db, caseworker, case_id, call(), now=NOW)
    assert snapshot(db) == before


def test_an_incident_without_an_aggression_files_a_linked_follow_up(db, caseworker, monitored):
    case_id, _phone, _patrols = monitored
    logged = calls.log_call(
        db,
        caseworker,
        case_id,
        call(outcome=CallOutcome.INCIDENT_REPORTED, notes="Vehículo sospechoso frente a su domicilio."),
        now=NOW,
    )
    file = cases.get_case(db, caseworker, case_id)
    (follow_up,) = file.follow_ups
    assert logged.follow_up_id == follow_up.id and logged.aggression_id is None
    assert follow_up.noted_on == date(2024, 2, 29)
    assert follow_up.text.endswith("Vehículo sospechoso frente a su domicilio.")


def test_an_incident_with_an_aggression_files_it_linked_in_the_same_transaction(db, caseworker, monitored):
    case_id, _phone, _patrols = monitored
    aggression = AggressionInput(date(2024, 2, 28), AggressionKind.THREAT, alcaldia="coyoacan")
    logged = calls.log_call(
        db, caseworker, case_id, call(outcome=CallOutcome.INCIDENT_REPORTED), aggression=aggression, now=NOW
    )
    file = cases.get_case(db, caseworker, case_id)
    (recorded,) = file.aggressions
    assert logged.aggression_id == recorded.id
    assert (recorded.kind, recorded.alcaldia) == (AggressionKind.THREAT, "Coyoacán")
    assert file.follow_ups == ()

    # A bad aggression: neither the call, nor its action, nor the aggression is written.
    before = snapshot(db)
    with pytest.raises(ValidationError) as error:
        calls.log_call(
            db,
            caseworker,
            case_id,
            call(outcome=CallOutcome.INCIDENT_REPORTED),
            aggression=AggressionInput(date(2024, 3, 2), AggressionKind.THREAT),
            now=NOW,
        )
    assert error.value.problems == {"aggression.occurred_on": "La fecha de la agresión no puede ser futura."}
    assert snapshot(db) == before


def test_invalid_calls_write_nothing(db, caseworker, monitored):
    case_id, _phone, _patrols = monitored
    other = cases.create_case(db, caseworker, new_case(), today=TODAY)
    before = snapshot(db)
    bad = [
        (call(NOW + timedelta(minutes=1)), {"called_at": CALL_IN_FUTURE}),
        (call(next_call_due=mx(2024, 2, 29, 9)), {"next_call_due": NEXT_CALL_BEFORE_CALL}),
        (call(outcome=CallOutcome.INCIDENT_REPORTED), {"notes": INCIDENT_NEEDS_NOTE}),
        (call(datetime(2024, 2, 29, 12)), {"called_at": "La fecha y hora de la llamada debe indicar la zona horaria."}),
        (
            call(mx(2024, 1, 10)),
            {"called_at": "La fecha de la llamada no puede ser anterior a la fecha de apertura del caso."},
        ),
        (call(person_id=other.persons[0].id), {"person_id": calls.PERSON_NOT_IN_CASE}),
    ]
    for data, problems in bad:
        with pytest.raises(ValidationError) as error:
            calls.log_call(db, caseworker, case_id, data, now=NOW)
        assert error.value.problems == problems
    with pytest.raises(ValidationError) as error:
        calls.log_call(
            db, caseworker, case_id, call(), aggression=AggressionInput(TODAY, AggressionKind.THREAT), now=NOW
        )
    assert error.value.problems == {"outcome": AGGRESSION_NEEDS_INCIDENT}
    assert snapshot(db) == before


def test_no_call_on_a_closed_case(db, caseworker, monitored):
    case_id, _phone, _patrols = monitored
    cases.close_case(db, caseworker, case_id, "Sin riesgo.", date(2024, 2, 20), today=TODAY)
    before = snapshot(db)
    with pytest.raises(ConflictError, match="El caso está cerrado"):
        calls.log_call(db, caseworker, case_id, call(), now=NOW)
    assert snapshot(db) == before


# --- Agenda -------------------------------------------------------------------------------------


def monitored_case(db, actor, *, persons=None) -> str:
    data = new_case(Modality.ATTENTION) if persons is None else new_case(Modality.ATTENTION, persons=persons)
    case_id = cases.create_case(db, actor, data, today=TODAY).id
    monitoring(db, actor, case_id)
    return case_id


def logged(db, actor, case_id, called_at, next_due, person_id=None):
    calls.log_call(db, actor, case_id, call(called_at, person_id=person_id, next_call_due=next_due), now=NOW)


def test_agenda_follows_the_mexico_city_day_around_utc_midnight(db, caseworker):
    due_tonight = monitored_case(db, caseworker)  # due 29/02 18:00 MX = 01/03 00:00 UTC
    logged(db, caseworker, due_tonight, mx(2024, 2, 22, 18), mx(2024, 2, 29, 18))
    tomorrow = monitored_case(db, caseworker)  # due 01/03 09:00 MX: same UTC date as now, still tomorrow here
    logged(db, caseworker, tomorrow, mx(2024, 2, 23, 9), mx(2024, 3, 1, 9))
    overdue = monitored_case(db, caseworker)  # due 28/02 20:00 MX = 29/02 02:00 UTC
    logged(db, caseworker, overdue, mx(2024, 2, 21, 20), mx(2024, 2, 28, 20))
    called_again = monitored_case(db, caseworker)  # an old due date, superseded by a later call
    logged(db, caseworker, called_again, mx(2024, 2, 13, 10), mx(2024, 2, 20, 10))
    logged(db, caseworker, called_again, mx(2024, 2, 27, 10), mx(2024, 3, 5, 10))
    closed = monitored_case(db, caseworker)
    logged(db, caseworker, closed, mx(2024, 2, 13, 10), mx(2024, 2, 20, 10))
    cases.close_case(db, caseworker, closed, "Sin riesgo.", date(2024, 2, 25), today=TODAY)
    never_called = monitored_case(db, caseworker)

    agenda = calls.calls_due(db, caseworker, now=NOW)
    assert [(d.case_id, d.due_on, d.overdue) for d in agenda] == [
        (never_called, OPENED, True),
        (overdue, date(2024, 2, 28), True),
        (due_tonight, date(2024, 2, 29), False),
    ]
    assert agenda[2].due_at == mx(2024, 2, 29, 18)
    assert agenda[2].last_outcome is CallOutcome.CONTACTED
    assert (agenda[0].person_name, agenda[0].phone, agenda[0].last_called_at) == ("Ana Pérez López", "5512345678", None)

    # One hour later it is 1 March in Mexico City: tonight's call is overdue, tomorrow's is due today.
    later = calls.calls_due(db, caseworker, now=datetime(2024, 3, 1, 6, 30, tzinfo=UTC))
    assert [(d.case_id, d.overdue) for d in later][1:] == [(overdue, True), (due_tonight, True), (tomorrow, False)]

    # The laptop's zone does not matter: the same instant written in Tokyo time gives the same agenda.
    tokyo = NOW.astimezone(ZoneInfo("Asia/Tokyo"))
    assert calls.calls_due(db, caseworker, now=tokyo) == agenda


def test_agenda_is_per_person_and_logging_the_call_clears_it(db, caseworker):
    relative = beneficiary(role=PersonRole.FAMILY, full_name="Luis Pérez López", phone="5587654321", email=None)
    case_id = monitored_case(db, caseworker, persons=(beneficiary(), relative))
    ana, luis = cases.get_case(db, caseworker, case_id).persons
    logged(db, caseworker, case_id, mx(2024, 2, 20, 10), mx(2024, 2, 27, 10), ana.id)
    logged(db, caseworker, case_id, mx(2024, 2, 20, 11), mx(2024, 3, 4, 10), luis.id)
    assert [d.person_name for d in calls.calls_due(db, caseworker, now=NOW)] == ["Ana Pérez López"]

    logged(db, caseworker, case_id, mx(2024, 2, 29, 12), mx(2024, 3, 7, 10), ana.id)
    assert calls.calls_due(db, caseworker, now=NOW) == ()


def test_agenda_leaves_out_cases_whose_monitoring_ended(db, caseworker):
    case_id = monitored_case(db, caseworker)
    logged(db, caseworker, case_id, mx(2024, 2, 20, 10), mx(2024, 2, 27, 10))
    (phone,) = [m for m in measures.list_measures(db, caseworker, case_id) if m.is_monitoring]
    measures.set_measure_status(db, caseworker, phone.id, MeasureStatus.CONCLUDED, today=TODAY)
    assert calls.calls_due(db, caseworker, now=NOW) == ()


def test_a_call_for_no_one_in_particular_counts_as_a_call_to_the_beneficiary(db, caseworker):
    case_id = monitored_case(db, caseworker)
    (ana,) = cases.get_case(db, caseworker, case_id).persons
    logged(db, caseworker, case_id, mx(2024, 2, 10, 10), mx(2024, 2, 17, 10))
    (due,) = calls.calls_due(db, caseworker, now=NOW)
    assert (due.person_id, due.person_name, due.overdue) == (ana.id, "Ana Pérez López", True)
    logged(db, caseworker, case_id, mx(2024, 2, 29, 10), mx(2024, 3, 7, 10), ana.id)
    assert calls.calls_due(db, caseworker, now=NOW) == ()
