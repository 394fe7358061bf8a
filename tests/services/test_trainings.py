"""Acciones de prevención y capacitación (Cuadro 8): dates, axis, both attendance modes, totals."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import TODAY, audit_trail

from mpi_desktop.domain.activity_inputs import AttendanceMode, ParticipantInput, TrainingInput
from mpi_desktop.domain.activity_validation import DUPLICATE_PARTICIPANT
from mpi_desktop.domain.enums import PersonIdentity, ThematicAxis, TrainingModality
from mpi_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from mpi_desktop.services import attendance, trainings
from mpi_desktop.services.attendance import Target, Totals

W, M, U = PersonIdentity.WOMAN, PersonIdentity.MAN, PersonIdentity.UNDISCLOSED
SEMINAR = TrainingInput(
    "Seminario virtual «Seguridad digital para periodistas en cobertura electoral»",
    (date(2024, 2, 27), date(2024, 2, 13), date(2024, 2, 20)),
    TrainingModality.VIRTUAL,
    ThematicAxis.AXIS_3_3,
    objective="Fortalecer a personas periodistas y defensoras en la prevención de riesgos digitales.",
    partner="Social TIC",
)


def test_a_training_round_trips_with_its_dates_in_order(db, caseworker):
    view = trainings.create_training(db, caseworker, SEMINAR, today=TODAY)
    again = trainings.get_training(db, caseworker, view.id)
    assert again == view
    assert again.dates == (date(2024, 2, 13), date(2024, 2, 20), date(2024, 2, 27))
    assert (again.modality, again.axis, again.partner) == (
        TrainingModality.VIRTUAL,
        ThematicAxis.AXIS_3_3,
        "Social TIC",
    )
    assert again.mode is AttendanceMode.EMPTY


def test_counts_of_mujeres_hombres_and_prefiero_no_decirlo_as_in_cuadro_8(db, caseworker, statistician):
    view = trainings.create_training(db, caseworker, SEMINAR, today=TODAY)
    sheet = attendance.set_headcount(db, caseworker, Target.training(view.id), {W: 30, M: 28, U: 1})
    assert sheet.totals == Totals(women=30, men=28, undisclosed=1) and sheet.totals.total == 59
    listed = trainings.list_trainings(db, statistician)
    assert listed[0].totals.total == 59 and listed[0].mode is AttendanceMode.HEADCOUNT


def test_a_named_list_totals_match_and_duplicates_are_refused(db, caseworker):
    view = trainings.create_training(db, caseworker, SEMINAR, today=TODAY)
    target = Target.training(view.id)
    rows = [ParticipantInput("Itzel Gómez", W), ParticipantInput("Luis Torres", M), ParticipantInput("Sam Díaz", U)]
    sheet = attendance.add_participants(db, caseworker, target, rows)
    assert sheet.totals == Totals(women=1, men=1, undisclosed=1)
    assert {p.identity for p in sheet.participants} == {W, M, U}
    with pytest.raises(ValidationError) as info:
        attendance.add_participant(db, caseworker, target, ParticipantInput("ITZEL GOMEZ", W))
    assert info.value.problems == {"name": DUPLICATE_PARTICIPANT}
    assert trainings.get_training(db, caseworker, view.id).totals.total == 3


def test_editing_dates_keeps_the_new_set_and_audits_it(db, caseworker):
    view = trainings.create_training(db, caseworker, SEMINAR, today=TODAY)
    changed = TrainingInput(
        "Taller virtual «Prevención ante violencias digitales»",
        (date(2024, 2, 15),),
        TrainingModality.IN_PERSON,
        ThematicAxis.AXIS_3_5,
    )
    after = trainings.update_training(db, caseworker, view.id, changed, today=TODAY)
    assert after.dates == (date(2024, 2, 15),)
    assert (after.modality, after.axis, after.partner, after.objective) == (
        TrainingModality.IN_PERSON,
        ThematicAxis.AXIS_3_5,
        None,
        None,
    )
    assert trainings.get_training(db, caseworker, view.id) == after
    dates = [e for e in audit_trail(db) if e.field == "dates"]
    assert dates[0].old_value == "2024-02-13, 2024-02-20, 2024-02-27" and dates[0].new_value == "2024-02-15"


def test_a_bad_training_writes_nothing(db, caseworker):
    bad = TrainingInput("", (date(2024, 3, 1),), TrainingModality.VIRTUAL, None)
    with pytest.raises(ValidationError) as info:
        trainings.create_training(db, caseworker, bad, today=TODAY)
    assert set(info.value.problems) == {"title", "dates", "axis"}
    assert trainings.list_trainings(db, caseworker) == []


def test_listing_by_period_and_permissions(db, caseworker, statistician):
    trainings.create_training(db, caseworker, SEMINAR, today=TODAY)
    assert len(trainings.list_trainings(db, statistician, start=date(2024, 2, 25), end=date(2024, 2, 29))) == 1
    assert trainings.list_trainings(db, statistician, start=date(2024, 3, 1)) == []
    with pytest.raises(PermissionDenied):
        trainings.create_training(db, statistician, SEMINAR, today=TODAY)
    with pytest.raises(NotFoundError):
        trainings.get_training(db, caseworker, "no-existe")
