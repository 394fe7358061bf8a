"""The Cuadros of the informe as an XLSX for the transparency portal, opened as a person would open it:
one sheet per Cuadro with the printed header, numbers that stay numbers (zero shown as "-"), the
totals, the corte and fuente lines; no person named in any cell; the export audited."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import PermissionDenied
from mpi_desktop.domain.periods import CaseRow
from mpi_desktop.exchange.informe_xlsx import COUNT_FORMAT, export_informe_xlsx
from mpi_desktop.reports.informe_pdf import describe, heading_lines
from mpi_desktop.reports.informe_tables import informe_tables
from mpi_desktop.reports.statistics import Section, informe_statistics
from mpi_desktop.security.access import GRANTS
from tests.reports.seed_fixture import CUADRO_3_PRINTED, CUADRO_6, PERIOD, build_seed
from tests.services.case_samples import audit_trail


@pytest.fixture
def seed(db):
    return build_seed(db)


def export(db, actor, path, sections=tuple(Section)):
    stats = informe_statistics(db, actor, PERIOD, sections)
    tables = informe_tables(stats)
    return export_informe_xlsx(db, actor, path, tables, heading_lines(PERIOD), detail=describe(PERIOD, stats.sections))


def rows_of(sheet) -> list[list[object]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def find_row(sheet, first: object) -> list[object]:
    return next(row for row in rows_of(sheet) if row and row[0] == first)


def test_one_sheet_per_cuadro_with_the_seeds_numbers(db, seed, statistician, tmp_path):
    path = tmp_path / "cuadros.xlsx"
    assert export(db, statistician, path) == 8
    book = load_workbook(path)
    assert book.sheetnames == ["Informe", *(f"Cuadro {number}" for number in range(1, 9))]
    cover = [row[0] for row in rows_of(book["Informe"]) if row[0]]
    assert cover[:3] == [
        "Informe bimestral enero–febrero de 2024",
        "Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la "
        "Ciudad de México",
        "Corte con fecha al 29 de febrero de 2024",
    ]
    assert "Cuadro 6. Medidas otorgadas en enero–febrero de 2024" in cover

    cuadro3 = book["Cuadro 3"]
    assert cuadro3["A1"].value == "CUADRO 3. CASOS ATENDIDOS POR EL MPI CDMX, ENERO–FEBRERO DE 2024."
    assert "B3:E3" in {str(merged) for merged in cuadro3.merged_cells.ranges}  # "… defensoras …" over 4 columns
    assert cuadro3["B4"].value == "Mujeres"
    followed = find_row(cuadro3, "Seguimiento a casos incorporados")
    assert followed[1:] == list(CUADRO_3_PRINTED[CaseRow.FOLLOW_UP_INCORPORATION])
    assert find_row(cuadro3, "Totales")[1:] == list(CUADRO_3_PRINTED[None])
    zero = next(cell for cell in cuadro3[6] if cell.value == 0)  # "Incorporados … en 2024": all zero
    assert zero.number_format == COUNT_FORMAT  # shown as "-", still the number 0
    texts = [row[0] for row in rows_of(cuadro3) if row[0]]
    assert "*Corte con fecha al 29 de febrero de 2024." in texts
    assert "Fuente: Elaboración propia con información del MPI CDMX." in texts

    cuadro6 = book["Cuadro 6"]
    items = [row for row in rows_of(cuadro6) if row[1] in ("Preventiva", "Protección", "Social")]
    assert [(row[0], row[2], row[3]) for row in items] == [(item, m, a) for _c, item, m, a in CUADRO_6]
    assert find_row(cuadro6, "Totales")[2:4] == [127, 3217]
    assert find_row(book["Cuadro 8"], "Totales")[3:] == [182, 60, 3, 245]
    assert find_row(book["Cuadro 7"], 1)[2:] == [3, 9, 26, 19, 0, 10, 55]


def test_no_person_is_named_in_any_cell(db, seed, statistician, tmp_path):
    path = tmp_path / "cuadros.xlsx"
    export(db, statistician, path)
    cells = " ".join(
        str(value) for sheet in load_workbook(path) for row in rows_of(sheet) for value in row if value is not None
    )
    assert seed.person_names
    assert not [name for name in seed.person_names if name in cells]
    assert "Ficticia" not in cells and "Colectivo Ficticio" not in cells


def test_only_the_chosen_sections_and_the_export_is_audited(db, seed, statistician, tmp_path):
    path = tmp_path / "capacitaciones.xlsx"
    assert export(db, statistician, path, [Section.TRAININGS]) == 2
    assert load_workbook(path).sheetnames == ["Informe", "Cuadro 7", "Cuadro 8"]
    exports = [(e.username, e.entity, e.detail) for e in audit_trail(db) if e.action == "export"]
    assert exports == [("esta", "informe", "XLSX Informe bimestral 2024-01-01–2024-02-29, secciones 3")]


def test_a_refused_export_writes_nothing(db, seed, statistician, tmp_path, monkeypatch):
    stats = informe_statistics(db, statistician, PERIOD)
    monkeypatch.setitem(GRANTS, Role.STATISTICS, frozenset())
    path = tmp_path / "no.xlsx"
    with pytest.raises(PermissionDenied):
        export_informe_xlsx(db, statistician, path, informe_tables(stats), heading_lines(PERIOD), detail="x")
    assert not path.exists()
