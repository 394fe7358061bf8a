"""Staging the measures and their actions of legacy registers (Cuadro 6).

A measure names its case by folio: a case of the same import (its legacy folio) or one
already in the base (its folio in the program), and its catalogue item by name, with the
type of measure when the name alone is not enough ("Otras que se requieran…" is in every
type). An action names its measure the same way, plus the measure's start date when the case
has that measure more than once. Measures are filed without a protection plan: the legacy
registers do not say which plan version held them. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import MeasureCategory, MeasureStatus
from mpi_desktop.domain.text import fold
from mpi_desktop.exchange.legacy_plan import CASE_REJECTED, NO_CASE, Rejections, Row, StagedCase
from mpi_desktop.storage.models import Case, CatalogueItem, Measure

UNKNOWN_MEASURE = "La medida no está en el catálogo; agréguela al catálogo o use «Otras que se requieran…»."
AMBIGUOUS_MEASURE = "Hay más de una medida con ese nombre en el catálogo; indique el tipo de medida."
MEASURE_NOT_FOUND = "El caso no tiene esa medida (ni en este archivo ni en la base)."
MEASURE_TWICE = "El caso tiene esa medida más de una vez; indique la fecha de inicio de la medida."
MEASURE_REJECTED = "Su medida (hoja «{sheet}», fila {row}) fue rechazada."
BEFORE_OPENING = "{label} no puede ser anterior a la fecha de apertura del caso."
IN_FUTURE = "{label} no puede ser futura."
ENDS_BEFORE_START = "La fecha de término no puede ser anterior a la fecha de inicio."
ACTION_BEFORE_START = "La fecha de la acción no puede ser anterior al inicio de la medida."
ACTION_AFTER_END = "La fecha de la acción no puede ser posterior al término de la medida."
MIN_PREFIX = 6  # "Rondines bitacorados" finds "Rondines bitacorados (Código águila)"; "Otras" finds nothing alone


@dataclass
class CaseRef:
    """The case a record belongs to: staged in this import, or already in the base."""

    folio: str
    opened_on: date
    staged: StagedCase | None = None
    case_id: str | None = None


class Cases:
    """Finds the case of a folio, once per folio."""

    def __init__(self, session: Session, staged: list[StagedCase], case_rows: list[Row], rejections: Rejections):
        self.session = session
        self.staged = {case.legacy_folio: case for case in staged if case.legacy_folio}
        self.rows = {row["folio"]: row for row in case_rows if row["folio"]}
        self.rejections = rejections
        self._found: dict[str, CaseRef | None] = {}

    def find(self, row: Row, folio: str) -> CaseRef | None:
        """The case, or None with the row rejected (the reason says why)."""
        if folio in self.staged:
            case = self.staged[folio]
            return CaseRef(case.kept_folio or folio, case.data.opened_on, staged=case)
        if folio in self.rows:
            self.rejections.add(row, "folio", CASE_REJECTED.format(**self.rows[folio].where()))
            return None
        if folio not in self._found:
            found = self.session.execute(
                select(Case.id, Case.opened_on).where(Case.folio == folio, Case.deleted_at.is_(None))
            ).first()
            self._found[folio] = CaseRef(folio, found.opened_on, case_id=found.id) if found else None
        if self._found[folio] is None:
            self.rejections.add(row, "folio", NO_CASE)
        return self._found[folio]


@dataclass
class StagedMeasure:
    row: Row
    case: CaseRef
    item_id: str
    starts_on: date
    ends_on: date | None
    status: MeasureStatus
    institution: str | None
    notes: str | None


@dataclass
class StagedAction:
    row: Row
    case: CaseRef
    measure: StagedMeasure | None  # None: `measure_id`, a measure already in the base
    measure_id: str | None
    acted_on: date
    quantity: int
    notes: str | None = field(default=None)


def find_item(items: list[CatalogueItem], name: str, category: MeasureCategory | None) -> CatalogueItem | str:
    """The catalogue item a register names, or the reason it names none (exact name first, then a unique start)."""
    wanted = fold(name)
    kinds = [item for item in items if category is None or item.category == category]
    matches = [item for item in kinds if fold(item.name) == wanted]
    if not matches and len(wanted) >= MIN_PREFIX:
        matches = [item for item in kinds if fold(item.name).startswith(wanted)]
    if len(matches) > 1:
        return AMBIGUOUS_MEASURE
    return matches[0] if matches else UNKNOWN_MEASURE


def _dates_problem(row: Row, case: CaseRef, day: date, name: str, label: str, today: date, rejections) -> bool:
    if day > today:
        rejections.add(row, name, IN_FUTURE.format(label=label))
    elif day < case.opened_on:
        rejections.add(row, name, BEFORE_OPENING.format(label=label))
    else:
        return False
    return True


def stage_measures(
    session: Session, rows: list[Row], cases: Cases, rejections: Rejections, today: date
) -> list[StagedMeasure]:
    items = list(session.scalars(select(CatalogueItem).where(CatalogueItem.deleted_at.is_(None))))
    staged = []
    for row in rows:
        if rejections.has(row):
            continue
        case = cases.find(row, row["folio"])
        if case is None:
            continue
        item = find_item(items, row["measure"], row["category"])
        if isinstance(item, str):
            rejections.add(row, "measure", item)
            continue
        starts_on, ends_on = row["starts_on"], row["ends_on"]
        if _dates_problem(row, case, starts_on, "starts_on", "La fecha de inicio", today, rejections):
            continue
        if ends_on is not None and ends_on < starts_on:
            rejections.add(row, "ends_on", ENDS_BEFORE_START)
            continue
        status = row["status"] or (
            MeasureStatus.CONCLUDED if ends_on is not None and ends_on <= today else MeasureStatus.IMPLEMENTED
        )
        if status is MeasureStatus.CONCLUDED and ends_on is None:
            rejections.add(row, "status", "Una medida concluida requiere fecha de término.")
            continue
        institution = row["institution"]
        if institution is not None and len(institution) > 200:
            rejections.add(row, "institution", "La institución no puede exceder 200 caracteres.")
            continue
        staged.append(StagedMeasure(row, case, item.id, starts_on, ends_on, status, institution, row["notes"]))
    return staged


def stage_actions(
    session: Session,
    rows: list[Row],
    measure_rows: list[Row],
    measures: list[StagedMeasure],
    cases: Cases,
    rejections: Rejections,
    today: date,
) -> list[StagedAction]:
    items = list(session.scalars(select(CatalogueItem).where(CatalogueItem.deleted_at.is_(None))))
    staged = []
    for row in rows:
        if rejections.has(row):
            continue
        case = cases.find(row, row["folio"])
        if case is None:
            continue
        item = find_item(items, row["measure"], row["category"])
        if isinstance(item, str):
            rejections.add(row, "measure", item)
            continue
        found = _measure_of(session, row, case, item.id, measures, measure_rows, rejections)
        if found is None:
            continue
        starts_on, ends_on = found[1], found[2]
        acted_on = row["acted_on"]
        if _dates_problem(row, case, acted_on, "acted_on", "La fecha de la acción", today, rejections):
            continue
        if acted_on < starts_on or (ends_on is not None and acted_on > ends_on):
            rejections.add(row, "acted_on", ACTION_BEFORE_START if acted_on < starts_on else ACTION_AFTER_END)
            continue
        measure = found[0] if isinstance(found[0], StagedMeasure) else None
        measure_id = None if measure else found[0]
        staged.append(StagedAction(row, case, measure, measure_id, acted_on, row["quantity"] or 1, row["notes"]))
    return staged


def _measure_of(session, row: Row, case: CaseRef, item_id: str, measures, measure_rows, rejections):
    """(the staged measure or an existing measure's id, its start, its end), or None with the row rejected."""
    wanted_start = row["measure_starts_on"]
    same = [m for m in measures if m.case is not None and _same_case(m.case, case) and m.item_id == item_id]
    candidates: list[tuple[object, date, date | None]] = [(m, m.starts_on, m.ends_on) for m in same]
    if case.case_id is not None:
        existing = session.execute(
            select(Measure.id, Measure.starts_on, Measure.ends_on).where(
                Measure.case_id == case.case_id, Measure.catalogue_item_id == item_id, Measure.deleted_at.is_(None)
            )
        ).all()
        candidates += [(m.id, m.starts_on, m.ends_on) for m in existing]
    if wanted_start is not None:
        candidates = [c for c in candidates if c[1] == wanted_start]
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        rejections.add(row, "measure_starts_on" if "measure_starts_on" in row.columns else "measure", MEASURE_TWICE)
        return None
    fallen = next(
        (
            r
            for r in measure_rows
            if rejections.has(r) and r["folio"] == row["folio"] and fold(str(r["measure"])) == fold(row["measure"])
        ),
        None,
    )
    if fallen is not None:
        rejections.add(row, "measure", MEASURE_REJECTED.format(**fallen.where()))
    else:
        rejections.add(row, "measure", MEASURE_NOT_FOUND)
    return None


def _same_case(a: CaseRef, b: CaseRef) -> bool:
    return (a.staged is not None and a.staged is b.staged) or (a.case_id is not None and a.case_id == b.case_id)


__all__ = ["CaseRef", "Cases", "StagedAction", "StagedMeasure", "find_item", "stage_actions", "stage_measures"]
