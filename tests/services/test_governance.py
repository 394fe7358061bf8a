"""Governing sessions (Cuadros 1–2) with the plans a Consejo approved, and institutional activities."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import TODAY, audit_trail, new_case

from mpi_desktop.domain.activity_inputs import GoverningSessionInput, InstitutionalActivityInput
from mpi_desktop.domain.enums import ActivityKind, GoverningBody, Modality, SessionKind
from mpi_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from mpi_desktop.services import cases, governance
from mpi_desktop.storage.models import ProtectionPlan

JUNTA = GoverningSessionInput(
    GoverningBody.JUNTA_DE_GOBIERNO,
    1,
    SessionKind.EXTRAORDINARY,
    date(2024, 2, 8),
    topics="Presentación y toma de protesta de la Persona Consejera.\nPara aprobación: el informe bimestral.",
)
CONSEJO = GoverningSessionInput(GoverningBody.CONSEJO_EVALUACION, 1, SessionKind.ORDINARY, date(2024, 2, 20))


def test_a_session_round_trips_with_its_topics_and_its_name(db, caseworker):
    view = governance.create_session(db, caseworker, JUNTA, today=TODAY)
    assert governance.get_session(db, caseworker, view.id) == view
    assert view.title == "Primera Sesión Extraordinaria" and view.topics == JUNTA.topics
    assert [s.id for s in governance.list_sessions(db, caseworker, body=GoverningBody.JUNTA_DE_GOBIERNO)] == [view.id]
    assert governance.list_sessions(db, caseworker, body=GoverningBody.CONSEJO_CONSULTIVO) == []
    assert governance.list_sessions(db, caseworker, year=2023) == []


def test_numbers_are_unique_per_body_year_and_kind_as_the_informe_counts_them(db, caseworker):
    governance.create_session(db, caseworker, JUNTA, today=TODAY)
    with pytest.raises(ValidationError) as info:
        again = GoverningSessionInput(JUNTA.body, 1, JUNTA.kind, date(2024, 2, 20))
        governance.create_session(db, caseworker, again, today=TODAY)
    assert info.value.problems == {
        "number": "Ya está registrada la Primera Sesión Extraordinaria de Junta de Gobierno en 2024."
    }
    # The first ordinary session, another body's first, and last year's first are all different sessions.
    governance.create_session(
        db, caseworker, GoverningSessionInput(JUNTA.body, 1, SessionKind.ORDINARY, date(2024, 2, 9)), today=TODAY
    )
    governance.create_session(
        db,
        caseworker,
        GoverningSessionInput(GoverningBody.CONSEJO_CONSULTIVO, 1, SessionKind.EXTRAORDINARY, date(2024, 2, 9)),
        today=TODAY,
    )
    governance.create_session(
        db, caseworker, GoverningSessionInput(JUNTA.body, 1, JUNTA.kind, date(2023, 12, 15)), today=TODAY
    )
    assert len(governance.list_sessions(db, caseworker)) == 4


def test_a_consejo_session_lists_the_plans_it_approved_folios_only_for_caseworkers(db, caseworker, statistician):
    consejo = governance.create_session(db, caseworker, CONSEJO, today=TODAY)
    file = cases.create_case(db, caseworker, new_case(Modality.INCORPORATION), today=TODAY)
    with db.transaction() as session:
        session.add(
            ProtectionPlan(case_id=file.id, version=1, approved_on=CONSEJO.held_on, governing_session_id=consejo.id)
        )
    seen = governance.get_session(db, caseworker, consejo.id)
    assert seen.approved_plan_count == 1
    assert [(p.folio, p.version, p.approved_on) for p in seen.approved_plans] == [(file.folio, 1, CONSEJO.held_on)]
    hidden = governance.get_session(db, statistician, consejo.id)
    assert hidden.approved_plan_count == 1 and hidden.approved_plans == ()
    with pytest.raises(ConflictError):
        governance.remove_session(db, caseworker, consejo.id)
    moved = GoverningSessionInput(GoverningBody.MESA_MULTISECTORIAL, 1, SessionKind.ORDINARY, CONSEJO.held_on)
    with pytest.raises(ConflictError):
        governance.update_session(db, caseworker, consejo.id, moved, today=TODAY)


def test_editing_a_session_is_audited_field_by_field(db, caseworker):
    view = governance.create_session(db, caseworker, JUNTA, today=TODAY)
    changed = GoverningSessionInput(JUNTA.body, 2, JUNTA.kind, JUNTA.held_on, topics="Otros temas")
    assert (
        governance.update_session(db, caseworker, view.id, changed, today=TODAY).title
        == "Segunda Sesión Extraordinaria"
    )
    updates = {
        (e.field, e.new_value) for e in audit_trail(db) if e.entity == "governing_session" and e.action == "update"
    }
    assert updates == {("number", "2"), ("topics", "Otros temas")}


def test_removing_a_session_hides_it(db, caseworker):
    view = governance.create_session(db, caseworker, JUNTA, today=TODAY)
    governance.remove_session(db, caseworker, view.id)
    assert governance.list_sessions(db, caseworker) == []
    governance.create_session(db, caseworker, JUNTA, today=TODAY)  # its number is free again


def test_institutional_activities_round_trip_in_date_order(db, caseworker, statistician):
    meeting = InstitutionalActivityInput(
        ActivityKind.MEETING,
        date(2024, 2, 14),
        "Instituto para la Protección de Personas Defensoras de Derechos Humanos y Periodistas de Sinaloa",
        "Reunión virtual",
        "Compartir buenas prácticas en la protección de personas defensoras y periodistas.",
    )
    event = InstitutionalActivityInput(
        ActivityKind.EVENT,
        date(2024, 1, 9),
        "Fiscalía General de Justicia de la Ciudad de México",
        "Cuarto Informe de Labores",
    )
    created = [governance.create_activity(db, caseworker, data, today=TODAY) for data in (meeting, event)]
    listed = governance.list_activities(db, statistician, year=2024)
    assert [a.title for a in listed] == ["Cuarto Informe de Labores", "Reunión virtual"]
    assert listed[1] == created[0] and listed[1].description == meeting.description
    assert [a.kind for a in governance.list_activities(db, caseworker, kind=ActivityKind.MEETING)] == [
        ActivityKind.MEETING
    ]
    edited = governance.update_activity(
        db,
        caseworker,
        created[1].id,
        InstitutionalActivityInput(ActivityKind.EVENT, date(2024, 1, 9), "FGJCDMX", "Informe"),
        today=TODAY,
    )
    assert (edited.institution, edited.title) == ("FGJCDMX", "Informe")
    governance.remove_activity(db, caseworker, created[0].id)
    assert [a.id for a in governance.list_activities(db, caseworker)] == [created[1].id]


def test_statistics_users_may_read_but_not_record(db, statistician):
    with pytest.raises(PermissionDenied):
        governance.create_session(db, statistician, JUNTA, today=TODAY)
    with pytest.raises(PermissionDenied):
        governance.create_activity(
            db, statistician, InstitutionalActivityInput(ActivityKind.EVENT, TODAY, "X", "Y"), today=TODAY
        )
    assert governance.list_sessions(db, statistician) == []
