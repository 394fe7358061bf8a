"""Sample data and row counting for the plan, measure, monitoring and catalogue tests."""

from __future__ import annotations

from datetime import date, datetime

from case_samples import OPENED, TODAY, new_case
from sqlalchemy import func, select

from mpi_desktop.domain.catalogue import TELEPHONE_MONITORING
from mpi_desktop.domain.enums import MeasureCategory, MeasureStatus, Modality
from mpi_desktop.domain.plan_inputs import MeasureInput, PlanInput
from mpi_desktop.domain.validation import MEXICO_CITY
from mpi_desktop.security.access import Actor
from mpi_desktop.services import cases, catalogue, measures
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    Aggression,
    AuditEvent,
    Case,
    CatalogueItem,
    FollowUp,
    GoverningSession,
    Measure,
    MeasureAction,
    MonitoringCall,
    ProtectionPlan,
    Setting,
)

__all__ = ["OPENED", "TODAY"]

TABLES = (
    Case,
    Aggression,
    FollowUp,
    GoverningSession,
    ProtectionPlan,
    CatalogueItem,
    Measure,
    MeasureAction,
    MonitoringCall,
    AuditEvent,
    Setting,
)


def snapshot(db: Database) -> dict[str, int]:
    """Rows in every table these services may write (tombstones count: a soft delete is a write
    too, so the update stamps are summed as well)."""
    with db.session() as session:
        counts = {model.__tablename__: session.scalar(select(func.count()).select_from(model)) for model in TABLES}
        for model in (Measure, MeasureAction, ProtectionPlan, CatalogueItem):
            counts[f"{model.__tablename__}.deleted"] = session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_not(None))
            )
        return counts


def mx(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    """An aware Mexico City moment."""
    return datetime(year, month, day, hour, minute, tzinfo=MEXICO_CITY)


def item_id(db: Database, actor: Actor, name: str, category: MeasureCategory | None = None) -> str:
    for item in catalogue.list_items(db, actor, include_retired=True):
        if item.name == name and (category is None or item.category == category):
            return item.id
    raise LookupError(name)


def open_case(db: Database, actor: Actor, modality: Modality = Modality.INCORPORATION) -> str:
    return cases.create_case(db, actor, new_case(modality), today=TODAY).id


def plan_input(approved_on: date = date(2024, 1, 25), number: int = 3, **overrides) -> PlanInput:
    values = {"next_review_on": date(2024, 7, 25)} | overrides
    return PlanInput(approved_on=approved_on, session_number=number, **values)


def monitoring(db: Database, actor: Actor, case_id: str, starts_on: date = OPENED, **overrides) -> str:
    data = MeasureInput(
        item_id(db, actor, TELEPHONE_MONITORING),
        starts_on,
        institution="MPI CDMX",
        status=MeasureStatus.IMPLEMENTED,
        **overrides,
    )
    return measures.add_measure(db, actor, case_id, data).id
