"""The Plan Anual de Trabajo of a year: programs → objectives → actions → indicators, and the
values entered by hand for the indicators the program cannot count from its own records."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mpi_desktop.domain.annual_plan import CalculationMethod, Direction, Frequency, Rule, ValueSource
from mpi_desktop.storage.models.base import Base, Entity, EnumText, UTCDateTime


class AnnualPlan(Entity, Base):
    __tablename__ = "annual_plans"
    __table_args__ = (UniqueConstraint("year"),)

    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)
    # The plan it was copied from, when it began as a copy of the previous year's.
    copied_from_id: Mapped[str | None] = mapped_column(ForeignKey("annual_plans.id"), default=None)

    programs: Mapped[list[Program]] = relationship(back_populates="plan", order_by="Program.position")


class Program(Entity, Base):
    __tablename__ = "plan_programs"
    __table_args__ = (Index("ix_plan_programs_plan", "plan_id", "position"),)

    plan_id: Mapped[str] = mapped_column(ForeignKey("annual_plans.id"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(300))
    objective: Mapped[str | None] = mapped_column(Text, default=None)

    plan: Mapped[AnnualPlan] = relationship(back_populates="programs")
    objectives: Mapped[list[Objective]] = relationship(back_populates="program", order_by="Objective.position")


class Objective(Entity, Base):
    __tablename__ = "plan_objectives"
    __table_args__ = (Index("ix_plan_objectives_program", "program_id", "position"),)

    program_id: Mapped[str] = mapped_column(ForeignKey("plan_programs.id"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(16), default=None)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text, default=None)

    program: Mapped[Program] = relationship(back_populates="objectives")
    actions: Mapped[list[PlanAction]] = relationship(back_populates="objective", order_by="PlanAction.position")


class PlanAction(Entity, Base):
    """An action of the plan with its row of the Cronograma de actividades."""

    __tablename__ = "plan_actions"
    __table_args__ = (Index("ix_plan_actions_objective", "objective_id", "position"),)

    objective_id: Mapped[str] = mapped_column(ForeignKey("plan_objectives.id"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(16), default=None)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text, default=None)
    frequency: Mapped[Frequency] = mapped_column(EnumText(Frequency))
    measurement_dates: Mapped[str] = mapped_column(String(200))  # as the plan writes them
    measurement_months: Mapped[str] = mapped_column(String(40))  # "3,6,9,12"
    expected_advance: Mapped[str] = mapped_column(String(100))
    direction: Mapped[Direction] = mapped_column(EnumText(Direction))

    objective: Mapped[Objective] = relationship(back_populates="actions")
    indicators: Mapped[list[Indicator]] = relationship(back_populates="action", order_by="Indicator.position")


class Indicator(Entity, Base):
    __tablename__ = "plan_indicators"
    __table_args__ = (Index("ix_plan_indicators_action", "action_id", "position"),)

    action_id: Mapped[str] = mapped_column(ForeignKey("plan_actions.id"))
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(16))  # "1.2.2a": unique within its plan (checked by the service)
    name: Mapped[str] = mapped_column(Text)
    meta_text: Mapped[str] = mapped_column(Text)
    meta_quantity: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False), default=None)
    meta_unit: Mapped[str | None] = mapped_column(String(200), default=None)
    dimension: Mapped[str] = mapped_column(Text)
    definition: Mapped[str] = mapped_column(Text)
    method: Mapped[CalculationMethod] = mapped_column(EnumText(CalculationMethod))
    formula: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(300))
    baseline: Mapped[str] = mapped_column(Text)
    # The línea base as a number, when entered by hand; otherwise computed from last year's records.
    baseline_value: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False), default=None)
    responsables: Mapped[str] = mapped_column(Text)
    information_source: Mapped[str] = mapped_column(Text)
    value_source: Mapped[ValueSource] = mapped_column(EnumText(ValueSource))
    rule: Mapped[Rule | None] = mapped_column(EnumText(Rule), default=None)

    action: Mapped[PlanAction] = relationship(back_populates="indicators")
    manual_values: Mapped[list[ManualValue]] = relationship(
        back_populates="indicator", order_by="ManualValue.entered_at"
    )


class ManualValue(Entity, Base):
    """A value typed for one quarter. Rows are never overwritten: the latest one counts."""

    __tablename__ = "plan_manual_values"
    __table_args__ = (
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_1_to_4"),
        CheckConstraint("value >= 0", name="value_not_negative"),
        Index("ix_plan_manual_values_indicator", "indicator_id", "quarter", "entered_at"),
    )

    indicator_id: Mapped[str] = mapped_column(ForeignKey("plan_indicators.id"))
    quarter: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Numeric(14, 2, asdecimal=False))
    entered_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
    entered_by: Mapped[str] = mapped_column(String(64))  # the username, kept if the user is removed
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str | None] = mapped_column(Text, default=None)

    indicator: Mapped[Indicator] = relationship(back_populates="manual_values")
