"""Importing legacy registers (cases, persons, measures, actions, workshops, attendance).

Three steps, the same from the GUI wizard and the `mpi-desktop import` command:

1. `load(path)` reads an XLSX workbook or a CSV file and guesses, for each sheet, which
   register it holds and which field each column is (`SheetChoice`); the person corrects it.
2. `dry_run(db, actor, choices)` reads every row, applies the domain rules and links the rows
   of different sheets, and says what would be created and every rejected row with its reason
   (`ImportPlan`). It writes nothing.
3. `import_records(db, actor, choices)` does the same inside ONE transaction and writes: all
   of it or nothing. With rejected rows it refuses, unless the person chose to import only the
   accepted rows (`accepted_only`); those then go in together, or none do.

Folios: a legacy folio already in the program's form (PREFIJO-AAAA-NNNN, as `MPI-2019-0007`)
is kept as the case's folio; any other is kept as a reference at the top of the case summary
("Folio anterior: 23/2019.") and the case gets the next folio of its opening year.
Importing personal data needs the permission to edit cases; everything written is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from mpi_desktop.domain.errors import ConflictError
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.exchange.legacy_activities import StagedWorkshop, stage_attendance, stage_workshops
from mpi_desktop.exchange.legacy_mapping import Mapping, RegisterKind, guess_kind, guess_mapping, mapping_problems
from mpi_desktop.exchange.legacy_measures import Cases, StagedAction, StagedMeasure, stage_actions, stage_measures
from mpi_desktop.exchange.legacy_plan import Rejection, Rejections, Row, StagedCase, read_rows, stage_cases
from mpi_desktop.exchange.legacy_sheets import Sheet, read_file
from mpi_desktop.exchange.legacy_write import Progress, Writer, keepable_folio
from mpi_desktop.security.access import Actor
from mpi_desktop.services.case_records import require_edit
from mpi_desktop.storage.engine import Database

# Record kinds as counted in a plan or result, in the order they are shown, with their Spanish names.
COUNT_LABELS = {
    "cases": "Casos",
    "persons": "Personas",
    "measures": "Medidas",
    "actions": "Acciones de medidas",
    "workshops": "Talleres",
    "sessions": "Sesiones de taller",
    "attendance": "Participantes",
    "headcounts": "Conteos de participantes",
}
HAS_REJECTIONS = (
    "La importación tiene {n} filas rechazadas; corríjalas o elija importar solo las filas aceptadas. "
    "No se importó nada."
)
NOTHING_TO_IMPORT = "No hay filas aceptadas que importar."


@dataclass(frozen=True)
class SheetChoice:
    """A sheet, the register it holds (None: not imported) and the field of each of its columns."""

    sheet: Sheet
    kind: RegisterKind | None
    mapping: Mapping

    def problems(self) -> list[str]:
        return mapping_problems(self.kind, self.mapping) if self.kind else []


@dataclass(frozen=True)
class ImportPlan:
    """What an import would create, and every row it would leave out and why."""

    counts: dict[str, int]
    rows_read: int
    rejected_rows: int
    rejections: tuple[Rejection, ...]
    folios: tuple[tuple[str | None, str | None], ...]  # each case: legacy folio, folio kept (None: a new one)

    @property
    def ok(self) -> bool:
        return not self.rejections

    def describe(self) -> str:
        created = ", ".join(f"{COUNT_LABELS[k]}: {n}" for k, n in self.counts.items() if n) or "nada"
        return f"Filas leídas: {self.rows_read}. Se crearían — {created}. Filas rechazadas: {self.rejected_rows}."


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, int]
    folios: tuple[tuple[str | None, str], ...]  # each case: legacy folio, folio in the program
    skipped_rows: int

    def describe(self) -> str:
        created = ", ".join(f"{COUNT_LABELS[k]}: {n}" for k, n in self.counts.items() if n) or "nada"
        skipped = f" Filas rechazadas no importadas: {self.skipped_rows}." if self.skipped_rows else ""
        return f"Importación terminada. Se crearon — {created}.{skipped}"


def choose(sheets: Sequence[Sheet], kind: RegisterKind | None = None) -> tuple[SheetChoice, ...]:
    """The guessed register and mapping of each sheet; `kind` forces the register (one-sheet files)."""
    choices = []
    for sheet in sheets:
        sheet_kind = kind if kind is not None and len(sheets) == 1 else guess_kind(sheet.name, sheet.headers)
        mapping = guess_mapping(sheet_kind, sheet.headers) if sheet_kind else (None,) * len(sheet.headers)
        choices.append(SheetChoice(sheet, sheet_kind, mapping))
    return tuple(choices)


def load(paths: Path | str | Sequence[Path | str], kind: RegisterKind | None = None) -> tuple[SheetChoice, ...]:
    """The sheets of one file, or of several read as one import (one CSV per register, linked by folio)."""
    if isinstance(paths, str | Path):
        paths = [paths]
    return choose([sheet for path in paths for sheet in read_file(path)], kind)


def rechoose(choice: SheetChoice, kind: RegisterKind | None) -> SheetChoice:
    """The same sheet as another register, with the mapping guessed afresh."""
    mapping = guess_mapping(kind, choice.sheet.headers) if kind else (None,) * len(choice.sheet.headers)
    return SheetChoice(choice.sheet, kind, mapping)


# --- Staging -------------------------------------------------------------------------------


@dataclass
class Staged:
    rejections: Rejections
    rows_read: int = 0
    rows: dict[RegisterKind, list[Row]] = field(default_factory=dict)
    cases: list[StagedCase] = field(default_factory=list)
    measures: list[StagedMeasure] = field(default_factory=list)
    actions: list[StagedAction] = field(default_factory=list)
    workshops: list[StagedWorkshop] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        sessions = [held for workshop in self.workshops for held in workshop.sessions.values()]
        return {
            "cases": len(self.cases),
            "persons": sum(len(case.data.persons) for case in self.cases),
            "measures": len(self.measures),
            "actions": len(self.actions),
            "workshops": len(self.workshops),
            "sessions": len(sessions),
            "attendance": sum(len(held.named) for held in sessions),
            "headcounts": sum(len(held.counts) for held in sessions),
        }

    def units(self) -> int:
        """Steps of the progress bar: a case with its persons, a measure, an action, a workshop with its lists."""
        return len(self.cases) + len(self.measures) + len(self.actions) + len(self.workshops)


def stage(session: Session, choices: Sequence[SheetChoice], today: date) -> Staged:
    staged = Staged(Rejections())
    for choice in choices:
        if choice.kind is None:
            continue
        problems = choice.problems()
        rows = [] if problems else read_rows(choice.sheet, choice.kind, choice.mapping, staged.rejections)
        for problem in problems:
            staged.rejections.sheet(choice.sheet.name, problem + " No se importa ninguna fila de esta hoja.")
        staged.rows_read += len(rows)
        staged.rows.setdefault(choice.kind, []).extend(rows)
    staged.cases = stage_cases(
        session,
        staged.rows.get(RegisterKind.CASES, []),
        staged.rows.get(RegisterKind.PERSONS, []),
        staged.rejections,
        today,
        keepable_folio,
    )
    rows = staged.rows
    cases = Cases(session, staged.cases, rows.get(RegisterKind.CASES, []), staged.rejections)
    measure_rows = rows.get(RegisterKind.MEASURES, [])
    staged.measures = stage_measures(session, measure_rows, cases, staged.rejections, today)
    staged.actions = stage_actions(
        session, rows.get(RegisterKind.ACTIONS, []), measure_rows, staged.measures, cases, staged.rejections, today
    )
    workshop_rows = rows.get(RegisterKind.WORKSHOPS, [])
    staged.workshops = stage_workshops(workshop_rows, cases, staged.rejections, today)
    stage_attendance(rows.get(RegisterKind.ATTENDANCE, []), workshop_rows, staged.workshops, staged.rejections)
    return staged


def _sheet_rows(choices: Sequence[SheetChoice]) -> int:
    """Rows of sheets refused whole (a missing column): each counts as rejected."""
    return sum(
        sum(1 for record in c.sheet.rows if any(v not in (None, "") for v in record))
        for c in choices
        if c.kind and c.problems()
    )


# --- The two public steps ------------------------------------------------------------------


def dry_run(db: Database, actor: Actor, choices: Sequence[SheetChoice], *, today: date | None = None) -> ImportPlan:
    """What `import_records` would do, written nowhere (the session only reads, then is discarded)."""
    require_edit(actor)
    today = today or mexico_city_today()
    with db.session() as session:
        staged = stage(session, choices, today)
        session.rollback()
    return ImportPlan(
        counts=staged.counts(),
        rows_read=staged.rows_read + _sheet_rows(choices),
        rejected_rows=staged.rejections.count() + _sheet_rows(choices),
        rejections=tuple(staged.rejections.items),
        folios=tuple((case.legacy_folio, case.kept_folio) for case in staged.cases),
    )


def import_records(
    db: Database,
    actor: Actor,
    choices: Sequence[SheetChoice],
    *,
    accepted_only: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write every accepted record in one transaction. Rejected rows refuse the whole import unless
    `accepted_only`; any error on the way (or `progress` raising to cancel) leaves nothing written."""
    require_edit(actor)
    today = today or mexico_city_today()
    with db.transaction() as session:
        staged = stage(session, choices, today)  # again, against the data as it is now
        skipped = staged.rejections.count() + _sheet_rows(choices)
        if staged.rejections.items and not accepted_only:
            raise ConflictError(HAS_REJECTIONS.format(n=skipped or len(staged.rejections.items)))
        if not staged.units():
            raise ConflictError(NOTHING_TO_IMPORT)
        writer = Writer(session, actor, staged.units(), progress)
        writer.cases(staged.cases)
        writer.measures(staged.measures)
        writer.actions(staged.actions)
        writer.workshops(staged.workshops)
        counts = {kind: n for kind, n in staged.counts().items() if n}
        summary = "Importación de registros anteriores: " + ", ".join(
            f"{COUNT_LABELS[k].lower()} {n}" for k, n in counts.items()
        )
        written = writer.finish(summary + (f"; filas rechazadas no importadas: {skipped}" if skipped else "") + ".")
        ordered = {kind: written.counts[kind] for kind in COUNT_LABELS if written.counts.get(kind)}
        return ImportResult(ordered, tuple(written.folios), skipped)


__all__ = [
    "COUNT_LABELS",
    "ImportPlan",
    "ImportResult",
    "Rejection",
    "SheetChoice",
    "choose",
    "dry_run",
    "import_records",
    "load",
    "rechoose",
]
