"""The Cuadros of the informe as plain tables: what the PDF draws, the GUI previews and the XLSX holds.

One `CuadroTable` per Cuadro, built from `InformeStatistics` with the seed's rows, columns, header
spans and totals, so the three outputs cannot drift apart. Cells keep their raw values (numbers
stay numbers for the spreadsheet); `cell_text` writes them as the seed prints them, "-" for zero.
Only aggregates and the titles of events go in: no person is ever named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from babel.numbers import format_decimal

from mpi_desktop.domain.enums import GoverningBody, PersonIdentity
from mpi_desktop.domain.periods import LOCALE, Period, long_date
from mpi_desktop.reports.narrative import dates_phrase, ordinal
from mpi_desktop.reports.statistics import (
    Cuadro3,
    Cuadro4,
    Cuadro5,
    Cuadro6,
    Cuadro7,
    Cuadro8,
    GoverningSessions,
    InformeStatistics,
    Participants,
    ProfileIdentityCounts,
)
from mpi_desktop.reports.statistics_cases import IDENTITIES, IDENTITY_HEADINGS

SOURCE = "Fuente: Elaboración propia con información del MPI CDMX."
ZERO = "-"  # the seed writes a dash where a count is zero
COLLECTIVE_NOTE = (
    "¹ Se considera colectivo cuando se atiende un caso integrado por dos personas o más, o bien, "
    "se trata de una organización o medio."
)
MEASURES_NOTE = (
    "³ Se entenderá por medidas al conjunto de acciones y medios para proteger, respetar y garantizar los derechos "
    "humanos de las personas que se encuentran en situación de riesgo como consecuencia de la defensa o promoción "
    "de los derechos humanos y del ejercicio de la libertad de expresión y periodismo. Se entiende por acción al "
    "conjunto de gestiones o solicitudes realizadas por el MPI CDMX para concretar las medidas en los planes de "
    "protección. El desglose únicamente refleja las solicitudes realizadas por el MPI CDMX; cada institución "
    "involucrada en un Plan de Protección tiene un proceso interno distinto con su propia metodología e indicadores."
)
NO_ROWS = "Sin registros en el periodo."
CASES = "Número de casos"

Value = str | int | float | None


class RowKind(StrEnum):
    DATA = "data"
    BAND = "band"  # one text across the whole table ("Incorporación por tipo de perfil")
    TOTAL = "total"


@dataclass(frozen=True)
class TableRow:
    cells: tuple[Value, ...]
    kind: RowKind = RowKind.DATA


@dataclass(frozen=True)
class CuadroTable:
    """One Cuadro. `header` is a grid of rows as wide as the table ("" under a span); `spans` are
    (first column, first row, last column, last row) of the header's merged cells."""

    number: int
    name: str
    header: tuple[tuple[str, ...], ...]
    spans: tuple[tuple[int, int, int, int], ...]
    rows: tuple[TableRow, ...]
    cutoff: date
    figure_columns: frozenset[int]
    notes: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return f"CUADRO {self.number}. {self.name.upper()}"

    @property
    def short_title(self) -> str:
        return f"Cuadro {self.number}. {self.name}"

    @property
    def cutoff_line(self) -> str:
        return f"*Corte con fecha al {long_date(self.cutoff)}."

    @property
    def source_line(self) -> str:
        return SOURCE

    @property
    def width(self) -> int:
        return len(self.header[-1])

    def columns(self) -> tuple[str, ...]:
        """One label per column: the header texts above it, top to bottom, joined (for flat views)."""
        labels = []
        for column in range(self.width):
            parts: list[str] = []
            for row_index, row in enumerate(self.header):
                text = row[column] or _spanning_text(self, column, row_index)
                if text and text not in parts and not _is_banner(self, row_index):
                    parts.append(text)
            labels.append(" · ".join(parts))
        return tuple(labels)


def _spanning_text(table: CuadroTable, column: int, row: int) -> str:
    for first_col, first_row, last_col, last_row in table.spans:
        if first_col <= column <= last_col and first_row <= row <= last_row:
            return table.header[first_row][first_col]
    return ""


def _is_banner(table: CuadroTable, row: int) -> bool:
    """A header row that is one text across the whole table (a caption, not a column label)."""
    return (0, row, table.width - 1, row) in table.spans


def cell_text(value: Value) -> str:
    """A cell as the seed prints it: "-" for zero, "1,890", "4.5"."""
    if value is None:
        return ""
    if isinstance(value, bool | str):
        return str(value)
    if value == 0:
        return ZERO
    if isinstance(value, float) and not value.is_integer():
        return format_decimal(value, format="#,##0.#", locale=LOCALE)
    return format_decimal(int(value), locale=LOCALE)


def _no_rows(width: int) -> tuple[TableRow, ...]:
    return (TableRow((NO_ROWS,) + ("",) * (width - 1), RowKind.BAND),)


# ---- Cuadros 1 and 2 ----------------------------------------------------------------------------
def governing_table(number: int, sessions: GoverningSessions) -> CuadroTable:
    body = {
        GoverningBody.JUNTA_DE_GOBIERNO: "Junta de Gobierno",
        GoverningBody.CONSEJO_CONSULTIVO: "Consejo Consultivo",
    }
    header = (("Número de sesión", "Tipo de Sesión", "Fecha", "Temas abordados"),)
    rows = tuple(
        TableRow((ordinal(row.number).capitalize(), row.kind.label, long_date(row.held_on), row.topics))
        for row in sessions.rows
    )
    return CuadroTable(
        number,
        f"Sesiones {body.get(sessions.body, sessions.body.label)} {sessions.period.until.year}",
        header,
        (),
        rows or _no_rows(4),
        sessions.period.cutoff,
        frozenset(),
    )


# ---- Cuadros 3 and 5 (profile × identity) --------------------------------------------------------
def _identity_headings(mark: str = "") -> list[str]:
    return [IDENTITY_HEADINGS[identity] + (mark if index == 3 else "") for index, identity in enumerate(IDENTITIES)]


def cuadro3_table(cuadro: Cuadro3) -> CuadroTable:
    defenders = "Número de casos vinculados a personas defensoras de derechos humanos"
    journalists = "Número de casos vinculados a personas periodistas o colaboradoras periodísticas"
    top = ["Tipo de casos", defenders, "", "", "", CASES, journalists, "", "", "", CASES, "Totales"]
    second = ["", *_identity_headings(" ¹"), "", *_identity_headings(" ²"), "", ""]
    spans = ((0, 0, 0, 1), (1, 0, 4, 0), (5, 0, 5, 1), (6, 0, 9, 0), (10, 0, 10, 1), (11, 0, 11, 1))
    rows = tuple(TableRow((row.label, *row.counts.printed())) for row in cuadro.rows)
    rows += (TableRow(("Totales", *cuadro.totals.printed()), RowKind.TOTAL),)
    return CuadroTable(
        3,
        f"Casos atendidos por el MPI CDMX, {cuadro.period.label}.",
        (tuple(top), tuple(second)),
        spans,
        rows,
        cuadro.period.cutoff,
        frozenset(range(1, 12)),
        (COLLECTIVE_NOTE, "² Idem."),
    )


def cuadro5_table(cuadro: Cuadro5) -> CuadroTable:
    banner = ("Por identidad sexo-género", *[""] * 11)
    top = ("Año", "Personas defensoras de derechos humanos", "", "", "", "", "Personas Periodistas", "", "", "", "")
    second = ("", *_identity_headings(), "Número de casos", *_identity_headings(), "Número de casos", "")
    spans = ((0, 0, 11, 0), (0, 1, 0, 2), (1, 1, 5, 1), (6, 1, 10, 1), (11, 1, 11, 2))
    rows = tuple(TableRow((str(row.year), *_printed(row.counts))) for row in cuadro.rows)
    rows += (TableRow(("Totales", *_printed(cuadro.totals)), RowKind.TOTAL),)
    return CuadroTable(
        5,
        "Casos incorporados al MPI CDMX por año",
        (banner, (*top, "TOTAL"), second),
        spans,
        rows,
        cuadro.cutoff,
        frozenset(range(1, 12)),
    )


def _printed(counts: ProfileIdentityCounts) -> tuple[int, ...]:
    return counts.printed()


# ---- Cuadro 4 ------------------------------------------------------------------------------------
def cuadro4_table(cuadro: Cuadro4) -> CuadroTable:
    width = 14
    banner = ("Incorporación por mes y tipo de procedimiento", *[""] * (width - 1))
    labels = ("Tipo de Procedimientos", *cuadro.month_names, "Total")
    rows = [TableRow((row.label, *row.months, row.total)) for row in cuadro.by_procedure]
    rows.append(TableRow(("Incorporación por tipo de perfil", *[""] * (width - 1)), RowKind.BAND))
    rows += [TableRow((row.label, *row.months, row.total)) for row in cuadro.by_profile]
    return CuadroTable(
        4,
        f"Casos incorporados al MPI CDMX {cuadro.year}; por tipo de procedimiento y perfil",
        (banner, labels),
        ((0, 0, width - 1, 0),),
        tuple(rows),
        cuadro.cutoff,
        frozenset(range(1, width)),
    )


# ---- Cuadro 6 ------------------------------------------------------------------------------------
def cuadro6_table(cuadro: Cuadro6) -> CuadroTable:
    item = "Acciones y medidas vinculadas a los planes de protección"
    header = ((item, "Tipo de Medida", "Número de medidas", "Número de acciones"),)
    rows = tuple(TableRow((row.item, row.category.label, row.measures, row.actions)) for row in cuadro.rows)
    rows += (TableRow(("Totales", "", cuadro.measures, cuadro.actions), RowKind.TOTAL),)
    return CuadroTable(
        6,
        f"Medidas otorgadas en {cuadro.period.label}",
        header,
        (),
        rows,
        cuadro.period.cutoff,
        frozenset({2, 3}),
        (MEASURES_NOTE,),
    )


# ---- Cuadros 7 and 8 (participants by identity) ---------------------------------------------------
def _identity_columns(base: tuple[PersonIdentity, ...], participants: Participants) -> tuple[PersonIdentity, ...]:
    """The seed's identity columns, plus any other identity with people (so the total adds up)."""
    return tuple(identity for identity in PersonIdentity if identity in base or participants.of(identity))


IDENTITY_COLUMN = {
    PersonIdentity.WOMAN: "Mujeres",
    PersonIdentity.MAN: "Hombres",
    PersonIdentity.LGBTTTI: "LGBTTTI",
    PersonIdentity.UNDISCLOSED: "Prefiero no decirlo",
}


def _people(participants: Participants, identities: tuple[PersonIdentity, ...]) -> tuple[int, ...]:
    return (*(participants.of(identity) for identity in identities), participants.total)


def cuadro7_table(cuadro: Cuadro7) -> CuadroTable:
    seed_columns = (PersonIdentity.WOMAN, PersonIdentity.MAN, PersonIdentity.LGBTTTI)
    identities = _identity_columns(seed_columns, cuadro.participants)
    people = len(identities) + 1
    lead = ("No.", "Dirigido a:", "Número de sesiones", "Número de horas")
    top = (*lead, "Personas participantes", *[""] * (people - 1))
    second = ("", "", "", "", *(IDENTITY_COLUMN[i] for i in identities), "Total")
    spans = ((0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 3 + people, 0))
    rows = tuple(
        TableRow((row.number, row.directed_to, row.sessions, row.hours, *_people(row.participants, identities)))
        for row in cuadro.rows
    )
    if len(rows) > 1:
        totals = ("Totales", "", cuadro.sessions, cuadro.hours, *_people(cuadro.participants, identities))
        rows += (TableRow(totals, RowKind.TOTAL),)
    width = 4 + people
    return CuadroTable(
        7,
        "Sesiones del taller autoprotección",
        (top, second),
        spans,
        rows or _no_rows(width),
        cuadro.period.cutoff,
        frozenset({0, *range(2, width)}),
    )


def training_objective(objective: str, partner: str | None) -> str:
    if not partner:
        return objective
    return f"En colaboración con {partner}. {objective}".strip()


def cuadro8_table(cuadro: Cuadro8) -> CuadroTable:
    seed_columns = (PersonIdentity.WOMAN, PersonIdentity.MAN, PersonIdentity.UNDISCLOSED)
    identities = _identity_columns(seed_columns, cuadro.participants)
    people = len(identities) + 1
    top = ("Acciones", "Fecha", "Objetivo", "Número de participantes", *[""] * (people - 1))
    second = ("", "", "", *(IDENTITY_COLUMN[i] for i in identities), "Total")
    spans = ((0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 2 + people, 0))
    rows = tuple(
        TableRow(
            (
                row.title,
                dates_phrase(row.dates),
                training_objective(row.objective, row.partner),
                *_people(row.participants, identities),
            )
        )
        for row in cuadro.rows
    )
    width = 3 + people
    if rows:
        rows += (TableRow(("Totales", "", "", *_people(cuadro.participants, identities)), RowKind.TOTAL),)
    return CuadroTable(
        8,
        "Acciones de prevención y capacitación dirigidas a personas defensoras de derechos humanos y periodistas",
        (top, second),
        spans,
        rows or _no_rows(width),
        cuadro.period.cutoff,
        frozenset(range(3, width)),
    )


# ---- all of them ---------------------------------------------------------------------------------
def informe_tables(stats: InformeStatistics) -> tuple[CuadroTable, ...]:
    """The Cuadros of the sections in `stats`, in number order."""
    tables: list[CuadroTable] = []
    if stats.junta is not None:
        tables.append(governing_table(1, stats.junta))
    if stats.consejo is not None:
        tables.append(governing_table(2, stats.consejo))
    if stats.cases is not None:
        tables.append(cuadro3_table(stats.cases))
    if stats.incorporations is not None:
        tables.append(cuadro4_table(stats.incorporations))
    if stats.history is not None:
        tables.append(cuadro5_table(stats.history))
    if stats.measures is not None:
        tables.append(cuadro6_table(stats.measures))
    if stats.workshops is not None:
        tables.append(cuadro7_table(stats.workshops))
    if stats.trainings is not None:
        tables.append(cuadro8_table(stats.trainings))
    return tuple(tables)


def period_title(period: Period) -> str:
    """ "ENERO–FEBRERO DE 2024" as the cover and the titles print it."""
    return period.label.upper()


__all__ = [
    "SOURCE",
    "ZERO",
    "CuadroTable",
    "RowKind",
    "TableRow",
    "cell_text",
    "informe_tables",
    "period_title",
]
