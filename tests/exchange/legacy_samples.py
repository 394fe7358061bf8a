"""Legacy registers for the import tests, written as CSV or XLSX files (all names fictitious)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    Attendance,
    AuditEvent,
    Case,
    FolioCounter,
    Headcount,
    Measure,
    MeasureAction,
    Person,
    Workshop,
    WorkshopSession,
)

TODAY = date(2024, 2, 29)
TABLES = (
    Case,
    Person,
    Measure,
    MeasureAction,
    Workshop,
    WorkshopSession,
    Attendance,
    Headcount,
    AuditEvent,
    FolioCounter,
)

CASES_HEADER = [
    "Folio",
    "Perfil",
    "Identidad",
    "Modalidad",
    "Procedimiento",
    "Fecha de incorporación",
    "Alcaldía",
    "Nombre",
    "Teléfono",
]
GOOD_CASES = [
    [
        "23/2019",
        "Persona defensora de derechos humanos",
        "Mujer",
        "Incorporación",
        "Ordinario",
        "15/03/2019",
        "Coyoacán",
        "Rosa Fictícia Uno",
        "55 1111 2222",
    ],
    [
        "MPI-2020-0004",
        "Periodista",
        "Hombre",
        "Atención o canalización",
        "",
        "2020-06-01",
        "Tlalpan",
        "Mario Ficticio Dos",
        "",
    ],
    [
        "7/2021",
        "Defensora",
        "Colectivo",
        "Colaboración con el Mecanismo Federal",
        "",
        "10/02/2021",
        "",
        "Colectivo Ficticio Tres",
        "",
    ],
]
PERSONS_HEADER = ["Folio", "Tipo de persona", "Nombre completo", "Identidad", "Teléfono"]
GOOD_PERSONS = [
    ["23/2019", "Familiar", "Hija Ficticia Uno", "Mujer", ""],
    ["7/2021", "Persona vinculada", "Vinculado Ficticio Tres", "Hombre", "5533334444"],
]


def snapshot(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model)) for model in TABLES}


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, tuple[Sequence[str], Sequence[Sequence[object]]]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, (header, rows) in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(list(header))
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path
