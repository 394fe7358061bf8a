"""Protection plans, the measure catalogue, measures, their actions and telephone-monitoring calls."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mpi_desktop.domain.enums import CallOutcome, MeasureCategory, MeasureStatus, PlanStatus
from mpi_desktop.storage.models.base import Base, Entity, EnumText, UTCDateTime


class ProtectionPlan(Entity, Base):
    __tablename__ = "protection_plans"
    __table_args__ = (UniqueConstraint("case_id", "version"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[PlanStatus] = mapped_column(EnumText(PlanStatus), default=PlanStatus.CURRENT)
    approved_on: Mapped[date] = mapped_column(Date)
    # The session of the Consejo de Evaluación de Medidas that approved it.
    governing_session_id: Mapped[str | None] = mapped_column(ForeignKey("governing_sessions.id"), default=None)
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    measures: Mapped[list[Measure]] = relationship(back_populates="plan")


class CatalogueItem(Entity, Base):
    __tablename__ = "measure_catalogue"
    __table_args__ = (UniqueConstraint("category", "name"),)

    category: Mapped[MeasureCategory] = mapped_column(EnumText(MeasureCategory))
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Measure(Entity, Base):
    __tablename__ = "measures"
    __table_args__ = (
        Index("ix_measures_case", "case_id"),
        Index("ix_measures_item", "catalogue_item_id", "starts_on"),
        # The measures granted in a period (informe: Cuadro 6, "seguimiento"), covering.
        Index("ix_measures_started", "starts_on", "case_id", "catalogue_item_id", "deleted_at"),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    # Incorporated cases hold measures in a plan; attention and collaboration cases without one.
    plan_id: Mapped[str | None] = mapped_column(ForeignKey("protection_plans.id"), default=None)
    catalogue_item_id: Mapped[str] = mapped_column(ForeignKey("measure_catalogue.id"))
    institution: Mapped[str | None] = mapped_column(String(200), default=None)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[MeasureStatus] = mapped_column(EnumText(MeasureStatus), default=MeasureStatus.REQUESTED)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    plan: Mapped[ProtectionPlan | None] = relationship(back_populates="measures")
    catalogue_item: Mapped[CatalogueItem] = relationship()
    actions: Mapped[list[MeasureAction]] = relationship(back_populates="measure", order_by="MeasureAction.acted_on")


class MeasureAction(Entity, Base):
    __tablename__ = "measure_actions"
    # Covering indexes: a measure's actions; and the actions of a period, which Cuadro 6 sums per
    # measure and Cuadro 3 "seguimiento" looks for (a range of the 2,000,000 rows of the bench set).
    __table_args__ = (
        Index("ix_measure_actions_measure", "measure_id", "acted_on", "quantity"),
        Index("ix_measure_actions_acted", "acted_on", "measure_id", "quantity", "deleted_at"),
    )

    measure_id: Mapped[str] = mapped_column(ForeignKey("measures.id"))
    acted_on: Mapped[date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    measure: Mapped[Measure] = relationship(back_populates="actions")


class MonitoringCall(Entity, Base):
    """A telephone-monitoring call; it is also one action of the case's monitoring measure."""

    __tablename__ = "monitoring_calls"
    __table_args__ = (
        Index("ix_monitoring_calls_case", "case_id", "called_at"),
        Index("ix_monitoring_calls_due", "next_call_due"),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), default=None)
    measure_id: Mapped[str] = mapped_column(ForeignKey("measures.id"))
    action_id: Mapped[str] = mapped_column(ForeignKey("measure_actions.id"))
    caseworker_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
    called_at: Mapped[datetime] = mapped_column(UTCDateTime())
    outcome: Mapped[CallOutcome] = mapped_column(EnumText(CallOutcome))
    wellbeing: Mapped[str | None] = mapped_column(String(200), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    next_call_due: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # A call that reports an incident opens one of these in the same transaction.
    follow_up_id: Mapped[str | None] = mapped_column(ForeignKey("follow_ups.id"), default=None)
    aggression_id: Mapped[str | None] = mapped_column(ForeignKey("aggressions.id"), default=None)
