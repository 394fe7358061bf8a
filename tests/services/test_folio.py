"""Folios: sequential per year, unique, per-installation prefix, and rollbacks that leave no trace."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import TODAY, new_case
from sqlalchemy import select

from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.services import cases
from mpi_desktop.services.folio import BAD_PREFIX, folio_prefix, next_folio
from mpi_desktop.storage.models import Case, FolioCounter, Setting


def take(db, year: int, prefix: str | None = None) -> str:
    with db.transaction() as session:
        return next_folio(session, year, prefix)


def test_folios_are_sequential_per_year(db):
    taken = [take(db, 2024), take(db, 2024), take(db, 2023), take(db, 2024), take(db, 2023)]
    assert taken == ["MPI-2024-0001", "MPI-2024-0002", "MPI-2023-0001", "MPI-2024-0003", "MPI-2023-0002"]


def test_a_case_takes_the_folio_of_its_opening_year(db, caseworker):
    late_entry = cases.create_case(db, caseworker, new_case(opened_on=date(2023, 12, 28)), today=TODAY)
    this_year = cases.create_case(db, caseworker, new_case(), today=TODAY)
    assert (late_entry.folio, this_year.folio) == ("MPI-2023-0001", "MPI-2024-0001")


def test_folios_of_many_cases_are_unique_and_gapless(db, caseworker):
    folios = [cases.create_case(db, caseworker, new_case(), today=TODAY).folio for _ in range(12)]
    assert folios == [f"MPI-2024-{n:04d}" for n in range(1, 13)]
    with db.session() as session:
        stored = session.scalars(select(Case.folio)).all()
    assert sorted(stored) == folios


def test_a_rolled_back_folio_is_handed_out_again_and_a_committed_one_never(db, caseworker):
    first = cases.create_case(db, caseworker, new_case(), today=TODAY).folio
    with pytest.raises(RuntimeError), db.transaction() as session:
        assert next_folio(session, 2024) == "MPI-2024-0002"
        raise RuntimeError("el caso no llegó a guardarse")
    with pytest.raises(ValidationError):  # refused before any folio is taken
        cases.create_case(db, caseworker, new_case(opened_on=date(2031, 1, 1)), today=TODAY)
    second = cases.create_case(db, caseworker, new_case(), today=TODAY).folio
    assert (first, second) == ("MPI-2024-0001", "MPI-2024-0002")  # no gap, no duplicate
    with db.session() as session:
        assert session.get(FolioCounter, ("MPI", 2024)).last_number == 2


def test_the_installation_prefix_comes_from_the_settings(db, caseworker):
    with db.transaction() as session:
        assert folio_prefix(session) == "MPI"
        session.add(Setting(key="folio_prefix", value=" cua1 "))
    assert cases.create_case(db, caseworker, new_case(), today=TODAY).folio == "CUA1-2024-0001"
    assert take(db, 2024) == "CUA1-2024-0002"
    assert take(db, 2024, prefix="MPI") == "MPI-2024-0001"  # each prefix keeps its own sequence


@pytest.mark.parametrize("prefix", ["", "MPI-2", "DEMASIADOLARGO", "MÉX", "A B"])
def test_a_malformed_prefix_is_refused(db, prefix):
    with pytest.raises(ValidationError) as caught:
        take(db, 2024, prefix=prefix)
    assert caught.value.problems == {"folio_prefix": BAD_PREFIX}


def test_a_malformed_prefix_setting_is_refused_and_nothing_is_written(db, caseworker):
    with db.transaction() as session:
        session.add(Setting(key="folio_prefix", value="MPI 2"))
    with pytest.raises(ValidationError):
        cases.create_case(db, caseworker, new_case(), today=TODAY)
    with db.session() as session:
        assert session.scalar(select(Case.id)) is None


def test_a_missing_counter_continues_after_the_folios_already_used(db, caseworker):
    cases.create_case(db, caseworker, new_case(), today=TODAY)
    cases.create_case(db, caseworker, new_case(), today=TODAY)
    with db.transaction() as session:  # e.g. cases imported from a spreadsheet without their counter
        session.delete(session.get(FolioCounter, ("MPI", 2024)))
    assert take(db, 2024) == "MPI-2024-0003"


def test_folios_past_9999_keep_counting(db):
    with db.transaction() as session:
        session.add(FolioCounter(prefix="MPI", year=2024, last_number=9999))
    assert take(db, 2024) == "MPI-2024-10000"


def test_the_year_must_be_plausible(db):
    with pytest.raises(ValueError):
        take(db, 24)
