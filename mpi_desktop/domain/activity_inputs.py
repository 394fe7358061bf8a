"""What a person types about workshops, trainings, attendance, governing sessions and
institutional activities, before validation (see `activity_validation`).

Also the two small vocabularies only these records use: to whom a workshop is directed and
how a session's attendance is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mpi_desktop.domain.enums import (
    ActivityKind,
    GoverningBody,
    LabelledEnum,
    PersonIdentity,
    SessionKind,
    ThematicAxis,
    TrainingModality,
)


class WorkshopAudience(LabelledEnum):
    """Cuadro 7 "Dirigido a": a workshop is given as a measure of one case, or to a collective or organisation."""

    CASE = "case", "Caso"
    COLLECTIVE = "collective", "Colectivo"
    ORGANISATION = "organisation", "Organización"


class AttendanceMode(LabelledEnum):
    """How a session's attendance is kept. One mode per session: a list with names, or counts only."""

    EMPTY = "empty", "Sin asistencia registrada"
    NAMED = "named", "Lista con nombres"
    HEADCOUNT = "headcount", "Solo conteo por identidad"


@dataclass(frozen=True)
class WorkshopInput:
    title: str
    audience: WorkshopAudience
    directed_to: str  # as Cuadro 7 prints it, e.g. "Colectivo de personas defensoras de derechos humanos"
    case_id: str | None = None  # required when the audience is a case
    notes: str | None = None


@dataclass(frozen=True)
class WorkshopSessionInput:
    held_on: date
    hours: float


@dataclass(frozen=True)
class ParticipantInput:
    """One named participant of a workshop session or a training."""

    name: str
    identity: PersonIdentity
    organisation: str | None = None


@dataclass(frozen=True)
class TrainingInput:
    """Acción de prevención y capacitación (Cuadro 8); `dates` holds one or several days."""

    title: str
    dates: tuple[date, ...]
    modality: TrainingModality
    axis: ThematicAxis
    objective: str | None = None
    partner: str | None = None


@dataclass(frozen=True)
class GoverningSessionInput:
    body: GoverningBody
    number: int
    kind: SessionKind
    held_on: date
    topics: str | None = None


@dataclass(frozen=True)
class InstitutionalActivityInput:
    kind: ActivityKind
    held_on: date
    institution: str
    title: str
    description: str | None = None


__all__ = [
    "AttendanceMode",
    "GoverningSessionInput",
    "InstitutionalActivityInput",
    "ParticipantInput",
    "TrainingInput",
    "WorkshopAudience",
    "WorkshopInput",
    "WorkshopSessionInput",
]
