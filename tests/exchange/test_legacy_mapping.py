"""Reading legacy sheets: the guessed mapping, the values as people typed them, the file formats."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mpi_desktop.domain.enums import Identity, MeasureCategory, Modality, PersonIdentity, PersonRole, Profile
from mpi_desktop.exchange import legacy_rows as rows
from mpi_desktop.exchange.legacy_mapping import (
    MappingError,
    RegisterKind,
    guess_kind,
    guess_mapping,
    mapping_problems,
    with_overrides,
)
from mpi_desktop.exchange.legacy_sheets import ImportFileError, read_file


def test_spanish_headers_are_recognised_whatever_their_accents_case_and_punctuation():
    headers = ["FOLIO", "Nombre", "perfil", "Identidad:", "Modalidad", "Fecha de incorporacion", "Tel.", "Color"]
    assert guess_mapping(RegisterKind.CASES, headers) == (
        "folio",
        "beneficiary_name",
        "profile",
        "identity",
        "modality",
        "opened_on",
        "beneficiary_phone",
        None,
    )
    assert guess_mapping(RegisterKind.ACTIONS, ["No. de expediente", "Medida", "Fecha", "Número de acciones"]) == (
        "folio",
        "measure",
        "acted_on",
        "quantity",
    )


def test_a_field_goes_to_the_first_column_that_names_it():
    assert guess_mapping(RegisterKind.PERSONS, ["Folio", "Teléfono", "Celular", "Nombre", "Identidad"]) == (
        "folio",
        "phone",
        None,
        "full_name",
        "identity",
    )


@pytest.mark.parametrize(
    ("name", "headers", "kind"),
    [
        ("Casos 2019", [], RegisterKind.CASES),
        ("medidas", [], RegisterKind.MEASURES),
        ("Hoja1", ["Folio", "Nombre completo", "Identidad", "Tipo de persona"], RegisterKind.PERSONS),
        ("Hoja1", ["Taller", "Fecha de la sesión", "Nombre", "Identidad"], RegisterKind.ATTENDANCE),
        ("Hoja1", ["Color", "Sabor"], None),
    ],
)
def test_the_register_of_a_sheet_is_guessed_from_its_name_or_headers(name, headers, kind):
    assert guess_kind(name, headers) is kind


def test_the_person_corrects_the_guess_by_label_or_code_and_problems_are_named():
    headers = ["Folio", "Perfil", "Identidad", "Modalidad", "Alta", "Fecha"]
    guessed = guess_mapping(RegisterKind.CASES, headers)
    assert guessed[4] is None and guessed[5] == "opened_on"
    changed = with_overrides(RegisterKind.CASES, headers, guessed, ["alta=Fecha de apertura", "Fecha="])
    assert changed[4] == "opened_on" and changed[5] is None
    moved = with_overrides(RegisterKind.CASES, headers, guessed, ["Alta=opened_on"])
    assert moved[4] == "opened_on" and moved[5] is None  # a field chosen again leaves its old column
    assert mapping_problems(RegisterKind.CASES, (None,) * 6) == [
        "Falta la columna obligatoria «Perfil».",
        "Falta la columna obligatoria «Identidad del caso».",
        "Falta la columna obligatoria «Modalidad».",
        "Falta la columna obligatoria «Fecha de apertura».",
    ]
    assert "más de una columna" in mapping_problems(RegisterKind.CASES, ("folio", "folio", None, None, None, None))[0]
    with pytest.raises(MappingError, match="No hay un campo así"):
        with_overrides(RegisterKind.CASES, headers, guessed, ["Alta=fecha favorita"])
    with pytest.raises(MappingError, match="no tiene una columna «Baja»"):
        with_overrides(RegisterKind.CASES, headers, guessed, ["Baja=Fecha de cierre"])


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("15/01/2024", date(2024, 1, 15)),
        ("5/1/2024", date(2024, 1, 5)),
        ("2024-01-15", date(2024, 1, 15)),
        ("15-01-2024", date(2024, 1, 15)),
        ("15.01.2024", date(2024, 1, 15)),
        ("2024-01-15 00:00:00", date(2024, 1, 15)),
        ("15 de enero de 2024", date(2024, 1, 15)),
        ("3 sept 2023", date(2023, 9, 3)),
        (45306, date(2024, 1, 15)),  # an Excel serial
        (45306.75, date(2024, 1, 15)),
        ("45306", date(2024, 1, 15)),
        (datetime(2024, 1, 15, 10, 30), date(2024, 1, 15)),
        (date(2024, 1, 15), date(2024, 1, 15)),
        ("  ", None),
    ],
)
def test_dates_are_read_day_first_in_every_usual_form(cell, expected):
    assert rows.day(cell) == expected


@pytest.mark.parametrize("cell", ["31/02/2024", "15/01/24", "mañana", "2024/13/01", 0, -3])
def test_unreadable_dates_give_a_reason_without_the_value(cell):
    with pytest.raises(rows.CellError) as caught:
        rows.day(cell)
    if isinstance(cell, str):
        assert cell not in caught.value.reason
    assert "aaaa" in caught.value.reason


@pytest.mark.parametrize(
    ("enum", "cell", "expected"),
    [
        (Profile, "Persona defensora de derechos humanos", Profile.DEFENDER),
        (Profile, "DEFENSORA", Profile.DEFENDER),
        (Profile, "periodista", Profile.JOURNALIST),
        (Identity, "Mujeres", Identity.WOMAN),
        (Identity, "colectivo", Identity.COLLECTIVE),
        (Modality, "Incorporacion", Modality.INCORPORATION),
        (Modality, "Canalización", Modality.ATTENTION),
        (Modality, "SEGOB", Modality.FEDERAL_COLLABORATION),
        (PersonRole, "Beneficiaria", PersonRole.BENEFICIARY),
        (PersonIdentity, "Prefiero no decirlo", PersonIdentity.UNDISCLOSED),
        (MeasureCategory, "de carácter social", MeasureCategory.SOCIAL),
        (MeasureCategory, "Protección urgente", MeasureCategory.URGENT_PROTECTION),
    ],
)
def test_choices_are_read_from_their_labels_and_usual_variants(enum, cell, expected):
    assert rows.choice(enum)(cell) is expected


def test_an_unknown_choice_lists_the_options():
    with pytest.raises(rows.CellError) as caught:
        rows.choice(Identity)("Marciano")
    assert caught.value.reason == "No es una opción reconocida; use Mujer, Hombre, LGBTTTI o Colectivo."


def test_participants_identity_takes_the_attendance_list_letters():
    assert rows.participant_identity("M") is PersonIdentity.WOMAN
    assert rows.participant_identity("H") is PersonIdentity.MAN
    assert rows.participant_identity("Mujer") is PersonIdentity.WOMAN


def test_numbers_text_and_folios():
    assert rows.quantity("90") == 90 and rows.quantity(3.0) == 3 and rows.quantity(None) is None
    for bad in ("0", "-1", "2.5", "tres", True):
        with pytest.raises(rows.CellError):
            rows.quantity(bad)
    assert rows.hours("2,5") == 2.5 and rows.hours(3) == 3.0
    with pytest.raises(rows.CellError):
        rows.hours("0")
    assert rows.text(5512345678.0) == "5512345678"  # a phone typed as a number in Excel
    assert rows.folio("  mpi-2019-0007 ") == "MPI-2019-0007"


def test_csv_encodings_separators_and_a_title_row_above_the_header(tmp_path):
    bom = tmp_path / "casos.csv"
    bom.write_bytes("\ufeffFolio,Perfil,Identidad\n1/2019,Periodista,Mujer\n".encode())
    sheet = read_file(bom)[0]
    assert sheet.name == "casos" and sheet.headers == ("Folio", "Perfil", "Identidad")
    latin = tmp_path / "personas.csv"
    latin.write_bytes("REGISTRO DE PERSONAS\n\nFolio;Nombre;Teléfono\n1/2019;José Núñez;\n;;\n".encode("cp1252"))
    sheet = read_file(latin)[0]
    assert sheet.headers == ("Folio", "Nombre", "Teléfono")
    assert sheet.rows == (("1/2019", "José Núñez", ""),)
    assert sheet.row_number(0) == 4  # the row a person sees in the spreadsheet program


def test_files_that_are_not_registers_are_refused_clearly(tmp_path):
    fake = tmp_path / "registro.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFileError, match="no es un libro de Excel"):
        read_file(fake)
    other = tmp_path / "notas.docx"
    other.write_bytes(b"x")
    with pytest.raises(ImportFileError, match=r"Solo se importan archivos \.xlsx o \.csv"):
        read_file(other)
    with pytest.raises(ImportFileError, match="No se encontró"):
        read_file(tmp_path / "falta.csv")
