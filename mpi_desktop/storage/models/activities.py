"""Workshops, trainings and their attendance; governing sessions; institutional activities."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mpi_desktop.domain.activity_inputs import WorkshopAudience
from mpi_desktop.domain.enums import (
    ActivityKind,
    GoverningBody,
    PersonIdentity,
    SessionKind,
    ThematicAxis,
    TrainingModality,
)
from mpi_desktop.storage.models.base import Base, Entity, EnumText


def _default_audience(context) -> str:
    has_case = context.get_current_parameters().get("case_id") is not None
    return (WorkshopAudience.CASE if has_case else WorkshopAudience.COLLECTIVE).value


class Workshop(Entity, Base):
    """Taller de autoprotección (Cuadro 7), directed to a case, a collective or an organisation."""

    __tablename__ = "workshops"

    title: Mapped[str] = mapped_column(String(200))
    # Defaults for rows written without it (imports, generators): a case's workshop, else a collective's;
    # raw SQL inserts get "collective" from the database.
    audience: Mapped[WorkshopAudience] = mapped_column(
        EnumText(WorkshopAudience), default=_default_audience, server_default=WorkshopAudience.COLLECTIVE.value
    )
    directed_to: Mapped[str] = mapped_column(String(200))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    sessions: Mapped[list[WorkshopSession]] = relationship(
        back_populates="workshop", order_by="WorkshopSession.held_on"
    )


class WorkshopSession(Entity, Base):
    __tablename__ = "workshop_sessions"
    __table_args__ = (Index("ix_workshop_sessions_workshop", "workshop_id", "held_on"),)

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"))
    held_on: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Numeric(5, 2, asdecimal=False))

    workshop: Mapped[Workshop] = relationship(back_populates="sessions")


class Training(Entity, Base):
    """Acción de prevención y capacitación (Cuadro 8)."""

    __tablename__ = "trainings"

    title: Mapped[str] = mapped_column(String(300))
    objective: Mapped[str | None] = mapped_column(Text, default=None)
    partner: Mapped[str | None] = mapped_column(String(200), default=None)
    modality: Mapped[TrainingModality] = mapped_column(EnumText(TrainingModality))
    axis: Mapped[ThematicAxis] = mapped_column(EnumText(ThematicAxis))

    dates: Mapped[list[TrainingDate]] = relationship(order_by="TrainingDate.held_on")


class TrainingDate(Entity, Base):
    __tablename__ = "training_dates"
    __table_args__ = (Index("ix_training_dates_training", "training_id", "held_on"),)

    training_id: Mapped[str] = mapped_column(ForeignKey("trainings.id"))
    held_on: Mapped[date] = mapped_column(Date)


class Attendance(Entity, Base):
    """One named participant, in a workshop session or in a training."""

    __tablename__ = "attendances"
    __table_args__ = (
        CheckConstraint("(workshop_session_id IS NULL) != (training_id IS NULL)", name="one_parent"),
        Index("ix_attendances_session", "workshop_session_id"),
        Index("ix_attendances_training", "training_id"),
    )

    workshop_session_id: Mapped[str | None] = mapped_column(ForeignKey("workshop_sessions.id"), default=None)
    training_id: Mapped[str | None] = mapped_column(ForeignKey("trainings.id"), default=None)
    participant_name: Mapped[str] = mapped_column(String(200))
    identity: Mapped[PersonIdentity] = mapped_column(EnumText(PersonIdentity))
    organisation: Mapped[str | None] = mapped_column(String(200), default=None)


class Headcount(Entity, Base):
    """Participants counted by identity only, when names must not be recorded."""

    __tablename__ = "headcounts"
    __table_args__ = (
        CheckConstraint("(workshop_session_id IS NULL) != (training_id IS NULL)", name="one_parent"),
        CheckConstraint("count >= 0", name="count_not_negative"),
        Index("ix_headcounts_session", "workshop_session_id"),
        Index("ix_headcounts_training", "training_id"),
    )

    workshop_session_id: Mapped[str | None] = mapped_column(ForeignKey("workshop_sessions.id"), default=None)
    training_id: Mapped[str | None] = mapped_column(ForeignKey("trainings.id"), default=None)
    identity: Mapped[PersonIdentity] = mapped_column(EnumText(PersonIdentity))
    count: Mapped[int] = mapped_column(Integer)


class GoverningSession(Entity, Base):
    """A session of the Junta de Gobierno, a Consejo or the Mesa Multisectorial (Cuadros 1–2)."""

    __tablename__ = "governing_sessions"
    __table_args__ = (Index("ix_governing_sessions_body", "body", "held_on"),)

    body: Mapped[GoverningBody] = mapped_column(EnumText(GoverningBody))
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[SessionKind] = mapped_column(EnumText(SessionKind))
    held_on: Mapped[date] = mapped_column(Date)
    topics: Mapped[str | None] = mapped_column(Text, default=None)


class InstitutionalActivity(Entity, Base):
    """An event or meeting with another institution (informe section 4)."""

    __tablename__ = "institutional_activities"
    __table_args__ = (Index("ix_institutional_activities_held", "held_on"),)

    kind: Mapped[ActivityKind] = mapped_column(EnumText(ActivityKind))
    held_on: Mapped[date] = mapped_column(Date)
    institution: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text, default=None)
