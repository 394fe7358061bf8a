"""Importing an attendance list: preview with every rejected row explained, one-transaction
confirm, nothing written on cancel, duplicates in the file and on the list refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from mpi_desktop.domain.activity_inputs import ParticipantInput, WorkshopAudience, WorkshopInput, WorkshopSessionInput
from mpi_desktop.domain.enums import PersonIdentity
from mpi_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from mpi_desktop.exchange import attendance_import as imp
from mpi_desktop.exchange.legacy_sheets import ImportFileError
from mpi_desktop.services import attendance, workshops
from mpi_desktop.services.attendance import Target, Totals
from mpi_desktop.storage.models import Attendance, AuditEvent

TODAY = date(2024, 2, 29)
W, M, L, U = PersonIdentity.WOMAN, PersonIdentity.MAN, PersonIdentity.LGBTTTI, PersonIdentity.UNDISCLOSED
TEMPLATE = Path(__file__).parents[2] / "docs" / "plantilla-asistencia.csv"


@pytest.fixture
def target(db, caseworker) -> Target:
    view = workshops.create_workshop(
        db, caseworker, WorkshopInput("Taller de autoprotección", WorkshopAudience.COLLECTIVE, "Colectivo")
    )
    session = workshops.add_session(db, caseworker, view.id, WorkshopSessionInput(date(2024, 2, 8), 3), today=TODAY)
    return Target.session(session.id)


def rows_in_db(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Attendance))


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[tuple]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


GOOD_AND_BAD = (
    "Nombre;Identidad;Organización\n"
    "Ana Pérez López;Mujer;Colectiva Luna Nueva\n"
    "Juan Díaz;H;\n"
    ";M;Sin nombre\n"
    "Rosa Cruz;;\n"
    "Itzel Gómez;Otra cosa;\n"
    "ANA PEREZ LOPEZ;M;\n"
    "\n"
    "Alex Reyes;No binario;Red de Periodistas\n"
    "Sam Flores;prefiero no decirlo;\n"
)


def test_a_csv_preview_accepts_good_rows_and_explains_every_bad_one(db, caseworker, target, tmp_path):
    preview = imp.preview(db, caseworker, target, write_csv(tmp_path / "lista.csv", GOOD_AND_BAD))
    assert [(r.row, r.name, r.identity, r.organisation) for r in preview.accepted] == [
        (2, "Ana Pérez López", W, "Colectiva Luna Nueva"),
        (3, "Juan Díaz", M, None),
        (9, "Alex Reyes", L, "Red de Periodistas"),
        (10, "Sam Flores", U, None),
    ]
    assert [(r.row, r.reason) for r in preview.rejected] == [
        (4, imp.MISSING_NAME),
        (5, imp.MISSING_IDENTITY),
        (6, imp.UNKNOWN_IDENTITY),
        (7, "Repetida en el archivo (fila 2)."),
    ]
    assert rows_in_db(db) == 0  # a preview writes nothing


def test_confirm_imports_every_accepted_row_and_the_totals_match(db, caseworker, target, tmp_path):
    preview = imp.preview(db, caseworker, target, write_csv(tmp_path / "lista.csv", GOOD_AND_BAD))
    sheet = imp.confirm(db, caseworker, preview)
    assert sheet.totals == Totals(women=1, men=1, lgbttti=1, undisclosed=1)
    assert sorted(p.name for p in sheet.participants) == ["Alex Reyes", "Ana Pérez López", "Juan Díaz", "Sam Flores"]
    with db.session() as session:
        created = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.entity == "attendance"))
    assert created == 4


def test_cancelling_the_preview_writes_nothing(db, caseworker, target, tmp_path):
    before = attendance.sheet(db, caseworker, target)
    imp.preview(db, caseworker, target, write_csv(tmp_path / "lista.csv", GOOD_AND_BAD))
    # The person presses «Cancelar»: confirm is never called.
    assert rows_in_db(db) == 0
    assert attendance.sheet(db, caseworker, target).totals == before.totals


def test_people_already_on_the_list_are_rejected(db, caseworker, target, tmp_path):
    attendance.add_participant(db, caseworker, target, ParticipantInput("Juan Díaz", M))
    preview = imp.preview(db, caseworker, target, write_csv(tmp_path / "lista.csv", GOOD_AND_BAD))
    assert [r.reason for r in preview.rows if r.name == "Juan Díaz"] == [imp.ALREADY_LISTED]


def test_if_the_list_changed_since_the_preview_nothing_is_imported(db, caseworker, target, tmp_path):
    preview = imp.preview(db, caseworker, target, write_csv(tmp_path / "lista.csv", GOOD_AND_BAD))
    attendance.add_participant(db, caseworker, target, ParticipantInput("Sam Flores", U))
    with pytest.raises(ValidationError):
        imp.confirm(db, caseworker, preview)
    assert rows_in_db(db) == 1


def test_an_xlsx_written_by_openpyxl_is_read_from_its_first_sheet(db, caseworker, target, tmp_path):
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ("NOMBRE COMPLETO", "Sexo", "Institución"),
            ("María García", "F", "Medio Digital Voz Libre"),
            ("Luis Torres", "Masculino", None),
            (None, None, None),
            ("Carlos Ramírez", 7, None),
            ("maria garcia", "M", None),
        ],
    )
    preview = imp.preview(db, caseworker, target, path)
    assert [(r.row, r.name, r.identity) for r in preview.accepted] == [
        (2, "María García", W),
        (3, "Luis Torres", M),
    ]
    assert [(r.row, r.reason) for r in preview.rejected] == [
        (5, imp.UNKNOWN_IDENTITY),
        (6, "Repetida en el archivo (fila 2)."),
    ]
    assert imp.confirm(db, caseworker, preview).totals == Totals(women=1, men=1)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "latin-1"])
def test_csv_encodings_excel_uses_in_mexico_and_comma_separators(db, caseworker, target, tmp_path, encoding):
    text = "nombre,identidad\nJosé Núñez,Hombre\nXóchitl Vázquez,Mujer\n"
    preview = imp.preview(db, caseworker, target, write_csv(tmp_path / "lista.csv", text, encoding))
    assert [r.name for r in preview.accepted] == ["José Núñez", "Xóchitl Vázquez"]


def test_a_file_without_header_is_read_as_name_identity_organisation(db, caseworker, target, tmp_path):
    preview = imp.preview(
        db, caseworker, target, write_csv(tmp_path / "lista.csv", "Ana Pérez,M,Colectiva\nJuan Díaz,H\n")
    )
    assert [(r.row, r.name, r.identity, r.organisation) for r in preview.accepted] == [
        (1, "Ana Pérez", W, "Colectiva"),
        (2, "Juan Díaz", M, None),
    ]


def test_the_documented_template_imports_cleanly(db, caseworker, target):
    preview = imp.preview(db, caseworker, target, TEMPLATE)
    assert preview.rows and not preview.rejected


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("lista.xls", b"\xd0\xcf\x11\xe0", "Los archivos .xls antiguos"),
        ("lista.pdf", b"%PDF", "Solo se importan archivos"),
        ("lista.xlsx", b"no es un zip", "No se pudo leer el archivo"),
        ("lista.csv", b"", imp.NO_ROWS),
        ("lista.csv", b"Nombre;Identidad\n;;\n", imp.NO_ROWS),
    ],
)
def test_unreadable_files_are_explained_and_write_nothing(db, caseworker, target, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        imp.preview(db, caseworker, target, path)
    assert rows_in_db(db) == 0


def test_a_counted_session_takes_no_list_and_statistics_may_not_import(db, caseworker, statistician, target, tmp_path):
    path = write_csv(tmp_path / "lista.csv", GOOD_AND_BAD)
    with pytest.raises(PermissionDenied):
        imp.preview(db, statistician, target, path)
    attendance.set_headcount(db, caseworker, target, {W: 3})
    with pytest.raises(ConflictError):
        imp.preview(db, caseworker, target, path)
