"""Acciones de prevención y capacitación (Cuadro 8): title, one or several dates, objective,
partner organisation, modality and thematic axis (3.1–3.5 of the Plan Anual), and attendance —
a list with names or counts of mujeres, hombres, LGBTTTI and "prefiero no decirlo" — through
services/attendance.py with `Target.training(id)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.activity_inputs import AttendanceMode, TrainingInput
from mpi_desktop.domain.activity_validation import validate_training
from mpi_desktop.domain.enums import ThematicAxis, TrainingModality
from mpi_desktop.domain.errors import NotFoundError
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.attendance import Target, Totals, mode_of, totals_of
from mpi_desktop.services.case_records import audit_changes
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Training, TrainingDate, utcnow

TRAINING_NOT_FOUND = "No se encontró la capacitación."
FIELDS = ("title", "objective", "partner", "modality", "axis")


@dataclass(frozen=True)
class TrainingView:
    """A row of Cuadro 8."""

    id: str
    title: str
    dates: tuple[date, ...]
    modality: TrainingModality
    axis: ThematicAxis
    objective: str | None
    partner: str | None
    mode: AttendanceMode
    totals: Totals


def list_trainings(
    db: Database, actor: Actor, *, start: date | None = None, end: date | None = None
) -> list[TrainingView]:
    """Newest first; with `start`/`end`, the trainings with a date in that range."""
    require(actor, Permission.READ_AGGREGATES)
    with db.session() as session:
        rows = session.scalars(select(Training).where(Training.deleted_at.is_(None))).all()
        totals = totals_of(session, "training_id", [row.id for row in rows])
        views = [_view(session, row, totals.get(row.id, Totals())) for row in rows]
    if start is not None or end is not None:
        views = [v for v in views if any((start is None or d >= start) and (end is None or d <= end) for d in v.dates)]
    return sorted(views, key=lambda v: (v.dates[0] if v.dates else date.max, v.title), reverse=True)


def get_training(db: Database, actor: Actor, training_id: str) -> TrainingView:
    require(actor, Permission.READ_AGGREGATES)
    with db.session() as session:
        return _fresh(session, _load(session, training_id))


def create_training(db: Database, actor: Actor, data: TrainingInput, *, today: date | None = None) -> TrainingView:
    require(actor, Permission.EDIT_CASES)
    data = validate_training(data, today)
    with db.transaction() as session:
        row = Training(**{name: getattr(data, name) for name in FIELDS})
        session.add(row)
        session.flush()
        for day in data.dates:
            session.add(TrainingDate(training_id=row.id, held_on=day))
        record(session, actor, AuditAction.CREATE, entity="training", entity_id=row.id, detail="Capacitación")
        session.flush()
        return _fresh(session, row)


def update_training(
    db: Database, actor: Actor, training_id: str, data: TrainingInput, *, today: date | None = None
) -> TrainingView:
    """New values for every field; dates no longer listed are marked removed, new ones added."""
    require(actor, Permission.EDIT_CASES)
    data = validate_training(data, today)
    with db.transaction() as session:
        row = _load(session, training_id)
        audit_changes(session, actor, "training", row, {name: getattr(data, name) for name in FIELDS})
        current = {d.held_on: d for d in row.dates if d.deleted_at is None}
        old_days = tuple(sorted(current))
        for day, date_row in current.items():
            if day not in data.dates:
                date_row.deleted_at = utcnow()
        for day in data.dates:
            if day not in current:
                session.add(TrainingDate(training_id=row.id, held_on=day))
        if old_days != data.dates:
            record(
                session,
                actor,
                AuditAction.UPDATE,
                entity="training",
                entity_id=row.id,
                field="dates",
                old=", ".join(d.isoformat() for d in old_days),
                new=", ".join(d.isoformat() for d in data.dates),
            )
        session.flush()
        session.expire(row, ["dates"])
        return _fresh(session, row)


def _fresh(session: Session, row: Training) -> TrainingView:
    totals = totals_of(session, "training_id", [row.id]).get(row.id, Totals())
    return _view(session, row, totals)


def _view(session: Session, row: Training, totals: Totals) -> TrainingView:
    return TrainingView(
        id=row.id,
        title=row.title,
        dates=tuple(d.held_on for d in row.dates if d.deleted_at is None),
        modality=row.modality,
        axis=row.axis,
        objective=row.objective,
        partner=row.partner,
        mode=mode_of(session, Target.training(row.id)),
        totals=totals,
    )


def _load(session: Session, training_id: str) -> Training:
    row = session.get(Training, training_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(TRAINING_NOT_FOUND)
    return row


__all__ = ["TrainingView", "create_training", "get_training", "list_trainings", "update_training"]
