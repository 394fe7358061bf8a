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

from mpi_desktop.domain.enums import CaseStatus, MeasureCategory, MeasureStatus
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.plan_inputs import ActionInput, MeasureInput
from mpi_desktop.domain.plan_validation import validate_action, validate_measure
from mpi_desktop.domain.text import fold
from mpi_desktop.exchange.legacy_plan import CASE_REJECTED, NO_CASE, Rejections, Row, StagedCase
from mpi_desktop.services.case_records import CASE_CLOSED
from mpi_desktop.services.measures import CALLS_ARE_ACTIONS, ITEM_RETIRED, current_plan, is_monitoring
from mpi_desktop.storage.models import Case, CatalogueItem, Measure

UNKNOWN_MEASURE = "La medida no está en el catálogo; agréguela al catálogo o use «Otras que se requieran…»."
AMBIGUOUS_MEASURE = "Hay más de una medida con ese nombre en el catálogo; indique el tipo de medida."
MEASURE_NOT_FOUND = "El caso no tiene esa medida (ni en este archivo ni en la base)."
MEASURE_TWICE = "El caso tiene esa medida más de una vez; indique la fecha de inicio de la medida."
MEASURE_REJECTED = "Su medida (hoja «{sheet}», fila {row}) fue rechazada."
# Domain fields (domain.plan_validation) → columns of the measures and actions sheets.
MEASURE_COLUMNS = {"catalogue_item_id": "measure"}
MIN_PREFIX = 6  # "Rondines bitacorados" finds "Rondines bitacorados (Código águila)"; "Otras" finds nothing alone


@dataclass
class CaseRef:
    """The case a record belongs to: staged in this import, or already in the base."""

    folio: str
    opened_on: date
    staged: StagedCase | None = None
    case_id: str | None = None
    closed: bool = False  # a case of the base that is closed takes no new records (a staged one may)
    plan_id: str | None = None  # the current protection plan of a case of the base


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
                select(Case.id, Case.opened_on, Case.status).where(Case.folio == folio, Case.deleted_at.is_(None))
            ).first()
            self._found[folio] = None
            if found:
                plan = current_plan(self.session, found.id)
                closed = found.status == CaseStatus.CLOSED
                self._found[folio] = CaseRef(folio, found.opened_on, None, found.id, closed, plan.id if plan else None)
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


def _open_case(row: Row, cases: Cases, rejections: Rejections) -> CaseRef | None:
    case = cases.find(row, row["folio"])
    if case is not None and case.closed:
        rejections.add(row, "folio", CASE_CLOSED)
        return None
    return case


def _item(row: Row, items: list[CatalogueItem], rejections: Rejections) -> CatalogueItem | None:
    item = find_item(items, row["measure"], row["category"])
    if isinstance(item, str):
        rejections.add(row, "measure", item)
        return None
    if item.retired:
        rejections.add(row, "measure", ITEM_RETIRED)
        return None
    return item


def stage_measures(
    session: Session, rows: list[Row], cases: Cases, rejections: Rejections, today: date
) -> list[StagedMeasure]:
    items = list(session.scalars(select(CatalogueItem).where(CatalogueItem.deleted_at.is_(None))))
    staged = []
    for row in rows:
        if rejections.has(row):
            continue
        case = _open_case(row, cases, rejections)
        item = _item(row, items, rejections) if case is not None else None
        if item is None:
            continue
        ends_on = row["ends_on"]
        # The registers rarely say; a measure whose end has passed is concluded, any other is in force.
        status = row["status"] or (
            MeasureStatus.CONCLUDED if ends_on is not None and ends_on <= today else MeasureStatus.IMPLEMENTED
        )
        data = MeasureInput(item.id, row["starts_on"], row["institution"], ends_on, status, row["notes"])
        try:
            data = validate_measure(data, opened_on=case.opened_on)
        except ValidationError as error:
            rejections.problems(row, error, MEASURE_COLUMNS)
            continue
        staged.append(
            StagedMeasure(row, case, item.id, data.starts_on, data.ends_on, data.status, data.institution, data.notes)
        )
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
        case = _open_case(row, cases, rejections)
        item = _item(row, items, rejections) if case is not None else None
        if item is None:
            continue
        if is_monitoring(item):
            rejections.add(row, "measure", CALLS_ARE_ACTIONS)
            continue
        found = _measure_of(session, row, case, item.id, measures, measure_rows, rejections)
        if found is None:
            continue
        data = ActionInput(row["acted_on"], row["quantity"] or 1, row["notes"])
        try:
            data = validate_action(data, today, starts_on=found[1], ends_on=found[2])
        except ValidationError as error:
            rejections.problems(row, error)
            continue
        measure = found[0] if isinstance(found[0], StagedMeasure) else None
        measure_id = None if measure else found[0]
        staged.append(StagedAction(row, case, measure, measure_id, data.acted_on, data.quantity, data.notes))
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
