"""Reading legacy registers from XLSX workbooks and CSV files into plain sheets.

A workbook gives one sheet per worksheet; a CSV file is one sheet named after the file.
CSV: UTF-8 (with or without BOM) or Windows-1252/Latin-1 (what Excel saves in Mexico), fields
separated by comma, semicolon or tab. The header is the first row with two or more filled
cells (legacy sheets often carry a title row above it). Row numbers are those a person sees
in the spreadsheet program: the header's row plus one for the first record.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from mpi_desktop.domain.errors import MpiError
from mpi_desktop.exchange.legacy_rows import blank

MAX_BYTES = 100 * 1024 * 1024  # a legacy register is far smaller; this catches a wrong file
HEADER_SEARCH = 10  # rows looked at for the header
SPREADSHEETS = (".xlsx", ".xlsm")
TEXT_TABLES = (".csv", ".txt", ".tsv")

UNSUPPORTED = "Solo se importan archivos .xlsx o .csv. Guarde el archivo en uno de esos formatos."
OLD_EXCEL = "Los archivos .xls antiguos no se pueden leer; ábralo y guárdelo como .xlsx o .csv."
UNREADABLE = "No se pudo leer el archivo: no es un libro de Excel (.xlsx) válido o está dañado."
TOO_LARGE = "El archivo es demasiado grande para ser un registro (más de 100 MB)."
NOT_FOUND = "No se encontró el archivo."


class ImportFileError(MpiError):
    pass


@dataclass(frozen=True)
class Sheet:
    """The records of one worksheet or CSV file, as read: no value is interpreted yet."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    first_row: int = 2  # spreadsheet row number of rows[0]

    def row_number(self, index: int) -> int:
        return self.first_row + index

    def column(self, index: int) -> str:
        """A column as the person knows it: its header, or its letter when it has none."""
        return self.headers[index] or _letter(index)


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return f"columna {letters}"


def read_file(path: Path | str) -> tuple[Sheet, ...]:
    path = Path(path)
    suffix = path.suffix.casefold()
    try:
        size = path.stat().st_size
    except OSError:
        raise ImportFileError(NOT_FOUND) from None
    if size > MAX_BYTES:
        raise ImportFileError(TOO_LARGE)
    if suffix in SPREADSHEETS:
        return _read_workbook(path)
    if suffix in TEXT_TABLES:
        return (_read_csv(path),)
    raise ImportFileError(OLD_EXCEL if suffix == ".xls" else UNSUPPORTED)


def _read_workbook(path: Path) -> tuple[Sheet, ...]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ImportFileError(UNREADABLE) from None
    try:
        sheets = []
        for worksheet in book.worksheets:
            sheet = _sheet(worksheet.title, [tuple(row) for row in worksheet.iter_rows(values_only=True)])
            if sheet is not None:
                sheets.append(sheet)
        return tuple(sheets)
    finally:
        book.close()


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")  # every byte is a character: the last resort never fails


def _delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[: HEADER_SEARCH + 5] if line.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t").delimiter
    except csv.Error:  # a title row or ragged rows confuse the sniffer: the separator most lines use
        return max(",;\t", key=lambda d: (sum(d in line for line in lines), sum(line.count(d) for line in lines)))


def _read_csv(path: Path) -> Sheet:
    try:
        text = _decode(path.read_bytes())
    except OSError:
        raise ImportFileError(NOT_FOUND) from None
    try:
        records = [tuple(record) for record in csv.reader(io.StringIO(text), delimiter=_delimiter(text))]
    except csv.Error:
        raise ImportFileError("El archivo CSV está mal formado (comillas sin cerrar).") from None
    return _sheet(path.stem, records) or Sheet(path.stem, (), ())


def _sheet(name: str, records: list[tuple[object, ...]]) -> Sheet | None:
    """The sheet whose header is the first row with two or more filled cells; None if there is none."""
    filled = (i for i, record in enumerate(records[:HEADER_SEARCH]) if sum(not blank(c) for c in record) >= 2)
    index = next(filled, None)
    if index is None:
        return None
    header = list(records[index])
    while header and blank(header[-1]):
        header.pop()
    width = len(header)
    headers = tuple("" if blank(cell) else " ".join(str(cell).split()) for cell in header)
    body = []
    for record in records[index + 1 :]:
        cells = tuple(record[:width]) + (None,) * (width - len(record))
        body.append(cells)
    while body and all(blank(cell) for cell in body[-1]):
        body.pop()  # XLSX sheets often report formatted but empty rows at the end
    return Sheet(name, headers, tuple(body), first_row=index + 2)


__all__ = ["ImportFileError", "Sheet", "read_file"]
