"""Writes the import templates: one CSV per register and the workbook plantilla-registros.xlsx.

Run from the repository root: `.venv/bin/python docs/plantillas/generar.py`. The headers are
the field names the import recognises; the example rows are fictitious and import cleanly
(tests/exchange/test_legacy_templates.py checks both). CSVs are UTF-8 with BOM, so that Excel
opens their accents correctly.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFENSORA = "Persona defensora de derechos humanos"
OTRAS = "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias"

# file stem → (sheet name, header, example rows)
TEMPLATES: dict[str, tuple[str, list[str], list[list[str]]]] = {
    "casos": (
        "Casos",
        [
            "Folio",
            "Perfil",
            "Identidad del caso",
            "Modalidad",
            "Procedimiento",
            "Fecha de apertura",
            "Nombre del colectivo u organización",
            "Alcaldía",
            "Resumen",
            "Nombre de la persona beneficiaria",
            "Teléfono de la persona beneficiaria",
            "Correo de la persona beneficiaria",
            "CURP de la persona beneficiaria",
            "Fecha de cierre",
            "Motivo de cierre",
        ],
        [
            [
                "23/2019",
                DEFENSORA,
                "Mujer",
                "Incorporación",
                "Ordinario",
                "15/03/2019",
                "",
                "Coyoacán",
                "Ejemplo ficticio: amenazas por su labor de defensa del territorio.",
                "Ana Ejemplo Ficticia",
                "55 1234 5678",
                "",
                "",
                "",
                "",
            ],
            [
                "MPI-2020-0004",
                "Persona periodista o colaboradora periodística",
                "Hombre",
                "Atención o canalización",
                "",
                "01/06/2020",
                "",
                "Tlalpan",
                "",
                "Luis Ejemplo Ficticio",
                "",
                "",
                "",
                "30/11/2020",
                "Concluyó la atención (ejemplo ficticio).",
            ],
            [
                "7/2021",
                DEFENSORA,
                "Colectivo",
                "Colaboración con el Mecanismo Federal",
                "",
                "10/02/2021",
                "Colectivo Ejemplo Ficticio",
                "Iztapalapa",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ],
        ],
    ),
    "personas": (
        "Personas",
        [
            "Folio",
            "Tipo de persona",
            "Nombre completo",
            "Identidad",
            "Fecha de nacimiento",
            "CURP",
            "Teléfono",
            "Correo electrónico",
            "Domicilio",
            "Organización",
            "Notas",
        ],
        [
            ["23/2019", "Familiar", "Hija Ejemplo Ficticia", "Mujer", "02/05/2005", "", "", "", "", "", ""],
            [
                "7/2021",
                "Persona beneficiaria",
                "Integrante Uno Ficticia",
                "Mujer",
                "",
                "",
                "55 8765 4321",
                "",
                "",
                "Colectivo Ejemplo Ficticio",
                "",
            ],
            [
                "7/2021",
                "Persona beneficiaria",
                "Integrante Dos Ficticio",
                "Hombre",
                "",
                "",
                "",
                "",
                "",
                "Colectivo Ejemplo Ficticio",
                "",
            ],
        ],
    ),
    "medidas": (
        "Medidas",
        ["Folio", "Medida", "Tipo de medida", "Fecha de inicio", "Fecha de término", "Estado", "Institución", "Notas"],
        [
            ["23/2019", "Monitoreo telefónico", "Preventiva", "20/03/2019", "", "Implementada", "", ""],
            [
                "23/2019",
                "Canalización a otras instancias del Gobierno de la Ciudad de México",
                "Preventiva",
                "22/03/2019",
                "",
                "Implementada",
                "Secretaría de las Mujeres",
                "",
            ],
            [
                "23/2019",
                "Rondines bitacorados (Código águila)",
                "Protección",
                "20/03/2019",
                "20/09/2019",
                "Concluida",
                "Secretaría de Seguridad Ciudadana",
                "",
            ],
            ["7/2021", "Atención psicológica", "Social", "15/02/2021", "", "", "", ""],
            ["7/2021", OTRAS, "Preventiva", "15/02/2021", "", "", "", "Ejemplo de «Otras…»: indique el tipo."],
        ],
    ),
    "acciones": (
        "Acciones",
        ["Folio", "Medida", "Tipo de medida", "Fecha de inicio de la medida", "Fecha", "Cantidad", "Notas"],
        [
            [
                "23/2019",
                "Canalización a otras instancias del Gobierno de la Ciudad de México",
                "Preventiva",
                "",
                "25/03/2019",
                "1",
                "",
            ],
            ["23/2019", "Rondines bitacorados (Código águila)", "Protección", "", "31/03/2019", "90", ""],
            ["7/2021", "Atención psicológica", "Social", "15/02/2021", "20/02/2021", "4", ""],
        ],
    ),
    "talleres": (
        "Talleres",
        [
            "Clave del taller",
            "Título",
            "Dirigido a",
            "Tipo de destinatario",
            "Folio",
            "Fecha de la sesión",
            "Horas",
            "Notas",
        ],
        [
            [
                "T-2024-1",
                "Taller de autoprotección",
                "Colectivo de personas defensoras de derechos humanos",
                "Colectivo",
                "",
                "08/02/2024",
                "3",
                "",
            ],
            [
                "T-2024-1",
                "Taller de autoprotección",
                "Colectivo de personas defensoras de derechos humanos",
                "Colectivo",
                "",
                "15/02/2024",
                "3",
                "",
            ],
            [
                "T-2024-1",
                "Taller de autoprotección",
                "Colectivo de personas defensoras de derechos humanos",
                "Colectivo",
                "",
                "22/02/2024",
                "3",
                "",
            ],
            [
                "T-2024-2",
                "Taller de elaboración de protocolos de seguridad",
                "Colectivo Ejemplo Ficticio",
                "Caso",
                "7/2021",
                "20/02/2024",
                "2",
                "",
            ],
        ],
    ),
    "asistencia": (
        "Asistencia",
        ["Taller", "Fecha de la sesión", "Nombre de la persona participante", "Identidad", "Organización", "Cantidad"],
        [
            ["T-2024-1", "08/02/2024", "", "Mujer", "", "9"],
            ["T-2024-1", "08/02/2024", "", "Hombre", "", "6"],
            ["T-2024-2", "20/02/2024", "Integrante Uno Ficticia", "Mujer", "Colectivo Ejemplo Ficticio", ""],
            ["T-2024-2", "20/02/2024", "Integrante Dos Ficticio", "Hombre", "Colectivo Ejemplo Ficticio", ""],
        ],
    ),
}
README = [
    "Plantilla de registros anteriores para MPI Desktop (importación: docs/importacion.md).",
    "Una hoja por registro; los encabezados son los nombres de campo que el programa reconoce.",
    "Fechas como dd/mm/aaaa. Las filas de ejemplo son ficticias: bórrelas antes de capturar.",
]


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def write_workbook(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    readme = book.active
    readme.title = "Léame"
    for line in README:
        readme.append([line])
    for sheet_name, header, rows in TEMPLATES.values():
        sheet = book.create_sheet(sheet_name)
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for column in sheet.columns:
            sheet.column_dimensions[column[0].column_letter].width = max(14, min(45, len(str(column[0].value)) + 4))
    book.save(path)


def main() -> None:
    for stem, (_sheet, header, rows) in TEMPLATES.items():
        (HERE / f"{stem}.csv").write_bytes(csv_text(header, rows).encode("utf-8-sig"))
    write_workbook(HERE / "plantilla-registros.xlsx")


if __name__ == "__main__":
    main()
