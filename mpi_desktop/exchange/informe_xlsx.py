"""The Cuadros of the informe as an XLSX workbook, for the transparency portal.

One sheet per Cuadro with its title, the header as printed (merged cells where the PDF spans
them), the rows and totals, then the "*Corte con fecha al …" and "Fuente: …" lines and the
notes; a first sheet names the informe and lists the Cuadros. Counts stay numbers (a zero shows
as "-", as in the printed informe, through the cell's number format). Aggregates only: the tables
come from reports/informe_tables, which holds counts and event titles, never a person.

The tables are passed in (the CLI and the GUI build them with reports.informe_tables): exchange
and reports are sibling layers, so this module reads them through the `AggregateTable` protocol.
The workbook is built in memory and written atomically; the export is audited.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.storage.files import write_atomic

COUNT_FORMAT = '#,##0;-#,##0;"-"'  # zero printed as "-", the seed's way, while staying a number
DECIMAL_FORMAT = '#,##0.#;-#,##0.#;"-"'
GUINDA = "9F2241"
LIGHT = "F4ECEE"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor=GUINDA)
BAND_FILL = PatternFill("solid", fgColor=LIGHT)
THIN = Side(style="thin", color="D5C4C9")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
FIRST_ROW = 3  # title, blank, then the table


class AggregateRow(Protocol):
    cells: tuple[object, ...]
    kind: str  # "data", "band" (one text across the table) or "total"


class AggregateTable(Protocol):
    """What reports.informe_tables.CuadroTable offers (read, never imported: a sibling layer)."""

    number: int
    header: tuple[tuple[str, ...], ...]
    spans: tuple[tuple[int, int, int, int], ...]
    rows: tuple[AggregateRow, ...]
    figure_columns: frozenset[int]
    notes: tuple[str, ...]

    @property
    def title(self) -> str: ...

    @property
    def short_title(self) -> str: ...

    @property
    def cutoff_line(self) -> str: ...

    @property
    def source_line(self) -> str: ...

    @property
    def width(self) -> int: ...


def _header(sheet: Worksheet, table: AggregateTable) -> int:
    for offset, labels in enumerate(table.header):
        for column, text in enumerate(labels, start=1):
            cell = sheet.cell(FIRST_ROW + offset, column, text or None)
            cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, CENTRE, BOX
    for first_col, first_row, last_col, last_row in table.spans:
        sheet.merge_cells(
            start_row=FIRST_ROW + first_row,
            start_column=first_col + 1,
            end_row=FIRST_ROW + last_row,
            end_column=last_col + 1,
        )
    return FIRST_ROW + len(table.header)


def _value(value: object) -> object:
    return None if value in (None, "") else value


def _body(sheet: Worksheet, table: AggregateTable, first: int) -> int:
    row_number = first
    for row in table.rows:
        kind = str(row.kind)
        if kind == "band":
            cell = sheet.cell(row_number, 1, _value(row.cells[0]))
            cell.font, cell.fill = Font(bold=True), BAND_FILL
            sheet.merge_cells(start_row=row_number, start_column=1, end_row=row_number, end_column=table.width)
            row_number += 1
            continue
        for column, value in enumerate(row.cells):
            cell = sheet.cell(row_number, column + 1, _value(value))
            cell.border = BOX
            if column in table.figure_columns and isinstance(value, int | float):
                cell.number_format = COUNT_FORMAT if float(value).is_integer() else DECIMAL_FORMAT
                cell.alignment = CENTRE
            else:
                cell.alignment = WRAP
            if kind == "total":
                cell.font, cell.fill = Font(bold=True), BAND_FILL
        row_number += 1
    return row_number


def _widths(sheet: Worksheet, table: AggregateTable) -> None:
    for column in range(table.width):
        letter = get_column_letter(column + 1)
        sheet.column_dimensions[letter].width = 12 if column in table.figure_columns else 42


def add_sheet(book: Workbook, table: AggregateTable) -> Worksheet:
    sheet = book.create_sheet(f"Cuadro {table.number}")
    sheet.cell(1, 1, table.title).font = Font(bold=True, color=GUINDA)
    after = _body(sheet, table, _header(sheet, table))
    sheet.freeze_panes = sheet.cell(FIRST_ROW + len(table.header), 1)
    lines = (table.cutoff_line, table.source_line, *table.notes)
    for offset, text in enumerate(lines, start=1):
        sheet.cell(after + offset, 1, text).font = Font(italic=offset > 2, size=9)
    _widths(sheet, table)
    return sheet


def build_workbook(tables: Sequence[AggregateTable], heading: Sequence[str]) -> bytes:
    """The workbook: an "Informe" sheet (`heading` lines, then the list of Cuadros), one sheet per Cuadro."""
    book = Workbook()
    cover = book.active
    cover.title = "Informe"
    row = 1
    for index, text in enumerate(heading):
        cover.cell(row, 1, text).font = Font(bold=index == 0, color=GUINDA if index == 0 else None)
        row += 1
    row += 1
    cover.cell(row, 1, "Cuadros").font = Font(bold=True)
    for table in tables:
        row += 1
        cover.cell(row, 1, table.short_title)
    cover.column_dimensions["A"].width = 110
    for table in tables:
        add_sheet(book, table)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_informe_xlsx(
    db, actor: Actor, path: Path, tables: Sequence[AggregateTable], heading: Sequence[str], *, detail: str
) -> int:
    """Write the workbook of `tables` to `path` atomically and audit the export; returns the sheets of
    Cuadros written. `detail` says which informe (kind, dates, sections) for the audit log."""
    require(actor, Permission.READ_AGGREGATES)
    write_atomic(Path(path), build_workbook(tables, heading))
    with db.transaction() as session:
        record(session, actor, AuditAction.EXPORT, entity="informe", detail=f"XLSX {detail}")
    return len(tables)


__all__ = ["AggregateTable", "add_sheet", "build_workbook", "export_informe_xlsx"]
