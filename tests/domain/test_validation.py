"""The domain rules for what people type: each rule, its Spanish message, and normalisation."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from datetime import date, datetime, timedelta

import pytest

from mpi_desktop.domain.enums import (
    ALCALDIAS,
    AggressionKind,
    Identity,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
    ReferralStatus,
    RiskLevel,
)
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.inputs import (
    AggressionInput,
    CaseInput,
    FollowUpInput,
    PersonInput,
    ReferralInput,
    RiskInput,
)
from mpi_desktop.domain.validation import (
    MEXICO_CITY,
    composition_problems,
    mexico_city_today,
    validate_aggression,
    validate_case,
    validate_case_update,
    validate_closure,
    validate_follow_up,
    validate_person,
    validate_quantity,
    validate_reason,
    validate_referral,
    validate_referral_update,
    validate_risk,
)

TODAY = date(2024, 2, 29)
TOMORROW = TODAY + timedelta(days=1)
VALID_CURP = "BOXW310820HNERXN09"  # the worked example of RENAPO's check-digit rule


def person(**overrides) -> PersonInput:
    base = PersonInput(PersonRole.BENEFICIARY, "Ana Pérez López", PersonIdentity.WOMAN)
    return replace(base, **overrides)


def case(**overrides) -> CaseInput:
    base = CaseInput(
        Profile.DEFENDER,
        Identity.WOMAN,
        Modality.ATTENTION,
        opened_on=date(2024, 1, 15),
        persons=(person(),),
    )
    return replace(base, **overrides)


def problems(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    assert str(caught.value) == "; ".join(caught.value.problems.values())
    return caught.value.problems


# --- Inputs ---------------------------------------------------------------------------------


def test_inputs_are_frozen_and_case_fields_after_modality_are_keyword_only():
    data = case()
    with pytest.raises(FrozenInstanceError):
        data.summary = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        CaseInput(Profile.DEFENDER, Identity.WOMAN, Modality.ATTENTION, None, date(2024, 1, 1))  # type: ignore[misc]
    assert ReferralInput("Fiscalía", TODAY).status is ReferralStatus.SENT


# --- Case ----------------------------------------------------------------------------------


def test_a_valid_case_is_returned_normalised():
    data = case(
        summary="  Amenazas por su labor.  ",
        alcaldia="cuauhtemoc",
        persons=(person(full_name="  Ana   Pérez\tLópez ", phone="55 1234-5678", curp=VALID_CURP.lower(), email=" "),),
    )
    cleaned = validate_case(data, TODAY)
    assert cleaned.summary == "Amenazas por su labor."
    assert cleaned.alcaldia == "Cuauhtémoc"
    only = cleaned.persons[0]
    assert (only.full_name, only.phone, only.curp, only.email) == ("Ana Pérez López", "5512345678", VALID_CURP, None)


def test_enum_values_typed_as_their_stored_strings_are_accepted():
    cleaned = validate_case(case(profile="journalist", modality="incorporation", procedure="ordinary"), TODAY)
    assert cleaned.profile is Profile.JOURNALIST and cleaned.procedure is Procedure.ORDINARY


def test_required_case_fields_each_get_their_message():
    found = problems(validate_case, case(profile=None, identity=None, modality=None, opened_on=None, persons=()), TODAY)
    assert found == {
        "profile": "El perfil es obligatorio.",
        "identity": "La identidad del caso es obligatoria.",
        "modality": "La modalidad es obligatoria.",
        "opened_on": "La fecha de apertura es obligatoria.",
    }


def test_an_unknown_choice_is_named():
    assert problems(validate_case, case(profile="astronaut"), TODAY) == {
        "profile": "El perfil no es una opción válida."
    }


def test_opening_date_cannot_be_in_the_future_but_today_is_fine():
    assert problems(validate_case, case(opened_on=TOMORROW), TODAY) == {
        "opened_on": "La fecha de apertura no puede ser futura."
    }
    assert validate_case(case(opened_on=TODAY), TODAY).opened_on == TODAY


@pytest.mark.parametrize("typed", [date(202, 1, 5), "1899-12-31"])
def test_implausibly_old_dates_are_typos(typed):
    assert problems(validate_case, case(opened_on=typed), TODAY) == {
        "opened_on": "La fecha de apertura no puede ser anterior a 1900."
    }


@pytest.mark.parametrize("typed", ["ayer", datetime(2024, 1, 1, 10, 0), 20240101])
def test_what_is_not_a_date_is_refused(typed):
    assert problems(validate_case, case(opened_on=typed), TODAY) == {
        "opened_on": "La fecha de apertura no es una fecha válida."
    }


def test_iso_text_dates_are_accepted():
    assert validate_case(case(opened_on="2024-01-02"), TODAY).opened_on == date(2024, 1, 2)


@pytest.mark.parametrize("procedure", [Procedure.ORDINARY, Procedure.EXTRAORDINARY])
def test_incorporation_takes_an_ordinary_or_extraordinary_procedure(procedure):
    assert validate_case(case(modality=Modality.INCORPORATION, procedure=procedure), TODAY).procedure is procedure


def test_incorporation_needs_a_procedure():
    assert problems(validate_case, case(modality=Modality.INCORPORATION), TODAY) == {
        "procedure": "El procedimiento (ordinario o extraordinario) es obligatorio en una incorporación."
    }


@pytest.mark.parametrize("modality", [Modality.ATTENTION, Modality.FEDERAL_COLLABORATION])
def test_other_modalities_must_not_have_a_procedure(modality):
    assert problems(validate_case, case(modality=modality, procedure=Procedure.ORDINARY), TODAY) == {
        "procedure": "El procedimiento solo se registra en las incorporaciones."
    }
    assert validate_case(case(modality=modality), TODAY).procedure is None


COLLECTIVE_MESSAGE = (
    "Un caso colectivo requiere dos o más personas beneficiarias o el nombre del colectivo u organización."
)


def test_a_collective_needs_two_beneficiaries_or_a_name():
    lone = case(identity=Identity.COLLECTIVE, persons=(person(), person(role=PersonRole.FAMILY)))
    assert problems(validate_case, lone, TODAY) == {"persons": COLLECTIVE_MESSAGE}
    assert validate_case(replace(lone, collective_name="  Colectivo  Tierra "), TODAY).collective_name == (
        "Colectivo Tierra"
    )
    assert validate_case(case(identity=Identity.COLLECTIVE, persons=(person(), person())), TODAY)
    assert validate_case(case(identity=Identity.COLLECTIVE, collective_name="Medio X", persons=()), TODAY)


@pytest.mark.parametrize("count", [0, 2])
def test_an_individual_case_needs_exactly_one_beneficiary(count):
    data = case(persons=(*(person() for _ in range(count)), person(role=PersonRole.FAMILY)))
    assert problems(validate_case, data, TODAY) == {
        "persons": "Un caso individual requiere exactamente una persona beneficiaria."
    }


def test_family_and_linked_persons_may_join_an_individual_case():
    data = case(persons=(person(), person(role=PersonRole.FAMILY), person(role=PersonRole.LINKED)))
    assert len(validate_case(data, TODAY).persons) == 3


def test_a_collective_name_belongs_only_to_collective_cases():
    assert problems(validate_case, case(collective_name="Red"), TODAY) == {
        "collective_name": "El nombre del colectivo u organización solo se registra en casos colectivos."
    }


def test_composition_rule_on_its_own():
    assert composition_problems(Identity.MAN, None, [PersonRole.BENEFICIARY]) == {}
    assert composition_problems(Identity.COLLECTIVE, None, ["beneficiary", "beneficiary"]) == {}
    assert composition_problems(None, None, []) == {}


def test_alcaldia_must_be_one_of_the_sixteen():
    assert problems(validate_case, case(alcaldia="Ecatepec"), TODAY) == {
        "alcaldia": "La alcaldía debe ser una de las 16 alcaldías de la Ciudad de México."
    }


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [(name, name) for name in ALCALDIAS]
    + [
        ("gustavo a madero", "Gustavo A. Madero"),
        ("ALVARO OBREGON", "Álvaro Obregón"),
        ("Cuajimalpa", "Cuajimalpa de Morelos"),
    ],
)
def test_alcaldias_are_recognised_however_typed(typed, canonical):
    assert validate_case(case(alcaldia=typed), TODAY).alcaldia == canonical


def test_all_problems_of_a_form_come_together():
    data = case(
        modality=Modality.INCORPORATION,
        opened_on=TOMORROW,
        alcaldia="Narnia",
        persons=(person(full_name=" ", phone="123"), person(role=PersonRole.FAMILY, email="sin-arroba")),
    )
    assert problems(validate_case, data, TODAY) == {
        "persons[0].full_name": "El nombre completo es obligatorio.",
        "persons[0].phone": "El teléfono debe tener 10 dígitos.",
        "persons[1].email": "El correo electrónico no tiene un formato válido.",
        "opened_on": "La fecha de apertura no puede ser futura.",
        "alcaldia": "La alcaldía debe ser una de las 16 alcaldías de la Ciudad de México.",
        "procedure": "El procedimiento (ordinario o extraordinario) es obligatorio en una incorporación.",
    }


def test_case_update_checks_composition_against_the_given_roles():
    data = case(identity=Identity.COLLECTIVE, persons=())
    assert problems(validate_case_update, data, [PersonRole.BENEFICIARY], TODAY) == {"persons": COLLECTIVE_MESSAGE}
    assert validate_case_update(data, [PersonRole.BENEFICIARY] * 2, TODAY).identity is Identity.COLLECTIVE


# --- Text lengths (the column sizes) ------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "limit", "label"),
    [
        ("full_name", 200, "El nombre completo"),
        ("address", 300, "El domicilio"),
        ("organisation", 200, "La organización"),
        ("notes", 20_000, "La nota"),
    ],
)
def test_person_text_is_held_to_its_column_size(field, limit, label):
    assert validate_person(person(**{field: "a" * limit}), TODAY)
    assert problems(validate_person, person(**{field: "a" * (limit + 1)}), TODAY) == {
        field: f"{label} no puede exceder {limit:,} caracteres."
    }


def test_case_text_limits():
    found = problems(
        validate_case,
        case(
            identity=Identity.COLLECTIVE, collective_name="c" * 201, summary="s" * 20_001, persons=(person(), person())
        ),
        TODAY,
    )
    assert found == {
        "collective_name": "El nombre del colectivo u organización no puede exceder 200 caracteres.",
        "summary": "El resumen no puede exceder 20,000 caracteres.",
    }


def test_email_is_held_to_its_column_size():
    assert problems(validate_person, person(email="a" * 115 + "@x.org"), TODAY) == {
        "email": "El correo electrónico no puede exceder 120 caracteres."
    }


# --- Person --------------------------------------------------------------------------------


def test_required_person_fields():
    assert problems(validate_person, PersonInput(None, "", None), TODAY) == {
        "role": "El tipo de persona es obligatorio.",
        "full_name": "El nombre completo es obligatorio.",
        "identity": "La identidad es obligatoria.",
    }


def test_birth_date_cannot_be_in_the_future():
    assert problems(validate_person, person(birth_date=TOMORROW), TODAY) == {
        "birth_date": "La fecha de nacimiento no puede ser futura."
    }
    assert validate_person(person(birth_date=date(1980, 5, 1)), TODAY).birth_date == date(1980, 5, 1)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ana@example.org", "ana@example.org"),
        ("a.b+c@correo.cdmx.gob.mx", "a.b+c@correo.cdmx.gob.mx"),
        ("  Ana@EXAMPLE.org ", "Ana@example.org"),  # the domain is case-insensitive, the mailbox may not be
    ],
)
def test_roughly_well_formed_emails_pass(typed, stored):
    assert validate_person(person(email=typed), TODAY).email == stored


@pytest.mark.parametrize("typed", ["ana", "ana@", "@example.org", "ana@example", "ana @example.org", "a@b@c.org"])
def test_malformed_emails_are_refused(typed):
    assert problems(validate_person, person(email=typed), TODAY) == {
        "email": "El correo electrónico no tiene un formato válido."
    }


# --- Aggression, risk, follow-up, referral -------------------------------------------------


def test_aggression_rules():
    valid = AggressionInput(date(2024, 1, 3), AggressionKind.THREAT, context=" Protesta ", alcaldia="tlalpan")
    cleaned = validate_aggression(valid, TODAY)
    assert (cleaned.context, cleaned.alcaldia) == ("Protesta", "Tlalpan")
    assert problems(validate_aggression, AggressionInput(None, None), TODAY) == {
        "occurred_on": "La fecha de la agresión es obligatoria.",
        "kind": "El tipo de agresión es obligatorio.",
    }
    assert problems(validate_aggression, replace(valid, occurred_on=TOMORROW, context="x" * 201), TODAY) == {
        "occurred_on": "La fecha de la agresión no puede ser futura.",
        "context": "El contexto no puede exceder 200 caracteres.",
    }


def test_risk_rules():
    assert validate_risk(RiskInput(TODAY, RiskLevel.HIGH, summary=""), TODAY).summary is None
    assert problems(validate_risk, RiskInput(TOMORROW, None), TODAY) == {
        "assessed_on": "La fecha de la evaluación de riesgo no puede ser futura.",
        "level": "El nivel de riesgo es obligatorio.",
    }


def test_follow_up_rules():
    assert validate_follow_up(FollowUpInput(TODAY, "  Llamada.  "), TODAY).text == "Llamada."
    assert problems(validate_follow_up, FollowUpInput(TOMORROW, "   "), TODAY) == {
        "noted_on": "La fecha del seguimiento no puede ser futura.",
        "text": "El texto del seguimiento es obligatorio.",
    }
    assert problems(validate_follow_up, FollowUpInput(date(2024, 1, 1), "x"), TODAY, opened_on=date(2024, 1, 2)) == {
        "noted_on": "La fecha del seguimiento no puede ser anterior a la fecha de apertura del caso."
    }


def test_referral_rules():
    assert validate_referral(ReferralInput(" Fiscalía  General ", TODAY), TODAY).institution == "Fiscalía General"
    assert problems(validate_referral, ReferralInput("", TOMORROW, status="lost"), TODAY) == {
        "institution": "La institución es obligatoria.",
        "referred_on": "La fecha de canalización no puede ser futura.",
        "status": "El estado de la canalización no es una opción válida.",
    }
    assert validate_referral_update("accepted", "  ") == (ReferralStatus.ACCEPTED, None)


# --- Closing, reasons, quantities ---------------------------------------------------------


def test_closure_rules():
    assert validate_closure(" Concluyó el riesgo. ", TODAY, date(2024, 1, 1), TODAY) == ("Concluyó el riesgo.", TODAY)
    assert problems(validate_closure, "", TOMORROW, date(2024, 1, 1), TODAY) == {
        "reason": "El motivo es obligatorio.",
        "closed_on": "La fecha de cierre no puede ser futura.",
    }
    assert problems(validate_closure, "x", date(2023, 12, 31), date(2024, 1, 1), TODAY) == {
        "closed_on": "La fecha de cierre no puede ser anterior a la fecha de apertura."
    }
    assert problems(validate_reason, " \n ") == {"reason": "El motivo es obligatorio."}


@pytest.mark.parametrize("n", [1, 2, 500, "3"])
def test_quantities_of_one_or_more_pass(n):
    assert validate_quantity(n) == int(n)


@pytest.mark.parametrize("n", [0, -1, 1.5, True, None, "", "dos", "²"])
def test_quantities_below_one_or_not_whole_are_refused(n):
    assert problems(validate_quantity, n) == {"quantity": "La cantidad debe ser un número entero mayor o igual a 1."}
    assert problems(validate_quantity, n, "participants") == {
        "participants": "La cantidad debe ser un número entero mayor o igual a 1."
    }


# --- The mechanism's calendar -------------------------------------------------------------


def test_today_is_mexico_citys_date():
    before = datetime.now(MEXICO_CITY).date()
    today = mexico_city_today()
    assert today in {before, datetime.now(MEXICO_CITY).date()}
    assert MEXICO_CITY.key == "America/Mexico_City"


def test_validators_default_to_mexico_citys_today():
    tomorrow = mexico_city_today() + timedelta(days=2)
    assert problems(validate_follow_up, FollowUpInput(tomorrow, "x")) == {
        "noted_on": "La fecha del seguimiento no puede ser futura."
    }
