"""The Mapeo de agresiones XLSX: aggregates only, no names, no sources, written atomically."""

from __future__ import annotations

import stat
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from mpi_desktop.domain.annual_plan import MappingContext, MappingSubject
from mpi_desktop.domain.enums import AggressionKind, Identity, Modality, PersonIdentity, PersonRole, Profile
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.domain.mapping_validation import FindingInput
from mpi_desktop.exchange.mapping_export import HEADERS, export_mapping_aggregates
from mpi_desktop.security.access import Actor
from mpi_desktop.services import aggression_mapping, cases
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import AuditEvent

TODAY = date(2025, 6, 30)
PRIVATE = ("Ana Pérez", "noticias.example.mx", "Radio Sur", "Marcha 8M", "Colectivo Tierra", "lucia")


def register(db: Database, actor: Actor, **overrides) -> None:
    values = dict(
        found_on=date(2025, 3, 8),
        source="https://noticias.example.mx/agreden-a-ana-perez",
        profile=Profile.JOURNALIST,
        subject=MappingSubject.INDIVIDUAL,
        kind=AggressionKind.PHYSICAL,
        context=MappingContext.PROTEST,
        protest="Marcha 8M",
        alcaldia="Cuauhtémoc",
        contacted=True,
        notes="Ana Pérez, de Radio Sur.",
    )
    aggression_mapping.register_finding(db, actor, FindingInput(**(values | overrides)), today=TODAY)


def cells(path: Path) -> list[object]:
    book = openpyxl.load_workbook(path)
    return [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value]


@pytest.fixture
def exported(db: Database, caseworker: Actor, statistician: Actor, tmp_path: Path) -> Path:
    case = cases.create_case(
        db,
        caseworker,
        CaseInput(
            Profile.DEFENDER,
            Identity.COLLECTIVE,
            Modality.ATTENTION,
            opened_on=date(2025, 1, 10),
            collective_name="Colectivo Tierra",
            persons=(PersonInput(PersonRole.BENEFICIARY, "Ana Pérez", PersonIdentity.WOMAN),),
        ),
        today=TODAY,
    )
    register(db, caseworker)
    register(db, caseworker, subject=MappingSubject.COLLECTIVE, contacted=False, case_folio=case.folio)
    register(
        db,
        caseworker,
        found_on=date(2025, 4, 1),
        context=MappingContext.DIGITAL,
        protest=None,
        kind=AggressionKind.DIGITAL,
        profile=Profile.DEFENDER,
        alcaldia=None,
    )
    register(db, caseworker, found_on=date(2024, 12, 31))  # outside the period
    path = tmp_path / "salida" / "mapeo.xlsx"
    rows = export_mapping_aggregates(db, statistician, path, date(2025, 1, 1), date(2025, 6, 30))
    assert rows == 2
    return path


def test_the_workbook_holds_the_aggregates(exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    assert book.sheetnames == ["Agregados", "Indicadores"]
    sheet = book["Agregados"]
    assert sheet["A2"].value == "Del 1 de enero de 2025 al 30 de junio de 2025"
    assert [c.value for c in sheet[4]] == list(HEADERS)
    assert [c.value for c in sheet[5]] == [
        "Marzo de 2025", "Física", "Persona periodista o colaboradora periodística", "Cuauhtémoc", 2, 1, 2, 1,
    ]  # fmt: skip
    assert [c.value for c in sheet[6]] == [
        "Abril de 2025", "Digital", "Persona defensora de derechos humanos", "Sin alcaldía", 1, 0, 0, 1,
    ]  # fmt: skip
    assert [c.value for c in sheet[7]] == ["Total", None, None, None, 3, 1, 2, 2]
    indicators = {row[0].value: row[1].value for row in book["Indicadores"].iter_rows(min_row=2)}
    assert indicators["1.4 Registros de hallazgos de información"] == 3
    assert indicators["1.5.1 Registros de agresiones en el contexto de protestas"] == 2
    assert indicators["Registros vinculados a un caso"] == 1


def test_no_name_source_protest_folio_or_user_leaves_in_the_file(exported: Path) -> None:
    text = " ".join(str(value) for value in cells(exported))
    for private in PRIVATE:
        assert private.casefold() not in text.casefold()
    assert "MPI-" not in text
    with zipfile.ZipFile(exported) as archive:  # nor in the document properties or any part
        raw = b" ".join(archive.read(name) for name in archive.namelist()).decode("utf-8", "replace")
    for private in PRIVATE:
        assert private not in raw


def test_the_file_is_private_and_the_export_audited(db: Database, exported: Path) -> None:
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert [p.name for p in exported.parent.iterdir()] == ["mapeo.xlsx"]  # no temporary left behind
    with db.session() as session:
        entry = session.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
    assert entry.username == "esta" and "2025-01-01" in entry.detail


def test_an_empty_period_still_gives_a_readable_workbook(db: Database, statistician: Actor, tmp_path: Path) -> None:
    path = tmp_path / "vacio.xlsx"
    assert export_mapping_aggregates(db, statistician, path, date(2025, 1, 1), date(2025, 1, 31)) == 0
    sheet = openpyxl.load_workbook(path)["Agregados"]
    assert [c.value for c in sheet[5]] == ["Total", None, None, None, 0, 0, 0, 0]
