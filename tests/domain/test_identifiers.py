"""Codes typed with any spacing: Mexican phone numbers and CURP (property-based where it helps)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from mpi_desktop.domain.enums import PersonIdentity, PersonRole
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.identifiers import curp_check_digit, normalize_curp, normalize_phone
from mpi_desktop.domain.inputs import PersonInput
from mpi_desktop.domain.validation import validate_person

TODAY = date(2024, 2, 29)
VALID_CURP = "BOXW310820HNERXN09"  # the worked example of RENAPO's check-digit rule


def person(**overrides) -> PersonInput:
    return replace(PersonInput(PersonRole.BENEFICIARY, "Ana Pérez López", PersonIdentity.WOMAN), **overrides)


def problems(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.problems


# --- Phones --------------------------------------------------------------------------------

national = st.from_regex(r"[2-9][0-9]{9}", fullmatch=True)
separator = st.sampled_from(["", " ", "-", ".", " - "])
prefix = st.sampled_from(["", "+52", "+52 ", "+52 1 ", "52", "0052 ", "(+52) "])


@given(digits=national, sep=separator, lead=prefix, paren=st.booleans())
def test_well_formed_mexican_phones_normalise_to_ten_digits(digits, sep, lead, paren):
    area = f"({digits[:2]})" if paren else digits[:2]
    typed = f"{lead}{area}{sep}{digits[2:6]}{sep}{digits[6:]}"
    assert normalize_phone(typed) == digits
    assert validate_person(person(phone=typed), TODAY).phone == digits


@given(digits=st.from_regex(r"[0-9]{1,16}", fullmatch=True))
def test_phones_without_exactly_ten_digits_are_refused(digits):
    assume(len(digits) != 10 and not digits.startswith(("52", "0052")))
    assert problems(validate_person, person(phone=digits), TODAY) == {"phone": "El teléfono debe tener 10 dígitos."}


@pytest.mark.parametrize("typed", ["55 1234 567a", "+1 555 123 4567", "55１２３４５６７８", "tel. 5512345678"])
def test_phones_with_other_characters_are_refused(typed):
    assert problems(validate_person, person(phone=typed), TODAY) == {"phone": "El teléfono debe tener 10 dígitos."}


@pytest.mark.parametrize("typed", ["0155123456", "1234567890"])
def test_mexican_numbers_do_not_start_with_0_or_1(typed):
    assert problems(validate_person, person(phone=typed), TODAY) == {
        "phone": "El teléfono no puede empezar con 0 ni con 1."
    }


def test_phone_messages_never_repeat_what_was_typed():
    found = problems(validate_person, person(phone="55 9876 543"), TODAY)
    assert "9876" not in found["phone"]


# --- CURP ----------------------------------------------------------------------------------

STATES = [
    "AS",
    "BC",
    "BS",
    "CC",
    "CL",
    "CM",
    "CS",
    "CH",
    "DF",
    "DG",
    "GT",
    "GR",
    "HG",
    "JC",
    "MC",
    "MN",
    "MS",
    "NT",
    "NL",
    "OC",
    "PL",
    "QT",
    "QR",
    "SP",
    "SL",
    "SR",
    "TC",
    "TS",
    "TL",
    "VZ",
    "YN",
    "ZS",
    "NE",
]
CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ"


@st.composite
def curps(draw) -> str:
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    letters = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    head = draw(letters) + draw(st.sampled_from("AEIOUX")) + draw(letters) + draw(letters)
    differentiator = draw(st.sampled_from("0123456789" if born.year < 2000 else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    body = (
        head
        + born.strftime("%y%m%d")
        + draw(st.sampled_from("HMX"))
        + draw(st.sampled_from(STATES))
        + "".join(draw(st.sampled_from(CONSONANTS)) for _ in range(3))
        + differentiator
    )
    return body + curp_check_digit(body)


@given(curp=curps())
def test_well_formed_curps_pass_and_are_uppercased(curp):
    assert normalize_curp(curp.lower()) == curp
    assert validate_person(person(curp=f" {curp.lower()} "), TODAY).curp == curp


@given(curp=curps(), wrong=st.sampled_from("0123456789"))
def test_a_wrong_check_digit_is_caught(curp, wrong):
    assume(wrong != curp[-1])
    assert problems(validate_person, person(curp=curp[:-1] + wrong), TODAY) == {
        "curp": "El dígito verificador de la CURP no coincide."
    }


def test_the_published_example_and_its_mistyped_twin():
    assert normalize_curp(VALID_CURP) == VALID_CURP
    assert problems(validate_person, person(curp=VALID_CURP[:-1] + "8"), TODAY) == {
        "curp": "El dígito verificador de la CURP no coincide."
    }


@pytest.mark.parametrize("typed", ["BOXW310820HNERXN0", "BOXW310820HNERXN091"])
def test_a_curp_has_eighteen_characters(typed):
    assert problems(validate_person, person(curp=typed), TODAY) == {"curp": "La CURP debe tener 18 caracteres."}


@pytest.mark.parametrize(
    "typed",
    [
        "BOXW311320HNERXN09",  # month 13
        "BOXW310820HZZRXN09",  # no such state
        "BOXW310820KNERXN09",  # sex is H, M or X
        "1OXW310820HNERXN09",  # name letters are letters
        "BOXW310820HNEAXN09",  # internal consonants are consonants
    ],
)
def test_a_curp_follows_the_official_pattern(typed):
    assert problems(validate_person, person(curp=typed), TODAY) == {"curp": "La CURP no tiene el formato oficial."}


def test_a_curp_date_must_exist():
    body = "BOXW310231HNERXN0"  # 31 February
    assert problems(validate_person, person(curp=body + curp_check_digit(body)), TODAY) == {
        "curp": "La CURP contiene una fecha de nacimiento inexistente."
    }
