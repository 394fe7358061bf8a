"""Importing legacy registers: the dry run, all-or-nothing, folios, audit and permissions."""

from __future__ import annotations

from datetime import date

import pytest
from legacy_samples import (
    CASES_HEADER,
    GOOD_CASES,
    GOOD_PERSONS,
    PERSONS_HEADER,
    TODAY,
    snapshot,
    write_csv,
    write_xlsx,
)
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from mpi_desktop.domain.enums import CaseStatus, Identity, Modality, PersonIdentity, PersonRole, Profile
from mpi_desktop.domain.errors import ConflictError, PermissionDenied
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.exchange import legacy_write
from mpi_desktop.exchange.legacy_import import dry_run, import_records, load
from mpi_desktop.exchange.legacy_mapping import RegisterKind
from mpi_desktop.services import cases
from mpi_desktop.storage.models import AuditEvent, Case


@pytest.fixture
def good_book(tmp_path):
    return write_xlsx(
        tmp_path / "registro.xlsx", {"Casos": (CASES_HEADER, GOOD_CASES), "Personas": (PERSONS_HEADER, GOOD_PERSONS)}
    )


@pytest.fixture
def mixed_book(tmp_path):
    """Good rows, and bad ones of every sort: a cell that cannot be read, a rule broken, a broken link."""
    bad_cases = [
        ["8/2019", "Astronauta", "Mujer", "Atención", "", "01/02/2019", "", "Nombre Ficticio Cuatro", ""],
        ["9/2019", "Periodista", "Mujer", "Atención", "", "31/02/2019", "", "Nombre Ficticio Cinco", ""],
        ["10/2019", "Periodista", "Mujer", "Incorporación", "", "01/02/2019", "", "Nombre Ficticio Seis", ""],
        ["11/2019", "Periodista", "Mujer", "Atención", "", "01/02/2019", "", "Nombre Ficticio Siete", ""],
    ]
    bad_persons = [
        ["11/2019", "Familiar", "Familiar Ficticio Siete", "Mujer", "55-ABC-Z"],  # a phone that is no phone
        ["99/2019", "Familiar", "Persona Sin Caso", "Hombre", ""],
    ]
    return write_xlsx(
        tmp_path / "mezcla.xlsx",
        {"Casos": (CASES_HEADER, GOOD_CASES + bad_cases), "Personas": (PERSONS_HEADER, GOOD_PERSONS + bad_persons)},
    )


def folios(db):
    with db.session() as session:
        return sorted(session.scalars(select(Case.folio)))


def test_a_good_workbook_is_planned_then_imported_with_every_record(db, caseworker, good_book):
    choices = load(good_book)
    assert [(c.sheet.name, c.kind) for c in choices] == [
        ("Casos", RegisterKind.CASES),
        ("Personas", RegisterKind.PERSONS),
    ]
    before = snapshot(db)
    plan = dry_run(db, caseworker, choices, today=TODAY)
    assert snapshot(db) == before, "the dry run wrote something"
    assert plan.ok and plan.rejections == ()
    assert plan.counts["cases"] == 3 and plan.counts["persons"] == 4
    assert plan.folios == (("23/2019", None), ("MPI-2020-0004", "MPI-2020-0004"), ("7/2021", None))

    result = import_records(db, caseworker, choices, today=TODAY)
    assert result.counts == {"cases": 3, "persons": 4}
    assert sorted(result.folios) == [
        ("23/2019", "MPI-2019-0001"),
        ("7/2021", "MPI-2021-0001"),
        ("MPI-2020-0004", "MPI-2020-0004"),
    ]
    first = cases.find_case_by_folio(db, caseworker, "MPI-2019-0001")
    assert first.summary.startswith("Folio anterior: 23/2019.")
    assert sorted((p.role, p.full_name, p.phone) for p in first.persons) == [
        (PersonRole.BENEFICIARY, "Rosa Fictícia Uno", "5511112222"),
        (PersonRole.FAMILY, "Hija Ficticia Uno", None),
    ]
    collective = cases.find_case_by_folio(db, caseworker, "MPI-2021-0001")
    assert collective.identity is Identity.COLLECTIVE and collective.collective_name == "Colectivo Ficticio Tres"
    assert [p.role for p in collective.persons] == [PersonRole.LINKED]


def test_the_import_is_audited_record_by_record_and_as_a_whole(db, caseworker, good_book):
    import_records(db, caseworker, load(good_book), today=TODAY)
    with db.session() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "create")))
    assert sum(e.entity == "case" for e in events) == 3
    assert sum(e.entity == "person" for e in events) == 4
    summary = [e for e in events if e.entity == "import"]
    assert len(summary) == 1 and "casos 3" in summary[0].detail and summary[0].username == "lucia"
    assert not any("Rosa" in (e.detail or "") for e in events), "a name went into the audit detail"


def test_bad_rows_are_listed_with_sheet_row_column_and_reason_and_nothing_is_written(db, caseworker, mixed_book):
    choices = load(mixed_book)
    before = snapshot(db)
    plan = dry_run(db, caseworker, choices, today=TODAY)
    assert snapshot(db) == before
    found = {(r.sheet, r.row, r.column): r.reason for r in plan.rejections}
    assert found[("Casos", 5, "Perfil")].startswith("No es una opción reconocida; use Persona defensora")
    assert found[("Casos", 6, "Fecha de incorporación")].startswith("No es una fecha válida")
    assert found[("Casos", 7, "Procedimiento")] == (
        "El procedimiento (ordinario o extraordinario) es obligatorio en una incorporación."
    )
    assert found[("Personas", 4, "Teléfono")]  # the phone that is no phone…
    assert found[("Casos", 8, "Folio")] == "Una persona de este caso fue rechazada (hoja «Personas», fila 4)."
    assert "ni en este archivo" not in found[("Personas", 5, "Folio")]
    assert found[("Personas", 5, "Folio")].startswith("No hay un caso con ese folio")
    assert plan.rejected_rows == 6 and plan.counts["cases"] == 3
    for rejection in plan.rejections:  # reasons name the place, never what was typed
        assert (
            "ABC" not in rejection.reason
            and "Ficticio" not in rejection.reason
            and "Astronauta" not in rejection.reason
        )

    with pytest.raises(ConflictError, match="6 filas rechazadas"):
        import_records(db, caseworker, choices, today=TODAY)
    assert snapshot(db) == before


def test_importing_only_the_accepted_rows_takes_them_all_together(db, caseworker, mixed_book):
    result = import_records(db, caseworker, load(mixed_book), accepted_only=True, today=TODAY)
    assert result.counts == {"cases": 3, "persons": 4} and result.skipped_rows == 6
    assert folios(db) == ["MPI-2019-0001", "MPI-2020-0004", "MPI-2021-0001"]


def test_a_failure_halfway_leaves_nothing_written(db, caseworker, good_book, monkeypatch):
    real = legacy_write.file_record
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:  # the third person: two cases are already in the session
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return real(*args, **kwargs)

    monkeypatch.setattr(legacy_write, "file_record", failing)
    before = snapshot(db)
    with pytest.raises(OperationalError):
        import_records(db, caseworker, load(good_book), today=TODAY)
    assert len(calls) == 3
    assert snapshot(db) == before  # no case, person, folio counter or audit entry left behind
    monkeypatch.setattr(legacy_write, "file_record", real)
    assert import_records(db, caseworker, load(good_book), today=TODAY).counts["cases"] == 3
    assert folios(db) == ["MPI-2019-0001", "MPI-2020-0004", "MPI-2021-0001"]  # the rolled-back folios reused


def test_cancelling_through_progress_rolls_everything_back(db, caseworker, good_book):
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done == 2:
            raise KeyboardInterrupt

    before = snapshot(db)
    with pytest.raises(KeyboardInterrupt):
        import_records(db, caseworker, load(good_book), today=TODAY, progress=progress)
    assert seen == [(1, 3), (2, 3)] and snapshot(db) == before


def _case_of_2020() -> CaseInput:
    person = PersonInput(PersonRole.BENEFICIARY, "Nombre Ficticio", PersonIdentity.WOMAN)
    return CaseInput(
        Profile.DEFENDER, Identity.WOMAN, Modality.ATTENTION, opened_on=date(2020, 3, 1), persons=(person,)
    )


def test_a_kept_folio_moves_the_counter_past_it_and_cannot_be_imported_twice(db, caseworker, good_book):
    assert cases.create_case(db, caseworker, _case_of_2020(), today=TODAY).folio == "MPI-2020-0001"
    import_records(db, caseworker, load(good_book), today=TODAY)
    assert cases.create_case(db, caseworker, _case_of_2020(), today=TODAY).folio == "MPI-2020-0005"

    plan = dry_run(db, caseworker, load(good_book), today=TODAY)
    assert [(r.row, r.column, r.reason) for r in plan.rejections] == [
        (3, "Folio", "Ya existe en la base un caso con ese folio.")
    ]


def test_a_case_imported_closed_keeps_its_closing(db, caseworker, tmp_path):
    path = write_csv(
        tmp_path / "casos.csv",
        ["Folio", "Perfil", "Identidad", "Modalidad", "Fecha", "Nombre", "Fecha de cierre", "Motivo de cierre"],
        [["1/2018", "Periodista", "Hombre", "Atención", "02/05/2018", "Nombre Ficticio", "01/06/2018", "Concluido"]],
    )
    import_records(db, caseworker, load(path), today=TODAY)
    file = cases.find_case_by_folio(db, caseworker, "MPI-2018-0001")
    assert file.status is CaseStatus.CLOSED and file.closed_on.isoformat() == "2018-06-01"


def test_a_latin1_csv_with_semicolons_is_read(db, caseworker, tmp_path):
    path = write_csv(tmp_path / "casos.csv", CASES_HEADER, GOOD_CASES[:1], delimiter=";", encoding="cp1252")
    plan = dry_run(db, caseworker, load(path), today=TODAY)
    assert plan.ok and plan.counts["cases"] == 1


def test_a_missing_required_column_refuses_the_sheet(db, caseworker, tmp_path):
    header = [h for h in CASES_HEADER if h != "Perfil"]
    rows = [[cell for cell, h in zip(row, CASES_HEADER, strict=True) if h != "Perfil"] for row in GOOD_CASES]
    plan = dry_run(db, caseworker, load(write_csv(tmp_path / "casos.csv", header, rows)), today=TODAY)
    assert [(r.row, r.reason) for r in plan.rejections] == [
        (None, "Falta la columna obligatoria «Perfil». No se importa ninguna fila de esta hoja.")
    ]
    assert plan.rejected_rows == 3 and plan.counts["cases"] == 0


def test_only_who_may_edit_cases_may_import_or_plan(db, statistician, good_book):
    with pytest.raises(PermissionDenied):
        dry_run(db, statistician, load(good_book), today=TODAY)
    with pytest.raises(PermissionDenied):
        import_records(db, statistician, load(good_book), today=TODAY)
