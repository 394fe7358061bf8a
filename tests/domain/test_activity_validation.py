"""Validation of workshops, trainings, attendance, governing sessions and institutional activities."""

from __future__ import annotations

from datetime import date

import pytest

from mpi_desktop.domain.activity_inputs import (
    GoverningSessionInput,
    InstitutionalActivityInput,
    ParticipantInput,
    TrainingInput,
    WorkshopAudience,
    WorkshopInput,
    WorkshopSessionInput,
)
from mpi_desktop.domain.activity_validation import (
    DUPLICATE_PARTICIPANT,
    HOURS_RANGE,
    name_key,
    parse_identity,
    session_title,
    validate_governing_session,
    validate_headcount,
    validate_institutional_activity,
    validate_participant,
    validate_training,
    validate_workshop,
    validate_workshop_session,
)
from mpi_desktop.domain.enums import (
    ActivityKind,
    GoverningBody,
    PersonIdentity,
    SessionKind,
    ThematicAxis,
    TrainingModality,
)
from mpi_desktop.domain.errors import ValidationError

TODAY = date(2024, 2, 29)


def problems(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)
    return info.value.problems


# --- Workshops -------------------------------------------------------------------------------


def test_a_workshop_is_trimmed_and_needs_title_and_audience_text():
    good = validate_workshop(
        WorkshopInput("  Taller   de autoprotección ", WorkshopAudience.COLLECTIVE, " Colectivo de defensoras ")
    )
    assert good.title == "Taller de autoprotección" and good.directed_to == "Colectivo de defensoras"
    found = problems(validate_workshop, WorkshopInput(" ", WorkshopAudience.COLLECTIVE, ""))
    assert found == {
        "title": "El título del taller es obligatorio.",
        "directed_to": "El campo «Dirigido a» es obligatorio.",
    }


def test_a_workshop_for_a_case_needs_the_case_and_only_then():
    assert "case_id" in problems(validate_workshop, WorkshopInput("T", WorkshopAudience.CASE, "Caso"))
    assert "case_id" in problems(validate_workshop, WorkshopInput("T", WorkshopAudience.ORGANISATION, "Org", "x"))
    assert validate_workshop(WorkshopInput("T", "case", "Caso", case_id="abc")).audience is WorkshopAudience.CASE


@pytest.mark.parametrize("hours", [0, -1, 12.5, 24, "0", float("nan")])
def test_session_hours_must_be_more_than_zero_and_at_most_twelve(hours):
    assert problems(validate_workshop_session, WorkshopSessionInput(TODAY, hours), TODAY)["hours"] in (
        HOURS_RANGE,
        "El número de horas debe ser un número.",
    )


@pytest.mark.parametrize(("hours", "expected"), [(3, 3.0), ("2,5", 2.5), ("12", 12.0), (0.25, 0.25)])
def test_session_hours_accept_decimals_with_comma_or_point(hours, expected):
    assert validate_workshop_session(WorkshopSessionInput(TODAY, hours), TODAY).hours == expected


def test_a_session_cannot_be_in_the_future():
    found = problems(validate_workshop_session, WorkshopSessionInput(date(2024, 3, 1), 3), TODAY)
    assert found == {"held_on": "La fecha no puede ser futura."}
    assert validate_workshop_session(WorkshopSessionInput(TODAY, 3), TODAY).held_on == TODAY


# --- Trainings -------------------------------------------------------------------------------


def training(**overrides) -> TrainingInput:
    base = {
        "title": "Seminario virtual «Seguridad digital para periodistas»",
        "dates": (date(2024, 2, 27), date(2024, 2, 13), date(2024, 2, 20)),
        "modality": TrainingModality.VIRTUAL,
        "axis": ThematicAxis.AXIS_3_3,
        "objective": "Fortalecer a personas periodistas.",
        "partner": "Social TIC",
    }
    return TrainingInput(**(base | overrides))


def test_a_training_keeps_its_dates_in_order():
    assert validate_training(training(), TODAY).dates == (date(2024, 2, 13), date(2024, 2, 20), date(2024, 2, 27))


def test_a_training_needs_a_date_none_repeated_none_future():
    assert problems(validate_training, training(dates=()), TODAY) == {"dates": "Registre al menos una fecha."}
    repeated = training(dates=(date(2024, 2, 8), date(2024, 2, 8)))
    assert problems(validate_training, repeated, TODAY) == {"dates": "Una misma fecha aparece más de una vez."}
    future = training(dates=(date(2024, 2, 8), date(2024, 3, 8)))
    assert problems(validate_training, future, TODAY) == {"dates": "La fecha no puede ser futura."}


def test_a_training_needs_title_modality_and_a_thematic_axis_of_the_plan():
    found = problems(validate_training, training(title="", modality=None, axis="3.9"), TODAY)
    assert found == {
        "title": "El título es obligatorio.",
        "modality": "La modalidad es obligatoria.",
        "axis": "El eje temático no es una opción válida.",
    }
    assert validate_training(training(axis="3.5"), TODAY).axis is ThematicAxis.AXIS_3_5


# --- Attendance ------------------------------------------------------------------------------


def test_a_participant_needs_a_name_and_an_identity():
    found = problems(validate_participant, ParticipantInput("   ", None))
    assert found == {
        "name": "El nombre de la persona participante es obligatorio.",
        "identity": "La identidad es obligatoria.",
    }


def test_the_same_person_twice_on_a_list_is_refused_whatever_the_accents_case_or_spaces():
    taken = {name_key("José Núñez López")}
    found = problems(validate_participant, ParticipantInput("  jose  NUNEZ lopez ", PersonIdentity.MAN), taken)
    assert found == {"name": DUPLICATE_PARTICIPANT}
    assert validate_participant(ParticipantInput("José Núñez Ruiz", "man"), taken).name == "José Núñez Ruiz"


def test_the_duplicate_message_does_not_repeat_the_name():
    found = problems(validate_participant, ParticipantInput("Ana", PersonIdentity.WOMAN), {"ana"})
    assert "Ana" not in found["name"]


def test_headcounts_are_whole_numbers_not_negative_and_missing_ones_are_zero():
    counts = validate_headcount({"woman": 26, PersonIdentity.MAN: "19", "lgbttti": ""})
    assert counts == {
        PersonIdentity.WOMAN: 26,
        PersonIdentity.MAN: 19,
        PersonIdentity.LGBTTTI: 0,
        PersonIdentity.UNDISCLOSED: 0,
    }
    found = problems(validate_headcount, {"woman": -1, "man": 2.5, "undisclosed": True})
    assert set(found) == {"woman", "man", "undisclosed"}
    assert found["woman"] == "Cada conteo debe ser un número entero mayor o igual a 0."


@pytest.mark.parametrize(
    ("typed", "identity"),
    [
        ("M", PersonIdentity.WOMAN),
        ("mujer", PersonIdentity.WOMAN),
        (" MUJERES ", PersonIdentity.WOMAN),
        ("F", PersonIdentity.WOMAN),
        ("h", PersonIdentity.MAN),
        ("Hombre", PersonIdentity.MAN),
        ("Masculino", PersonIdentity.MAN),
        ("LGBTTTI", PersonIdentity.LGBTTTI),
        ("lgbtiq+", PersonIdentity.LGBTTTI),
        ("No binario", PersonIdentity.LGBTTTI),
        ("L", PersonIdentity.LGBTTTI),
        ("Prefiero no decirlo", PersonIdentity.UNDISCLOSED),
        ("N", PersonIdentity.UNDISCLOSED),
    ],
)
def test_common_spellings_of_an_identity_are_understood(typed, identity):
    assert parse_identity(typed) is identity


@pytest.mark.parametrize("typed", ["", None, "X", "otro", "mujer trans?", "42"])
def test_anything_else_is_not_guessed(typed):
    assert parse_identity(typed) is None


# --- Governing sessions and activities -------------------------------------------------------


def test_sessions_are_named_as_the_informe_names_them():
    assert session_title(1, SessionKind.EXTRAORDINARY) == "Primera Sesión Extraordinaria"
    assert session_title(4, SessionKind.ORDINARY) == "Cuarta Sesión Ordinaria"
    assert session_title(25, SessionKind.ORDINARY) == "25.ª Sesión Ordinaria"


def test_a_governing_session_needs_body_number_kind_and_a_past_date():
    data = GoverningSessionInput(GoverningBody.JUNTA_DE_GOBIERNO, "1", SessionKind.EXTRAORDINARY, date(2024, 2, 8))
    assert validate_governing_session(data, TODAY).number == 1
    bad = GoverningSessionInput(None, 0, "rara", date(2024, 3, 8), topics="  ")
    assert problems(validate_governing_session, bad, TODAY) == {
        "number": "El número de sesión debe ser un número entero entre 1 y 99.",
        "body": "El órgano es obligatorio.",
        "kind": "El tipo no es una opción válida.",
        "held_on": "La fecha no puede ser futura.",
    }


def test_an_institutional_activity_needs_kind_date_institution_and_title():
    good = InstitutionalActivityInput(
        ActivityKind.MEETING, date(2024, 2, 14), " Instituto de Sinaloa ", "Reunión virtual", "  "
    )
    cleaned = validate_institutional_activity(good, TODAY)
    assert cleaned.institution == "Instituto de Sinaloa" and cleaned.description is None
    found = problems(validate_institutional_activity, InstitutionalActivityInput("event", None, "", ""), TODAY)
    assert found == {
        "held_on": "La fecha es obligatoria.",
        "institution": "La institución es obligatoria.",
        "title": "El título es obligatorio.",
    }
