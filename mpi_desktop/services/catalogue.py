"""The measure catalogue of Cuadro 6: read by everyone, extended by administrators.

An item some measure uses is never deleted, only retired (it stays in the reports and in the
measures that used it, and is no longer offered for new ones); an unused one may be deleted
(a tombstone, DESIGN.md §7). "Monitoreo telefónico" is what the call log counts: it can be
neither retired nor deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.catalogue import TELEPHONE_MONITORING
from mpi_desktop.domain.enums import MeasureCategory
from mpi_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from mpi_desktop.domain.plan_validation import validate_catalogue_name
from mpi_desktop.domain.text import fold
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import audit_changes
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import CatalogueItem, Measure, utcnow

ITEM_NOT_FOUND = "No se encontró la medida en el catálogo."
DUPLICATE = "Ya existe una medida con ese nombre en la categoría."
IN_USE = "La medida ya se usa en algún caso: no puede borrarse, solo retirarse."
MONITORING_FIXED = "El monitoreo telefónico cuenta las llamadas registradas: no puede retirarse ni borrarse."


@dataclass(frozen=True)
class CatalogueItemView:
    id: str
    category: MeasureCategory
    name: str
    retired: bool
    in_use: int  # how many measures use it


def _views(session: Session, items: list[CatalogueItem]) -> list[CatalogueItemView]:
    uses = dict(
        session.execute(
            select(Measure.catalogue_item_id, func.count())
            .where(Measure.deleted_at.is_(None))
            .group_by(Measure.catalogue_item_id)
        ).all()
    )
    return [CatalogueItemView(i.id, i.category, i.name, i.retired, uses.get(i.id, 0)) for i in items]


def list_items(
    db: Database, actor: Actor, category: MeasureCategory | None = None, *, include_retired: bool = False
) -> list[CatalogueItemView]:
    """Items in Cuadro 6 order. The catalogue holds no personal data: any signed-in role reads it."""
    with db.transaction() as session:
        query = select(CatalogueItem).where(CatalogueItem.deleted_at.is_(None))
        if category is not None:
            query = query.where(CatalogueItem.category == MeasureCategory(category))
        if not include_retired:
            query = query.where(CatalogueItem.retired.is_(False))
        items = list(session.scalars(query.order_by(CatalogueItem.sort_order, CatalogueItem.name)))
        order = {member: index for index, member in enumerate(MeasureCategory)}
        items.sort(key=lambda item: order[item.category])  # stable: Cuadro 6 order inside a category
        return _views(session, items)


def add_item(db: Database, actor: Actor, category: MeasureCategory | str, name: str) -> CatalogueItemView:
    require(actor, Permission.MANAGE_CATALOGUE)
    try:
        category = MeasureCategory(category)
    except ValueError:
        raise ValidationError({"category": "La categoría no es una opción válida."}) from None
    name = validate_catalogue_name(name)
    with db.transaction() as session:
        same = [
            item
            for item in session.scalars(select(CatalogueItem).where(CatalogueItem.category == category))
            if fold(item.name) == fold(name)
        ]
        if any(item.deleted_at is None for item in same):
            raise ValidationError({"name": DUPLICATE})
        # Last of its category: lists sort by category, then by this order.
        last = session.scalar(select(func.max(CatalogueItem.sort_order))) or 0
        item = same[0] if same else CatalogueItem(category=category, name=name)
        item.name, item.sort_order, item.retired, item.deleted_at = name, last + 1, False, None
        session.add(item)
        session.flush()
        record(
            session,
            actor,
            AuditAction.CREATE,
            entity="catalogue_item",
            entity_id=item.id,
            detail=f"Medida del catálogo ({category.label}): {name}",
        )
        return _views(session, [item])[0]


def _load(session: Session, item_id: str) -> CatalogueItem:
    item = session.get(CatalogueItem, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFoundError(ITEM_NOT_FOUND)
    return item


def set_retired(db: Database, actor: Actor, item_id: str, retired: bool = True) -> CatalogueItemView:
    """Retire an item (no longer offered for new measures) or offer it again."""
    require(actor, Permission.MANAGE_CATALOGUE)
    with db.transaction() as session:
        item = _load(session, item_id)
        if retired and item.name == TELEPHONE_MONITORING:
            raise ConflictError(MONITORING_FIXED)
        audit_changes(session, actor, "catalogue_item", item, {"retired": bool(retired)}, detail=item.name)
        session.flush()
        return _views(session, [item])[0]


def delete_item(db: Database, actor: Actor, item_id: str) -> None:
    """Delete an item no measure has ever used; a used one can only be retired."""
    require(actor, Permission.MANAGE_CATALOGUE)
    with db.transaction() as session:
        item = _load(session, item_id)
        if item.name == TELEPHONE_MONITORING:
            raise ConflictError(MONITORING_FIXED)
        # Removed measures count too: their rows (and Cuadro 6 history) still point at the item.
        if session.scalar(select(func.count()).select_from(Measure).where(Measure.catalogue_item_id == item.id)):
            raise ConflictError(IN_USE)
        item.deleted_at = utcnow()
        record(session, actor, AuditAction.DELETE, entity="catalogue_item", entity_id=item.id, detail=item.name)


__all__ = ["CatalogueItemView", "add_item", "delete_item", "list_items", "set_retired"]
