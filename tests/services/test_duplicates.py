"""Possible duplicates before a case is opened: phone, similar names, organisation; nothing else."""

from __future__ import annotations

from dataclasses import replace

import pytest
from case_samples import TODAY, beneficiary, new_case

from mpi_desktop.domain.enums import Identity, PersonIdentity, PersonRole
from mpi_desktop.domain.errors import PermissionDenied
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.security.access import Actor
from mpi_desktop.services import cases
from mpi_desktop.services.duplicates import find_possible_duplicates, name_match, organisation_match
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Case
from mpi_desktop.storage.models.base import utcnow


def typed(name: str = "Rosa Elena Martínez Ruiz", phone: str | None = None, **case_fields) -> CaseInput:
    """A new case as typed in the intake (not validated)."""
    person = PersonInput(PersonRole.BENEFICIARY, name, PersonIdentity.WOMAN, phone=phone)
    return new_case(persons=(person,), **case_fields)


@pytest.fixture
def existing(db: Database, caseworker: Actor):
    """Ana Pérez López (55 1234 5678, ana@example.org), and an unrelated collective case."""
    ana = cases.create_case(db, caseworker, new_case(), today=TODAY)
    collective = new_case(
        identity=Identity.COLLECTIVE,
        collective_name="Colectivo Voces del Sur, A.C.",
        persons=(beneficiary(full_name="Joaquín Ortega Salas", phone="55 8765 4321", email=None),),
    )
    voces = cases.create_case(db, caseworker, collective, today=TODAY)
    return ana, voces


def test_the_same_phone_written_differently_is_found(db, caseworker, existing):
    ana, _voces = existing
    found = find_possible_duplicates(db, caseworker, typed(phone="+52 (55) 1234-5678"))
    assert [(c.case_id, c.folio, c.display_name) for c in found] == [(ana.id, ana.folio, "Ana Pérez López")]
    assert found[0].reasons == ("mismo teléfono",)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ANA PEREZ LOPEZ", "mismo nombre: Ana Pérez López"),
        ("ana  pérez   lópez", "mismo nombre: Ana Pérez López"),
        ("Ana Pérez", "nombre similar: Ana Pérez López"),
        ("Ana María Pérez López", "nombre similar: Ana Pérez López"),
        ("Ana Peres Lopes", "nombre similar: Ana Pérez López"),
        ("López Pérez, Ana", "nombre similar: Ana Pérez López"),
    ],
)
def test_similar_folded_names_are_found(db, caseworker, existing, name, reason):
    ana, _voces = existing
    found = find_possible_duplicates(db, caseworker, typed(name))
    assert [c.case_id for c in found] == [ana.id]
    assert found[0].reasons == (reason,)


def test_the_same_organisation_is_found_in_collective_names_and_persons(db, caseworker, existing):
    _ana, voces = existing
    as_collective = typed(identity=Identity.COLLECTIVE, collective_name="colectivo VOCES del sur")
    found = find_possible_duplicates(db, caseworker, as_collective)
    assert [c.case_id for c in found] == [voces.id]
    assert found[0].display_name == "Colectivo Voces del Sur, A.C."
    assert found[0].reasons == ("misma organización: Colectivo Voces del Sur, A.C.",)

    member = PersonInput(PersonRole.BENEFICIARY, "Rosa Ruiz", PersonIdentity.WOMAN, organisation="Voces del Sur")
    found = find_possible_duplicates(db, caseworker, new_case(persons=(member,)))
    assert [c.case_id for c in found] == [voces.id]


def test_several_reasons_are_listed_and_the_strongest_candidate_comes_first(db, caseworker, existing):
    ana, voces = existing
    data = typed("Ana Pérez López", phone="55 8765 4321")
    found = find_possible_duplicates(db, caseworker, data)
    assert [c.case_id for c in found] == [ana.id, voces.id] or [c.case_id for c in found] == [voces.id, ana.id]
    reasons = {c.case_id: c.reasons for c in found}
    assert reasons[ana.id] == ("mismo nombre: Ana Pérez López",)
    assert reasons[voces.id] == ("mismo teléfono",)

    both = find_possible_duplicates(db, caseworker, typed("Ana Pérez López", phone="5512345678"))
    assert both[0].reasons == ("mismo teléfono", "mismo nombre: Ana Pérez López")


def test_unrelated_cases_are_not_reported(db, caseworker, existing):
    for data in (
        typed("Rosa Elena Martínez Ruiz", phone="55 2222 3333"),
        typed("Juan Pérez López"),  # a brother shares both surnames
        typed("Ana Gómez Ruiz"),  # the same given name alone
        typed("Mariana Santana Pérez"),  # "ana" inside other words
        typed(identity=Identity.COLLECTIVE, collective_name="Colectivo Tierra y Libertad"),
        typed(phone="123"),  # malformed: not compared
    ):
        assert find_possible_duplicates(db, caseworker, data) == [], data


def test_deleted_cases_and_removed_persons_are_ignored(db, caseworker, existing):
    ana, voces = existing
    cases.add_person(db, caseworker, voces.id, beneficiary(full_name="Irma Lozano Vega", phone=None, email=None))
    with db.transaction() as session:
        session.get(Case, ana.id).deleted_at = utcnow()
    assert find_possible_duplicates(db, caseworker, typed("Ana Pérez López", phone="5512345678")) == []
    irma = next(p for p in cases.get_case(db, caseworker, voces.id).persons if p.full_name == "Irma Lozano Vega")
    assert find_possible_duplicates(db, caseworker, typed("Irma Lozano Vega"))[0].case_id == voces.id
    cases.remove_person(db, caseworker, irma.id, "Registrada por error")
    assert find_possible_duplicates(db, caseworker, typed("Irma Lozano Vega")) == []


def test_the_statistics_role_may_not_look(db, statistician, existing):
    with pytest.raises(PermissionDenied):
        find_possible_duplicates(db, statistician, typed("Ana Pérez López"))


def test_an_empty_intake_finds_nothing(db, caseworker, existing):
    assert find_possible_duplicates(db, caseworker, new_case(persons=())) == []
    blank = replace(beneficiary(), full_name="  ", phone=None, email=None)
    assert find_possible_duplicates(db, caseworker, new_case(persons=(blank,))) == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("José Luis Hernández", "jose-luis hernandez", "mismo nombre: {}"),
        ("María de los Ángeles Núñez", "Maria Angeles Nunez", "mismo nombre: {}"),
        ("Ángeles Núñez Ruiz", "María de los Ángeles Núñez Ruiz", "nombre similar: {}"),
        ("Pedro Núñez", "Pablo Núñez", None),
        ("Núñez", "Pedro Núñez", None),
    ],
)
def test_name_rules(a, b, expected):
    assert name_match(a, b) == expected
    assert name_match(b, a) == expected


def test_organisation_rules():
    assert organisation_match("Artículo 19", "ARTICULO 19")
    assert organisation_match("Red de Periodistas de la CDMX A.C.", "Red de Periodistas de la CDMX")
    assert not organisation_match("Red", "Red de Periodistas de la CDMX")
    assert not organisation_match("Red de Periodistas", "Red de Defensoras")
