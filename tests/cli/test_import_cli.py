"""`mpi-desktop import`: dry run, refusal with rejected rows, --accepted-only, --map and --kind."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import select

from mpi_desktop import cli
from mpi_desktop.services import workspace
from mpi_desktop.storage.models import Case, Person
from mpi_desktop.storage.paths import DataPaths

ADMIN_PASS = "frase de prueba larga 1"
HEADER = ["Folio", "Perfil", "Identidad", "Modalidad", "Fecha de incorporación", "Nombre", "Teléfono"]
GOOD = [
    ["12/2019", "Periodista", "Mujer", "Atención", "05/03/2019", "Nombre Ficticio Uno", "5511112222"],
    ["MPI-2020-0009", "Defensora", "Hombre", "Atención", "2020-01-20", "Nombre Ficticio Dos", ""],
]
BAD = [["13/2019", "Periodista", "Mujer", "Atención", "32/13/2019", "Nombre Ficticio Tres", ""]]


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch, isolated_home: DataPaths, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("MPI_DESKTOP_USER", "admin")
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", ADMIN_PASS)
    assert cli.main(["init", "--name", "Ana Administradora"]) == 0
    capsys.readouterr()
    return isolated_home


def write(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    return str(path)


def run(args: list[str], capsys) -> tuple[int, str, str]:
    status = cli.main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def stored(paths: DataPaths) -> tuple[list[str], int]:
    ws = workspace.unlock(paths, "admin", ADMIN_PASS, store=None)
    try:
        with ws.db.session() as session:
            return sorted(session.scalars(select(Case.folio))), len(list(session.scalars(select(Person.id))))
    finally:
        ws.close()


def test_dry_run_lists_rejections_and_writes_nothing(installed, tmp_path, capsys):
    path = write(tmp_path / "casos.csv", HEADER, GOOD + BAD)
    status, out, err = run(["import", path, "--dry-run"], capsys)
    assert status == cli.EXIT_PROBLEMS_FOUND, err
    assert "Hoja «casos» (3 filas): Casos" in out
    assert "Fecha de incorporación → Fecha de apertura" in out
    assert "Se crearían — Casos: 2, Personas: 2. Filas rechazadas: 1." in out
    assert "Hoja «casos», fila 4, columna «Fecha de incorporación»: No es una fecha válida" in out
    assert "Ficticio" not in out and "32/13" not in out  # names and cell values stay out of the listing
    assert "no se escribió nada" in out
    assert stored(installed) == ([], 0)


def test_rejected_rows_refuse_the_import_unless_only_accepted_are_asked_for(installed, tmp_path, capsys):
    path = write(tmp_path / "casos.csv", HEADER, GOOD + BAD)
    status, out, _ = run(["import", path], capsys)
    assert status == cli.EXIT_PROBLEMS_FOUND and "No se importó nada" in out
    assert stored(installed) == ([], 0)
    status, out, err = run(["import", path, "--accepted-only"], capsys)
    assert status == 0, err
    assert "Importación terminada. Se crearon — Casos: 2, Personas: 2. Filas rechazadas no importadas: 1." in out
    assert "12/2019 → MPI-2019-0001" in out
    assert stored(installed) == (["MPI-2019-0001", "MPI-2020-0009"], 2)


def test_a_clean_file_imports_with_exit_zero(installed, tmp_path, capsys):
    status, _out, err = run(["import", write(tmp_path / "casos.csv", HEADER, GOOD)], capsys)
    assert status == 0, err
    assert stored(installed)[0] == ["MPI-2019-0001", "MPI-2020-0009"]


def test_map_assigns_a_column_the_guess_missed_and_kind_names_the_register(installed, tmp_path, capsys):
    header = ["Folio", "Perfil", "Identidad", "Modalidad", "Alta", "Nombre", "Teléfono"]
    path = write(tmp_path / "hoja1.csv", header, GOOD)
    status, out, _ = run(["import", path, "--dry-run", "--kind", "cases"], capsys)
    assert status == cli.EXIT_PROBLEMS_FOUND
    assert "Falta la columna obligatoria «Fecha de apertura»" in out
    status, out, err = run(
        ["import", path, "--kind", "cases", "--map", "Alta=Fecha de apertura", "--map", "Teléfono="], capsys
    )
    assert status == 0, err
    assert "Alta → Fecha de apertura" in out and "Teléfono → (no importar)" in out
    assert stored(installed) == (["MPI-2019-0001", "MPI-2020-0009"], 2)


def test_a_map_naming_no_column_or_no_field_is_one_spanish_line(installed, tmp_path, capsys):
    path = write(tmp_path / "casos.csv", HEADER, GOOD)
    status, _out, err = run(["import", path, "--map", "Inexistente=Folio"], capsys)
    assert status == 1 and err == "mpi-desktop: Ninguna hoja tiene la columna «Inexistente».\n"
    status, _out, err = run(["import", path, "--map", "Folio=color favorito"], capsys)
    assert status == 1 and err.startswith("mpi-desktop: No hay un campo así en «Casos»")
    assert stored(installed) == ([], 0)


def test_a_file_that_is_not_a_spreadsheet_is_refused_clearly(installed, tmp_path, capsys):
    old = tmp_path / "registro.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    status, _out, err = run(["import", str(old)], capsys)
    assert status == 1 and "guárdelo como .xlsx o .csv" in err


def test_one_csv_per_register_imports_as_one(installed, tmp_path, capsys):
    cases = write(tmp_path / "casos.csv", HEADER, GOOD)
    persons = write(
        tmp_path / "personas.csv",
        ["Folio", "Tipo de persona", "Nombre completo", "Identidad"],
        [["12/2019", "Familiar", "Familiar Ficticio", "Hombre"]],
    )
    status, out, err = run(["import", cases, persons], capsys)
    assert status == 0, err
    assert "Hoja «personas» (1 filas): Personas" in out
    assert stored(installed) == (["MPI-2019-0001", "MPI-2020-0009"], 3)
    status, _out, err = run(["import", cases, persons, "--kind", "cases"], capsys)
    assert status == 1 and "--kind solo se usa con un archivo de una sola hoja" in err
