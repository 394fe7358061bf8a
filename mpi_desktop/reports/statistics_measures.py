"""Cuadro 6 and Gráfica 11: measures and actions by catalogue item and category in a period.

The seed's definitions (footnote 3): a *measure* is a means granted to protect a person; an
*action* is one request or step ("gestión") the MPI CDMX made to carry a measure out. So, for a
period:

- "Número de acciones" of an item: the sum of the quantities of its measures' actions dated
  inside the period (each telephone-monitoring call is one action of its measure);
- "Número de medidas" of an item: its measures granted inside the period or with at least one
  action inside it — the measures the mechanism worked on.

Measures of deleted cases, and deleted measures and actions, do not count. Both figures are
aggregated in SQL over the indexes ix_measure_actions_acted and ix_measures_started.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import MeasureCategory
from mpi_desktop.domain.periods import Period
from mpi_desktop.storage.models import Case, CatalogueItem, Measure, MeasureAction

# As the sentence of section 2.8 names them ("63 medidas preventivas, 53 medidas de protección…").
CATEGORY_ADJECTIVES: dict[MeasureCategory, str] = {
    MeasureCategory.PREVENTIVE: "preventivas",
    MeasureCategory.PROTECTION: "de protección",
    MeasureCategory.URGENT_PROTECTION: "de protección urgente",
    MeasureCategory.SOCIAL: "de carácter social",
}
ORDER: tuple[MeasureCategory, ...] = tuple(MeasureCategory)


@dataclass(frozen=True)
class MeasureRow:
    """One catalogue item: "Acciones y medidas…", "Tipo de Medida", "Número de medidas", "Número de acciones"."""

    item: str
    category: MeasureCategory
    measures: int
    actions: int


@dataclass(frozen=True)
class CategoryTotal:
    category: MeasureCategory
    measures: int
    actions: int


@dataclass(frozen=True)
class Cuadro6:
    """Medidas otorgadas in a period. `rows` are the catalogue items with a measure or an action in
    it, in catalogue order (the seed prints no empty item); `by_category` feeds Gráfica 11 and the
    section's sentence, in MeasureCategory order, categories without measures left out."""

    period: Period
    rows: tuple[MeasureRow, ...]
    by_category: tuple[CategoryTotal, ...]

    @property
    def measures(self) -> int:
        return sum(row.measures for row in self.rows)

    @property
    def actions(self) -> int:
        return sum(row.actions for row in self.rows)


def _live() -> tuple:
    return (
        Measure.deleted_at.is_(None),
        # Deleted cases are few: excluding them keeps the planner driving from the period's measures.
        Measure.case_id.not_in(select(Case.id).where(Case.deleted_at.is_not(None))),
    )


def _acted_on(period: Period) -> Select:
    """Per item: the measures with actions in the period and the sum of those actions' quantities."""
    # Summed per measure first (a range of ix_measure_actions_acted), so each measure is looked up once.
    acted = (
        select(MeasureAction.measure_id.label("measure_id"), func.sum(MeasureAction.quantity).label("quantity"))
        .where(MeasureAction.acted_on.between(period.start, period.until), MeasureAction.deleted_at.is_(None))
        .group_by(MeasureAction.measure_id)
        .subquery("acted")
    )
    return (
        select(Measure.catalogue_item_id, func.count(), func.sum(acted.c.quantity))
        .select_from(acted)
        .join(Measure, Measure.id == acted.c.measure_id)
        .where(*_live())
        .group_by(Measure.catalogue_item_id)
    )


def _granted_only(period: Period) -> Select:
    """Per item: the measures granted in the period without any action in it (ix_measures_started)."""
    acted = exists().where(
        MeasureAction.measure_id == Measure.id,
        MeasureAction.acted_on.between(period.start, period.until),
        MeasureAction.deleted_at.is_(None),
    )
    return (
        select(Measure.catalogue_item_id, func.count())
        .where(Measure.starts_on.between(period.start, period.until), ~acted, *_live())
        .group_by(Measure.catalogue_item_id)
    )


def cuadro6(session: Session, period: Period) -> Cuadro6:
    counts = {item_id: (measures, actions or 0) for item_id, measures, actions in session.execute(_acted_on(period))}
    for item_id, granted in session.execute(_granted_only(period)):
        measures, actions = counts.get(item_id, (0, 0))
        counts[item_id] = (measures + granted, actions)
    catalogue = session.execute(
        select(CatalogueItem.id, CatalogueItem.category, CatalogueItem.name, CatalogueItem.sort_order)
    ).all()
    # Grouped by category as the seed prints them, even for items added to the catalogue later.
    catalogue.sort(key=lambda item: (ORDER.index(item.category), item.sort_order, item.name))
    rows = tuple(
        MeasureRow(name, category, *map(int, counts[item_id]))
        for item_id, category, name, _ in catalogue
        if item_id in counts
    )
    by_category = tuple(
        CategoryTotal(
            category,
            sum(row.measures for row in rows if row.category is category),
            sum(row.actions for row in rows if row.category is category),
        )
        for category in MeasureCategory
        if any(row.category is category for row in rows)
    )
    return Cuadro6(period, rows, by_category)
