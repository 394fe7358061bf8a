"""Import an attendance list (CSV or XLSX) into a workshop session or a training.

Two steps, so nothing is written until the person has seen the result: `preview` reads the
file and sorts every row into accepted or rejected (with the reason in Spanish); `confirm`
adds all accepted rows in ONE transaction through services/attendance.py. Cancelling is
simply not calling `confirm`. The format is described in docs/asistencia.md:

- columns «Nombre» (required), «Identidad» (required) and «Organización» (optional), found by
  their header (accents and case aside, common synonyms accepted); a file without a
  recognisable header is read as name, identity, organisation in that order;
- identity as M / H / L / N or Mujer, Hombre, LGBTTTI, Prefiero no decirlo and the common
  spellings in `activity_validation.IDENTITY_SPELLINGS` ("No binario" counts as LGBTTTI);
- CSV in UTF-8 (with or without BOM), Windows-1252 or Latin-1, separated by `,` or `;`;
  XLSX: the first worksheet with data, read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mpi_desktop.domain.activity_inputs import AttendanceMode, ParticipantInput
from mpi_desktop.domain.activity_validation import (
    ACTIVITY_LENGTHS,
    DUPLICATE_PARTICIPANT,
    name_key,
    parse_identity,
)
from mpi_desktop.domain.enums import PersonIdentity
from mpi_desktop.domain.errors import ConflictError, MpiError
from mpi_desktop.domain.text import fold
from mpi_desktop.exchange.legacy_sheets import ImportFileError, Sheet, read_file
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.services import attendance
from mpi_desktop.services.attendance import AttendanceSheet, Target
from mpi_desktop.storage.engine import Database

MAX_ROWS = 2_000  # a room, not a register: more means the wrong file
NO_ROWS = "El archivo no contiene filas con datos."
TOO_MANY = f"El archivo tiene más de {MAX_ROWS:,} filas; no parece una lista de asistencia."
NOTHING_TO_IMPORT = "No hay filas aceptadas para importar."

MISSING_NAME = "Falta el nombre."
MISSING_IDENTITY = "Falta la identidad."
UNKNOWN_IDENTITY = "Identidad no reconocida: use Mujer (M), Hombre (H), LGBTTTI (L) o Prefiero no decirlo (N)."
NAME_TOO_LONG = f"El nombre excede {ACTIVITY_LENGTHS['name']} caracteres."
ORGANISATION_TOO_LONG = f"La organización excede {ACTIVITY_LENGTHS['organisation']} caracteres."
REPEATED = "Repetida en el archivo (fila {row})."
ALREADY_LISTED = DUPLICATE_PARTICIPANT

HEADERS = {
    "name": ("nombre", "nombre completo", "nombres", "participante", "persona participante", "persona", "asistente"),
    "identity": ("identidad", "genero", "sexo", "identidad de genero", "sexo/genero", "genero/identidad"),
    "organisation": ("organizacion", "organizacion/colectivo", "colectivo", "institucion", "medio", "dependencia"),
}


@dataclass(frozen=True)
class PreviewRow:
    row: int  # the row number the spreadsheet program shows
    name: str
    identity_text: str
    identity: PersonIdentity | None
    organisation: str | None
    reason: str | None  # None: accepted

    @property
    def accepted(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class ImportPreview:
    target: Target
    file_name: str
    rows: tuple[PreviewRow, ...]

    @property
    def accepted(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.accepted)

    @property
    def rejected(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if not r.accepted)


def preview(db: Database, actor: Actor, target: Target, path: Path | str) -> ImportPreview:
    """Read `path` and judge every row against itself and the session's current list. Writes nothing."""
    require(actor, Permission.EDIT_CASES)
    require(actor, Permission.READ_CASES)
    current = attendance.sheet(db, actor, target)
    if current.mode is AttendanceMode.HEADCOUNT:
        raise ConflictError(attendance.COUNTED_NO_NAMES)
    sheet = _first_sheet(read_file(path))
    taken = {name_key(p.name) for p in current.participants}
    return ImportPreview(target, Path(path).name, tuple(_judge(sheet, taken)))


def confirm(db: Database, actor: Actor, prepared: ImportPreview) -> AttendanceSheet:
    """Add every accepted row, all in one transaction (any problem: none is added)."""
    people = [ParticipantInput(r.name, r.identity, r.organisation) for r in prepared.accepted]
    if not people:
        raise MpiError(NOTHING_TO_IMPORT)
    return attendance.add_participants(db, actor, prepared.target, people, detail="Asistencia importada de una lista")


def _first_sheet(sheets: tuple[Sheet, ...]) -> Sheet:
    for sheet in sheets:
        if sheet.rows or sheet.headers:
            return sheet
    raise ImportFileError(NO_ROWS)


def _columns(sheet: Sheet) -> tuple[dict[str, int], list[tuple[int, tuple[object, ...]]]]:
    """Which column holds what, and the data rows with their spreadsheet numbers."""
    found: dict[str, int] = {}
    for index, header in enumerate(sheet.headers):
        key = fold(header).rstrip(":* ")
        for field, names in HEADERS.items():
            if key in names and field not in found:
                found[field] = index
    rows = [(sheet.row_number(i), cells) for i, cells in enumerate(sheet.rows)]
    if "name" not in found:  # no header: the first row is data, in the documented order
        rows.insert(0, (sheet.first_row - 1, sheet.headers))
        found = {"name": 0, "identity": 1, "organisation": 2}
    return found, rows


def _cell(cells: tuple[object, ...], index: int | None) -> str:
    if index is None or index >= len(cells) or cells[index] is None:
        return ""
    return " ".join(str(cells[index]).split())


def _judge(sheet: Sheet, taken: set[str]):
    columns, rows = _columns(sheet)
    if not any(any(_cell(cells, i) for i in columns.values()) for _, cells in rows):
        raise ImportFileError(NO_ROWS)
    if len(rows) > MAX_ROWS:
        raise ImportFileError(TOO_MANY)
    first_seen: dict[str, int] = {}
    for number, cells in rows:
        name = _cell(cells, columns.get("name"))
        identity_text = _cell(cells, columns.get("identity"))
        organisation = _cell(cells, columns.get("organisation")) or None
        if not name and not identity_text and not organisation:
            continue  # a blank line between blocks of the list
        identity = parse_identity(identity_text)
        key = name_key(name)
        reason = None
        if not name:
            reason = MISSING_NAME
        elif len(name) > ACTIVITY_LENGTHS["name"]:
            reason = NAME_TOO_LONG
        elif not identity_text:
            reason = MISSING_IDENTITY
        elif identity is None:
            reason = UNKNOWN_IDENTITY
        elif organisation and len(organisation) > ACTIVITY_LENGTHS["organisation"]:
            reason = ORGANISATION_TOO_LONG
        elif key in taken:
            reason = ALREADY_LISTED
        elif key in first_seen:
            reason = REPEATED.format(row=first_seen[key])
        if reason is None:  # a later row repeats the first ACCEPTED one; a refused row takes no name
            first_seen[key] = number
        yield PreviewRow(number, name, identity_text, identity, organisation, reason)


__all__ = ["ImportFileError", "ImportPreview", "PreviewRow", "confirm", "preview"]
