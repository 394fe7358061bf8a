"""The case list: search, filters, sort and paging, as a caseworker uses them."""

from __future__ import annotations

from datetime import date

import pytest

from mpi_desktop.domain.enums import CaseStatus, Identity, Modality, PersonIdentity, PersonRole, Procedure, Profile
from mpi_desktop.domain.errors import PermissionDenied
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.services import case_list, cases
from mpi_desktop.services.case_list import CaseFilter, SortKey

TODAY = date(2024, 3, 1)


def _case(
    db,
    actor,
    name,
    *,
    phone=None,
    profile=Profile.DEFENDER,
    modality=Modality.ATTENTION,
    opened=date(2024, 1, 10),
    collective=None,
):
    identity = Identity.COLLECTIVE if collective else Identity.WOMAN
    persons = (PersonInput(PersonRole.BENEFICIARY, name, PersonIdentity.WOMAN, phone=phone),)
    if collective:
        persons += (PersonInput(PersonRole.LINKED, name + " Dos", PersonIdentity.MAN),)
    data = CaseInput(
        profile,
        identity,
        modality,
        opened_on=opened,
        collective_name=collective,
        persons=persons,
        procedure=Procedure.ORDINARY if modality is Modality.INCORPORATION else None,
    )
    return cases.create_case(db, actor, data, today=TODAY)


@pytest.fixture
def filed(db, caseworker):
    return {
        "jose": _case(db, caseworker, "José Núñez Ávila", phone="5512345678"),
        "maria": _case(db, caseworker, "María López", profile=Profile.JOURNALIST, opened=date(2023, 5, 2)),
        "colectivo": _case(
            db,
            caseworker,
            "Rosa Díaz",
            collective="Colectiva Tierra y Agua",
            modality=Modality.INCORPORATION,
            opened=date(2022, 7, 1),
        ),
    }


def folios(page) -> list[str]:
    return [row.folio for row in page.rows]


@pytest.mark.parametrize("typed", ["jose", "JOSÉ", "nunez", "Núñez ávila", "5512345678", "55 1234-5678"])
def test_search_ignores_accents_case_and_phone_separators(db, caseworker, filed, typed):
    page = case_list.fetch_page(db, caseworker, CaseFilter(text=typed))
    assert folios(page) == [filed["jose"].folio]


def test_search_finds_folio_and_collective_name(db, caseworker, filed):
    assert folios(case_list.fetch_page(db, caseworker, CaseFilter(text=filed["maria"].folio.lower()))) == [
        filed["maria"].folio
    ]
    assert folios(case_list.fetch_page(db, caseworker, CaseFilter(text="tierra y agua"))) == [filed["colectivo"].folio]


def test_like_wildcards_typed_by_a_person_are_literal(db, caseworker, filed):
    assert case_list.fetch_page(db, caseworker, CaseFilter(text="%")).rows == []
    assert case_list.fetch_page(db, caseworker, CaseFilter(text="_")).rows == []


def test_list_shows_the_collective_name_or_the_beneficiary(db, caseworker, filed):
    rows = {row.folio: row.name for row in case_list.fetch_page(db, caseworker, CaseFilter()).rows}
    assert rows[filed["colectivo"].folio] == "Colectiva Tierra y Agua"
    assert rows[filed["jose"].folio] == "José Núñez Ávila"


def test_filters_combine(db, caseworker, filed):
    assert folios(case_list.fetch_page(db, caseworker, CaseFilter(profile=Profile.JOURNALIST))) == [
        filed["maria"].folio
    ]
    assert folios(case_list.fetch_page(db, caseworker, CaseFilter(year=2022))) == [filed["colectivo"].folio]
    assert folios(case_list.fetch_page(db, caseworker, CaseFilter(modality=Modality.ATTENTION, year=2022))) == []
    assert case_list.count(db, caseworker, CaseFilter(status=CaseStatus.OPEN)) == 3
    assert case_list.years(db, caseworker) == [2024, 2023, 2022]


def test_search_follows_person_changes(db, caseworker, filed):
    person = filed["jose"].persons[0]
    cases.update_person(db, caseworker, person.id, full_name="Josefina Ortega", today=TODAY)
    assert case_list.fetch_page(db, caseworker, CaseFilter(text="nunez")).rows == []
    assert folios(case_list.fetch_page(db, caseworker, CaseFilter(text="ortega"))) == [filed["jose"].folio]


def test_sorting_by_opening_date_both_ways(db, caseworker, filed):
    ascending = folios(case_list.fetch_page(db, caseworker, CaseFilter(sort=SortKey.OPENED, descending=False)))
    assert ascending == [filed["colectivo"].folio, filed["maria"].folio, filed["jose"].folio]
    descending = folios(case_list.fetch_page(db, caseworker, CaseFilter(sort=SortKey.OPENED)))
    assert descending == list(reversed(ascending))


def test_pages_cover_every_case_once(db, caseworker):
    made = {_case(db, caseworker, f"Persona {n:02d}", opened=date(2024, 1, 1 + n)).folio for n in range(25)}
    seen, offset = [], 0
    while True:
        page = case_list.fetch_page(db, caseworker, CaseFilter(sort=SortKey.FOLIO), offset=offset, limit=10)
        seen += folios(page)
        offset += len(page.rows)
        if not page.has_more:
            break
    assert len(seen) == 25 and set(seen) == made


def test_statistics_role_cannot_list_names(db, statistician, filed):
    with pytest.raises(PermissionDenied):
        case_list.fetch_page(db, statistician, CaseFilter())
    with pytest.raises(PermissionDenied):
        case_list.count(db, statistician, CaseFilter())
