"""The Mapeo de agresiones as an XLSX of aggregates (month × kind × profile × alcaldía).

Only counts and closed vocabularies leave the program: no source, no note, no protest name,
no folio, nothing typed freely, so the file cannot name or point at a person. The workbook is
built in memory and written atomically (a crash leaves the old file or the new one), and the
export is audited.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from babel.dates import format_date
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.aggression_mapping import AggregateRow, aggregate_table, mapping_counts
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.files import write_atomic

HEADERS = (
    "Mes",
    "Tipo de agresión",
    "Perfil",
    "Alcaldía",
    "Registros",
    "Registros colectivos",
    "En contexto de protesta",
    "Con contacto del MPI CDMX",
)
_COUNT_FIELDS = ("findings", "collective", "in_protest", "contacted")
TITLE = "Mapeo de agresiones a personas defensoras de derechos humanos y periodistas"


def month_label(month: date) -> str:
    return format_date(month, "MMMM 'de' y", locale="es_MX").capitalize()


def _row(item: AggregateRow) -> list[object]:
    return [
        month_label(item.month),
        item.kind.label,
        item.profile.label,
        item.alcaldia,
        item.findings,
        item.collective,
        item.in_protest,
        item.contacted,
    ]


def build_workbook(rows: tuple[AggregateRow, ...], first: date, last: date, totals: dict[str, int]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Agregados"
    period = f"Del {format_date(first, 'long', locale='es_MX')} al {format_date(last, 'long', locale='es_MX')}"
    sheet.append([TITLE])
    sheet.append([period])
    sheet.append([])
    sheet.append(list(HEADERS))
    for cell in sheet[1] + sheet[4]:
        cell.font = Font(bold=True)
    for item in rows:
        sheet.append(_row(item))
    sheet.append(["Total", None, None, None, *(sum(getattr(r, f) for r in rows) for f in _COUNT_FIELDS)])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for index, width in enumerate((22, 28, 44, 24, 12, 20, 22, 26), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A5"

    summary = book.create_sheet("Indicadores")
    summary.append(["Indicador", "Valor"])
    summary["A1"].font = summary["B1"].font = Font(bold=True)
    for label, value in totals.items():
        summary.append([label, value])
    summary.column_dimensions["A"].width = 70
    # Nothing about who made the file: the document properties stay generic.
    book.properties.creator = "MPI CDMX"
    book.properties.lastModifiedBy = "MPI CDMX"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_mapping_aggregates(db: Database, actor: Actor, path: Path, first: date, last: date) -> int:
    """Write the aggregates of findings between `first` and `last` to `path`; returns the rows written."""
    require(actor, Permission.READ_AGGREGATES)
    rows = aggregate_table(db, actor, first, last)
    counts = mapping_counts(db, actor, first, last)
    totals = {
        "1.4 Registros de hallazgos de información": counts.findings,
        "1.5.1 Registros de agresiones en el contexto de protestas": counts.protest_findings,
        "Protestas o movilizaciones con registros": counts.protests,
        "Registros con contacto del MPI CDMX": counts.contacted,
        "Registros vinculados a un caso": counts.linked_to_cases,
    }
    write_atomic(Path(path), build_workbook(rows, first, last, totals))
    with db.transaction() as session:
        record(
            session, actor, AuditAction.EXPORT, entity="mapping_finding",
            detail=f"Agregados del mapeo de agresiones del {first.isoformat()} al {last.isoformat()} (XLSX)",
        )  # fmt: skip
    return len(rows)
